// Process hardening and the security services of the UI: core dumps off, secret clipboard
// copies (hinted, cleared after the timeout, never clearing foreign content), and the vault
// locking with the screen.
#include "TestVault.h"

#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "preferences/AppSettings.h"
#include "requests/RequestService.h"
#include "requests/RequestsPage.h"
#include "security/ProcessHardening.h"
#include "security/ScreenLockWatcher.h"
#include "security/SecretCopyActions.h"
#include "security/SecureClipboard.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionsPage.h"
#include "util/Clock.h"
#include "vault/PassphraseEdit.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QMimeData>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

using namespace cd;
using namespace cd::ui;

class TestSecurity : public QObject
{
    Q_OBJECT

private slots:
    void processBecomesNonDumpable();
    void wipedPassphraseCannotBeUndone();
    void secretCopyCarriesTheHint();
    void clipboardClearsAfterTimeout();
    void clipboardKeepsWhatTheUserCopiedSince();
    void submissionsPageCopiesSecretly();
    void requestsPageCopiesSecretly();
    void lockClearsOurClipboardOnly();
    void screenLockEmitsOnActiveChanged_data();
    void screenLockEmitsOnActiveChanged();
};

void TestSecurity::processBecomesNonDumpable()
{
    QVERIFY(ProcessHardening::disableCoreDumps());
    QCOMPARE(::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    rlimit core {};
    QCOMPARE(::getrlimit(RLIMIT_CORE, &core), 0);
    QCOMPARE(core.rlim_cur, rlim_t(0));
    QCOMPARE(core.rlim_max, rlim_t(0));
#ifdef CD_RELEASE_HARDENING
    QVERIFY(ProcessHardening::enabledInThisBuild());
#else
    QVERIFY(!ProcessHardening::enabledInThisBuild());
#endif
}

void TestSecurity::wipedPassphraseCannotBeUndone()
{
    PassphraseEdit edit;
    edit.setRevealed(true);
    QTest::keyClicks(&edit, QStringLiteral("correct horse battery"));
    QCOMPARE(edit.text(), QStringLiteral("correct horse battery"));
    edit.wipe();
    QVERIFY(edit.text().isEmpty());
    // The edit's undo history held every typed character; wiping must drop it too.
    edit.setRevealed(true);
    edit.undo();
    QVERIFY(edit.text().isEmpty());
    QVERIFY(!edit.isUndoAvailable());
}

void TestSecurity::secretCopyCarriesTheHint()
{
    std::unique_ptr<QMimeData> mime(SecureClipboard::secretMimeData(QStringLiteral("17000000001")));
    QCOMPARE(mime->text(), QStringLiteral("17000000001"));
    QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));

    SecureClipboard clipboard;
    clipboard.setClearAfterMs(0);
    clipboard.copySecret(QStringLiteral("zhang.san@example.invalid"));
    const QMimeData* held = QGuiApplication::clipboard()->mimeData();
    QVERIFY(held);
    QCOMPARE(held->text(), QStringLiteral("zhang.san@example.invalid"));
    QVERIFY(held->hasFormat(QStringLiteral("x-kde-passwordManagerHint")));
    clipboard.clearIfOurs();
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
}

namespace {

// True when the clipboard holds exactly this text with the hint that keeps it out of histories.
bool clipboardHoldsSecret(const QString& text)
{
    const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
    return mime && mime->text() == text && mime->hasFormat(QStringLiteral("x-kde-passwordManagerHint"));
}

} // namespace

void TestSecurity::submissionsPageCopiesSecretly()
{
    cd::test::TestVault tv;
    submissions::Submission s;
    s.receivedAt = Clock::nowUtc();
    s.name = QStringLiteral("测试用户");
    s.phone = QStringLiteral("+86 170 0000 0011");
    s.email = QStringLiteral("copy.test@example.com");
    auto id = submissions::SubmissionService(tv.vault()).create(s);
    QVERIFY2(id, qPrintable(id.message()));
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    SubmissionsPage page(settings);
    page.setVault(&tv.vault());
    page.show();
    QVERIFY(!page.copyActions()->copyPhoneAction()->isEnabled());
    page.table()->selectRow(0);
    QTRY_VERIFY(page.copyActions()->copyPhoneAction()->isEnabled());
    page.copyActions()->copyPhoneAction()->trigger();
    QVERIFY(clipboardHoldsSecret(s.phone));
    page.copyActions()->copyEmailAction()->trigger();
    QVERIFY(clipboardHoldsSecret(s.email));
    QVERIFY(SecureClipboard::instance()->holdsOurCopy());
    // Locking drops the values: nothing is left to copy.
    page.setVault(nullptr);
    QVERIFY(!page.copyActions()->copyPhoneAction()->isEnabled());
    QVERIFY(!page.copyActions()->copyEmailAction()->isEnabled());
    SecureClipboard::instance()->clearIfOurs();
}

