#include "TestVault.h"

#include "attachments/AttachmentStore.h"
#include "audit/AuditLog.h"
#include "requests/RequestDocuments.h"
#include "requests/RequestService.h"
#include "storage/Statement.h"
#include "util/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

#include <sqlite3.h>

using namespace cd;
using namespace cd::requests;

Q_DECLARE_METATYPE(cd::requests::RequestState)

namespace {

const QDateTime kNow(QDate(2026, 3, 2), QTime(4, 0), Qt::UTC); // Monday, noon in Beijing

qint64 insertSubmission(Database& db, const QString& name, const QString& phone, const QString& phoneNorm,
    const QString& email, const QString& emailNorm, const QString& message)
{
    Statement s(db,
        "INSERT INTO submissions (received_at, name, phone, phone_norm, email, email_norm, region, "
        "message, source, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'manual', ?, ?)");
    s.bind(1, kNow.addDays(-20))
        .bindText(2, name)
        .bindText(3, phone)
        .bindText(4, phoneNorm)
        .bindText(5, email)
        .bindText(6, emailNorm)
        .bind(7, QString::fromUtf8("上海市"))
        .bind(8, message)
        .bind(9, kNow)
        .bind(10, kNow)
        .exec();
    return db.lastInsertId();
}

RequestDraft draft(RequestType type, const QDate& received = QDate(2026, 2, 10))
{
    RequestDraft d;
    d.type = type;
    d.receivedOn = received;
    d.requesterName = QString::fromUtf8("韩梅梅");
    d.email = QStringLiteral("Han.MeiMei@Example.cn");
    d.phone = QStringLiteral("+86 139-1234-5678");
    d.description = QString::fromUtf8("请删除我的全部信息");
    return d;
}

TransitionInput to(RequestState state, const QDate& on = {})
{
    TransitionInput in;
    in.to = state;
    in.on = on;
    return in;
}

TransitionInput verified(const QDate& on = {})
{
    TransitionInput in = to(RequestState::InProgress, on);
    in.verificationMethod = QStringLiteral("id_document");
    return in;
}

} // namespace

class TestRequestService : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        Clock::setOverride([] { return kNow; });
    }
    void cleanup() { Clock::setOverride(nullptr); }

    void stateMachine_data();
    void stateMachine();
    void walkThroughWorkflow();
    void completionNeedsVerification();
    void rejectionNeedsReason_data();
    void rejectionNeedsReason();
    void pauseResumesOnlyWhereItCameFrom();
    void terminalStatesAreFinal();
    void intakeValidation_data();
    void intakeValidation();
    void dueDateFollowsRule();
    void pauseExtendsDueDate();
    void monthRuleExtension();
    void overdueAndDueSoon();
    void linkCandidates();
    void correctionAuditsFieldNames();
    void dataPackageHasExactlyLinkedRecords();
    void deletionLeavesNoTraceInVault();
    void certificateAndSignOff();
    void lettersInBothLanguages_data();
    void lettersInBothLanguages();
    void letterTemplatesAreEditable();
    void permissions();
    void registerSummary();
    void timelineRecordsEverySteps();
};

void TestRequestService::stateMachine_data()
{
    QTest::addColumn<RequestState>("from");
    QTest::addColumn<RequestState>("to");
    QTest::addColumn<bool>("allowed");
    using S = RequestState;
    // The workflow written out independently of the implementation: every pair of states.
    const QList<QPair<S, S>> allowed = {
        { S::Received, S::Verification },
        { S::Received, S::Rejected },
        { S::Received, S::Withdrawn },
        { S::Verification, S::InProgress },
        { S::Verification, S::Waiting },
        { S::Verification, S::Rejected },
        { S::Verification, S::Withdrawn },
        { S::InProgress, S::Completed },
        { S::InProgress, S::Waiting },
        { S::InProgress, S::Rejected },
        { S::InProgress, S::Withdrawn },
        { S::Waiting, S::Verification },
        { S::Waiting, S::InProgress },
        { S::Waiting, S::Rejected },
        { S::Waiting, S::Withdrawn },
    };
    for (S from : allStates()) {
        for (S target : allStates()) {
            QTest::newRow(qPrintable(key(from) + QStringLiteral("->") + key(target)))
                << from << target << allowed.contains({ from, target });
        }
    }
}

void TestRequestService::stateMachine()
{
    QFETCH(RequestState, from);
    QFETCH(RequestState, to);
    QFETCH(bool, allowed);
    QCOMPARE(isTransitionAllowed(from, to), allowed);
    QCOMPARE(allowedTransitions(from).contains(to), allowed);
}

