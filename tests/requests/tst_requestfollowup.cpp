// The requests page's follow-up dialogs, driven with real widgets on a real vault: deadline
// extension, letter templates, the register report, links and attachments after intake.
#include "TestVault.h"

#include "audit/AuditLog.h"
#include "contacts/ContactNormalizer.h"
#include "export/TableExport.h"
#include "report/ReportLanguage.h"
#include "report/ReportRenderer.h"
#include "requests/DeadlineExtensionDialog.h"
#include "requests/LetterTemplatesDialog.h"
#include "requests/RegisterReportDialog.h"
#include "requests/RequestAttachmentsDialog.h"
#include "requests/RequestDocuments.h"
#include "requests/RequestFollowUpBar.h"
#include "requests/RequestLinksDialog.h"
#include "requests/RequestService.h"
#include "requests/RequestsModel.h"
#include "requests/RequestsPage.h"
#include "storage/Statement.h"
#include "util/Clock.h"
#include "widgets/BackgroundTask.h"

#include "util/Formatting.h"
#include <QApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QScreen>
#include <QSpinBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QThread>
#include <QTreeWidget>

using namespace cd;
using namespace cd::requests;
using namespace cd::ui;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(4, 0), Qt::UTC);

qint64 addRequest(RequestService& service, RequestType type, const QDate& received, const QString& name,
    const QString& email = {}, const QString& phone = {})
{
    RequestDraft d;
    d.type = type;
    d.receivedOn = received;
    d.requesterName = name;
    d.email = email.isEmpty() && phone.isEmpty()
        ? name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.cn")
        : email;
    d.phone = phone;
    auto r = service.add(d);
    return r ? r->id : 0;
}

qint64 addSubmission(Database& db, const QString& name, const QString& email, const QString& phone)
{
    Statement s(db,
        "INSERT INTO submissions (received_at, name, phone, phone_norm, email, email_norm, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    s.bind(1, kNow.addDays(-40))
        .bind(2, name)
        .bindText(3, phone)
        .bindText(4, ContactNormalizer::phone(phone))
        .bindText(5, email)
        .bindText(6, ContactNormalizer::email(email))
        .bind(7, kNow)
        .bind(8, kNow)
        .exec();
    return db.lastInsertId();
}

void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (dir.isEmpty()) {
        return;
    }
    w->show();
    QApplication::processEvents();
    QDir().mkpath(dir);
    w->grab().save(dir + QStringLiteral("/requests-") + name + QStringLiteral(".png"));
}

// A dialog fits a 1366×768 laptop screen (less the task bar) at its opening size.
void verifyFitsLaptop(QWidget* w)
{
    QVERIFY2(
        w->width() <= 1366 && w->height() <= 720, qPrintable(QStringLiteral("%1×%2").arg(w->width()).arg(w->height())));
    QVERIFY(w->minimumSizeHint().width() <= w->width());
    QVERIFY(w->minimumSizeHint().height() <= w->height());
}

// Every audit entry, flattened to text, for "no personal value" checks.
QString allAuditText(Database& db)
{
    QString out;
    for (const AuditEntry& e : AuditLog::list(db, AuditFilter {}, 0, 100000)) {
        out += e.action + QLatin1Char(' ') + e.entityId + QLatin1Char(' ') + e.fields.join(QLatin1Char(','))
            + QLatin1Char(' ') + e.detail + QLatin1Char('\n');
    }
    return out;
}

QList<AuditEntry> auditOf(Database& db, const QString& action)
{
    AuditFilter f;
    f.action = action;
    return AuditLog::list(db, f, 0, 1000);
}

QList<QStringList> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
    }
    QList<QStringList> rows;
    // The register has no quotes, commas or line breaks inside cells except quoted names of states.
    for (const QString& line : QString::fromUtf8(bytes).split(QStringLiteral("\r\n"), Qt::SkipEmptyParts)) {
        QStringList cells;
        for (QString cell : line.split(QLatin1Char(','))) {
            if (cell.startsWith(QLatin1Char('"')) && cell.endsWith(QLatin1Char('"'))) {
                cell = cell.mid(1, cell.size() - 2).replace(QStringLiteral("\"\""), QStringLiteral("\""));
            }
            cells << cell;
        }
        rows << cells;
    }
    return rows;
}

