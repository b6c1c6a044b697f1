#include "TestIsolation.h"

#include <QDir>
#include <QDirIterator>
#include <QFileInfo>
#include <QMap>
#include <QtGlobal>

#include <QTemporaryDir>

#include <cstdio>
#include <cstdlib>

namespace cd::test::isolation {

namespace {

// The organisation the program files its settings and data under (app/gui/main.cpp, AppSettings).
const char* const kOrganisation = "Vivest";

struct State {
    QString startHome;
    QString startConfig;
    QString startData;
    QString privateHome;
    QMap<QString, QString> snapshot; // path -> "kind size mtime"
};

State& state()
{
    static State s;
    return s;
}

QString envDir(const char* name, const QString& fallback)
{
    const QString value = qEnvironmentVariable(name);
    return QDir::isAbsolutePath(value) ? QDir::cleanPath(value) : fallback;
}

QMap<QString, QString> takeSnapshot()
{
    QMap<QString, QString> files;
    for (const QString& root : guardedPaths()) {
        const QFileInfo info(root);
        if (!info.exists()) {
            continue;
        }
        files.insert(root,
            info.isDir() ? QStringLiteral("dir")
                         : QStringLiteral("file %1 %2").arg(info.size()).arg(info.lastModified().toMSecsSinceEpoch()));
        if (!info.isDir()) {
            continue;
        }
        QDirIterator it(
            root, QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot | QDir::System, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QFileInfo f(it.next());
            files.insert(f.filePath(),
                f.isDir() ? QStringLiteral("dir")
                          : QStringLiteral("file %1 %2").arg(f.size()).arg(f.lastModified().toMSecsSinceEpoch()));
        }
    }
    return files;
}

void checkAtExit()
{
    const QString changes = changesSinceStart();
    const QString home = state().privateHome;
    if (!home.isEmpty() && home.startsWith(QDir::tempPath()) && qEnvironmentVariableIsEmpty("CD_TEST_KEEP_HOME")) {
        QDir(home).removeRecursively();
    }
    if (!changes.isEmpty()) {
        std::fprintf(stderr, "FAIL!  : the test program changed the user's settings or data (%s): %s\n",
            qPrintable(state().startHome), qPrintable(changes));
        std::fflush(stderr);
        std::_Exit(1);
    }
}

void isolate()
{
    State& s = state();
    const QString home = QDir::homePath(); // $HOME, else the account's home directory
    s.startHome = QDir::cleanPath(home);
    s.startConfig = envDir("XDG_CONFIG_HOME", s.startHome + QStringLiteral("/.config"));
    s.startData = envDir("XDG_DATA_HOME", s.startHome + QStringLiteral("/.local/share"));
    s.snapshot = takeSnapshot();

    QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/cd-test-home-XXXXXX"));
    if (!dir.isValid()) {
        std::fprintf(
            stderr, "FAIL!  : could not create a private home for the test under %s\n", qPrintable(QDir::tempPath()));
        std::exit(1);
    }
    dir.setAutoRemove(false); // removed by checkAtExit(), after everything else let go of it
    s.privateHome = dir.path();
    const QByteArray priv = QFile::encodeName(s.privateHome);
    qputenv("HOME", priv);
    qputenv("XDG_CONFIG_HOME", priv + "/.config");
    qputenv("XDG_DATA_HOME", priv + "/.local/share");
    qputenv("XDG_STATE_HOME", priv + "/.local/state");
    qputenv("XDG_CACHE_HOME", priv + "/.cache");
    std::atexit(checkAtExit);
}

// Runs before main(), before any QSettings or QStandardPaths is used.
Q_CONSTRUCTOR_FUNCTION(isolate)

} // namespace

QString startHome()
{
    return state().startHome;
}

QString startConfigDir()
{
    return state().startConfig;
}

QString startDataDir()
{
    return state().startData;
}

QString privateHome()
{
    return state().privateHome;
}

QStringList guardedPaths()
{
    const QString org = QString::fromLatin1(kOrganisation);
    return { state().startConfig + QLatin1Char('/') + org,
        state().startConfig + QLatin1Char('/') + org + QStringLiteral(".conf"),
        state().startData + QLatin1Char('/') + org };
}

QString changesSinceStart()
{
    const QMap<QString, QString> now = takeSnapshot();
    const QMap<QString, QString>& before = state().snapshot;
    QStringList changed;
    for (auto it = now.cbegin(); it != now.cend(); ++it) {
        if (before.value(it.key()) != it.value()) {
            changed << it.key();
        }
    }
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (!now.contains(it.key())) {
            changed << it.key();
        }
    }
    return changed.join(QStringLiteral(", "));
}

} // namespace cd::test::isolation