void TestRequestService::walkThroughWorkflow()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    auto r = service.add(draft(RequestType::Access));
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->state, RequestState::Received);
    QCOMPARE(r->number, QStringLiteral("RR-2026-0001"));
    QCOMPARE(service.availableTransitions(r.value()),
        (QList<RequestState> { RequestState::Verification, RequestState::Rejected, RequestState::Withdrawn }));
    QVERIFY(service.transition(r->id, to(RequestState::Verification)));
    // Work cannot start before the identity is verified.
    auto noMethod = service.transition(r->id, to(RequestState::InProgress));
    QCOMPARE(noMethod.code(), ErrorCode::InvalidInput);
    TransitionInput badMethod = verified();
    badMethod.verificationMethod = QStringLiteral("guessing");
    QCOMPARE(service.transition(r->id, badMethod).code(), ErrorCode::InvalidInput);
    auto started = service.transition(r->id, verified());
    QVERIFY2(started, qPrintable(started.message()));
    QVERIFY(started->isVerified());
    QCOMPARE(started->verificationMethod, QStringLiteral("id_document"));
    QCOMPARE(started->verifiedByName, tv.vault().actor().displayName);
    QVERIFY(service.availableTransitions(started.value()).contains(RequestState::Completed));
    auto done = service.transition(r->id, to(RequestState::Completed));
    QVERIFY2(done, qPrintable(done.message()));
    QVERIFY(done->closedAt.isValid());
    auto second = service.add(draft(RequestType::Other));
    QCOMPARE(second->number, QStringLiteral("RR-2026-0002"));
}

void TestRequestService::completionNeedsVerification()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    auto r = service.add(draft(RequestType::Access));
    QVERIFY(r);
    // Straight to completed: forbidden by the workflow and by the missing verification.
    auto direct = service.transition(r->id, to(RequestState::Completed));
    QCOMPARE(direct.code(), ErrorCode::NotAllowed);
    // Deletion requests complete only through the erasure.
    auto del = service.add(draft(RequestType::Deletion));
    QVERIFY(service.transition(del->id, to(RequestState::Verification)));
    QVERIFY(service.transition(del->id, verified()));
    QCOMPARE(service.transition(del->id, to(RequestState::Completed)).code(), ErrorCode::NotAllowed);
    QVERIFY(!service.availableTransitions(service.get(del->id).value()).contains(RequestState::Completed));
    // Rejection and withdrawal need no verification.
    QVERIFY(service.transition(r->id, to(RequestState::Withdrawn)));
    QCOMPARE(service.get(r->id)->state, RequestState::Withdrawn);
}

void TestRequestService::rejectionNeedsReason_data()
{
    QTest::addColumn<QString>("reasonKey");
    QTest::addColumn<QString>("reasonText");
    QTest::addColumn<bool>("ok");
    QTest::newRow("both") << "legal_obligation"
                          << "Medical records must be kept for 15 years." << true;
    QTest::newRow("no key") << ""
                            << "Some text" << false;
    QTest::newRow("unknown key") << "because"
                                 << "Some text" << false;
    QTest::newRow("no text") << "legal_obligation"
                             << "" << false;
    QTest::newRow("blank text") << "other"
                                << "   \n " << false;
}

void TestRequestService::rejectionNeedsReason()
{
    QFETCH(QString, reasonKey);
    QFETCH(QString, reasonText);
    QFETCH(bool, ok);
    test::TestVault tv;
    RequestService service(tv.vault());
    auto r = service.add(draft(RequestType::Deletion));
    TransitionInput in = to(RequestState::Rejected);
    in.reasonKey = reasonKey;
    in.reasonText = reasonText;
    auto result = service.transition(r->id, in);
    QCOMPARE(result.ok(), ok);
    QCOMPARE(service.get(r->id)->state, ok ? RequestState::Rejected : RequestState::Received);
    if (ok) {
        QCOMPARE(result->rejectionReason, reasonKey);
        QCOMPARE(result->rejectionText, reasonText);
    } else {
        QCOMPARE(result.code(), ErrorCode::InvalidInput);
    }
}

void TestRequestService::pauseResumesOnlyWhereItCameFrom()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    auto r = service.add(draft(RequestType::Access));
    QVERIFY(service.transition(r->id, to(RequestState::Verification)));
    auto paused = service.transition(r->id, to(RequestState::Waiting));
    QVERIFY(paused);
    QCOMPARE(paused->resumeState, RequestState::Verification);
    QCOMPARE(service.availableTransitions(paused.value()),
        (QList<RequestState> { RequestState::Verification, RequestState::Rejected, RequestState::Withdrawn }));
    QCOMPARE(service.transition(r->id, verified()).code(), ErrorCode::NotAllowed);
    QVERIFY(service.transition(r->id, to(RequestState::Verification)));
    QVERIFY(service.transition(r->id, verified()));
    QVERIFY(service.transition(r->id, to(RequestState::Waiting)));
    QCOMPARE(service.transition(r->id, to(RequestState::Verification)).code(), ErrorCode::NotAllowed);
    QVERIFY(service.transition(r->id, to(RequestState::InProgress)));
}

void TestRequestService::terminalStatesAreFinal()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    auto r = service.add(draft(RequestType::Other));
    QVERIFY(service.transition(r->id, to(RequestState::Withdrawn)));
    for (RequestState s : allStates()) {
        QCOMPARE(service.transition(r->id, to(s)).code(), ErrorCode::NotAllowed);
    }
    QVERIFY(service.availableTransitions(service.get(r->id).value()).isEmpty());
}