int pdfPageCount(const QString& path)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    return int(QString::fromLatin1(test::readFile(path)).count(page));
}

qint64 auditCount(Database& db)
{
    return Statement::scalarInt(db, "SELECT count(*) FROM audit_log");
}

} // namespace

class TestRequestFollowUp : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return kNow; });
    }
    void cleanup() { Clock::setOverride(nullptr); }

    void extensionFromThePage();
    void extensionRefusedOutsideMonthRules();
    void letterTemplatesSaveAndReset();
    void letterTemplatesReadOnlyForStaff();
    void registerPresets_data();
    void registerPresets();
    void registerCsvCountsForRange();
    void registerFilesAndBadRange();
    void registerExportRunsOnAWorker();
    void cancelledRegisterExportLeavesNothing_data();
    void cancelledRegisterExportLeavesNothing();
    void linksAddAndRemove();
    void linksClosedRequestReadOnly();
    void attachmentsRoundTrip();
    void attachmentsBadInputAndAuditor();
};

void TestRequestFollowUp::extensionFromThePage()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    QVERIFY(service.setDeadlineRule(DeadlineRule { DeadlineRule::Kind::Months, 1 }));
    const qint64 id = addRequest(service, RequestType::Access, QDate(2026, 2, 10), QStringLiteral("Ann Lee"));
    QCOMPARE(service.get(id)->dueOn, QDate(2026, 3, 10));

    RequestsPage page;
    page.resize(1280, 720);
    page.setVault(&tv.vault());
    page.show();
    QVERIFY(page.selectRequest(id));
    QVERIFY(page.followUpBar()->isVisible());
    QVERIFY(page.followUpBar()->extendButton()->isEnabled());

    const QString reason = QStringLiteral("Records in three systems; the archive team needs more time");
    DeadlineExtensionDialog dialog(tv.vault(), service.get(id).value(), &page);
    verifyFitsLaptop(&dialog);
    QCOMPARE(dialog.monthsSpin()->maximum(), 2);
    dialog.monthsSpin()->setValue(2);
    QCOMPARE(dialog.newDueDate(), QDate(2026, 5, 10));
    // No reason: the button is off and core refuses anyway.
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(service.get(id)->extensionMonths, 0);

    dialog.reasonEdit()->setPlainText(reason);
    screenshot(&dialog, QStringLiteral("extend"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const RightsRequest extended = service.get(id).value();
    QCOMPARE(extended.extensionMonths, 2);
    QCOMPARE(extended.dueOn, QDate(2026, 5, 10));
    QCOMPARE(extended.extensionReason, reason);

    auto events = service.timeline(id);
    QVERIFY(events);
    QCOMPARE(events->last().kind, QStringLiteral("extension"));
    QVERIFY(events->last().detail.contains(QStringLiteral("due=2026-05-10")));
    // The reason is free text: on the request (scrubbed by a deletion), never in the audit log.
    QVERIFY(!events->last().detail.contains(QStringLiteral("archive")));
    QVERIFY(!allAuditText(tv.db()).contains(QStringLiteral("archive")));
    QCOMPARE(auditOf(tv.db(), QStringLiteral("request.extend")).size(), 1);

    // The page shows the new date in the list and the reason in the detail's timeline.
    emit page.followUpBar()->requestChanged(id);
    QCOMPARE(page.selectedId(), id);
    const int row = page.model()->rowOf(id);
    QCOMPARE(page.model()->index(row, RequestsModel::Due).data().toString(), fmt::date(QDate(2026, 5, 10)));
    auto* timeline = page.findChild<QTreeWidget*>();
    QVERIFY(timeline);
    bool reasonShown = false;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        reasonShown = reasonShown || timeline->topLevelItem(i)->text(2).contains(reason);
    }
    QVERIFY(reasonShown);
    // Both months used: no further extension.
    QVERIFY(!page.followUpBar()->extendButton()->isEnabled());
    screenshot(&page, QStringLiteral("detail-followup"));
    // Locking drops the request from the bar.
    page.setVault(nullptr);
    QVERIFY(page.followUpBar()->isHidden());
}

