#include "preferences/AppSettings.h"

#include "TestIsolation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

using namespace cd;
using namespace cd::test;

// No test reads or writes the real user's settings: every test program runs in a private home
// (support/TestIsolation.cpp) and fails if it changed the settings of the home it started in.
class TestIsolation : public QObject
{
    Q_OBJECT

private slots:
    void runsInAPrivateHome();
    void startHomeIsTheBuildTreeUnderCTest();
    void settingsAndDataStayPrivate();
    void programsStartedByATestStayPrivate();
    void guardFailsAProgramThatWritesTheStartSettings();
    void guardAcceptsAProgramThatKeepsToItsHome();

    // Run only as a child of the two tests above (CD_TEST_ISOLATION_CHILD).
    void child();

private:
    static QProcess::ProcessError runChild(const QString& mode, int* exitCode, QString* err);
};

namespace {
bool under(const QString& path, const QString& dir)
{
    return QDir::cleanPath(path).startsWith(QDir::cleanPath(dir) + QLatin1Char('/'));
}
} // namespace

void TestIsolation::runsInAPrivateHome()
{
    const QString home = isolation::privateHome();
    QVERIFY(!home.isEmpty());
    QVERIFY(QFileInfo(home).isDir());
    QVERIFY2(under(home, QDir::tempPath()), qPrintable(home));
    QVERIFY(!under(home, isolation::startHome()));
    QCOMPARE(QDir::homePath(), home);
    QCOMPARE(qEnvironmentVariable("HOME"), home);
    for (const auto location :
        { QStandardPaths::GenericConfigLocation, QStandardPaths::AppConfigLocation, QStandardPaths::GenericDataLocation,
            QStandardPaths::AppDataLocation, QStandardPaths::AppLocalDataLocation, QStandardPaths::CacheLocation }) {
        const QString path = QStandardPaths::writableLocation(location);
        QVERIFY2(under(path, home), qPrintable(path));
    }
    QVERIFY(isolation::guardedPaths().contains(isolation::startConfigDir() + QStringLiteral("/Vivest")));
}

void TestIsolation::startHomeIsTheBuildTreeUnderCTest()
{
    const QString build = qEnvironmentVariable("CD_BINARY_DIR");
    if (build.isEmpty()) {
        QSKIP("not started by CTest");
    }
    // cd_add_test() gives every test a home of its own in the build tree.
    QVERIFY2(under(isolation::startHome(), build), qPrintable(isolation::startHome()));
    QVERIFY(isolation::startHome().endsWith(QStringLiteral("/tst_testisolation-home")));
    QVERIFY(under(isolation::startConfigDir(), isolation::startHome()));
    QVERIFY(under(isolation::startDataDir(), isolation::startHome()));
}

void TestIsolation::settingsAndDataStayPrivate()
{
    {
        AppSettings settings; // the per-user settings the program itself uses
        settings.setLanguage(QStringLiteral("en"));
        settings.addRecentVault(QStringLiteral("/tmp/x.cdvault"));
        settings.sync();
    }
    const QSettings product(QSettings::UserScope, QStringLiteral("Vivest"), QStringLiteral("ComplianceDesk"));
    QVERIFY2(under(product.fileName(), isolation::privateHome()), qPrintable(product.fileName()));
    QVERIFY(QFileInfo::exists(product.fileName()));
    QCOMPARE(product.value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    QVERIFY(!QFileInfo::exists(isolation::startConfigDir() + QStringLiteral("/Vivest/ComplianceDesk.conf")));
    QCOMPARE(isolation::changesSinceStart(), QString());
}

void TestIsolation::programsStartedByATestStayPrivate()
{
    // A child program (the CLI, the GUI program) inherits the private home.
    QProcess p;
    p.start(QStringLiteral("/bin/sh"), { QStringLiteral("-c"), QStringLiteral("echo \"$HOME|$XDG_CONFIG_HOME\"") });
    QVERIFY(p.waitForFinished(10000));
    const QStringList seen = QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed().split(QLatin1Char('|'));
    QCOMPARE(seen.size(), 2);
    QCOMPARE(seen.at(0), isolation::privateHome());
    QVERIFY(under(seen.at(1), isolation::privateHome()));
}

QProcess::ProcessError TestIsolation::runChild(const QString& mode, int* exitCode, QString* err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CD_TEST_ISOLATION_CHILD"), mode);
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(), { QStringLiteral("child") });
    if (!p.waitForFinished(60000)) {
        return p.error();
    }
    *exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    *err = QString::fromLocal8Bit(p.readAllStandardError() + p.readAllStandardOutput());
    return QProcess::UnknownError;
}

void TestIsolation::guardFailsAProgramThatWritesTheStartSettings()
{
    // The child starts in this program's private home and writes that home's settings file
    // past the redirection, as code with a hard-coded path would: its own tests pass, the exit
    // check fails it.
    int code = 0;
    QString err;
    QCOMPARE(runChild(QStringLiteral("write"), &code, &err), QProcess::UnknownError);
    QVERIFY2(err.contains(QStringLiteral("PASS   : TestIsolation::child()")), qPrintable(err));
    QCOMPARE(code, 1);
    QVERIFY2(err.contains(QStringLiteral("changed the user's settings")), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral("/.config/Vivest")), qPrintable(err));
}

void TestIsolation::guardAcceptsAProgramThatKeepsToItsHome()
{
    int code = -1;
    QString err;
    QCOMPARE(runChild(QStringLiteral("private"), &code, &err), QProcess::UnknownError);
    QVERIFY2(code == 0, qPrintable(err));
    QVERIFY(!err.contains(QStringLiteral("changed the user's settings")));
}

void TestIsolation::child()
{
    const QString mode = qEnvironmentVariable("CD_TEST_ISOLATION_CHILD");
    if (mode.isEmpty()) {
        QSKIP("runs only as a child program");
    }
    if (mode == QLatin1String("write")) {
        QSettings leak(
            isolation::startConfigDir() + QStringLiteral("/Vivest/ComplianceDesk.conf"), QSettings::IniFormat);
        leak.setValue(QStringLiteral("ui/language"), QStringLiteral("zh_CN"));
        leak.sync();
        QCOMPARE(leak.status(), QSettings::NoError);
    } else {
        AppSettings settings;
        settings.setLanguage(QStringLiteral("zh_CN"));
        settings.sync();
    }
}

QTEST_GUILESS_MAIN(TestIsolation)
#include "tst_testisolation.moc"
