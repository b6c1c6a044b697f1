// The Dashboard page on a real vault (worker thread, navigation, stale results, lock) and the
// overview report as a real PDF in both languages.
#include "TestVault.h"

#include "app/LanguageManager.h"
#include "dashboard/DashboardPage.h"
#include "dashboard/DashboardReport.h"
#include "iso/IsoService.h"
#include "report/ReportRenderer.h"
#include "report/StatePalette.h"
#include "requests/RequestService.h"
#include "storage/Statement.h"
#include "submissions/SubmissionCount.h"
#include "util/Clock.h"

#include <QComboBox>
#include <QFile>
#include <QIcon>
#include <QImage>
#include <QLabel>
#include <QListWidget>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

using namespace cd;
using namespace cd::dashboard;
using namespace cd::ui;
using cd::test::TestVault;

namespace {

const QDate kToday(2026, 3, 18);
const QDateTime kNow = QDateTime(kToday, QTime(10, 0), Qt::LocalTime).toUTC();

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), { QStringLiteral("-layout"), pdf, QStringLiteral("-") });
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput());
}

// One overdue deletion request, one overdue control review, submissions over the month.
struct Fixture {
    QString requestNumber;
    qint64 requestId = 0;
};

Fixture fill(TestVault& tv)
{
    Fixture f;
    requests::RequestDraft d;
    d.type = requests::RequestType::Deletion;
    d.receivedOn = QDate(2026, 2, 2);
    d.requesterName = QStringLiteral("Li Lei");
    d.email = QStringLiteral("li.lei@example.cn");
    auto r = requests::RequestService(tv.vault()).add(d);
    if (!r) {
        qFatal("request: %s", qPrintable(r.error().message));
    }
    f.requestNumber = r->number;
    f.requestId = r->id;
    d.type = requests::RequestType::Access; // received in March, due in April: in the chart only
    d.receivedOn = QDate(2026, 3, 16);
    if (!requests::RequestService(tv.vault()).add(d)) {
        qFatal("second request");
    }
    iso::IsoService iso(tv.vault());
    iso.ensureCatalogue();
    iso::ControlChange old;
    old.status = iso::ImplementationStatus::Partial;
    old.lastReviewed = QDate(2025, 1, 10);
    iso.update(QStringLiteral("5.1"), old);
    Statement s(tv.db(),
        "INSERT INTO submissions (received_at, name, status, created_at, updated_at) "
        "VALUES (?1, 'Test Person', 'new', ?1, ?1)");
    for (int day = 1; day <= 17; day += 2) {
        s.bind(1, QDateTime(QDate(2026, 3, day), QTime(9, 0), Qt::LocalTime).toUTC()).exec();
    }
    submissions::SubmissionCount::add(tv.db(), 9); // as every writer of submissions does
    return f;
}

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return kNow; });
    }
    void cleanup() { Clock::setOverride(nullptr); }

    void showsFiguresAndNavigates();
    void staleResultsAreDropped();
    void lockClearsEverything();
    void overviewPdf_data();
    void overviewPdf();
};

void TestDashboardPage::showsFiguresAndNavigates()
{
    TestVault tv;
    const Fixture f = fill(tv);
    DashboardPage page;
    page.resize(1100, 1300);
    QSignalSpy updated(&page, &DashboardPage::updated);
    QSignalSpy navigate(&page, &Page::navigateRequested);
    QVERIFY(!page.canPrint());
    page.setVault(&tv.vault());
    QVERIFY(updated.wait(10000));
    QVERIFY(!page.isBusy());
    QVERIFY(page.canPrint());

    auto* list = page.findChild<QListWidget*>(QStringLiteral("attention"));
    QVERIFY(list);
    QCOMPARE(list->count(), 3); // request, control review, new submissions
    QVERIFY(list->item(0)->text().contains(f.requestNumber));
    QVERIFY(list->item(0)->text().contains(QStringLiteral("overdue")));
    QVERIFY(list->item(1)->text().contains(QStringLiteral("5.1")));
    QVERIFY(list->item(2)->text().startsWith(QStringLiteral("9 new")));
    QCOMPARE(page.badgeCount(), 2);
    // The navigation's icon set in the state colours: red for late, amber for due soon; never the
    // platform's message-box icons.
    const auto hasColour = [](const QIcon& icon, const QString& colour) {
        const QImage image = icon.pixmap(24, 24).toImage().convertToFormat(QImage::Format_ARGB32);
        const QColor want(colour);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const QColor c = image.pixelColor(x, y);
                if (c.alpha() > 200 && qAbs(c.red() - want.red()) < 24 && qAbs(c.green() - want.green()) < 24
                    && qAbs(c.blue() - want.blue()) < 24) {
                    return true;
                }
            }
        }
        return false;
    };
    QVERIFY(hasColour(list->item(0)->icon(), StatePalette::text(StateTone::Overdue)));
    QVERIFY(!hasColour(list->item(0)->icon(), StatePalette::text(StateTone::DueSoon)));
    QVERIFY(hasColour(list->item(2)->icon(), StatePalette::text(StateTone::DueSoon)));

    // A single click only selects a line; a double click opens the request with its id and number.
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(navigate.size(), 0);
    QCOMPARE(list->currentRow(), 0);
    QTest::mouseDClick(list->viewport(), Qt::LeftButton, {}, list->visualItemRect(list->item(0)).center());
    QCOMPARE(navigate.size(), 1);
    QCOMPARE(navigate.at(0).at(0).toString(), QStringLiteral("requests"));
    const QVariantMap arg = navigate.at(0).at(1).toMap();
    QCOMPARE(arg.value(QStringLiteral("id")).toLongLong(), f.requestId);
    QCOMPARE(arg.value(QStringLiteral("number")).toString(), f.requestNumber);
    // Enter on the current line opens the new-submissions list.
    list->setFocus();
    list->setCurrentRow(2);
    QTest::keyClick(list, Qt::Key_Return);
    QCOMPARE(navigate.size(), 2);
    QCOMPARE(navigate.at(1).at(0).toString(), QStringLiteral("submissions"));
    QCOMPARE(navigate.at(1).at(1).toMap().value(QStringLiteral("filter")).toString(), QStringLiteral("new"));

    // Tiles show the counts.
    auto* newTile = page.findChild<QWidget*>(QStringLiteral("tile_new_submissions"));
    QVERIFY(newTile);
    QCOMPARE(newTile->findChild<QLabel*>(QStringLiteral("value"))->text(), QStringLiteral("9"));

    const QByteArray shots = qgetenv("CD_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        page.show();
        QTest::qWait(200);
        QVERIFY(page.grab().save(QString::fromLocal8Bit(shots) + QStringLiteral("/dashboard-page.png")));
    }
    page.setVault(nullptr);
}