void TestRequestFollowUp::extensionRefusedOutsideMonthRules()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    const qint64 id = addRequest(service, RequestType::Access, QDate(2026, 2, 10), QStringLiteral("Ann Lee"));
    RequestsPage page;
    page.setVault(&tv.vault());
    QVERIFY(page.selectRequest(id));
    QVERIFY(!page.followUpBar()->extendButton()->isEnabled());
    QString whyNot;
    QVERIFY(!DeadlineExtensionDialog::canExtend(service.get(id).value(), &whyNot));
    QVERIFY(whyNot.contains(service.get(id)->rule.displayName()));
    QCOMPARE(page.followUpBar()->extendButton()->toolTip(), whyNot);
    DeadlineExtensionDialog dialog(tv.vault(), service.get(id).value());
    dialog.reasonEdit()->setPlainText(QStringLiteral("anything"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.errorText().isEmpty());
    QCOMPARE(service.get(id)->dueOn, service.get(id)->baseDueOn);
}

void TestRequestFollowUp::letterTemplatesSaveAndReset()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    LetterTemplatesDialog dialog(tv.vault());
    verifyFitsLaptop(&dialog);
    QVERIFY(dialog.isEditable());
    QCOMPARE(dialog.outcomeList()->count(), RequestService::letterOutcomes().size());
    dialog.selectTemplate(QStringLiteral("rejected"), QStringLiteral("en"));
    QCOMPARE(dialog.editor()->toPlainText(),
        RequestService::defaultLetterTemplate(QStringLiteral("rejected"), QStringLiteral("en")));
    const QString custom = QStringLiteral("Our decision on request {number}: we cannot grant it.\n"
                                          "Reason: {reason}. {explanation}\nYou may complain or sue (PIPL art. 50).");
    dialog.editor()->setPlainText(custom);
    dialog.updatePreview();
    QVERIFY(dialog.preview()->toPlainText().contains(QStringLiteral("Our decision on request RR-2026-0001")));
    QVERIFY(dialog.hasUnsavedChanges());
    // An edit in the other language is kept while switching.
    dialog.selectTemplate(QStringLiteral("withdrawn"), QStringLiteral("zh_CN"));
    dialog.editor()->setPlainText(QString::fromUtf8("您已撤回请求 {number}。"));
    dialog.updatePreview();
    QVERIFY(dialog.preview()->toPlainText().contains(QString::fromUtf8("您已撤回请求 RR-2026-0001。")));
    QVERIFY(dialog.preview()->toPlainText().contains(QString::fromUtf8("尊敬的")));
    dialog.selectTemplate(QStringLiteral("rejected"), QStringLiteral("en"));
    QCOMPARE(dialog.editor()->toPlainText(), custom);
    screenshot(&dialog, QStringLiteral("letter-templates"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(service.letterTemplate(QStringLiteral("rejected"), QStringLiteral("en")), custom);
    QCOMPARE(service.letterTemplate(QStringLiteral("withdrawn"), QStringLiteral("zh_CN")),
        QString::fromUtf8("您已撤回请求 {number}。"));
    QCOMPARE(auditOf(tv.db(), QStringLiteral("request.letter_template")).size(), 2);

    // The next rejection letter uses it.
    const qint64 id = addRequest(service, RequestType::Deletion, QDate(2026, 2, 20), QStringLiteral("Bo Wang"));
    TransitionInput reject;
    reject.to = RequestState::Rejected;
    reject.reasonKey = rejectionReasons().first().key;
    reject.reasonText = QStringLiteral("We hold no records about you.");
    auto rejected = service.transition(id, reject);
    QVERIFY(rejected);
    const QString letter
        = buildResponseLetter(service, rejected.value(), QStringLiteral("en"), QStringLiteral("x")).toPlainText();
    QVERIFY(letter.contains(QStringLiteral("Our decision on request %1").arg(rejected->number)));
    QVERIFY(letter.contains(QStringLiteral("We hold no records about you.")));

    // Reset to default removes the vault's own text.
    LetterTemplatesDialog again(tv.vault());
    again.selectTemplate(QStringLiteral("rejected"), QStringLiteral("en"));
    QCOMPARE(again.editor()->toPlainText(), custom);
    again.resetToDefault();
    QCOMPARE(again.editor()->toPlainText(),
        RequestService::defaultLetterTemplate(QStringLiteral("rejected"), QStringLiteral("en")));
    again.accept();
    QCOMPARE(again.result(), int(QDialog::Accepted));
    Statement q(tv.db(), "SELECT count(*) FROM request_letter_templates WHERE outcome = 'rejected'");
    QVERIFY(q.next());
    QCOMPARE(q.integer(0), 0);
    QVERIFY(!buildResponseLetter(service, service.get(id).value(), QStringLiteral("en"), QStringLiteral("x"))
                 .toPlainText()
                 .contains(QStringLiteral("Our decision")));
}

void TestRequestFollowUp::letterTemplatesReadOnlyForStaff()
{
    test::TestVault tv;
    tv.signInAs(Role::Staff);
    LetterTemplatesDialog dialog(tv.vault());
    QVERIFY(!dialog.isEditable());
    QVERIFY(dialog.editor()->isReadOnly());
    QVERIFY(!dialog.preview()->toPlainText().isEmpty());
    // Core refuses too, whatever the UI does.
    QVERIFY(!RequestService(tv.vault())
                 .setLetterTemplate(QStringLiteral("rejected"), QStringLiteral("en"), QStringLiteral("x")));
}

void TestRequestFollowUp::registerPresets_data()
{
    QTest::addColumn<int>("preset");
    QTest::addColumn<QDate>("from");
    QTest::addColumn<QDate>("to");
    QTest::newRow("this month") << int(RegisterReportDialog::ThisMonth) << QDate(2026, 3, 1) << QDate(2026, 3, 31);
    QTest::newRow("last month") << int(RegisterReportDialog::LastMonth) << QDate(2026, 2, 1) << QDate(2026, 2, 28);
    QTest::newRow("this quarter") << int(RegisterReportDialog::ThisQuarter) << QDate(2026, 1, 1) << QDate(2026, 3, 31);
    QTest::newRow("last quarter") << int(RegisterReportDialog::LastQuarter) << QDate(2025, 10, 1)
                                  << QDate(2025, 12, 31);
    QTest::newRow("this year") << int(RegisterReportDialog::ThisYear) << QDate(2026, 1, 1) << QDate(2026, 12, 31);
    QTest::newRow("last year") << int(RegisterReportDialog::LastYear) << QDate(2025, 1, 1) << QDate(2025, 12, 31);
}

void TestRequestFollowUp::registerPresets()
{
    QFETCH(int, preset);
    QFETCH(QDate, from);
    QFETCH(QDate, to);
    const auto range = RegisterReportDialog::presetRange(RegisterReportDialog::Preset(preset), Clock::today());
    QCOMPARE(range.first, from);
    QCOMPARE(range.second, to);
    test::TestVault tv;
    RegisterReportDialog dialog(tv.vault());
    dialog.setPreset(RegisterReportDialog::Preset(preset));
    QCOMPARE(dialog.from(), from);
    QCOMPARE(dialog.to(), to);
}

void TestRequestFollowUp::registerCsvCountsForRange()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    addRequest(service, RequestType::Access, QDate(2026, 1, 31), QStringLiteral("Before Range"));
    addRequest(service, RequestType::Access, QDate(2026, 2, 1), QStringLiteral("Ann Lee"));
    addRequest(service, RequestType::Access, QDate(2026, 2, 14), QStringLiteral("Bo Wang"));
    const qint64 withdrawn = addRequest(service, RequestType::Deletion, QDate(2026, 2, 28), QStringLiteral("Cai Lin"));
    addRequest(service, RequestType::Deletion, QDate(2026, 3, 1), QStringLiteral("After Range"));
    TransitionInput w;
    w.to = RequestState::Withdrawn;
    QVERIFY(service.transition(withdrawn, w));

    QTemporaryDir out;
    RegisterReportDialog dialog(tv.vault());
    verifyFitsLaptop(&dialog);
    dialog.setRange(QDate(2026, 2, 1), QDate(2026, 2, 28));
    QVERIFY(dialog.summaryText().startsWith(QStringLiteral("3 request")));
    dialog.setOutput(RegisterReportDialog::Csv);
    dialog.setTable(RegisterReportDialog::Counts);
    screenshot(&dialog, QStringLiteral("register-dialog"));
    const QString countsPath = out.filePath(QStringLiteral("counts.csv"));
    dialog.setOutputPath(countsPath);
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.writtenPath(), countsPath);

    const QList<QStringList> counts = readCsv(countsPath);
    QCOMPARE(counts.size(), 1 + allTypes().size() + 1); // header, a row per type, the total row
    QCOMPARE(counts.first(), registerCountHeaders());
    const int receivedColumn = counts.first().indexOf(displayName(RequestState::Received));
    const int withdrawnColumn = counts.first().indexOf(displayName(RequestState::Withdrawn));
    const int totalColumn = counts.first().size() - 1;
    auto rowFor = [&](const QString& label) {
        for (const QStringList& r : counts) {
            if (r.first() == label) {
                return r;
            }
        }
        return QStringList();
    };
    QCOMPARE(rowFor(displayName(RequestType::Access)).value(receivedColumn), QStringLiteral("2"));
    QCOMPARE(rowFor(displayName(RequestType::Access)).value(totalColumn), QStringLiteral("2"));
    QCOMPARE(rowFor(displayName(RequestType::Deletion)).value(withdrawnColumn), QStringLiteral("1"));
    QCOMPARE(rowFor(displayName(RequestType::Deletion)).value(totalColumn), QStringLiteral("1"));
    QCOMPARE(counts.last().value(totalColumn), QStringLiteral("3"));

    // One row per request: exactly the three in range, and no names in the file.
    RegisterReportDialog rows(tv.vault());
    rows.setRange(QDate(2026, 2, 1), QDate(2026, 2, 28));
    rows.setOutput(RegisterReportDialog::Csv);
    rows.setTable(RegisterReportDialog::RequestRows);
    const QString rowsPath = out.filePath(QStringLiteral("rows.csv"));
    rows.setOutputPath(rowsPath);
    rows.accept();
    QCOMPARE(rows.result(), int(QDialog::Accepted));
    const QList<QStringList> lines = readCsv(rowsPath);
    QCOMPARE(lines.size(), 4);
    QCOMPARE(lines.at(1).first(), QStringLiteral("RR-2026-0002"));
    QCOMPARE(lines.at(3).first(), QStringLiteral("RR-2026-0004"));
    for (const char* name : { "Ann Lee", "Bo Wang", "Cai Lin", "example.cn" }) {
        QVERIFY(!test::fileContains(rowsPath, name));
    }
}

