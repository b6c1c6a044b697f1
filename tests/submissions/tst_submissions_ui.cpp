#include "TestVault.h"

#include "demo/DemoData.h"
#include "preferences/AppSettings.h"
#include "submissions/Submission.h"
#include "submissions/SubmissionImportDialog.h"
#include "submissions/SubmissionsModel.h"
#include "submissions/SubmissionsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::submissions;
using namespace cd::test;
using namespace cd::ui;

namespace {

QString fixture(const QString& name)
{
    return QStringLiteral(CD_SUBMISSIONS_DATA "/") + name;
}

void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        w->grab().save(dir + QStringLiteral("/submissions-") + name + QStringLiteral(".png"));
    }
}

} // namespace

class TestSubmissionsUi : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_vault = std::make_unique<TestVault>();
        m_settings = std::make_unique<AppSettings>(m_dir.filePath(QStringLiteral("settings.ini")));
    }
    void cleanup()
    {
        m_vault.reset();
        m_settings.reset();
    }
    void modelPassesTester();
    void importSearchAndChangeStatus();
    void lockClearsEverything();

private:
    void fill(int rows)
    {
        DemoOptions o;
        o.submissions = rows;
        DemoSummary s;
        QVERIFY(demo::fillSubmissions(m_vault->vault(), o, s));
    }
    QTemporaryDir m_dir;
    std::unique_ptr<TestVault> m_vault;
    std::unique_ptr<AppSettings> m_settings;
};

void TestSubmissionsUi::modelPassesTester()
{
    fill(1200);
    SubmissionsModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setVault(&m_vault->vault());
    QCOMPARE(model.rowCount(), 1200);
    // Walk past several blocks forwards (keyset) and jump back (offset): same rows as SQL.
    QList<qint64> walked;
    for (int r = 0; r < model.rowCount(); ++r) {
        walked.append(model.idAt(r));
    }
    SubmissionQuery q = SubmissionQuery::compile(m_vault->db(), {}, 24);
    QCOMPARE(walked, q.ids(m_vault->db(), Sort {}));
    QCOMPARE(model.idAt(5), walked.at(5));
    model.sort(SubmissionsModel::Name, Qt::AscendingOrder);
    QVERIFY(model.data(model.index(0, SubmissionsModel::Name)).toString()
        <= model.data(model.index(1199, SubmissionsModel::Name)).toString());
    SubmissionFilter f;
    f.search = QStringLiteral("删除");
    model.setFilter(f);
    QVERIFY(model.rowCount() > 0);
    for (int r = 0; r < model.rowCount(); ++r) {
        QVERIFY(model.submissionAt(r)->message.contains(QStringLiteral("删除")));
    }
    f.search = QStringLiteral("x");
    model.setFilter(f);
    QVERIFY(model.searchTooShort());
    QCOMPARE(model.rowCount(), 0);
}

void TestSubmissionsUi::importSearchAndChangeStatus()
{
    fill(300);
    SubmissionsPage page(*m_settings);
    page.resize(1280, 760);
    page.setVault(&m_vault->vault());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.model()->rowCount(), 300);

    SubmissionImportDialog* dialog = page.openImportDialog(fixture(QStringLiteral("gb18030.csv")));
    QVERIFY(dialog);
    QCOMPARE(dialog->encodingCombo()->currentIndex(), 0);
    QCOMPARE(dialog->mappingCombo(ImportField::Phone)->currentText(), QStringLiteral("手机号"));
    screenshot(dialog, QStringLiteral("import-dialog"));
    QVERIFY(dialog->startImport());
    QVERIFY(dialog->report().has_value());
    QCOMPARE(dialog->report()->imported, 4);
    QCOMPARE(dialog->report()->rejected, 2);
    QVERIFY(dialog->resultLabel()->text().contains(QStringLiteral("4")));
    screenshot(dialog, QStringLiteral("import-result"));
    dialog->close();
    QCOMPARE(page.model()->rowCount(), 304);

    QTest::keyClicks(page.searchEdit(), QStringLiteral("A-1001"));
    page.applyFilterNow();
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.countLabel()->text().contains(QStringLiteral("1")));
    page.table()->selectRow(0);
    const qint64 id = page.model()->idAt(0);
    QVERIFY(id > 0);
    QCOMPARE(page.detailStatus()->currentData().toString(), QStringLiteral("new"));
    page.detailStatus()->setCurrentIndex(page.detailStatus()->findData(QStringLiteral("contacted")));
    QTest::mouseClick(page.saveButton(), Qt::LeftButton);
    auto saved = SubmissionService(m_vault->vault()).get(id);
    QVERIFY(saved);
    QCOMPARE(saved->status, QStringLiteral("contacted"));
    page.searchEdit()->clear();
    page.applyFilterNow();
    page.table()->selectRow(2);
    screenshot(&page, QStringLiteral("page"));
}

void TestSubmissionsUi::lockClearsEverything()
{
    fill(50);
    SubmissionsPage page(*m_settings);
    page.setVault(&m_vault->vault());
    page.table()->selectRow(0);
    QCOMPARE(page.model()->rowCount(), 50);
    page.setVault(nullptr);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(page.countLabel()->text().isEmpty());
    QVERIFY(page.searchEdit()->text().isEmpty());
}

QTEST_MAIN(TestSubmissionsUi)
#include "tst_submissions_ui.moc"
