#include "TestVault.h"

#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "audit/AuditLog.h"
#include "demo/DemoData.h"
#include "preferences/AppSettings.h"
#include "registers/DisclosuresTab.h"
#include "registers/RegisterModels.h"
#include "registers/RegisterService.h"
#include "submissions/SubmissionsModel.h"
#include "submissions/SubmissionsPage.h"
#include "widgets/Dialogs.h"

#include <QAction>
#include <QFile>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace cd;
using namespace cd::test;
using namespace cd::ui;
using Dialogs::DialogScript;
using Dialogs::Kind;

namespace {

qint64 auditCount(Database& db, const QString& action)
{
    AuditFilter filter;
    filter.action = action;
    return AuditLog::count(db, filter);
}

// Triggers an entry of a tool button's drop-down menu, as a click would.
bool triggerMenuEntry(QWidget& page, const QString& button, const QString& entry)
{
    for (QToolButton* b : page.findChildren<QToolButton*>()) {
        if (b->text() != button || !b->menu()) {
            continue;
        }
        emit b->menu()->aboutToShow();
        for (QAction* a : b->menu()->actions()) {
            if (a->text() == entry) {
                a->trigger();
                return true;
            }
        }
    }
    return false;
}

bool fillSubmissions(TestVault& tv, int count)
{
    DemoOptions o;
    o.submissions = count;
    DemoSummary summary;
    return bool(demo::fillSubmissions(tv.vault(), o, summary));
}

template <typename T> T* widgetWithText(QWidget& parent, const QString& text)
{
    for (T* w : parent.findChildren<T*>()) {
        if (w->text() == text) {
            return w;
        }
    }
    return nullptr;
}

} // namespace

// What the pages ask through message boxes and file dialogs, answered by a DialogScript, and
// what they do with the answer: real vaults and real files.
class TestDialogFlows : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void exportSubmissionsWritesChosenFile();
    void declinedExportAsksNothingElse();
    void decliningDeleteKeepsTheRecord();
    void failedBackupNamesTheCause();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

void TestDialogFlows::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestDialogFlows::cleanup()
{
    m_settings.reset();
    m_dir.reset();
}

void TestDialogFlows::exportSubmissionsWritesChosenFile()
{
    TestVault tv;
    QVERIFY(fillSubmissions(tv, 25));
    SubmissionsPage page(*m_settings);
    page.setVault(&tv.vault());
    QCOMPARE(page.model()->matchCount(), 25);
    const QString path = m_dir->filePath(QStringLiteral("chosen/submissions.csv"));
    QVERIFY(QDir().mkpath(QFileInfo(path).absolutePath()));
    const qint64 exportsBefore = auditCount(tv.db(), QStringLiteral("submission.export"));

    DialogScript script;
    script.answer(QMessageBox::Ok).choosePath(path);
    QVERIFY(triggerMenuEntry(page, QStringLiteral("E&xport"), QStringLiteral("CSV for Excel (UTF-8)…")));

    // Asked: the personal-data warning (with the row count), then where to save. Nothing else.
    QCOMPARE(script.asked().size(), 2);
    QCOMPARE(script.asked().at(0).kind, Kind::Warning);
    QCOMPARE(script.asked().at(0).title, QStringLiteral("Export personal data"));
    QVERIFY2(script.asked().at(0).text.contains(QStringLiteral("of 25 submission(s)")),
        qPrintable(script.asked().at(0).text));
    QCOMPARE(script.asked().at(1).kind, Kind::SaveFile);
    QCOMPARE(script.asked().at(1).title, QStringLiteral("Export submissions"));
    QCOMPARE(script.asked().at(1).filter, QStringLiteral("CSV (*.csv)"));

    // The file is where it was chosen, with every row of the view.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF")); // BOM, so Excel reads UTF-8
    const QString csv = QString::fromUtf8(bytes);
    for (int row : { 0, 12, 24 }) {
        const auto s = page.model()->submissionAt(row);
        QVERIFY(s.has_value());
        QVERIFY2(csv.contains(s->email), qPrintable(s->email));
    }
    QCOMPARE(auditCount(tv.db(), QStringLiteral("submission.export")), exportsBefore + 1);
}

void TestDialogFlows::declinedExportAsksNothingElse()
{
    TestVault tv;
    QVERIFY(fillSubmissions(tv, 5));
    SubmissionsPage page(*m_settings);
    page.setVault(&tv.vault());
    const qint64 exportsBefore = auditCount(tv.db(), QStringLiteral("submission.export"));

    // Unanswered, the personal-data warning is declined (Cancel is its default).
    DialogScript script;
    script.choosePath(m_dir->filePath(QStringLiteral("never.csv")));
    QVERIFY(triggerMenuEntry(page, QStringLiteral("E&xport"), QStringLiteral("CSV for Excel (UTF-8)…")));
    QCOMPARE(script.asked().size(), 1);
    QCOMPARE(script.last().kind, Kind::Warning);
    QCOMPARE(script.count(Kind::SaveFile), 0);
    QVERIFY(!QFile::exists(m_dir->filePath(QStringLiteral("never.csv"))));
    QCOMPARE(auditCount(tv.db(), QStringLiteral("submission.export")), exportsBefore);
}