void TestRequestFollowUp::registerFilesAndBadRange()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    addRequest(service, RequestType::Access, QDate(2026, 2, 1), QStringLiteral("Ann Lee"));
    QTemporaryDir out;
    RegisterReportDialog pdf(tv.vault());
    pdf.setPreset(RegisterReportDialog::ThisYear);
    pdf.setOutput(RegisterReportDialog::Pdf);
    const QString pdfPath = out.filePath(QStringLiteral("register.pdf"));
    pdf.setOutputPath(pdfPath);
    pdf.accept();
    QCOMPARE(pdf.result(), int(QDialog::Accepted));
    QVERIFY(test::readFile(pdfPath).startsWith("%PDF"));

    if (TableExport::xlsxAvailable()) {
        RegisterReportDialog xlsx(tv.vault());
        xlsx.setOutput(RegisterReportDialog::Xlsx);
        const QString xlsxPath = out.filePath(QStringLiteral("register.xlsx"));
        xlsx.setOutputPath(xlsxPath);
        xlsx.accept();
        QCOMPARE(xlsx.result(), int(QDialog::Accepted));
        QVERIFY(test::readFile(xlsxPath).startsWith("PK"));
    }

    // A reversed period writes nothing and says why.
    RegisterReportDialog bad(tv.vault());
    bad.setRange(QDate(2026, 3, 1), QDate(2026, 2, 1));
    bad.setOutput(RegisterReportDialog::Csv);
    const QString badPath = out.filePath(QStringLiteral("bad.csv"));
    bad.setOutputPath(badPath);
    bad.accept();
    QCOMPARE(bad.result(), int(QDialog::Rejected));
    QVERIFY(!bad.errorText().isEmpty());
    QVERIFY(!QFile::exists(badPath));
    // An unwritable place: an error, no crash, the dialog stays open.
    RegisterReportDialog unwritable(tv.vault());
    unwritable.setOutput(RegisterReportDialog::Csv);
    unwritable.setOutputPath(out.filePath(QStringLiteral("no/such/folder/x.csv")));
    unwritable.accept();
    QCOMPARE(unwritable.result(), int(QDialog::Rejected));
    QVERIFY(!unwritable.errorText().isEmpty());
}