void TestRequestService::intakeValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("email");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QDate>("received");
    QTest::addColumn<bool>("ok");
    QTest::newRow("email only") << "A"
                                << "a@example.cn"
                                << "" << QDate(2026, 3, 1) << true;
    QTest::newRow("phone only") << "A"
                                << ""
                                << "13800138000" << QDate(2026, 3, 1) << true;
    QTest::newRow("no contact") << "A"
                                << ""
                                << "" << QDate(2026, 3, 1) << false;
    QTest::newRow("no name") << " "
                             << "a@example.cn"
                             << "" << QDate(2026, 3, 1) << false;
    QTest::newRow("bad email") << "A"
                               << "not-an-email"
                               << "" << QDate(2026, 3, 1) << false;
    QTest::newRow("short phone") << "A"
                                 << ""
                                 << "12" << QDate(2026, 3, 1) << false;
    QTest::newRow("future") << "A"
                            << "a@example.cn"
                            << "" << QDate(2026, 4, 1) << false;
    QTest::newRow("no date") << "A"
                             << "a@example.cn"
                             << "" << QDate() << false;
    QTest::newRow("hostile name") << "Robert'); DROP TABLE requests;--<script>"
                                  << "a@example.cn"
                                  << "" << QDate(2026, 3, 1) << true;
}

void TestRequestService::intakeValidation()
{
    QFETCH(QString, name);
    QFETCH(QString, email);
    QFETCH(QString, phone);
    QFETCH(QDate, received);
    QFETCH(bool, ok);
    test::TestVault tv;
    RequestService service(tv.vault());
    RequestDraft d = draft(RequestType::Access, received);
    d.requesterName = name;
    d.email = email;
    d.phone = phone;
    auto r = service.add(d);
    QCOMPARE(r.ok(), ok);
    if (ok) {
        QCOMPARE(service.get(r->id)->requesterName, name.trimmed());
    } else {
        QCOMPARE(r.code(), ErrorCode::InvalidInput);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(service.list()->size(), 0);
    }
}

void TestRequestService::dueDateFollowsRule()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    QCOMPARE(service.deadlineRule().toString(), QStringLiteral("working:15"));
    auto r = service.add(draft(RequestType::Access, QDate(2026, 2, 10)));
    QCOMPARE(r->dueOn, QDate(2026, 3, 9));
    QVERIFY(service.setDeadlineRule(DeadlineRule { DeadlineRule::Kind::CalendarDays, 30 }));
    auto c = service.add(draft(RequestType::Access, QDate(2026, 2, 10)));
    QCOMPARE(c->dueOn, QDate(2026, 3, 12));
    QVERIFY(service.setDeadlineRule(DeadlineRule { DeadlineRule::Kind::Months, 1 }));
    auto m = service.add(draft(RequestType::Access, QDate(2026, 1, 31)));
    QCOMPARE(m->dueOn, QDate(2026, 2, 28));
    // The rule in force at receipt stays with the request.
    QCOMPARE(service.get(r->id)->dueOn, QDate(2026, 3, 9));
    QCOMPARE(service.get(r->id)->rule.toString(), QStringLiteral("working:15"));
}

void TestRequestService::pauseExtendsDueDate()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    auto r = service.add(draft(RequestType::Access, QDate(2026, 2, 10)));
    QCOMPARE(r->dueOn, QDate(2026, 3, 9));
    QVERIFY(service.transition(r->id, to(RequestState::Verification, QDate(2026, 2, 11))));
    // Paused on Fri 13 Feb, resumed Wed 25 Feb: 14 Feb (make-up), 24 and 25 Feb = 3 working days.
    QVERIFY(service.transition(r->id, to(RequestState::Waiting, QDate(2026, 2, 13))));
    const WorkingDayCalendar cal = service.calendar();
    // While paused the due date keeps moving out.
    QCOMPARE(service.get(r->id)->effectiveDue(cal, QDate(2026, 2, 24)), QDate(2026, 3, 11));
    auto resumed = service.transition(r->id, to(RequestState::Verification, QDate(2026, 2, 25)));
    QVERIFY2(resumed, qPrintable(resumed.message()));
    QCOMPARE(resumed->pausedWorkingDays, 3);
    QCOMPARE(resumed->dueOn, QDate(2026, 3, 12));
    QCOMPARE(resumed->baseDueOn, QDate(2026, 3, 9));
    // A pause over a weekend only adds nothing.
    QVERIFY(service.transition(r->id, to(RequestState::Waiting, QDate(2026, 3, 6))));
    auto again = service.transition(r->id, to(RequestState::Verification, QDate(2026, 3, 8)));
    QCOMPARE(again->dueOn, QDate(2026, 3, 12));
}

