// `compliance-desk-cli audits …`, run as a script would run it: a whole round trip from planning
// an audit to its printed report, the officer and evidence expiry, and the usage errors.
#include "TestVault.h"

#include <QDate>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTest>

using namespace cd;
using namespace cd::test;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonObject object() const { return QJsonDocument::fromJson(out).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(out).array(); }
};

QString day(int offset)
{
    return QDate::currentDate().addDays(offset).toString(Qt::ISODate);
}

} // namespace

class TestAuditsCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTrip();
    void officerScheduleAndEvidence();
    void usageErrorsAndRefusals();

private:
    Run cli(const QStringList& args, const QString& user = QStringLiteral("admin"),
        const QString& password = TestVault::adminPassword());
    std::unique_ptr<TestVault> m_vault;
    QString m_cli;
};

void TestAuditsCli::initTestCase()
{
    m_cli = qEnvironmentVariable("CD_BINARY_DIR") + QStringLiteral("/app/compliance-desk-cli");
    QVERIFY2(QFileInfo::exists(m_cli), qPrintable(m_cli));
    m_vault = std::make_unique<TestVault>();
    m_vault->signInAs(Role::Staff, QStringLiteral("clerk"));
    m_vault->close();
}

Run TestAuditsCli::cli(const QStringList& args, const QString& user, const QString& password)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CD_PASSPHRASE"), QString::fromLatin1(TestVault::key().material().bytes()));
    env.insert(QStringLiteral("CD_PASSWORD"), password);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(m_cli, args + QStringList { QStringLiteral("--vault"), m_vault->path(), QStringLiteral("--user"), user });
    if (!p.waitForFinished(60000)) {
        p.kill();
        return {};
    }
    return { p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError() };
}