void TestRequestFollowUp::registerExportRunsOnAWorker()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    for (int day = 1; day <= 3; ++day) {
        addRequest(service, RequestType::Access, QDate(2026, 2, day), QStringLiteral("Person %1").arg(day));
    }
    const QDate from(2026, 2, 1);
    const QDate to(2026, 2, 28);
    QTemporaryDir out;
    // What the dialog wrote on the UI thread before: the same table and report, written directly.
    const auto summary = buildRegisterSummary(service, from, to);
    QVERIFY(summary);
    const QString expectedCsv = out.filePath(QStringLiteral("expected.csv"));
    QVERIFY(TableExport::writeCsv(expectedCsv, registerTableHeaders(), registerTableRows(summary.value())));
    ReportRenderer expectedReport(
        buildRegisterReport(summary.value(), from, to, reportLanguage(), tv.vault().actor().displayName));
    QVERIFY(expectedReport.writePdf(out.filePath(QStringLiteral("expected.pdf"))));
    const qint64 audits = auditCount(tv.vault().db());

    TaskWatch csvWatch;
    RegisterReportDialog csv(tv.vault());
    csv.setRange(from, to);
    csv.setOutput(RegisterReportDialog::Csv);
    csv.setTable(RegisterReportDialog::RequestRows);
    const QString csvPath = out.filePath(QStringLiteral("register.csv"));
    csv.setOutputPath(csvPath);
    csv.accept();
    QCOMPARE(csv.result(), int(QDialog::Accepted));
    QVERIFY(csvWatch.ranOnWorker());
    QCOMPARE(csvWatch.lastDone(), qint64(3)); // progress in rows
    QCOMPARE(test::readFile(csvPath), test::readFile(expectedCsv));

    TaskWatch pdfWatch;
    RegisterReportDialog pdf(tv.vault());
    pdf.setRange(from, to);
    pdf.setOutput(RegisterReportDialog::Pdf);
    const QString pdfPath = out.filePath(QStringLiteral("register.pdf"));
    pdf.setOutputPath(pdfPath);
    pdf.accept();
    QCOMPARE(pdf.result(), int(QDialog::Accepted));
    QVERIFY(pdfWatch.ranOnWorker()); // the reads; its chart is drawn on the UI thread
    QCOMPARE(pdfPageCount(pdfPath), expectedReport.lastPageCount());

    // As before, the register's files are not audited: they hold no names or contact details.
    QCOMPARE(auditCount(tv.vault().db()), audits);
    QDir dir(out.path());
    QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden, QDir::Name),
        QStringList({ QStringLiteral("expected.csv"), QStringLiteral("expected.pdf"), QStringLiteral("register.csv"),
            QStringLiteral("register.pdf") }));
}

