// `compliance-desk-cli incidents grade|grading|file-report|reports|report --kind|operator`, run as
// a script would run them. The grade contract: a JSON object whose `grade` is a severity key and
// whose `rule` names the threshold that decided it.
#include "TestVault.h"

#include <QFile>
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
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

} // namespace

class TestIncidentReportingCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void gradeContract_data();
    void gradeContract();
    void gradeUsageErrors_data();
    void gradeUsageErrors();
    void reportingLifecycle();

private:
    Run cli(const QStringList& args, bool withVault = true);
    std::unique_ptr<TestVault> m_vault;
    QTemporaryDir m_dir;
    QString m_cli;
};

void TestIncidentReportingCli::initTestCase()
{
    m_cli = qEnvironmentVariable("CD_BINARY_DIR") + QStringLiteral("/app/compliance-desk-cli");
    QVERIFY2(QFileInfo::exists(m_cli), qPrintable(m_cli));
    m_vault = std::make_unique<TestVault>();
    m_vault->close();
}

Run TestIncidentReportingCli::cli(const QStringList& args, bool withVault)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CD_PASSPHRASE"), QString::fromLatin1(TestVault::key().material().bytes()));
    env.insert(QStringLiteral("CD_PASSWORD"), TestVault::adminPassword());
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    QStringList full = args;
    if (withVault) {
        full << QStringLiteral("--vault") << m_vault->path() << QStringLiteral("--user") << QStringLiteral("admin");
    }
    p.start(m_cli, full);
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

void TestIncidentReportingCli::gradeContract_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("grade");
    QTest::addColumn<QString>("rule");
    const auto people = [](const char* n) {
        return QStringList { QStringLiteral("--people"), QString::fromLatin1(n) };
    };
    QTest::newRow("999,999") << people("999999") << QStringLiteral("general") << QStringLiteral("below_thresholds");
    QTest::newRow("1,000,000") << people("1000000") << QStringLiteral("relatively_serious")
                               << QStringLiteral("people_1m");
    QTest::newRow("10,000,000") << people("10000000") << QStringLiteral("major") << QStringLiteral("people_10m");
    QTest::newRow("100,000,000") << people("100000000") << QStringLiteral("especially_major")
                                 << QStringLiteral("people_100m");
    QTest::newRow("sensitive 9,999") << people("9999")
            + QStringList { QStringLiteral("--sensitive-people"), QStringLiteral("9999") }
                                     << QStringLiteral("general") << QStringLiteral("below_thresholds");
    QTest::newRow("sensitive 10,000") << people("10000")
            + QStringList { QStringLiteral("--sensitive-people"), QStringLiteral("10000") }
                                      << QStringLiteral("general") << QStringLiteral("below_thresholds");
    QTest::newRow("loss 4,999,999") << people("0")
            + QStringList { QStringLiteral("--loss-yuan"), QStringLiteral("4999999") }
                                    << QStringLiteral("general") << QStringLiteral("below_thresholds");
    QTest::newRow("loss 5,000,000") << people("0")
            + QStringList { QStringLiteral("--loss-yuan"), QStringLiteral("5000000") }
                                    << QStringLiteral("relatively_serious") << QStringLiteral("loss_5m_yuan");
    QTest::newRow("loss 20,000,000") << people("5")
            + QStringList { QStringLiteral("--loss-yuan"), QStringLiteral("20000000") }
                                     << QStringLiteral("major") << QStringLiteral("loss_20m_yuan");
    QTest::newRow("loss 100,000,000 with json") << people("5")
            + QStringList { QStringLiteral("--loss-yuan"), QStringLiteral("100000000"), QStringLiteral("--format"),
                  QStringLiteral("json") } << QStringLiteral("especially_major")
                                                << QStringLiteral("loss_100m_yuan");
}

void TestIncidentReportingCli::gradeContract()
{
    QFETCH(QStringList, args);
    QFETCH(QString, grade);
    QFETCH(QString, rule);
    // No vault needed: the assistant grades facts.
    const Run r = cli(QStringList { QStringLiteral("incidents"), QStringLiteral("grade") } + args, false);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(doc.isObject());
    QCOMPARE(doc.object().value(QStringLiteral("grade")).toString(), grade);
    QCOMPARE(doc.object().value(QStringLiteral("rule")).toString(), rule);
}

void TestIncidentReportingCli::gradeUsageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no people") << QStringList {};
    QTest::newRow("negative") << QStringList { QStringLiteral("--people"), QStringLiteral("-1") };
    QTest::newRow("not a number") << QStringList { QStringLiteral("--people"), QStringLiteral("1e6") };
    QTest::newRow("sensitive above people") << QStringList { QStringLiteral("--people"), QStringLiteral("5"),
        QStringLiteral("--sensitive-people"), QStringLiteral("6") };
    QTest::newRow("bad loss") << QStringList { QStringLiteral("--people"), QStringLiteral("5"),
        QStringLiteral("--loss-yuan"), QStringLiteral("¥5,000,000") };
}

