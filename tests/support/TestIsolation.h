#pragma once

#include <QString>

// Every test program is linked with TestIsolation.cpp. Before main() it moves the program into a
// private home in a temporary folder (HOME, XDG_CONFIG_HOME, XDG_DATA_HOME, XDG_STATE_HOME and
// XDG_CACHE_HOME point into it), so whatever the code under test or a program it starts writes
// through QSettings or QStandardPaths lands there and is removed at exit. At exit it checks that
// the program's folders under the home it was started with (the user's, or the sandbox
// cd_add_test() gives each test) are exactly as they were, and fails the program if not.
namespace cd::test::isolation {

// The home the program was started with, and its settings and data folders.
QString startHome();
QString startConfigDir();
QString startDataDir();
// The private home the program runs in.
QString privateHome();
// The files the exit check watches: the organisation's settings folder and file, and its data
// folder, under the start home.
QStringList guardedPaths();
// A description of what changed in the guarded paths since start; empty when nothing did.
QString changesSinceStart();

} // namespace cd::test::isolation