void TestRequestFollowUp::cancelledRegisterExportLeavesNothing_data()
{
    QTest::addColumn<int>("output");
    QTest::addColumn<qint64>("cancelFrom");
    QTest::newRow("csv, while reading") << int(RegisterReportDialog::Csv) << qint64(0);
    QTest::newRow("csv, while writing rows") << int(RegisterReportDialog::Csv) << qint64(1);
    QTest::newRow("pdf, while reading") << int(RegisterReportDialog::Pdf) << qint64(0);
    if (TableExport::xlsxAvailable()) {
        QTest::newRow("xlsx, while writing rows") << int(RegisterReportDialog::Xlsx) << qint64(1);
    }
}

void TestRequestFollowUp::cancelledRegisterExportLeavesNothing()
{
    QFETCH(int, output);
    QFETCH(qint64, cancelFrom);
    test::TestVault tv;
    RequestService service(tv.vault());
    for (int day = 1; day <= 3; ++day) {
        addRequest(service, RequestType::Access, QDate(2026, 2, day), QStringLiteral("Person %1").arg(day));
    }
    const qint64 audits = auditCount(tv.vault().db());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("register.out"));
    TaskWatch watch(cancelFrom);
    RegisterReportDialog dialog(tv.vault());
    dialog.setRange(QDate(2026, 2, 1), QDate(2026, 2, 28));
    dialog.setOutput(RegisterReportDialog::Output(output));
    dialog.setOutputPath(path);
    dialog.accept();
    QVERIFY(watch.ranOnWorker());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(dialog.writtenPath().isEmpty());
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList()); // nor a partial file
    QCOMPARE(auditCount(tv.vault().db()), audits);
}

