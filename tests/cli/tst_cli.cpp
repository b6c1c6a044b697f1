#include "TestVault.h"

#include "storage/Statement.h"

#include <QFile>
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
    QJsonDocument json() const { return QJsonDocument::fromJson(out); }
};

QString rawKey(const char* seed)
{
    return QString::fromLatin1(VaultKey::rawFromSeed(seed).material().bytes());
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void helpAndVersion();
    void secretsNeverFromArguments();
    void initOpenCheckAndWrongPassphrase();
    void accounts();
    void verifyDetectsTampering();
    void backupRestoreAndPassphraseChange();
    void auditListCsvNeutralisesFormulas();
    void reportAboutInChinese();

private:
    Run cli(const QStringList& args, const QMap<QString, QString>& env = {}, const QByteArray& stdinData = {});
    QString vaultPath() const { return m_dir.filePath(QStringLiteral("cli.cdvault")); }
    void makeVault();

    QString m_cli;
    QTemporaryDir m_dir;
    QMap<QString, QString> m_env;
};

void TestCli::initTestCase()
{
    m_cli = qEnvironmentVariable("CD_BINARY_DIR") + QStringLiteral("/app/compliance-desk-cli");
    QVERIFY2(QFile::exists(m_cli), qPrintable(m_cli));
    m_env = { { QStringLiteral("CD_PASSPHRASE"), rawKey("cli-test") },
        { QStringLiteral("CD_PASSWORD"), QStringLiteral("admin-password") } };
}

Run TestCli::cli(const QStringList& args, const QMap<QString, QString>& env, const QByteArray& stdinData)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.remove(QStringLiteral("CD_PASSPHRASE"));
    e.remove(QStringLiteral("CD_PASSWORD"));
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        e.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(e);
    p.start(m_cli, args);
    p.waitForStarted();
    if (!stdinData.isNull()) {
        p.write(stdinData);
    }
    p.closeWriteChannel();
    p.waitForFinished(60000);
    return Run { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
        p.readAllStandardError() };
}

void TestCli::makeVault()
{
    if (QFile::exists(vaultPath())) {
        return;
    }
    const Run r = cli({ QStringLiteral("init"), QStringLiteral("--vault"), vaultPath(), QStringLiteral("--user"),
                          QStringLiteral("admin"), QStringLiteral("--display-name"), QStringLiteral("王芳") },
        m_env);
    QCOMPARE(r.exitCode, 0);
}

void TestCli::helpAndVersion()
{
    Run r = cli({ QStringLiteral("--version") });
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("Compliance Desk"));
    QVERIFY(r.out.contains("SQLCipher"));
    QVERIFY(r.out.contains("Vault format"));
    r = cli({ QStringLiteral("--help") });
    QCOMPARE(r.exitCode, 0);
    for (const char* command :
        { "init", "accounts", "verify", "backup", "restore", "change-passphrase", "audit", "report", "demo" }) {
        QVERIFY2(r.out.contains(command), command);
    }
    r = cli({ QStringLiteral("no-such-command") });
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("unknown command"));
    r = cli({});
    QCOMPARE(r.exitCode, 2);
}

void TestCli::secretsNeverFromArguments()
{
    // There is no option that takes a secret on the command line.
    Run r = cli({ QStringLiteral("open-check"), QStringLiteral("--vault"), vaultPath(), QStringLiteral("--passphrase"),
        QStringLiteral("secret") });
    QCOMPARE(r.exitCode, 2);
    // Without a file, the environment or a terminal, the CLI says where the passphrase must come from.
    makeVault();
    r = cli({ QStringLiteral("open-check"), QStringLiteral("--vault"), vaultPath() }, {}, QByteArray(""));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("CD_PASSPHRASE"));
    // A passphrase file works, and only its first line counts.
    const QString file = m_dir.filePath(QStringLiteral("pass.txt"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_env.value(QStringLiteral("CD_PASSPHRASE")).toUtf8() + "\nignored\n");
    f.close();
    r = cli({ QStringLiteral("open-check"), QStringLiteral("--vault"), vaultPath(), QStringLiteral("--passphrase-file"),
        file });
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("opens")).toBool(), true);
}

void TestCli::initOpenCheckAndWrongPassphrase()
{
    makeVault();
    Run r = cli({ QStringLiteral("open-check"), QStringLiteral("--vault"), vaultPath() }, m_env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("accounts")).toInt(), 1);
    auto wrong = m_env;
    wrong[QStringLiteral("CD_PASSPHRASE")] = rawKey("wrong");
    r = cli({ QStringLiteral("open-check"), QStringLiteral("--vault"), vaultPath() }, wrong);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("passphrase is wrong"));
    QVERIFY(r.out.isEmpty());
    // init refuses to overwrite.
    r = cli({ QStringLiteral("init"), QStringLiteral("--vault"), vaultPath(), QStringLiteral("--user"),
                QStringLiteral("x") },
        m_env);
    QVERIFY(r.exitCode != 0);
    // A short passphrase is refused for new vaults.
    auto weak = m_env;
    weak[QStringLiteral("CD_PASSPHRASE")] = QStringLiteral("short");
    r = cli({ QStringLiteral("init"), QStringLiteral("--vault"), m_dir.filePath(QStringLiteral("weak.cdvault")),
                QStringLiteral("--user"), QStringLiteral("x") },
        weak);
    QCOMPARE(r.exitCode, 2);
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("weak.cdvault"))));
}