void TestRequestService::monthRuleExtension()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    auto working = service.add(draft(RequestType::Access));
    QCOMPARE(service.extend(working->id, 1, QStringLiteral("complex")).code(), ErrorCode::NotAllowed);
    QVERIFY(service.setDeadlineRule(DeadlineRule { DeadlineRule::Kind::Months, 1 }));
    auto r = service.add(draft(RequestType::Access, QDate(2026, 1, 31)));
    QCOMPARE(service.extend(r->id, 1, QString()).code(), ErrorCode::InvalidInput);
    QVERIFY(service.extend(r->id, 1, QStringLiteral("Many records in several systems")));
    QCOMPARE(service.get(r->id)->dueOn, QDate(2026, 3, 31));
    QCOMPARE(service.extend(r->id, 2, QStringLiteral("more")).code(), ErrorCode::InvalidInput);
    QVERIFY(service.extend(r->id, 1, QStringLiteral("still more")));
    QCOMPARE(service.get(r->id)->dueOn, QDate(2026, 4, 30));
    QCOMPARE(service.get(r->id)->extensionMonths, 2);
}

void TestRequestService::overdueAndDueSoon()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    // Today is Mon 2 Mar 2026.
    auto overdue = service.add(draft(RequestType::Access, QDate(2026, 1, 20))); // due 2026-02-10
    auto soon = service.add(draft(RequestType::Access, QDate(2026, 2, 10))); // due 2026-03-09
    auto later = service.add(draft(RequestType::Access, QDate(2026, 2, 27))); // due 2026-03-20
    auto closed = service.add(draft(RequestType::Access, QDate(2026, 1, 5)));
    QVERIFY(service.transition(closed->id, to(RequestState::Withdrawn)));
    Q_UNUSED(later)
    const WorkingDayCalendar cal = service.calendar();
    QVERIFY(overdue->isOverdue(cal, Clock::today()));
    QCOMPARE(soon->dueOn, QDate(2026, 3, 9));
    QCOMPARE(soon->workingDaysLeft(cal, Clock::today()), 5);
    QVERIFY(!soon->isDueSoon(cal, Clock::today()));
    auto dueSoon = service.add(draft(RequestType::Access, QDate(2026, 2, 5))); // due Wed 4 Mar
    QCOMPARE(dueSoon->dueOn, QDate(2026, 3, 4));
    QVERIFY(dueSoon->isDueSoon(cal, Clock::today()));

    RequestFilter f;
    f.overdueOnly = true;
    QCOMPARE(service.list(f)->size(), 1);
    QCOMPARE(service.list(f)->first().id, overdue->id);
    RequestFilter week;
    week.dueThisWeek = true;
    QCOMPARE(service.list(week)->size(), 1);
    QCOMPARE(service.list(week)->first().id, dueSoon->id);
    auto counts = service.counts();
    QCOMPARE(counts->open, 4);
    QCOMPARE(counts->overdue, 1);
    QCOMPARE(counts->dueSoon, 1);
}

void TestRequestService::linkCandidates()
{
    test::TestVault tv;
    const qint64 byEmail = insertSubmission(tv.db(), QStringLiteral("H"), QString(), QString(),
        QStringLiteral("han.meimei@example.cn"), QStringLiteral("han.meimei@example.cn"), QStringLiteral("m1"));
    const qint64 byPhone = insertSubmission(tv.db(), QStringLiteral("H2"), QStringLiteral("13912345678"),
        QStringLiteral("13912345678"), QString(), QString(), QStringLiteral("m2"));
    const qint64 both
        = insertSubmission(tv.db(), QStringLiteral("H3"), QStringLiteral("13912345678"), QStringLiteral("13912345678"),
            QStringLiteral("han.meimei@example.cn"), QStringLiteral("han.meimei@example.cn"), QStringLiteral("m3"));
    insertSubmission(
        tv.db(), QStringLiteral("Other"), QString(), QString(), QString(), QString(), QStringLiteral("no contact"));
    RequestService service(tv.vault());
    auto earlier = service.add(draft(RequestType::Access));
    // Different spelling of the same contact details.
    auto c
        = service.findCandidates(QString::fromUtf8("ＨＡＮ.meimei@example.CN "), QStringLiteral("0086 139 1234 5678"));
    QVERIFY2(c, qPrintable(c.message()));
    QMap<QString, QString> found;
    for (const LinkCandidate& l : c.value()) {
        found.insert(l.targetType + QString::number(l.id), l.matchedOn);
    }
    QCOMPARE(found.size(), 4);
    QCOMPARE(found.value(QStringLiteral("submission") + QString::number(byEmail)), QStringLiteral("email"));
    QCOMPARE(found.value(QStringLiteral("submission") + QString::number(byPhone)), QStringLiteral("phone"));
    QCOMPARE(found.value(QStringLiteral("submission") + QString::number(both)), QStringLiteral("email+phone"));
    QCOMPARE(found.value(QStringLiteral("request") + QString::number(earlier->id)), QStringLiteral("email+phone"));
    // Empty contact details match nothing (never the records without any).
    QVERIFY(service.findCandidates(QString(), QString())->isEmpty());
    QVERIFY(service.findCandidates(QStringLiteral("nobody@example.cn"), QString())->isEmpty());
}