void TestRequestFollowUp::linksAddAndRemove()
{
    test::TestVault tv;
    const QString email = QStringLiteral("ann.lee@example.cn");
    const QString phone = QStringLiteral("138 0013 8000");
    const qint64 wrong = addSubmission(tv.db(), QStringLiteral("Ann Li"), email, QString());
    const qint64 right = addSubmission(tv.db(), QStringLiteral("Ann Lee"), QString(), phone);
    addSubmission(tv.db(), QStringLiteral("Someone Else"), QStringLiteral("other@example.cn"), QString());
    RequestService service(tv.vault());
    RequestDraft d;
    d.type = RequestType::Access;
    d.receivedOn = QDate(2026, 2, 20);
    d.requesterName = QStringLiteral("Ann Lee");
    d.email = email;
    d.phone = phone;
    d.linkedSubmissions = { wrong };
    auto created = service.add(d);
    QVERIFY(created);
    const qint64 id = created->id;
    const qint64 earlier = addRequest(service, RequestType::Other, QDate(2026, 1, 5), QStringLiteral("Ann Lee"), email);

    RequestLinksDialog dialog(tv.vault(), service.get(id).value());
    verifyFitsLaptop(&dialog);
    QVERIFY(dialog.isEditable());
    QCOMPARE(dialog.linkedView()->topLevelItemCount(), 1);
    QCOMPARE(dialog.proposedView()->topLevelItemCount(), 2); // the phone match and the earlier request
    QVERIFY(!dialog.linkProposed(QStringLiteral("submission"), wrong)); // already linked, not proposed
    QVERIFY(dialog.unlink(QStringLiteral("submission"), wrong));
    QVERIFY(dialog.linkProposed(QStringLiteral("submission"), right));
    QVERIFY(dialog.linkProposed(QStringLiteral("request"), earlier));
    screenshot(&dialog, QStringLiteral("links"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));

    auto subs = service.linkedSubmissions(id);
    QVERIFY(subs);
    QCOMPARE(subs->size(), 1);
    QCOMPARE(subs->first().id, right);
    QCOMPARE(service.linkedRequests(id)->size(), 1);
    QCOMPARE(service.get(id)->linkedSubmissionCount, 1);
    const QList<AuditEntry> links = auditOf(tv.db(), QStringLiteral("request.link"));
    QCOMPARE(links.size(), 1);
    QCOMPARE(links.first().fields, QStringList { QStringLiteral("links") });
    QVERIFY(links.first().detail.contains(QStringLiteral("added=2")));
    QVERIFY(links.first().detail.contains(QStringLiteral("removed=1")));
    const QString audit = allAuditText(tv.db());
    for (const QString& personal : { QStringLiteral("Ann"), QStringLiteral("example.cn"), QStringLiteral("0013"),
             QStringLiteral("13800138000") }) {
        QVERIFY2(!audit.contains(personal), qPrintable(personal));
    }
    auto events = service.timeline(id);
    QCOMPARE(events->last().kind, QStringLiteral("link"));

    // Saving without a change writes nothing.
    RequestLinksDialog unchanged(tv.vault(), service.get(id).value());
    unchanged.accept();
    QCOMPARE(auditOf(tv.db(), QStringLiteral("request.link")).size(), 1);
}

void TestRequestFollowUp::linksClosedRequestReadOnly()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    const qint64 id = addRequest(service, RequestType::Access, QDate(2026, 2, 20), QStringLiteral("Ann Lee"));
    TransitionInput w;
    w.to = RequestState::Withdrawn;
    QVERIFY(service.transition(id, w));
    RequestLinksDialog dialog(tv.vault(), service.get(id).value());
    QVERIFY(!dialog.isEditable());
    QVERIFY(!dialog.unlink(QStringLiteral("submission"), 1));
    QVERIFY(!service.setLinks(id, {}, {}));
}

