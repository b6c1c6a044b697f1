#include "TestVault.h"

#include "demo/DemoData.h"
#include "requests/RequestDialogs.h"
#include "requests/RequestService.h"
#include "requests/RequestsModel.h"
#include "requests/RequestsPage.h"
#include "storage/Statement.h"
#include "util/Clock.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace cd;
using namespace cd::requests;
using namespace cd::ui;

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(4, 0), Qt::UTC);

qint64 addRequest(RequestService& service, RequestType type, const QDate& received, const QString& name)
{
    RequestDraft d;
    d.type = type;
    d.receivedOn = received;
    d.requesterName = name;
    d.email = name.toLower().remove(QLatin1Char(' ')) + QStringLiteral("@example.cn");
    auto r = service.add(d);
    return r ? r->id : 0;
}

void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CD_SCREENSHOT_DIR");
    if (!dir.isEmpty()) {
        QDir().mkpath(dir);
        w->grab().save(dir + QStringLiteral("/requests-") + name + QStringLiteral(".png"));
    }
}

} // namespace

class TestRequestsPage : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return kNow; });
    }
    void cleanup() { Clock::setOverride(nullptr); }
    void listFiltersAndBadge();
    void transitionButtonsFollowWorkflow();
    void lockClearsEverything();
    void intakeProposesLinks();
    void demoData();
};

void TestRequestsPage::listFiltersAndBadge()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    const qint64 overdue = addRequest(service, RequestType::Deletion, QDate(2026, 1, 20), QStringLiteral("Ann Lee"));
    addRequest(service, RequestType::Access, QDate(2026, 2, 5), QStringLiteral("Bo Wang")); // due 4 Mar: soon
    addRequest(service, RequestType::Access, QDate(2026, 2, 27), QStringLiteral("Cai Lin")); // due 20 Mar
    const qint64 closed = addRequest(service, RequestType::Other, QDate(2026, 2, 2), QStringLiteral("Du Fei"));
    TransitionInput w;
    w.to = RequestState::Withdrawn;
    QVERIFY(service.transition(closed, w));

    RequestsPage page;
    QSignalSpy badge(&page, &Page::badgeChanged);
    page.resize(1280, 720);
    page.setVault(&tv.vault());
    page.show();
    QCOMPARE(page.badgeCount(), 2);
    QVERIFY(badge.count() >= 1);
    QCOMPARE(page.model()->rowCount(), 3); // open by default
    // Sorted by due date: the overdue one first, highlighted.
    const QModelIndex first = page.table()->model()->index(0, RequestsModel::DaysLeft);
    QVERIFY(first.data().toString().contains(QStringLiteral("Overdue")));
    QVERIFY(first.data(Qt::BackgroundRole).isValid());
    const QModelIndex last = page.table()->model()->index(2, RequestsModel::DaysLeft);
    QVERIFY(!last.data(Qt::BackgroundRole).isValid());

    page.dueFilter()->setCurrentIndex(1); // overdue
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.model()->requestAt(0).id, overdue);
    page.dueFilter()->setCurrentIndex(3); // due within 3 working days (and overdue)
    QCOMPARE(page.model()->rowCount(), 2);
    page.dueFilter()->setCurrentIndex(0);
    page.stateFilter()->setCurrentIndex(page.stateFilter()->findData(QStringLiteral("withdrawn")));
    QCOMPARE(page.model()->rowCount(), 1);
    page.stateFilter()->setCurrentIndex(1); // all states
    page.typeFilter()->setCurrentIndex(page.typeFilter()->findData(QStringLiteral("access")));
    QCOMPARE(page.model()->rowCount(), 2);
    page.typeFilter()->setCurrentIndex(0);
    QCOMPARE(page.model()->rowCount(), 4);
    QVERIFY(page.selectRequest(overdue));
    screenshot(&page, QStringLiteral("list"));
}