void TestDialogFlows::decliningDeleteKeepsTheRecord()
{
    TestVault tv;
    DemoSummary summary;
    QVERIFY(demo::fillRegisters(tv.vault(), {}, summary));
    registers::DisclosureService service(tv.vault());
    auto before = service.list();
    QVERIFY(before && !before->isEmpty());
    const qint64 id = before->first().id;

    DisclosuresTab tab(*m_settings);
    tab.resize(1200, 800);
    tab.setVault(&tv.vault());
    QVERIFY(tab.showDisclosure(id));
    auto* remove = widgetWithText<QPushButton>(tab, QStringLiteral("Delete"));
    QVERIFY(remove);
    QVERIFY(remove->isEnabled());

    {
        // Unanswered: the question defaults to No, and the record stays.
        DialogScript script;
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(script.asked().size(), 1);
        QCOMPARE(script.last().kind, Kind::Question);
        QCOMPARE(script.last().title, QStringLiteral("Delete disclosure"));
        QVERIFY2(script.last().text.contains(QStringLiteral("Delete disclosure event %1").arg(id)),
            qPrintable(script.last().text));
        QVERIFY(service.get(id));
        QCOMPARE(service.list()->size(), before->size());
        QCOMPARE(tab.model()->rowCount(), int(before->size()));
    }
    {
        DialogScript script;
        script.answer(QMessageBox::Yes);
        QTest::mouseClick(remove, Qt::LeftButton);
        QCOMPARE(script.asked().size(), 1); // no error box after the question
        QCOMPARE(service.get(id).code(), ErrorCode::NotFound);
        QCOMPARE(service.list()->size(), before->size() - 1);
        QCOMPARE(tab.model()->rowCount(), int(before->size()) - 1);
    }
}

void TestDialogFlows::failedBackupNamesTheCause()
{
    TestVault tv;
    const QString vaultPath = tv.path();
    tv.close();
    LanguageManager language;
    language.setLanguage(QStringLiteral("en"));
    MainWindow w(*m_settings, language);
    auto opened = Vault::open(vaultPath, TestVault::key());
    QVERIFY2(opened, qPrintable(opened.message()));
    QVERIFY(opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    w.setVault(std::shared_ptr<Vault>(std::move(opened.value())));
    auto* backup = widgetWithText<QAction>(w, QStringLiteral("&Back up now…"));
    QVERIFY(backup);
    QVERIFY(backup->isEnabled());

    // A folder that is a file: the backup cannot be written, and the warning says where.
    const QString blocker = m_dir->filePath(QStringLiteral("not-a-folder"));
    {
        QFile f(blocker);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    const QString target = blocker + QStringLiteral("/backup.cdvault");
    {
        DialogScript script;
        script.choosePath(target);
        backup->trigger();
        QCOMPARE(script.asked().size(), 2);
        QCOMPARE(script.asked().at(0).kind, Kind::SaveFile);
        QCOMPARE(script.asked().at(0).title, QStringLiteral("Back up vault"));
        QVERIFY(script.asked().at(0).text.endsWith(QStringLiteral("-backup.cdvault")));
        QCOMPARE(script.last().kind, Kind::Warning);
        QCOMPARE(script.last().title, QStringLiteral("Backup"));
        QVERIFY2(script.last().text.contains(QStringLiteral("Could not write")), qPrintable(script.last().text));
        QVERIFY2(script.last().text.contains(target), qPrintable(script.last().text));
        QVERIFY(!QFile::exists(target));
    }
    {
        // The vault file itself: refused before anything is written, with what to do instead.
        DialogScript script;
        script.choosePath(vaultPath);
        backup->trigger();
        QCOMPARE(script.last().kind, Kind::Warning);
        QCOMPARE(script.last().text, QStringLiteral("Choose a different file for the backup."));
    }
    {
        // A good place: the backup is written and checked, and the box says so.
        DialogScript script;
        const QString good = m_dir->filePath(QStringLiteral("backups/ok.cdvault"));
        script.choosePath(good);
        backup->trigger();
        QCOMPARE(script.last().kind, Kind::Information);
        QVERIFY2(script.last().text.contains(QStringLiteral("written and checked")), qPrintable(script.last().text));
        QVERIFY(QFile::exists(good));
        QVERIFY(Vault::open(good, TestVault::key()));
    }
}

QTEST_MAIN(TestDialogFlows)
#include "tst_dialogflows.moc"