void TestAuditsCli::roundTrip()
{
    Run r = cli({ QStringLiteral("audits"), QStringLiteral("list") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.array().size(), 0);
    r = cli({ QStringLiteral("audits"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("ordered"),
        QStringLiteral("--scope"), QStringLiteral("Website contact form"), QStringLiteral("--auditor-kind"),
        QStringLiteral("external"), QStringLiteral("--auditor"), QStringLiteral("Example Institution"),
        QStringLiteral("--ordered-by"), QStringLiteral("省网信办"), QStringLiteral("--ordered-on"), day(-20),
        QStringLiteral("--due"), day(40) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const int audit = r.object().value(QStringLiteral("id")).toInt();
    QVERIFY(audit > 0);
    QCOMPARE(r.object().value(QStringLiteral("kind")).toString(), QStringLiteral("ordered"));
    QCOMPARE(r.object().value(QStringLiteral("due_on")).toString(), day(40));

    r = cli({ QStringLiteral("audits"), QStringLiteral("finding-add"), QString::number(audit),
        QStringLiteral("--title"), QStringLiteral("CLI-FINDING"), QStringLiteral("--owner"), QStringLiteral("IT"),
        QStringLiteral("--due"), day(-1) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const int finding = r.object().value(QStringLiteral("id")).toInt();
    QCOMPARE(r.object().value(QStringLiteral("overdue")).toBool(), true);
    r = cli({ QStringLiteral("audits"), QStringLiteral("show"), QString::number(audit) });
    QCOMPARE(r.object().value(QStringLiteral("open_findings")).toInt(), 1);
    r = cli({ QStringLiteral("dashboard") });
    QCOMPARE(r.exitCode, 4); // something is late: the overdue finding
    QVERIFY2(r.out.contains("\"audit_finding\""), r.out.constData());

    r = cli({ QStringLiteral("audits"), QStringLiteral("finding-close"), QString::number(finding) });
    QCOMPARE(r.exitCode, 2); // no evidence
    r = cli({ QStringLiteral("audits"), QStringLiteral("finding-close"), QString::number(finding),
        QStringLiteral("--evidence"), QStringLiteral("Fixed in release 2.1") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("closed"));
    r = cli({ QStringLiteral("audits"), QStringLiteral("update"), QString::number(audit), QStringLiteral("--status"),
        QStringLiteral("completed"), QStringLiteral("--started"), day(-10), QStringLiteral("--ended"), day(0) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(QStringLiteral("open_findings")).toInt(), 0);
    QCOMPARE(r.object().value(QStringLiteral("status")).toString(), QStringLiteral("completed"));

    r = cli({ QStringLiteral("audits"), QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.startsWith("id,kind,scope"));

    if (QStandardPaths::findExecutable(QStringLiteral("pdftotext")).isEmpty()) {
        QSKIP("pdftotext is not installed");
    }
    for (const QString& lang : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        const QString pdf = m_vault->dir() + QStringLiteral("/audit-") + lang + QStringLiteral(".pdf");
        r = cli({ QStringLiteral("audits"), QStringLiteral("report"), QString::number(audit), QStringLiteral("--out"),
            pdf, QStringLiteral("--lang"), lang });
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(r.object().value(QStringLiteral("language")).toString(), lang);
        QProcess p;
        p.start(
            QStringLiteral("pdftotext"), { QStringLiteral("-enc"), QStringLiteral("UTF-8"), pdf, QStringLiteral("-") });
        QVERIFY(p.waitForFinished(60000));
        const QString text = QString::fromUtf8(p.readAllStandardOutput())
                                 .normalized(QString::NormalizationForm_KC)
                                 .remove(QLatin1Char(' '))
                                 .remove(QLatin1Char('\n'));
        QVERIFY2(text.contains(QStringLiteral("CLI-FINDING")), qPrintable(text));
        QVERIFY(text.contains(
            lang == QLatin1String("zh_CN") ? QStringLiteral("合规审计") : QStringLiteral("complianceaudit")));
    }
}

void TestAuditsCli::officerScheduleAndEvidence()
{
    Run r = cli({ QStringLiteral("audits"), QStringLiteral("officer") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(QStringLiteral("required")).toBool(), false);
    r = cli({ QStringLiteral("audits"), QStringLiteral("officer"), QStringLiteral("--name"), QStringLiteral("王敏"),
        QStringLiteral("--contact"), QStringLiteral("dpo@vivest.cn") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(QStringLiteral("name")).toString(), QStringLiteral("王敏"));

    r = cli({ QStringLiteral("audits"), QStringLiteral("schedule"), QStringLiteral("--cycle-months"),
        QStringLiteral("12") });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(QStringLiteral("cycle_months")).toInt(), 12);
    QCOMPARE(r.object().value(QStringLiteral("rule")).toString(), QStringLiteral("office_cycle"));

    r = cli({ QStringLiteral("iso"), QStringLiteral("list") }); // creates the catalogue if needed
    r = cli({ QStringLiteral("audits"), QStringLiteral("evidence"), QStringLiteral("--target"),
        QStringLiteral("control"), QStringLiteral("--record"), QStringLiteral("5.1"), QStringLiteral("--owner"),
        QStringLiteral("CISO"), QStringLiteral("--expires"), day(30) });
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.object().value(QStringLiteral("state")).toString(), QStringLiteral("due_soon"));
    r = cli({ QStringLiteral("audits"), QStringLiteral("evidence") });
    QCOMPARE(r.array().size(), 1);
    r = cli({ QStringLiteral("dashboard") });
    QVERIFY2(r.out.contains("\"evidence_expiry\""), r.out.constData());
}

void TestAuditsCli::usageErrorsAndRefusals()
{
    QCOMPARE(cli({ QStringLiteral("audits"), QStringLiteral("explode") }).exitCode, 2);
    QCOMPARE(
        cli({ QStringLiteral("audits"), QStringLiteral("add"), QStringLiteral("--kind"), QStringLiteral("yearly") })
            .exitCode,
        2);
    QCOMPARE(cli({ QStringLiteral("audits"), QStringLiteral("add"), QStringLiteral("--scope"), QStringLiteral("S"),
                     QStringLiteral("--due"), QStringLiteral("31/12/2026") })
                 .exitCode,
        2);
    QCOMPARE(cli({ QStringLiteral("audits"), QStringLiteral("show"), QStringLiteral("x") }).exitCode, 2);
    QCOMPARE(cli({ QStringLiteral("audits"), QStringLiteral("show"), QStringLiteral("999") }).exitCode, 1);
    QCOMPARE(cli({ QStringLiteral("audits"), QStringLiteral("report"), QStringLiteral("1") }).exitCode, 2);
    // Staff may not name the officer (a vault setting).
    const Run refused = cli({ QStringLiteral("audits"), QStringLiteral("officer"), QStringLiteral("--name"),
                                QStringLiteral("X"), QStringLiteral("--contact"), QStringLiteral("Y") },
        QStringLiteral("clerk"), QStringLiteral("password-123"));
    QCOMPARE(refused.exitCode, 3);
}

QTEST_GUILESS_MAIN(TestAuditsCli)
#include "tst_audits_cli.moc"