void TestRequestsPage::transitionButtonsFollowWorkflow()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    const qint64 id = addRequest(service, RequestType::Access, QDate(2026, 2, 24), QStringLiteral("Ann Lee"));
    RequestsPage page;
    page.resize(1280, 720);
    page.setVault(&tv.vault());
    QVERIFY(page.selectRequest(id));
    auto targets = [&] {
        QStringList out;
        for (QPushButton* b : page.transitionButtons()) {
            out << b->property("targetState").toString();
        }
        return out;
    };
    QCOMPARE(targets(),
        (QStringList { QStringLiteral("verification"), QStringLiteral("rejected"), QStringLiteral("withdrawn") }));
    // A button that needs no input moves the request on.
    QTest::mouseClick(page.transitionButtons().first(), Qt::LeftButton);
    QCOMPARE(service.get(id)->state, RequestState::Verification);
    QCOMPARE(targets(),
        (QStringList { QStringLiteral("in_progress"), QStringLiteral("waiting"), QStringLiteral("rejected"),
            QStringLiteral("withdrawn") }));
    TransitionInput start;
    start.to = RequestState::InProgress;
    start.verificationMethod = QStringLiteral("sms_code");
    QVERIFY(page.applyTransition(start));
    QVERIFY(targets().contains(QStringLiteral("completed")));
    screenshot(&page, QStringLiteral("detail"));
    // An auditor sees no buttons at all.
    tv.signInAs(Role::Auditor);
    page.setVault(&tv.vault());
    QVERIFY(page.selectRequest(id));
    QVERIFY(page.transitionButtons().isEmpty());
}

void TestRequestsPage::lockClearsEverything()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    addRequest(service, RequestType::Deletion, QDate(2026, 1, 20), QStringLiteral("Ann Lee"));
    RequestsPage page;
    page.setVault(&tv.vault());
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.badgeCount(), 1);
    page.setVault(nullptr);
    QCOMPARE(page.model()->rowCount(), 0);
    QCOMPARE(page.badgeCount(), 0);
    QCOMPARE(page.selectedId(), 0);
}

void TestRequestsPage::intakeProposesLinks()
{
    test::TestVault tv;
    Statement s(tv.db(),
        "INSERT INTO submissions (received_at, name, phone, phone_norm, email, email_norm, created_at, "
        "updated_at) VALUES (?, 'x', '', '', 'ann@example.cn', 'ann@example.cn', ?, ?)");
    s.bind(1, kNow).bind(2, kNow).bind(3, kNow).exec();
    IntakeDialog dialog(tv.vault());
    dialog.nameEdit()->setText(QStringLiteral("Ann Lee"));
    dialog.emailEdit()->setText(QStringLiteral(" ANN@example.cn"));
    dialog.findCandidates();
    QCOMPARE(dialog.candidateList()->count(), 1);
    dialog.candidateList()->item(0)->setCheckState(Qt::Checked);
    screenshot(&dialog, QStringLiteral("intake"));
    dialog.accept();
    QVERIFY(dialog.createdId() > 0);
    RequestService service(tv.vault());
    QCOMPARE(service.get(dialog.createdId())->linkedSubmissionCount, 1);
}

void TestRequestsPage::demoData()
{
    test::TestVault tv;
    DemoSummary summary;
    QVERIFY(demo::fillRequests(tv.vault(), DemoOptions {}, summary));
    QCOMPARE(summary.counts.value(QStringLiteral("requests")), 30);
    RequestService service(tv.vault());
    auto all = service.list();
    QCOMPARE(all->size(), 30);
    QSet<RequestType> types;
    QSet<RequestState> states;
    for (const RightsRequest& r : all.value()) {
        types.insert(r.type);
        states.insert(r.state);
    }
    QCOMPARE(types.size(), allTypes().size());
    QCOMPARE(states.size(), allStates().size());
    auto counts = service.counts();
    QVERIFY(counts->overdue > 0);
    QVERIFY(counts->dueSoon > 0);
    RequestsPage page;
    page.resize(1280, 720);
    page.setVault(&tv.vault());
    page.show();
    QVERIFY(page.selectRequest(page.model()->requestAt(0).id));
    screenshot(&page, QStringLiteral("demo"));
}

QTEST_MAIN(TestRequestsPage)
#include "tst_requestspage.moc"