void TestRequestService::correctionAuditsFieldNames()
{
    test::TestVault tv;
    const qint64 sid = insertSubmission(tv.db(), QString::fromUtf8("韩梅梅"), QStringLiteral("13900000000"),
        QStringLiteral("13900000000"), QStringLiteral("old@example.cn"), QStringLiteral("old@example.cn"),
        QStringLiteral("msg"));
    const qint64 unlinked = insertSubmission(
        tv.db(), QStringLiteral("X"), QString(), QString(), QString(), QString(), QStringLiteral("x"));
    RequestService service(tv.vault());
    RequestDraft d = draft(RequestType::Correction);
    d.linkedSubmissions = { sid };
    auto r = service.add(d);
    CorrectionInput in;
    in.submissionId = sid;
    in.fields = { { QStringLiteral("phone"), QStringLiteral("+86 139 1234 5678") },
        { QStringLiteral("name"), QString::fromUtf8("韩梅梅") } };
    QCOMPARE(service.correctSubmission(r->id, in).code(), ErrorCode::NotAllowed); // not in progress yet
    QVERIFY(service.transition(r->id, to(RequestState::Verification)));
    QVERIFY(service.transition(r->id, verified()));
    auto changed = service.correctSubmission(r->id, in);
    QVERIFY2(changed, qPrintable(changed.message()));
    QCOMPARE(changed.value(), QStringList { QStringLiteral("phone") }); // the name did not change
    Statement q(tv.db(), "SELECT phone, phone_norm FROM submissions WHERE id = ?");
    q.bind(1, sid);
    QVERIFY(q.next());
    QCOMPARE(q.text(0), QStringLiteral("+86 139 1234 5678"));
    QCOMPARE(q.text(1), QStringLiteral("13912345678"));
    q.reset();
    AuditFilter f;
    f.action = QStringLiteral("submission.update");
    const auto entries = AuditLog::list(tv.db(), f, 0, 10);
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.first().fields, QStringList { QStringLiteral("phone") });
    QVERIFY(!entries.first().detail.contains(QStringLiteral("1391234")));
    // Hostile field names and unlinked records are refused.
    CorrectionInput hostile;
    hostile.submissionId = sid;
    hostile.fields = { { QStringLiteral("name = 'x' WHERE 1; --"), QStringLiteral("x") } };
    QCOMPARE(service.correctSubmission(r->id, hostile).code(), ErrorCode::InvalidInput);
    CorrectionInput other;
    other.submissionId = unlinked;
    other.fields = { { QStringLiteral("name"), QStringLiteral("Y") } };
    QCOMPARE(service.correctSubmission(r->id, other).code(), ErrorCode::NotAllowed);
}

void TestRequestService::dataPackageHasExactlyLinkedRecords()
{
    test::TestVault tv;
    const qint64 s1 = insertSubmission(tv.db(), QString::fromUtf8("韩梅梅"), QString(), QString(),
        QStringLiteral("han@example.cn"), QStringLiteral("han@example.cn"), QStringLiteral("first message"));
    const qint64 s2 = insertSubmission(tv.db(), QString::fromUtf8("韩梅梅"), QStringLiteral("13912345678"),
        QStringLiteral("13912345678"), QString(), QString(), QStringLiteral("second message"));
    insertSubmission(tv.db(), QString::fromUtf8("韩梅梅"), QString(), QString(), QStringLiteral("han@example.cn"),
        QStringLiteral("han@example.cn"), QStringLiteral("NOT-CONFIRMED-MESSAGE"));
    insertSubmission(tv.db(), QStringLiteral("Li Lei"), QString(), QString(), QStringLiteral("li@example.cn"),
        QStringLiteral("li@example.cn"), QStringLiteral("SOMEONE-ELSE"));
    RequestService service(tv.vault());
    auto earlier = service.add(draft(RequestType::Correction, QDate(2026, 1, 5)));
    RequestDraft d = draft(RequestType::Access);
    d.linkedSubmissions = { s1, s2 };
    d.linkedRequests = { earlier->id };
    auto r = service.add(d);
    QVERIFY(r);

    tv.signInAs(Role::Auditor);
    QCOMPARE(service.dataPackage(r->id).code(), ErrorCode::PermissionDenied);
    tv.signInAdmin();

    auto p = service.dataPackage(r->id);
    QVERIFY2(p, qPrintable(p.message()));
    QCOMPARE(p->submissions.size(), 2);
    QCOMPARE(p->requests.size(), 2);
    const QJsonObject json = RequestService::dataPackageJson(p.value());
    const QJsonArray subs = json.value(QStringLiteral("contact_submissions")).toArray();
    QCOMPARE(subs.size(), 2);
    QSet<qint64> ids;
    for (const QJsonValue& v : subs) {
        ids.insert(v.toObject().value(QStringLiteral("id")).toInteger());
    }
    QCOMPARE(ids, (QSet<qint64> { s1, s2 }));
    const QByteArray text = QJsonDocument(json).toJson();
    QVERIFY(text.contains("first message"));
    QVERIFY(text.contains("second message"));
    QVERIFY(!text.contains("NOT-CONFIRMED-MESSAGE"));
    QVERIFY(!text.contains("SOMEONE-ELSE"));
    QCOMPARE(json.value(QStringLiteral("rights_requests")).toArray().size(), 2);

    const ReportDocument doc = buildDataPackageReport(p.value(), QStringLiteral("admin"));
    const QString plain = doc.toPlainText();
    QVERIFY(plain.contains(QStringLiteral("first message")));
    QVERIFY(plain.contains(QStringLiteral("second message")));
    QVERIFY(!plain.contains(QStringLiteral("NOT-CONFIRMED")));
    QVERIFY(plain.contains(QString::fromUtf8("联系记录 / Contact submissions")));
    QVERIFY(plain.contains(QStringLiteral("security@vivest.cn")));

    AuditFilter f;
    f.action = QStringLiteral("request.data_package");
    const auto audit = AuditLog::list(tv.db(), f, 0, 10);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().detail, QStringLiteral("submissions=2 requests=2"));
}