void TestCli::accounts()
{
    makeVault();
    const QStringList base { QStringLiteral("--vault"), vaultPath(), QStringLiteral("--user"),
        QStringLiteral("admin") };
    auto env = m_env;
    env[QStringLiteral("CD_NEW_PASSWORD")] = QStringLiteral("auditor-password");
    Run r = cli(QStringList { QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("audrey"),
                    QStringLiteral("--role"), QStringLiteral("auditor") }
            + base,
        env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("role")).toString(), QStringLiteral("auditor"));
    r = cli(QStringList { QStringLiteral("accounts"), QStringLiteral("list") } + base, m_env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().array().size(), 2);
    // The auditor may not add accounts: exit 3 and a clear message.
    auto asAuditor = env;
    asAuditor[QStringLiteral("CD_PASSWORD")] = QStringLiteral("auditor-password");
    r = cli({ QStringLiteral("accounts"), QStringLiteral("add"), QStringLiteral("eve"), QStringLiteral("--vault"),
                vaultPath(), QStringLiteral("--user"), QStringLiteral("audrey") },
        asAuditor);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("Auditor"));
    // The last administrator cannot be disabled.
    r = cli(
        QStringList { QStringLiteral("accounts"), QStringLiteral("disable"), QStringLiteral("admin") } + base, m_env);
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("last active administrator"));
    r = cli(
        QStringList { QStringLiteral("accounts"), QStringLiteral("disable"), QStringLiteral("audrey") } + base, m_env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("active")).toBool(), false);
}

void TestCli::verifyDetectsTampering()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.cdvault"));
    QCOMPARE(cli({ QStringLiteral("init"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
                     QStringLiteral("admin") },
                 m_env)
                 .exitCode,
        0);
    const QStringList args { QStringLiteral("verify"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
        QStringLiteral("admin") };
    Run r = cli(args, m_env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.json().object().value(QStringLiteral("ok")).toBool());
    {
        auto v = Vault::open(path, VaultKey::rawFromSeed("cli-test"));
        QVERIFY(v);
        v.value()->db().exec("UPDATE audit_log SET actor = 'Mallory' WHERE id = 2");
    }
    r = cli(args, m_env);
    QCOMPARE(r.exitCode, 4);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("audit_chain_ok")).toBool(), false);
    QCOMPARE(o.value(QStringLiteral("audit_first_bad_entry")).toInt(), 2);
}

void TestCli::backupRestoreAndPassphraseChange()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("b.cdvault"));
    const QString backup = dir.filePath(QStringLiteral("b-backup.cdvault"));
    QCOMPARE(cli({ QStringLiteral("init"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
                     QStringLiteral("admin") },
                 m_env)
                 .exitCode,
        0);
    Run r = cli({ QStringLiteral("backup"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
                    QStringLiteral("admin"), QStringLiteral("--out"), backup },
        m_env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.json().object().value(QStringLiteral("checked")).toBool());
    QVERIFY(QFile::exists(backup));

    const QString newKeyFile = dir.filePath(QStringLiteral("new.txt"));
    QFile f(newKeyFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(rawKey("cli-new").toUtf8());
    f.close();
    r = cli({ QStringLiteral("change-passphrase"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
                QStringLiteral("admin"), QStringLiteral("--new-passphrase-file"), newKeyFile },
        m_env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("open-check"), QStringLiteral("--vault"), path }, m_env).exitCode, 3);
    auto newEnv = m_env;
    newEnv[QStringLiteral("CD_PASSPHRASE")] = rawKey("cli-new");
    QCOMPARE(cli({ QStringLiteral("open-check"), QStringLiteral("--vault"), path }, newEnv).exitCode, 0);

    // Restore the backup (old passphrase) over the vault.
    r = cli({ QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--vault"), path,
                QStringLiteral("--user"), QStringLiteral("admin") },
        m_env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(QFile::exists(path + QStringLiteral(".before-restore")));
    QCOMPARE(cli({ QStringLiteral("open-check"), QStringLiteral("--vault"), path }, m_env).exitCode, 0);
    QCOMPARE(cli({ QStringLiteral("verify"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
                     QStringLiteral("admin") },
                 m_env)
                 .exitCode,
        0);
}

void TestCli::auditListCsvNeutralisesFormulas()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.cdvault"));
    QCOMPARE(cli({ QStringLiteral("init"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
                     QStringLiteral("admin"), QStringLiteral("--display-name"), QStringLiteral("=HYPERLINK(\"x\")") },
                 m_env)
                 .exitCode,
        0);
    Run r = cli(
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
            QStringLiteral("admin"), QStringLiteral("--format"), QStringLiteral("csv") },
        m_env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("id,at,actor,action"));
    QVERIFY(r.out.contains("account.sign_in"));
    QVERIFY(!r.out.contains(",=HYPERLINK"));
    QVERIFY(r.out.contains("'=HYPERLINK"));
    r = cli(
        { QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
            QStringLiteral("admin"), QStringLiteral("--since"), QStringLiteral("not-a-date") },
        m_env);
    QCOMPARE(r.exitCode, 2);
}

void TestCli::reportAboutInChinese()
{
    makeVault();
    const QString pdf = m_dir.filePath(QStringLiteral("about.pdf"));
    Run r = cli({ QStringLiteral("report"), QStringLiteral("about"), QStringLiteral("--vault"), vaultPath(),
                    QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--lang"),
                    QStringLiteral("zh_CN"), QStringLiteral("--out"), pdf },
        m_env);
    QCOMPARE(r.exitCode, 0);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    QVERIFY(text.waitForFinished(30000));
    const QString content = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(content.contains(QStringLiteral("关于此加密数据库")), qPrintable(content.left(300)));
    QVERIFY(content.contains(QStringLiteral("王芳")));
    r = cli({ QStringLiteral("report"), QStringLiteral("about"), QStringLiteral("--vault"), vaultPath(),
                QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--lang"), QStringLiteral("fr"),
                QStringLiteral("--out"), pdf },
        m_env);
    QCOMPARE(r.exitCode, 2);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
