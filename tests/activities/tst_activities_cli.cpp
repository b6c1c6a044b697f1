// `compliance-desk-cli activities|pia|processors|crossborder`, run as a script would run them.
#include "TestVault.h"

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
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

} // namespace

class TestActivitiesCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void registerAndAssessment();
    void processorsAndCrossBorder();
    void usageErrors();
    void processorUpdateAndDisclosureLink();

private:
    Run cli(const QStringList& args);
    std::unique_ptr<TestVault> m_vault;
    QString m_cli;
};

void TestActivitiesCli::initTestCase()
{
    m_cli = qEnvironmentVariable("CD_BINARY_DIR") + QStringLiteral("/app/compliance-desk-cli");
    QVERIFY2(QFileInfo::exists(m_cli), qPrintable(m_cli));
    m_vault = std::make_unique<TestVault>();
    m_vault->close();
}

Run TestActivitiesCli::cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CD_PASSPHRASE"), QString::fromLatin1(TestVault::key().material().bytes()));
    env.insert(QStringLiteral("CD_PASSWORD"), TestVault::adminPassword());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(m_cli,
        args
            + QStringList {
                QStringLiteral("--vault"), m_vault->path(), QStringLiteral("--user"), QStringLiteral("admin") });
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

void TestActivitiesCli::registerAndAssessment()
{
    Run r = cli({ QStringLiteral("activities"), QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().array().size(), 2); // seeded from the privacy policy
    r = cli({ QStringLiteral("activities"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Clinical follow-up"), QStringLiteral("--purpose"), QStringLiteral("Device safety"),
        QStringLiteral("--categories"), QStringLiteral("name,health") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const int id = r.json().object().value(QStringLiteral("id")).toInt();
    QCOMPARE(r.json().object().value(QStringLiteral("pia")).toString(), QStringLiteral("missing"));
    r = cli({ QStringLiteral("pia"), QStringLiteral("add"), QStringLiteral("--activity"), QString::number(id),
        QStringLiteral("--lawful"), QStringLiteral("Required"), QStringLiteral("--impact"), QStringLiteral("High") });
    QCOMPARE(r.exitCode, 2); // invalid input: the other questions are unanswered
    QVERIFY2(r.err.contains("56(3)"), r.err.constData());
    r = cli({ QStringLiteral("pia"), QStringLiteral("add"), QStringLiteral("--activity"), QString::number(id),
        QStringLiteral("--lawful"), QStringLiteral("Required"), QStringLiteral("--impact"), QStringLiteral("High"),
        QStringLiteral("--measures"), QStringLiteral("Encrypted"), QStringLiteral("--conclusion"),
        QStringLiteral("Acceptable"), QStringLiteral("--approver"), QStringLiteral("Officer") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const int pia = r.json().object().value(QStringLiteral("id")).toInt();
    r = cli({ QStringLiteral("activities"), QStringLiteral("show"), QString::number(id) });
    QCOMPARE(r.json().object().value(QStringLiteral("pia")).toString(), QStringLiteral("current"));
    r = cli({ QStringLiteral("pia"), QStringLiteral("remove"), QString::number(pia) });
    QCOMPARE(r.exitCode, 1); // kept three years
    QVERIFY2(r.err.contains("three years"), r.err.constData());
}

void TestActivitiesCli::processorsAndCrossBorder()
{
    Run r = cli({ QStringLiteral("crossborder") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("mechanism")).toString(), QStringLiteral("none"));
    r = cli({ QStringLiteral("processors"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Cloud Host Ltd"), QStringLiteral("--signed"), QStringLiteral("2025-01-01"),
        QStringLiteral("--expires"), QStringLiteral("2027-01-01") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const int processor = r.json().object().value(QStringLiteral("id")).toInt();
    r = cli({ QStringLiteral("activities"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Global support"), QStringLiteral("--purpose"), QStringLiteral("Support"),
        QStringLiteral("--categories"), QStringLiteral("email"), QStringLiteral("--cross-border"),
        QStringLiteral("--destination"), QStringLiteral("Singapore"), QStringLiteral("--people-ytd"),
        QStringLiteral("1000000"), QStringLiteral("--processors"), QString::number(processor) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ QStringLiteral("crossborder") });
    QCOMPARE(r.json().object().value(QStringLiteral("mechanism")).toString(), QStringLiteral("security_assessment"));
    QCOMPARE(r.json().object().value(QStringLiteral("threshold_crossed")).toBool(), true);
    r = cli({ QStringLiteral("processors"), QStringLiteral("list") });
    QCOMPARE(r.json().array().first().toObject().value(QStringLiteral("activities")).toArray().size(), 1);
}

void TestActivitiesCli::usageErrors()
{
    QCOMPARE(cli({ QStringLiteral("activities"), QStringLiteral("explode") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("pia"), QStringLiteral("add") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("processors"), QStringLiteral("add"), QStringLiteral("--signed"),
                     QStringLiteral("01/02/2025") })
                 .exitCode,
        2);
    QCOMPARE(cli({ QStringLiteral("activities"), QStringLiteral("add"), QStringLiteral("--people-ytd"),
                     QStringLiteral("-5") })
                 .exitCode,
        2);
}

void TestActivitiesCli::processorUpdateAndDisclosureLink()
{
    Run r = cli({ QStringLiteral("processors"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("Mail Relay Co"), QStringLiteral("--signed"), QStringLiteral("2025-06-01"),
        QStringLiteral("--next-review"), QStringLiteral("2026-09-01") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const int id = r.json().object().value(QStringLiteral("id")).toInt();
    QCOMPARE(r.json().object().value(QStringLiteral("next_review")).toString(), QStringLiteral("2026-09-01"));
    // update changes only what is given.
    r = cli({ QStringLiteral("processors"), QStringLiteral("update"), QStringLiteral("--id"), QString::number(id),
        QStringLiteral("--last-audit"), QStringLiteral("2026-01-15"), QStringLiteral("--next-review"),
        QStringLiteral("2027-01-15") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("Mail Relay Co"));
    QCOMPARE(r.json().object().value(QStringLiteral("last_audit")).toString(), QStringLiteral("2026-01-15"));
    QCOMPARE(r.json().object().value(QStringLiteral("next_review")).toString(), QStringLiteral("2027-01-15"));
    r = cli({ QStringLiteral("processors"), QStringLiteral("update"), QStringLiteral("--id"), QString::number(id),
        QStringLiteral("--next-review"), QStringLiteral("none") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.json().object().value(QStringLiteral("next_review")).isNull());
    // Refusals: the next review before the last audit, an unknown processor, a missing --id.
    r = cli({ QStringLiteral("processors"), QStringLiteral("update"), QStringLiteral("--id"), QString::number(id),
        QStringLiteral("--next-review"), QStringLiteral("2025-01-01") });
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("processors"), QStringLiteral("update"), QStringLiteral("--id"),
                     QStringLiteral("9999"), QStringLiteral("--name"), QStringLiteral("X") })
                 .exitCode,
        1);
    QCOMPARE(
        cli({ QStringLiteral("processors"), QStringLiteral("update"), QStringLiteral("--name"), QStringLiteral("X") })
            .exitCode,
        2);

    // A disclosure names the processor that received the data.
    const QStringList disclosure { QStringLiteral("disclosures"), QStringLiteral("add"), QStringLiteral("--kind"),
        QStringLiteral("sharing"), QStringLiteral("--basis"), QStringLiteral("consent"), QStringLiteral("--recipient"),
        QStringLiteral("Mail Relay Co"), QStringLiteral("--recipient-type"), QStringLiteral("processor"),
        QStringLiteral("--purpose"), QStringLiteral("Send replies"), QStringLiteral("--categories"),
        QStringLiteral("email"), QStringLiteral("--consent-record"), QStringLiteral("Form v3") };
    r = cli(disclosure + QStringList { QStringLiteral("--processor"), QString::number(id) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().object().value(QStringLiteral("processor")).toInt(), id);
    r = cli(disclosure + QStringList { QStringLiteral("--processor"), QStringLiteral("9999") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("9999"), r.err.constData());
    r = cli(disclosure + QStringList { QStringLiteral("--processor"), QStringLiteral("abc") });
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestActivitiesCli)
#include "tst_activities_cli.moc"