void TestRequestService::deletionLeavesNoTraceInVault()
{
    test::TestVault tv;
    const QString name = QString::fromUtf8("欧阳秀珍");
    const QString phone = QStringLiteral("13987654321");
    const QString email = QStringLiteral("ouyang.xiuzhen@example.cn");
    const qint64 s1
        = insertSubmission(tv.db(), name, phone, phone, email, email, QString::fromUtf8("我想咨询产品价格"));
    const qint64 s2 = insertSubmission(
        tv.db(), name, QStringLiteral("139 8765 4321"), phone, QString(), QString(), QString::fromUtf8("请回电"));
    const qint64 keep = insertSubmission(tv.db(), QStringLiteral("Someone Else"), QStringLiteral("13800000001"),
        QStringLiteral("13800000001"), QStringLiteral("else@example.cn"), QStringLiteral("else@example.cn"),
        QStringLiteral("keep me"));
    RequestService service(tv.vault());
    RequestDraft first = draft(RequestType::Access, QDate(2026, 1, 6));
    first.requesterName = name;
    first.email = email;
    first.phone = phone;
    first.description = QString::fromUtf8("欧阳秀珍要求查阅");
    auto earlier = service.add(first);
    QVERIFY(earlier);

    RequestDraft d = first;
    d.type = RequestType::Deletion;
    d.receivedOn = QDate(2026, 2, 24);
    d.description = QStringLiteral("Please delete everything about ") + name;
    auto candidates = service.findCandidates(email, phone);
    QCOMPARE(candidates->size(), 3);
    for (const LinkCandidate& c : candidates.value()) {
        (c.targetType == QLatin1String("submission") ? d.linkedSubmissions : d.linkedRequests).append(c.id);
    }
    auto r = service.add(d);
    QVERIFY2(r, qPrintable(r.message()));
    AttachmentStore attachments(tv.vault());
    QVERIFY(attachments.addData(QStringLiteral("request"), r->id, QStringLiteral("id-card.txt"),
        (QStringLiteral("ID card of ") + name).toUtf8()));

    QCOMPARE(service.eraseLinkedData(r->id, QStringLiteral("consent_withdrawn")).code(), ErrorCode::NotAllowed);
    QVERIFY(service.transition(r->id, to(RequestState::Verification)));
    QVERIFY(service.transition(r->id, verified()));
    QCOMPARE(service.eraseLinkedData(r->id, QStringLiteral("not-a-ground")).code(), ErrorCode::InvalidInput);
    auto erased = service.eraseLinkedData(r->id, QStringLiteral("consent_withdrawn"));
    QVERIFY2(erased, qPrintable(erased.message()));
    QCOMPARE(erased->counts.value(QStringLiteral("contact_submissions")), 2);
    QCOMPARE(erased->counts.value(QStringLiteral("request_contact_details")), 2);
    QCOMPARE(erased->counts.value(QStringLiteral("attachments")), 1);

    const RightsRequest after = service.get(r->id).value();
    QCOMPARE(after.state, RequestState::Completed);
    QVERIFY(after.erased);
    QVERIFY(after.requesterName.isEmpty());
    QCOMPARE(after.deletionGround, QStringLiteral("consent_withdrawn"));
    QVERIFY(service.get(earlier->id)->erased);
    QCOMPARE(Statement::scalarInt(tv.db(), "SELECT count(*) FROM submissions"), 1);
    Statement kept(tv.db(), "SELECT id FROM submissions");
    QVERIFY(kept.next());
    QCOMPARE(kept.int64(0), keep);
    kept.reset();
    Q_UNUSED(s1)
    Q_UNUSED(s2)

    // Letters and the certificate still render, without the person's values.
    const QString letter
        = buildResponseLetter(service, after, QStringLiteral("zh_CN"), QStringLiteral("a")).toPlainText();
    QVERIFY(!letter.contains(name));
    const QString certificate
        = buildDeletionCertificate(after, QStringLiteral("en"), QStringLiteral("a")).toPlainText();
    QVERIFY(!certificate.contains(name) && !certificate.contains(phone) && !certificate.contains(email));

    const QString plainPath = tv.dir() + QStringLiteral("/plain.db");
    const QByteArray bytes = test::plaintextCopy(tv.db(), plainPath);
    QVERIFY(bytes.startsWith("SQLite format 3"));
    QVERIFY(bytes.contains("keep me")); // the export really holds the data
    QVERIFY(bytes.contains("request.erase"));
    for (const QString& value :
        { name, phone, email, QStringLiteral("139 8765 4321"), QString::fromUtf8("我想咨询产品价格") }) {
        QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(QStringLiteral("found a deleted value")));
    }
    QVERIFY(tv.vault().verify()->auditOk);
}