void TestSecurity::requestsPageCopiesSecretly()
{
    cd::test::TestVault tv;
    requests::RequestDraft draft;
    draft.receivedOn = Clock::today();
    draft.requesterName = QStringLiteral("Test Requester");
    draft.email = QStringLiteral("requester@example.com");
    draft.phone = QStringLiteral("17000000012");
    auto added = requests::RequestService(tv.vault()).add(draft);
    QVERIFY2(added, qPrintable(added.message()));
    RequestsPage page;
    page.setVault(&tv.vault());
    page.show();
    QVERIFY(page.selectRequest(added->id));
    QTRY_VERIFY(page.copyActions()->copyEmailAction()->isEnabled());
    page.copyActions()->copyEmailAction()->trigger();
    QVERIFY(clipboardHoldsSecret(draft.email));
    page.copyActions()->copyPhoneAction()->trigger();
    QVERIFY(clipboardHoldsSecret(draft.phone));
    page.setVault(nullptr);
    QVERIFY(!page.copyActions()->copyPhoneAction()->isEnabled());
    SecureClipboard::instance()->clearIfOurs();
}

void TestSecurity::lockClearsOurClipboardOnly()
{
    QTemporaryDir dir;
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    LanguageManager language;
    SecureClipboard::instance()->setClearAfterMs(600000); // the timeout must not be what clears it
    for (const bool userCopiedSince : { false, true }) {
        MainWindow w(settings, language);
        auto tv = std::make_shared<cd::test::TestVault>();
        std::shared_ptr<Vault> vault(tv, &tv->vault());
        w.setVault(vault);
        SecureClipboard::instance()->copySecret(QStringLiteral("17000000013"));
        if (userCopiedSince) {
            QGuiApplication::clipboard()->setText(QStringLiteral("the user's own text"));
        }
        w.lock();
        QVERIFY(!w.vault());
        QCOMPARE(
            QGuiApplication::clipboard()->text(), userCopiedSince ? QStringLiteral("the user's own text") : QString());
    }
    SecureClipboard::instance()->setClearAfterMs(30000);
}

void TestSecurity::clipboardClearsAfterTimeout()
{
    SecureClipboard clipboard;
    QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
    clipboard.setClearAfterMs(150);
    clipboard.copySecret(QStringLiteral("17000000002"));
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("17000000002"));
    QVERIFY(clipboard.holdsOurCopy());
    QTRY_COMPARE_WITH_TIMEOUT(cleared.count(), 1, 5000);
    QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    QVERIFY(!clipboard.holdsOurCopy());
}

void TestSecurity::clipboardKeepsWhatTheUserCopiedSince()
{
    SecureClipboard clipboard;
    QSignalSpy cleared(&clipboard, &SecureClipboard::cleared);
    clipboard.setClearAfterMs(100);
    clipboard.copySecret(QStringLiteral("17000000003"));
    QGuiApplication::clipboard()->setText(QStringLiteral("meeting notes the user copied"));
    QTest::qWait(400);
    QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("meeting notes the user copied"));
    QCOMPARE(cleared.count(), 0);
}

void TestSecurity::screenLockEmitsOnActiveChanged_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("interface");
    QTest::newRow("freedesktop") << "/org/freedesktop/ScreenSaver"
                                 << "org.freedesktop.ScreenSaver";
    QTest::newRow("gnome") << "/org/gnome/ScreenSaver"
                           << "org.gnome.ScreenSaver";
}

void TestSecurity::screenLockEmitsOnActiveChanged()
{
    QFETCH(QString, path);
    QFETCH(QString, interface);
    if (!QDBusConnection::sessionBus().isConnected()) {
        QSKIP("no session D-Bus (dbus-daemon missing)");
    }
    ScreenLockWatcher watcher;
    QVERIFY(watcher.isListening());
    QSignalSpy locked(&watcher, &ScreenLockWatcher::screenLocked);
    // The screen saver's side, on a connection of its own.
    QDBusConnection saver = QDBusConnection::connectToBus(
        qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("screensaver-") + interface);
    QVERIFY(saver.isConnected());
    QDBusMessage unlocked = QDBusMessage::createSignal(path, interface, QStringLiteral("ActiveChanged"));
    unlocked << false;
    QVERIFY(saver.send(unlocked));
    QTest::qWait(200);
    QCOMPARE(locked.count(), 0);
    QDBusMessage active = QDBusMessage::createSignal(path, interface, QStringLiteral("ActiveChanged"));
    active << true;
    QVERIFY(saver.send(active));
    QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 5000);
    QDBusConnection::disconnectFromBus(QStringLiteral("screensaver-") + interface);
}

int main(int argc, char* argv[])
{
    // A private session bus for the screen-lock test, started before Qt first asks for one.
    QProcess bus;
    const QString daemon = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (!daemon.isEmpty()) {
        bus.start(
            daemon, { QStringLiteral("--session"), QStringLiteral("--nofork"), QStringLiteral("--print-address=1") });
        if (bus.waitForStarted(5000) && bus.waitForReadyRead(5000)) {
            qputenv("DBUS_SESSION_BUS_ADDRESS", bus.readLine().trimmed());
        }
    }
    QApplication app(argc, argv);
    TestSecurity test;
    const int rc = QTest::qExec(&test, argc, argv);
    bus.kill();
    bus.waitForFinished(2000);
    return rc;
}

#include "tst_security.moc"
