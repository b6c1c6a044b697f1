// `compliance-desk-cli policy contents` and `policy transition … approved [--force]`, run as a
// script would run them: the contents check round trip, refusals with their exit codes.
#include "TestVault.h"

#include "policies/PolicyService.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

const QString label = QStringLiteral("2026-04-01");

} // namespace

class TestPolicyContentsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void refusals();

private:
    Run cli(const QStringList& args, const QString& user = QStringLiteral("admin"));
    std::unique_ptr<TestVault> m_vault;
    QString m_cli;
};

void TestPolicyContentsCli::initTestCase()
{
    m_cli = qEnvironmentVariable("CD_BINARY_DIR") + QStringLiteral("/app/compliance-desk-cli");
    QVERIFY2(QFileInfo::exists(m_cli), qPrintable(m_cli));
    m_vault = std::make_unique<TestVault>();
    // A version in review written by staff, so the administrator may approve it.
    m_vault->signInAs(Role::Staff, QStringLiteral("author"));
    PolicyService service(m_vault->vault());
    auto doc = service.createDocument(QStringLiteral("Privacy policy"));
    QVERIFY(doc);
    PolicyVersionInput in;
    in.label = label;
    in.textZh = QStringLiteral("# 隐私政策\n");
    in.updatedOn = QDate(2026, 3, 1);
    in.effectiveOn = QDate(2026, 4, 1);
    auto v = service.createDraft(doc->id, in);
    QVERIFY(v);
    QVERIFY(service.transition(v->id, PolicyStatus::InReview));
    m_vault->close();
}

Run TestPolicyContentsCli::cli(const QStringList& args, const QString& user)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CD_PASSPHRASE"), QString::fromLatin1(TestVault::key().material().bytes()));
    env.insert(QStringLiteral("CD_PASSWORD"),
        user == QLatin1String("admin") ? TestVault::adminPassword() : QStringLiteral("password-123"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(m_cli, args + QStringList { QStringLiteral("--vault"), m_vault->path(), QStringLiteral("--user"), user });
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

void TestPolicyContentsCli::roundTrip()
{
    Run r = cli({ QStringLiteral("policy"), QStringLiteral("contents"), label });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("total")).toInt(), 10);
    QCOMPARE(r.json().value(QStringLiteral("ticked")).toInt(), 0);

    r = cli({ QStringLiteral("policy"), QStringLiteral("contents"), label, QStringLiteral("--tick"),
        QStringLiteral("collected_list"), QStringLiteral("--note"), QStringLiteral("collected_list=二.1"),
        QStringLiteral("--tick"), QStringLiteral("handler_contact") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("ticked")).toInt(), 2);
    const QJsonArray items = r.json().value(QStringLiteral("items")).toArray();
    QJsonObject collected;
    for (const QJsonValue& item : items) {
        if (item.toObject().value(QStringLiteral("key")).toString() == QLatin1String("collected_list")) {
            collected = item.toObject();
        }
    }
    QVERIFY(collected.value(QStringLiteral("ticked")).toBool());
    QCOMPARE(collected.value(QStringLiteral("note")).toString(), QStringLiteral("二.1"));
    QVERIFY(collected.value(QStringLiteral("source")).toString().contains(QStringLiteral("NDSMR art. 21")));
    QVERIFY(!collected.value(QStringLiteral("by")).toString().isEmpty());

    // A note alone keeps the tick; --untick removes it.
    r = cli({ QStringLiteral("policy"), QStringLiteral("contents"), label, QStringLiteral("--note"),
        QStringLiteral("handler_contact=二.8"), QStringLiteral("--untick"), QStringLiteral("collected_list"),
        QStringLiteral("--format"), QStringLiteral("text") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString text = QString::fromUtf8(r.out);
    QVERIFY2(text.contains(QStringLiteral("[x] handler_contact")), r.out.constData());
    QVERIFY(text.contains(QStringLiteral("(二.8)")));
    QVERIFY(text.contains(QStringLiteral("[ ] collected_list")));

    // Approval: refused while unticked, then forced.
    r = cli({ QStringLiteral("policy"), QStringLiteral("transition"), label, QStringLiteral("approved") });
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("not ticked"), r.err.constData());
    r = cli({ QStringLiteral("policy"), QStringLiteral("transition"), label, QStringLiteral("approved"),
        QStringLiteral("--force") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    r = cli({ QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("json") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("forced; unticked="), r.out.left(400).constData());
}

void TestPolicyContentsCli::refusals()
{
    // A staff member may read the check but not tick it.
    Run r = cli({ QStringLiteral("policy"), QStringLiteral("contents"), label }, QStringLiteral("author"));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ QStringLiteral("policy"), QStringLiteral("contents"), label, QStringLiteral("--tick"),
                QStringLiteral("retention") },
        QStringLiteral("author"));
    QCOMPARE(r.exitCode, 3);
    // Unknown items and malformed notes: usage errors naming what is expected; nothing stored.
    r = cli({ QStringLiteral("policy"), QStringLiteral("contents"), label, QStringLiteral("--tick"),
        QStringLiteral("everything'); DROP TABLE policy_versions;--") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("officer_contact"), r.err.constData());
    r = cli({ QStringLiteral("policy"), QStringLiteral("contents"), label, QStringLiteral("--note"),
        QStringLiteral("no-equals-sign") });
    QCOMPARE(r.exitCode, 2);
    r = cli({ QStringLiteral("policy"), QStringLiteral("contents") });
    QCOMPARE(r.exitCode, 2);
    r = cli({ QStringLiteral("policy"), QStringLiteral("contents"), QStringLiteral("9999-01-01") });
    QCOMPARE(r.exitCode, 1);
    r = cli({ QStringLiteral("policy"), QStringLiteral("contents"), label });
    QCOMPARE(r.json().value(QStringLiteral("items")).toArray().size(), 10);
    QVERIFY(
        !r.json().value(QStringLiteral("items")).toArray().at(4).toObject().value(QStringLiteral("ticked")).toBool());
}

QTEST_GUILESS_MAIN(TestPolicyContentsCli)
#include "tst_policycontents_cli.moc"