void TestIncidentReportingCli::gradeUsageErrors()
{
    QFETCH(QStringList, args);
    const Run r = cli(QStringList { QStringLiteral("incidents"), QStringLiteral("grade") } + args, false);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.out.isEmpty());
    QVERIFY(!r.err.isEmpty());
}

void TestIncidentReportingCli::reportingLifecycle()
{
    Run r = cli({ QStringLiteral("incidents"), QStringLiteral("operator"), QStringLiteral("--operator-type"),
        QStringLiteral("state_organ"), QStringLiteral("--operator-name"), QStringLiteral("Vivest Medical") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("hours")).toInt(), 2);
    QCOMPARE(r.json().value(QStringLiteral("operator_type")).toString(), QStringLiteral("state_organ"));

    r = cli({ QStringLiteral("incidents"), QStringLiteral("add"), QStringLiteral("--title"),
        QStringLiteral("Portal leak"), QStringLiteral("--severity"), QStringLiteral("general"),
        QStringLiteral("--people"), QStringLiteral("1000000"), QStringLiteral("--categories"), QStringLiteral("name"),
        QStringLiteral("--description"), QStringLiteral("Export exposed"), QStringLiteral("--harm"),
        QStringLiteral("Phishing"), QStringLiteral("--measures"), QStringLiteral("Closed") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString id = QString::number(r.json().value(QStringLiteral("id")).toInt());

    // Without --severity the incident takes the proposed grade.
    r = cli({ QStringLiteral("incidents"), QStringLiteral("grading"), id, QStringLiteral("--systems"),
        QStringLiteral("Portal"), QStringLiteral("--place"), QStringLiteral("Shanghai"), QStringLiteral("--effect"),
        QStringLiteral("Stopped"), QStringLiteral("--crime-suspected") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("grade")).toString(), QStringLiteral("relatively_serious"));
    QCOMPARE(r.json().value(QStringLiteral("rule")).toString(), QStringLiteral("people_1m"));
    QCOMPARE(r.json().value(QStringLiteral("report_clock")).toString(), QStringLiteral("running"));

    // An override without a reason is refused.
    r = cli({ QStringLiteral("incidents"), QStringLiteral("grading"), id, QStringLiteral("--severity"),
        QStringLiteral("general") });
    QCOMPARE(r.exitCode, 2); // invalid input
    QVERIFY2(r.err.contains("reason"), r.err.constData());

    // The report document names what is missing.
    const QString pdf = m_dir.filePath(QStringLiteral("first.pdf"));
    r = cli({ QStringLiteral("incidents"), QStringLiteral("report"), id, QStringLiteral("--kind"),
        QStringLiteral("initial"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--out"), pdf });
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.contains("contact person"), r.err.constData());
    QVERIFY(!QFileInfo::exists(pdf));
    r = cli({ QStringLiteral("incidents"), QStringLiteral("grading"), id, QStringLiteral("--contact"),
        QStringLiteral("Security desk"), QStringLiteral("--police-date"), QStringLiteral("2026-01-02"),
        QStringLiteral("--police-case"), QStringLiteral("SH-2026-7") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("police_case_number")).toString(), QStringLiteral("SH-2026-7"));
    r = cli({ QStringLiteral("incidents"), QStringLiteral("report"), id, QStringLiteral("--kind"),
        QStringLiteral("initial"), QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--out"), pdf });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QFile f(pdf);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.read(5) == "%PDF-");

    // Dated reports: supplementary before first refused, then first and supplementary.
    r = cli({ QStringLiteral("incidents"), QStringLiteral("file-report"), id, QStringLiteral("--kind"),
        QStringLiteral("supplementary"), QStringLiteral("--regulator"), QStringLiteral("Ministry"),
        QStringLiteral("--by"), QStringLiteral("Officer") });
    QCOMPARE(r.exitCode, 1);
    r = cli({ QStringLiteral("incidents"), QStringLiteral("file-report"), id, QStringLiteral("--kind"),
        QStringLiteral("initial"), QStringLiteral("--regulator"), QStringLiteral("Ministry"), QStringLiteral("--by"),
        QStringLiteral("Officer") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("report_clock")).toString(), QStringLiteral("reported_in_time"));
    r = cli({ QStringLiteral("incidents"), QStringLiteral("reports"), id });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.json().value(QStringLiteral("reports")).toArray().size(), 1);
    QCOMPARE(
        r.json().value(QStringLiteral("final_report_clock")).toString(), QStringLiteral("awaiting_end_of_handling"));
    r = cli({ QStringLiteral("incidents"), QStringLiteral("report"), id, QStringLiteral("--kind"),
        QStringLiteral("bad"), QStringLiteral("--out"), pdf });
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestIncidentReportingCli)
#include "tst_incidentreporting_cli.moc"