void TestRequestFollowUp::attachmentsRoundTrip()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    const qint64 id = addRequest(service, RequestType::Access, QDate(2026, 2, 20), QStringLiteral("Ann Lee"));
    QTemporaryDir files;
    QByteArray content(200 * 1024, Qt::Uninitialized);
    for (char& c : content) {
        c = char(QRandomGenerator::global()->bounded(256));
    }
    const QString source = files.filePath(QString::fromUtf8("身份证明 scan.pdf"));
    {
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QCOMPARE(f.write(content), content.size());
    }
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());

    RequestsPage page;
    page.setVault(&tv.vault());
    QVERIFY(page.selectRequest(id));
    RequestAttachmentsDialog dialog(tv.vault(), service.get(id).value(), &page);
    verifyFitsLaptop(&dialog);
    QVERIFY(dialog.isEditable());
    QCOMPARE(dialog.view()->topLevelItemCount(), 0);
    QVERIFY(dialog.addFiles({ source }));
    QCOMPARE(dialog.attachments().size(), 1);
    const Attachment a = dialog.attachments().first();
    QCOMPARE(a.name, QString::fromUtf8("身份证明 scan.pdf"));
    QCOMPARE(a.size, qint64(content.size()));
    QCOMPARE(a.sha256, sha);
    QCOMPARE(dialog.view()->topLevelItem(0)->toolTip(4), sha);
    screenshot(&dialog, QStringLiteral("attachments"));

    const QString copy = files.filePath(QStringLiteral("copy.pdf"));
    QVERIFY(dialog.saveCopy(a.id, copy));
    QCOMPARE(test::readFile(copy), content);
    QCOMPARE(
        QString::fromLatin1(QCryptographicHash::hash(test::readFile(copy), QCryptographicHash::Sha256).toHex()), sha);
    QCOMPARE(auditOf(tv.db(), QStringLiteral("attachment.export")).size(), 1);

    emit page.followUpBar()->requestChanged(id);
    QVERIFY(page.followUpBar()->attachmentsButton()->text().contains(QStringLiteral("(1)")));

    QVERIFY(dialog.removeAttachment(a.id));
    QCOMPARE(dialog.view()->topLevelItemCount(), 0);
    Statement q(tv.db(), "SELECT count(*) FROM attachments WHERE owner_type = 'request' AND owner_id = ?");
    q.bind(1, id);
    QVERIFY(q.next());
    QCOMPARE(q.integer(0), 0);
    QCOMPARE(auditOf(tv.db(), QStringLiteral("attachment.add")).size(), 1);
    QCOMPARE(auditOf(tv.db(), QStringLiteral("attachment.remove")).size(), 1);
    QVERIFY(!allAuditText(tv.db()).contains(QString::fromUtf8("身份证明")));
}

void TestRequestFollowUp::attachmentsBadInputAndAuditor()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    const qint64 id = addRequest(service, RequestType::Access, QDate(2026, 2, 20), QStringLiteral("Ann Lee"));
    QTemporaryDir files;
    const QString good = files.filePath(QStringLiteral("letter.txt"));
    {
        QFile f(good);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("Dear team, please delete my data.");
    }
    RequestAttachmentsDialog dialog(tv.vault(), service.get(id).value());
    // A missing file fails with a message; the good one in the same batch is still attached.
    const Status s = dialog.addFiles({ files.filePath(QStringLiteral("missing.pdf")), good });
    QVERIFY(!s);
    QVERIFY(dialog.errorText().contains(QStringLiteral("missing.pdf")));
    QCOMPARE(dialog.attachments().size(), 1);
    // Saving over a folder fails cleanly.
    QVERIFY(!dialog.saveCopy(dialog.attachments().first().id, files.path()));

    tv.signInAs(Role::Auditor);
    RequestAttachmentsDialog readOnly(tv.vault(), service.get(id).value());
    QVERIFY(!readOnly.isEditable());
    QCOMPARE(readOnly.attachments().size(), 1);
    QVERIFY(!readOnly.removeAttachment(readOnly.attachments().first().id));
    QCOMPARE(readOnly.attachments().size(), 1);
}

QTEST_MAIN(TestRequestFollowUp)
#include "tst_requestfollowup.moc"
