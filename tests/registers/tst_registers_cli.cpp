// The registers commands of compliance-desk-cli, run as a user would run them.
#include "TestVault.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestRegistersCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void disclosureRefusedWithoutBasis();
    void disclosuresAddAndList();
    void incidentLifecycle();
    void reportsAndLetters();
    void regulatorRule();
    void usageErrors_data();
    void usageErrors();

private:
    Run cli(const QStringList& args);
    std::unique_ptr<TestVault> m_vault;
    QString m_cli;
};

void TestRegistersCli::initTestCase()
{
    m_cli = qEnvironmentVariable("CD_BINARY_DIR") + QStringLiteral("/app/compliance-desk-cli");
    QVERIFY2(QFileInfo::exists(m_cli), qPrintable(m_cli));
    m_vault = std::make_unique<TestVault>();
    m_vault->close();
}

Run TestRegistersCli::cli(const QStringList& args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CD_PASSPHRASE"), QString::fromLatin1(TestVault::key().material().bytes()));
    env.insert(QStringLiteral("CD_PASSWORD"), TestVault::adminPassword());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QStringList full = args;
    full << QStringLiteral("--vault") << m_vault->path() << QStringLiteral("--user") << QStringLiteral("admin");
    p.start(m_cli, full);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

void TestRegistersCli::disclosureRefusedWithoutBasis()
{
    const QStringList base { QStringLiteral("disclosures"), QStringLiteral("add"), QStringLiteral("--kind"),
        QStringLiteral("sharing"), QStringLiteral("--recipient"), QStringLiteral("Swift Parcel"),
        QStringLiteral("--purpose"), QStringLiteral("Delivery"), QStringLiteral("--categories"),
        QStringLiteral("name,phone") };
    Run r = cli(base);
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains("legal basis"));
    r = cli(base
        + QStringList { QStringLiteral("--basis"), QStringLiteral("government"), QStringLiteral("--authority"),
            QStringLiteral("City bureau") });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("document number"), r.err.constData());
    r = cli({ QStringLiteral("disclosures"), QStringLiteral("list") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
}

void TestRegistersCli::disclosuresAddAndList()
{
    Run r = cli({ QStringLiteral("disclosures"), QStringLiteral("add"), QStringLiteral("--kind"),
        QStringLiteral("transfer"), QStringLiteral("--basis"), QStringLiteral("judicial"), QStringLiteral("--court"),
        QStringLiteral("District court"), QStringLiteral("--case-number"), QStringLiteral("(2026) 9"),
        QStringLiteral("--recipient"), QStringLiteral("District court"), QStringLiteral("--recipient-type"),
        QStringLiteral("court"), QStringLiteral("--purpose"), QStringLiteral("Court order"),
        QStringLiteral("--categories"), QStringLiteral("name,email"), QStringLiteral("--people"), QStringLiteral("1"),
        QStringLiteral("--date"), QStringLiteral("2026-02-03"), QStringLiteral("--link"),
        QStringLiteral("submission:12") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject added = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(added.value(QStringLiteral("basis")).toString(), QStringLiteral("judicial"));
    QCOMPARE(added.value(QStringLiteral("links")).toArray().size(), 1);
    r = cli(
        { QStringLiteral("disclosures"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("\xEF\xBB\xBF") || r.out.startsWith("No."));
    QVERIFY(r.out.contains("(2026) 9"));
    QCOMPARE(r.out.count('\n'), 2);
    r = cli({ QStringLiteral("disclosures"), QStringLiteral("list"), QStringLiteral("--basis"),
        QStringLiteral("consent") });
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 0);
}

void TestRegistersCli::incidentLifecycle()
{
    const QString discovered = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
    Run r = cli({ QStringLiteral("incidents"), QStringLiteral("add"), QStringLiteral("--title"),
        QStringLiteral("Exported contact list"), QStringLiteral("--severity"), QStringLiteral("major"),
        QStringLiteral("--discovered"), discovered, QStringLiteral("--categories"), QStringLiteral("name,phone"),
        QStringLiteral("--people"), QStringLiteral("250"), QStringLiteral("--description"),
        QStringLiteral("A list was exported"), QStringLiteral("--harm"), QStringLiteral("Scam calls"),
        QStringLiteral("--measures"), QStringLiteral("Account frozen") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonObject o = QJsonDocument::fromJson(r.out).object();
    const QString id = QString::number(o.value(QStringLiteral("id")).toInt());
    QCOMPARE(o.value(QStringLiteral("regulator_clock")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("running"));
    QCOMPARE(o.value(QStringLiteral("missing_notice_elements")).toArray().size(), 2); // advice, remedies

    r = cli({ QStringLiteral("incidents"), QStringLiteral("list"), QStringLiteral("--pending-report") });
    QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1);
    r = cli({ QStringLiteral("incidents"), QStringLiteral("transition"), id, QStringLiteral("contained") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = cli({ QStringLiteral("incidents"), QStringLiteral("notify"), id, QStringLiteral("--channel"),
        QStringLiteral("announcement"), QStringLiteral("--by"), QStringLiteral("Comms") });
    QVERIFY(r.exitCode != 0);
    QVERIFY(r.err.contains("reason"));
    r = cli({ QStringLiteral("incidents"), QStringLiteral("notify"), id, QStringLiteral("--channel"),
        QStringLiteral("email"), QStringLiteral("--people"), QStringLiteral("250"), QStringLiteral("--by"),
        QStringLiteral("Support"), QStringLiteral("--regulator"), QStringLiteral("Provincial CAC"),
        QStringLiteral("--reference"), QStringLiteral("CAC-1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(QStringLiteral("regulator_clock")).toObject().value(QStringLiteral("state")).toString(),
        QStringLiteral("reported_in_time"));
    QCOMPARE(o.value(QStringLiteral("notifications")).toArray().size(), 1);
    // Advice and remedies are still empty: "notified" is refused and says what is missing.
    r = cli({ QStringLiteral("incidents"), QStringLiteral("transition"), id, QStringLiteral("notified") });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("what individuals can do") && r.err.contains("remedies"), r.err.constData());
    r = cli({ QStringLiteral("incidents"), QStringLiteral("show"), id });
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("status")).toString(),
        QStringLiteral("contained"));
    r = cli({ QStringLiteral("incidents"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--status"), QStringLiteral("contained") });
    QVERIFY(r.out.contains("Exported contact list"));
}

void TestRegistersCli::reportsAndLetters()
{
    QTemporaryDir dir;
    Run r = cli({ QStringLiteral("incidents"), QStringLiteral("report"), QStringLiteral("--lang"), QStringLiteral("en"),
        QStringLiteral("--out"), dir.filePath(QStringLiteral("register.pdf")) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(readFile(dir.filePath(QStringLiteral("register.pdf"))).startsWith("%PDF"));
    r = cli({ QStringLiteral("disclosures"), QStringLiteral("report"), QStringLiteral("--out"),
        dir.filePath(QStringLiteral("d.csv")), QStringLiteral("--lang"), QStringLiteral("en") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(readFile(dir.filePath(QStringLiteral("d.csv"))).contains("Kind: Transfer,1"));
    // A letter is refused while the notice is incomplete.
    r = cli({ QStringLiteral("incidents"), QStringLiteral("letter"), QStringLiteral("1"), QStringLiteral("--out"),
        dir.filePath(QStringLiteral("l.pdf")) });
    QVERIFY(r.exitCode != 0);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("l.pdf"))));
    r = cli({ QStringLiteral("incidents"), QStringLiteral("report"), QStringLiteral("1"), QStringLiteral("--out"),
        dir.filePath(QStringLiteral("one.pdf")) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("pages")).toInt() >= 1);
}

void TestRegistersCli::regulatorRule()
{
    Run r = cli({ QStringLiteral("incidents"), QStringLiteral("rule") });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("hours")).toInt(), 4);
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("threshold")).toString(),
        QStringLiteral("relatively_serious"));
    r = cli({ QStringLiteral("incidents"), QStringLiteral("rule"), QStringLiteral("--hours"), QStringLiteral("0") });
    QVERIFY(r.exitCode != 0);
    r = cli({ QStringLiteral("incidents"), QStringLiteral("rule"), QStringLiteral("--hours"), QStringLiteral("2"),
        QStringLiteral("--severity"), QStringLiteral("major") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("hours")).toInt(), 2);
    r = cli({ QStringLiteral("incidents"), QStringLiteral("rule"), QStringLiteral("--hours"), QStringLiteral("4"),
        QStringLiteral("--severity"), QStringLiteral("relatively_serious") });
    QCOMPARE(r.exitCode, 0);
}

void TestRegistersCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no action") << QStringList { QStringLiteral("incidents") };
    QTest::newRow("unknown action") << QStringList { QStringLiteral("disclosures"), QStringLiteral("delete-all") };
    QTest::newRow("bad date") << QStringList { QStringLiteral("disclosures"), QStringLiteral("list"),
        QStringLiteral("--from"), QStringLiteral("31/12/2026") };
    QTest::newRow("bad severity") << QStringList { QStringLiteral("incidents"), QStringLiteral("list"),
        QStringLiteral("--severity"), QStringLiteral("huge") };
    QTest::newRow("show without id") << QStringList { QStringLiteral("incidents"), QStringLiteral("show") };
    QTest::newRow("bad id") << QStringList { QStringLiteral("incidents"), QStringLiteral("show"),
        QStringLiteral("1;DROP") };
    QTest::newRow("bad status") << QStringList { QStringLiteral("incidents"), QStringLiteral("transition"),
        QStringLiteral("1"), QStringLiteral("solved") };
    QTest::newRow("bad lang") << QStringList { QStringLiteral("incidents"), QStringLiteral("report"),
        QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--out"), QStringLiteral("x.pdf") };
}

void TestRegistersCli::usageErrors()
{
    QFETCH(QStringList, args);
    const Run r = cli(args);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("error:"));
    QVERIFY(r.out.isEmpty());
}

QTEST_GUILESS_MAIN(TestRegistersCli)
#include "tst_registers_cli.moc"