void TestRequestService::certificateAndSignOff()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    RequestDraft d = draft(RequestType::Cancellation);
    auto r = service.add(d);
    QCOMPARE(service.signOffCertificate(r->id).code(), ErrorCode::NotAllowed);
    tv.signInAs(Role::Staff);
    QVERIFY(service.transition(r->id, to(RequestState::Verification)));
    QVERIFY(service.transition(r->id, verified()));
    QVERIFY(service.eraseLinkedData(r->id, QStringLiteral("service_ended")));
    QCOMPARE(service.signOffCertificate(r->id).code(), ErrorCode::PermissionDenied);
    RightsRequest done = service.get(r->id).value();
    QString draftText = buildDeletionCertificate(done, QStringLiteral("en"), QStringLiteral("x")).toPlainText();
    QVERIFY(draftText.contains(QStringLiteral("Not yet signed off")));
    tv.signInAs(Role::PrivacyOfficer);
    QVERIFY(service.signOffCertificate(r->id));
    QCOMPARE(service.signOffCertificate(r->id).code(), ErrorCode::Conflict);
    done = service.get(r->id).value();
    QCOMPARE(done.signedOffByName, tv.vault().actor().displayName);
    for (const QString& lang : { QStringLiteral("en"), QStringLiteral("zh_CN") }) {
        const QString text = buildDeletionCertificate(done, lang, QStringLiteral("x")).toPlainText();
        QVERIFY(text.contains(done.number));
        QVERIFY(text.contains(done.signedOffByName));
        QVERIFY(text.contains(done.fulfilledByName));
        QVERIFY(text.contains(QStringLiteral("security@vivest.cn")));
        QVERIFY(!text.contains(QString::fromUtf8("韩梅梅")));
        QVERIFY(!text.contains(QStringLiteral("13912345678")));
        if (lang == QLatin1String("zh_CN")) {
            QVERIFY(text.contains(QString::fromUtf8("个人信息删除证明")));
            QVERIFY(text.contains(QString::fromUtf8("不再为个人提供产品或服务")));
        } else {
            QVERIFY(text.contains(QStringLiteral("We permanently stop providing services")));
        }
    }
}

void TestRequestService::lettersInBothLanguages_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("complaint");
    QTest::addColumn<QString>("reason");
    QTest::newRow("en") << "en"
                        << "art. 50"
                        << "Laws or regulations require us to keep the information";
    QTest::newRow("zh") << "zh_CN" << QString::fromUtf8("第五十条")
                        << QString::fromUtf8("法律、行政法规规定的保存期限未届满");
}

void TestRequestService::lettersInBothLanguages()
{
    QFETCH(QString, language);
    QFETCH(QString, complaint);
    QFETCH(QString, reason);
    test::TestVault tv;
    RequestService service(tv.vault());
    auto r = service.add(draft(RequestType::Deletion));
    TransitionInput in = to(RequestState::Rejected);
    in.reasonKey = QStringLiteral("legal_obligation");
    in.reasonText = QStringLiteral("Medical device records are kept for {number} years <b>");
    auto rejected = service.transition(r->id, in);
    QVERIFY(rejected);
    const ReportDocument letter = buildResponseLetter(service, rejected.value(), language, QStringLiteral("admin"));
    QCOMPARE(letter.language, language);
    const QString text = letter.toPlainText();
    QVERIFY2(text.contains(reason), qPrintable(text));
    QVERIFY(text.contains(complaint));
    QVERIFY(text.contains(in.reasonText)); // quoted literally, placeholders inside it not expanded
    QVERIFY(text.contains(rejected->number));
    QVERIFY(text.contains(QStringLiteral("security@vivest.cn")));
    QVERIFY(letter.toHtml().contains(QStringLiteral("&lt;b&gt;")));
    // A completed request's letter in the same language.
    auto ok = service.add(draft(RequestType::Access));
    QVERIFY(service.transition(ok->id, to(RequestState::Verification)));
    QVERIFY(service.transition(ok->id, verified()));
    auto done = service.transition(ok->id, to(RequestState::Completed));
    const QString okText = buildResponseLetter(service, done.value(), language, QStringLiteral("a")).toPlainText();
    QVERIFY(okText.contains(done->number));
    QVERIFY(okText.contains(
        language == QLatin1String("en") ? QStringLiteral("We have completed") : QString::fromUtf8("已办理完毕")));
    QVERIFY(okText.contains(QString::fromUtf8("韩梅梅")));
}