void TestDashboardPage::staleResultsAreDropped()
{
    TestVault tv;
    fill(tv);
    DashboardPage page;
    QSignalSpy updated(&page, &DashboardPage::updated);
    page.setVault(&tv.vault());
    // Change the period twice before the first answer arrives: only the last one is shown.
    page.setPeriod(Period::Preset::Year);
    page.setPeriod(Period::Preset::Custom, { QDate(2026, 3, 1), QDate(2026, 3, 10) });
    QVERIFY(updated.wait(10000));
    QTest::qWait(100); // any stale answers still queued arrive now and must be ignored
    QCOMPARE(updated.size(), 1);
    QCOMPARE(page.data()->period.from, QDate(2026, 3, 1));
    QCOMPARE(page.data()->period.to, QDate(2026, 3, 10));
    QCOMPARE(page.data()->tile(TileKind::NewSubmissions)->value, 5.0); // 1, 3, 5, 7, 9 March
    page.setVault(nullptr);
}

void TestDashboardPage::lockClearsEverything()
{
    TestVault tv;
    fill(tv);
    DashboardPage page;
    QSignalSpy updated(&page, &DashboardPage::updated);
    page.setVault(&tv.vault());
    QVERIFY(updated.wait(10000));
    page.refresh(); // a computation on its way while the vault locks
    page.setVault(nullptr);
    QTest::qWait(100);
    QCOMPARE(updated.size(), 1);
    QVERIFY(!page.data().has_value());
    QCOMPARE(page.badgeCount(), 0);
    QVERIFY(!page.canPrint());
    QCOMPARE(page.findChild<QListWidget*>(QStringLiteral("attention"))->count(), 0);
    // Unlocking again starts a new worker and shows the figures.
    page.setVault(&tv.vault());
    QVERIFY(updated.wait(10000));
    QCOMPARE(page.badgeCount(), 2);
    page.setVault(nullptr);
}

void TestDashboardPage::overviewPdf_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QStringList>("expected");
    // Texts that come from data and translations already in place: theme titles, request types,
    // control titles, the footer.
    QTest::newRow("en") << QStringLiteral("en")
                        << QStringList { QStringLiteral("People controls"), QStringLiteral("Physical controls"),
                               QStringLiteral("Deletion"), QStringLiteral("Access"),
                               QStringLiteral("Completed on time"), QStringLiteral("Open, overdue"),
                               QStringLiteral("Implemented"), QStringLiteral("03-16"),
                               QStringLiteral("5.1 Policies for information security"),
                               QStringLiteral("Compliance overview") };
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN")
                           << QStringList { QStringLiteral("人员控制"), QStringLiteral("物理控制"),
                                  QStringLiteral("删除"), QStringLiteral("03-16"), QStringLiteral("5.1 信息安全策略"),
                                  QStringLiteral("第 1 页") };
}

void TestDashboardPage::overviewPdf()
{
    QFETCH(QString, language);
    QFETCH(QStringList, expected);
    TestVault tv;
    const Fixture f = fill(tv);
    QTranslator appTr, qtTr;
    QVERIFY(LanguageManager::installInto(QCoreApplication::instance(), language, &appTr, &qtTr));
    auto doc = buildOverviewReport(tv.vault(), { QDate(2026, 3, 1), QDate(2026, 3, 18) }, language);
    QVERIFY2(doc.ok(), qPrintable(doc.error().message));
    QCOMPARE(doc->language, language);
    int charts = 0;
    for (const ReportBlock& b : doc->blocks) {
        charts += b.kind == ReportBlock::Kind::Chart ? 1 : 0;
    }
    QCOMPARE(charts, 3);
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("overview.pdf"));
    ReportRenderer renderer(doc.value());
    QVERIFY(renderer.writePdf(pdf));
    const QByteArray shots = qgetenv("CD_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        const QString copy = QString::fromLocal8Bit(shots) + QStringLiteral("/dashboard-overview-%1.pdf").arg(language);
        QFile::remove(copy);
        QFile::copy(pdf, copy);
    }
    const QString text = pdfText(pdf);
    QVERIFY2(!text.isEmpty(), "pdftotext produced nothing");
    for (const QString& e : expected) {
        QVERIFY2(text.contains(e), qPrintable(e + QStringLiteral(" missing in:\n") + text.left(3000)));
    }
    QVERIFY(text.contains(f.requestNumber)); // the attention list
    // Personal values stay out of the overview.
    QVERIFY(!text.contains(QStringLiteral("Li Lei")));
    QVERIFY(!text.contains(QStringLiteral("Test Person")));
    QCoreApplication::removeTranslator(&appTr);
    QCoreApplication::removeTranslator(&qtTr);
}

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
