#pragma once

#include <QJsonObject>
#include <QString>

namespace cd {
class Vault;
}

namespace cd::bench {

// File › Print of the submission list (its first rows, up to the printed list's cap) from vault,
// signed in: the time Qt's own preview would hold the UI thread, and with the program's preview
// the time to its first page and the longest UI-thread stall meanwhile.
QJsonObject runPrintBench(Vault& vault, const QString& dir);

} // namespace cd::bench