void TestRequestService::letterTemplatesAreEditable()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    QVERIFY(service.setLetterTemplate(
        QStringLiteral("withdrawn"), QStringLiteral("en"), QStringLiteral("Custom: {number} withdrawn on request.")));
    QCOMPARE(service.setLetterTemplate(QStringLiteral("bogus"), QStringLiteral("en"), QStringLiteral("x")).code(),
        ErrorCode::InvalidInput);
    auto r = service.add(draft(RequestType::Other));
    auto w = service.transition(r->id, to(RequestState::Withdrawn));
    const QString en = buildResponseLetter(service, w.value(), QStringLiteral("en"), QStringLiteral("a")).toPlainText();
    QVERIFY(en.contains(QStringLiteral("Custom: RR-2026-0001 withdrawn on request.")));
    const QString zh
        = buildResponseLetter(service, w.value(), QStringLiteral("zh_CN"), QStringLiteral("a")).toPlainText();
    QVERIFY(zh.contains(QString::fromUtf8("已撤回")));
    // Clearing restores the default.
    QVERIFY(service.setLetterTemplate(QStringLiteral("withdrawn"), QStringLiteral("en"), QString()));
    QCOMPARE(service.letterTemplate(QStringLiteral("withdrawn"), QStringLiteral("en")),
        RequestService::defaultLetterTemplate(QStringLiteral("withdrawn"), QStringLiteral("en")));
    tv.signInAs(Role::Staff);
    QCOMPARE(service.setLetterTemplate(QStringLiteral("withdrawn"), QStringLiteral("en"), QStringLiteral("x")).code(),
        ErrorCode::PermissionDenied);
}

void TestRequestService::permissions()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    auto r = service.add(draft(RequestType::Access));
    tv.signInAs(Role::Auditor);
    QCOMPARE(service.add(draft(RequestType::Access)).code(), ErrorCode::PermissionDenied);
    QCOMPARE(service.transition(r->id, to(RequestState::Verification)).code(), ErrorCode::PermissionDenied);
    QVERIFY(service.get(r->id));
    QCOMPARE(service.list()->size(), 1);
}

void TestRequestService::registerSummary()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    auto a = service.add(draft(RequestType::Access, QDate(2026, 2, 24)));
    QVERIFY(service.transition(a->id, to(RequestState::Verification)));
    QVERIFY(service.transition(a->id, verified()));
    QVERIFY(service.transition(a->id, to(RequestState::Completed))); // closed 2 Mar, due 17 Mar: on time
    auto late = service.add(draft(RequestType::Correction, QDate(2026, 1, 5)));
    TransitionInput rej = to(RequestState::Rejected);
    rej.reasonKey = QStringLiteral("other");
    rej.reasonText = QStringLiteral("x");
    QVERIFY(service.transition(late->id, rej)); // closed 2 Mar, due 26 Jan: late
    service.add(draft(RequestType::Deletion, QDate(2025, 12, 1))); // outside the range
    auto s = buildRegisterSummary(service, QDate(2026, 1, 1), QDate(2026, 3, 31));
    QVERIFY(s);
    QCOMPARE(s->requests.size(), 2);
    QCOMPARE(s->closed, 2);
    QCOMPARE(s->closedOnTime, 1);
    QCOMPARE(s->byTypeAndState.value(RequestType::Access).value(RequestState::Completed), 1);
    const ReportDocument doc = buildRegisterReport(
        s.value(), QDate(2026, 1, 1), QDate(2026, 3, 31), QStringLiteral("en"), QStringLiteral("a"));
    QVERIFY(doc.toPlainText().contains(QStringLiteral("50.0%")));
    QCOMPARE(registerTableRows(s.value()).size(), 2);
}

void TestRequestService::timelineRecordsEverySteps()
{
    test::TestVault tv;
    RequestService service(tv.vault());
    auto r = service.add(draft(RequestType::Access));
    QVERIFY(service.transition(r->id, to(RequestState::Verification)));
    QVERIFY(service.transition(r->id, verified()));
    auto events = service.timeline(r->id);
    QCOMPARE(events->size(), 3);
    QCOMPARE(events->at(0).kind, QStringLiteral("created"));
    QCOMPARE(events->at(2).fromState, QStringLiteral("verification"));
    QCOMPARE(events->at(2).toState, QStringLiteral("in_progress"));
    QCOMPARE(events->at(2).detail, QStringLiteral("method=id_document"));
    AuditFilter f;
    f.entityType = QStringLiteral("request");
    const auto audit = AuditLog::list(tv.db(), f, 0, 10);
    QCOMPARE(audit.size(), 3);
    for (const AuditEntry& e : audit) {
        QVERIFY(!e.detail.contains(QString::fromUtf8("韩梅梅")));
        QVERIFY(!e.detail.contains(QStringLiteral("example.cn"), Qt::CaseInsensitive));
    }
}

QTEST_GUILESS_MAIN(TestRequestService)
#include "tst_requestservice.moc"
