// The unlock screen's way back from a vault that will not open: the offer appears after a failed
// open, the dialog keeps what was typed on an error, and a backup administrator's password
// restores the vault, keeping the damaged file. Real vault and backup, offscreen widgets.
#include "TestVault.h"

#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "preferences/AppSettings.h"
#include "storage/Statement.h"
#include "submissions/Submission.h"
#include "vault/PassphraseEdit.h"
#include "vault/RestoreUnopenableDialog.h"
#include "vault/UnlockWidget.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::test;
using namespace cd::ui;
using namespace cd::submissions;

class TestRestoreUnopenable : public QObject
{
    Q_OBJECT

private slots:
    void damagedVaultIsRestoredFromTheUnlockScreen();
};

void TestRestoreUnopenable::damagedVaultIsRestoredFromTheUnlockScreen()
{
    QTemporaryDir settingsDir;
    AppSettings settings(settingsDir.filePath(QStringLiteral("settings.ini")));
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));

    TestVault tv;
    Submission s;
    s.receivedAt = QDateTime(QDate(2026, 2, 1), QTime(9, 0), Qt::UTC);
    s.name = QStringLiteral("Restored Person");
    s.email = QStringLiteral("restored@example.cn");
    s.message = QStringLiteral("kept through the restore");
    QVERIFY(SubmissionService(tv.vault()).create(s));
    const QString backup = tv.dir() + QStringLiteral("/backup.cdvault");
    QVERIFY(tv.vault().backup(backup));
    const QString path = tv.path();
    tv.close();
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadWrite));
        f.write(QByteArray(int(f.size()), '\x5a'));
    }
    const QString passphrase = QString::fromLatin1(TestVault::key().material().bytes());

    MainWindow w(settings, language);
    w.show();
    UnlockWidget* unlock = w.unlockWidget();
    auto* offer = unlock->findChild<QPushButton*>(QStringLiteral("restoreUnopenable"));
    QVERIFY(offer);
    unlock->setVaultPath(path);
    QVERIFY(!offer->isVisible());
    unlock->findChild<QLineEdit*>(QStringLiteral("passphrase"))->setText(passphrase);
    unlock->findChild<QLineEdit*>(QStringLiteral("account"))->setText(QStringLiteral("admin"));
    unlock->findChild<QLineEdit*>(QStringLiteral("password"))->setText(TestVault::adminPassword());
    unlock->unlock();
    auto* error = unlock->findChild<QLabel*>(QStringLiteral("error"));
    QTRY_VERIFY_WITH_TIMEOUT(!error->text().isEmpty(), 10000);
    QVERIFY(w.isLocked());
    QVERIFY(offer->isVisible());
    QVERIFY(!offer->text().isEmpty());

    RestoreUnopenableDialog dialog(path, settings, &w);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(QApplication::focusWidget(), dialog.backupEdit());
    // Enter moves from field to field; it replaces nothing until the password field.
    dialog.backupEdit()->setText(QStringLiteral("/nowhere/backup.cdvault"));
    QTest::keyClick(dialog.backupEdit(), Qt::Key_Return);
    QVERIFY(!dialog.errorLabel()->isVisible());
    QCOMPARE(QApplication::focusWidget(), dialog.passphraseEdit());
    dialog.backupEdit()->clear();
    dialog.backupEdit()->setFocus();
    // Missing fields are named, one at a time, with the focus on the field.
    dialog.restore();
    QVERIFY(dialog.errorLabel()->isVisible());
    QCOMPARE(QApplication::focusWidget(), dialog.backupEdit());
    dialog.backupEdit()->setText(backup);
    dialog.passphraseEdit()->setText(passphrase);
    dialog.accountEdit()->setText(QStringLiteral("admin"));
    dialog.passwordEdit()->setText(QStringLiteral("not-the-password"));
    dialog.restore();
    QVERIFY(dialog.result() != QDialog::Accepted);
    QVERIFY(dialog.errorLabel()->isVisible());
    QVERIFY(dialog.errorLabel()->text().contains(QStringLiteral("password")));
    // What was typed stays, except the password.
    QCOMPARE(dialog.backupEdit()->text(), backup);
    QCOMPARE(dialog.accountEdit()->text(), QStringLiteral("admin"));
    QCOMPARE(dialog.passphraseEdit()->text(), passphrase);
    QVERIFY(dialog.passwordEdit()->text().isEmpty());
    QVERIFY(!QFile::exists(path + QStringLiteral(".unopenable")));

    dialog.passwordEdit()->setText(TestVault::adminPassword());
    dialog.restore();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.outcomeText().contains(QStringLiteral(".unopenable")));
    QVERIFY(QFile::exists(path + QStringLiteral(".unopenable")));
    auto reopened = Vault::open(path, TestVault::key());
    QVERIFY2(reopened, qPrintable(reopened.message()));
    QVERIFY(reopened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    QCOMPARE(Statement::scalarInt(reopened.value()->db(), "SELECT count(*) FROM submissions"), 1);
}

QTEST_MAIN(TestRestoreUnopenable)
#include "tst_restoreunopenable.moc"
