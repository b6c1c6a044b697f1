#include "TestVault.h"

#include "access/PasswordHash.h"
#include "accounts/AccountService.h"
#include "storage/Statement.h"
#include "submissions/Submission.h"
#include "util/Clock.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <fcntl.h>
#include <stdlib.h>
#include <termios.h>
#include <unistd.h>

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
    void bulkExportNeedsPermissionAndIsAudited();
    void restoreNeedsAnAdministrator();
    void typedRawKeyIsRefused();
    void anchorWarnsAboutATruncatedLog();
    void changePassphraseAsksTwice();

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
        if (it.value().isNull()) {
            e.remove(it.key()); // a null value takes the variable away
        } else {
            e.insert(it.key(), it.value());
        }
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

    // Restore the backup (old passphrase) over the vault, signed in to the vault (new passphrase).
    auto restoreEnv = newEnv;
    restoreEnv[QStringLiteral("CD_BACKUP_PASSPHRASE")] = rawKey("cli-test");
    const QByteArray backupBytes = readFile(backup);
    r = cli({ QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--vault"), path,
                QStringLiteral("--user"), QStringLiteral("admin") },
        restoreEnv);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(readFile(backup), backupBytes);
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

namespace {

// A vault with an administrator, a staff member, an auditor and 250 contact submissions.
QString makePeopleVault(const QString& dir)
{
    const QString path = dir + QStringLiteral("/people.cdvault");
    PasswordHash::setDefaultIterations(1000); // accounts sign in quickly; the KDF is not under test
    auto v = Vault::create(path, VaultKey::rawFromSeed("cli-test"),
        NewAccount {
            QStringLiteral("admin"), QStringLiteral("Admin"), QStringLiteral("admin-password"), Role::Administrator });
    if (!v) {
        return {};
    }
    AccountService accounts(*v.value());
    accounts.add(
        NewAccount { QStringLiteral("sam"), QStringLiteral("Sam"), QStringLiteral("staff-password"), Role::Staff });
    accounts.add(NewAccount {
        QStringLiteral("audrey"), QStringLiteral("Audrey"), QStringLiteral("auditor-password"), Role::Auditor });
    submissions::SubmissionService service(*v.value());
    for (int i = 0; i < 250; ++i) {
        submissions::Submission sub;
        sub.receivedAt = Clock::nowUtc();
        sub.name = QStringLiteral("客户%1").arg(i);
        sub.phone = QStringLiteral("+86 138%1").arg(i, 8, 10, QLatin1Char('0'));
        if (!service.create(sub)) {
            return {};
        }
    }
    v.value()->close();
    return path;
}

} // namespace

void TestCli::bulkExportNeedsPermissionAndIsAudited()
{
    QTemporaryDir dir;
    const QString path = makePeopleVault(dir.path());
    QVERIFY(!path.isEmpty());
    const QStringList dump { QStringLiteral("submissions"), QStringLiteral("list"), QStringLiteral("--vault"), path,
        QStringLiteral("--limit"), QStringLiteral("1000000"), QStringLiteral("--format"), QStringLiteral("csv"),
        QStringLiteral("--user") };
    const QList<QPair<QString, QString>> refused { { QStringLiteral("sam"), QStringLiteral("staff-password") },
        { QStringLiteral("audrey"), QStringLiteral("auditor-password") } };
    for (const auto& [user, password] : refused) {
        auto env = m_env;
        env[QStringLiteral("CD_PASSWORD")] = password;
        Run r = cli(dump + QStringList { user }, env);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains("export personal data"), r.err.constData());
        QVERIFY(r.out.isEmpty());
        // A screen of JSON is reading, not exporting.
        r = cli({ QStringLiteral("submissions"), QStringLiteral("list"), QStringLiteral("--vault"), path,
                    QStringLiteral("--limit"), QStringLiteral("20"), QStringLiteral("--user"), user },
            env);
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.json().array().size(), 20);
        // More than a screen is an export, in any format.
        r = cli({ QStringLiteral("submissions"), QStringLiteral("list"), QStringLiteral("--vault"), path,
                    QStringLiteral("--limit"), QStringLiteral("201"), QStringLiteral("--user"), user },
            env);
        QCOMPARE(r.exitCode, 3);
    }
    Run r = cli(dump + QStringList { QStringLiteral("admin") }, m_env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count("\r\n"), 251);
    // The phone numbers leave as they are: the CSV guard marks them, it does not lose them.
    QVERIFY(r.out.contains("+86 13800000007"));
    // One audit entry: who, which filter, how many rows, which format; no values.
    auto v = Vault::open(path, VaultKey::rawFromSeed("cli-test"));
    QVERIFY(v);
    Statement s(v.value()->db(), "SELECT actor, detail FROM audit_log WHERE action = 'submission.export'");
    QVERIFY(s.next());
    QCOMPARE(s.text(0), QStringLiteral("Admin"));
    QVERIFY2(s.text(1).contains(QLatin1String("rows=250")) && s.text(1).contains(QLatin1String("format=csv")),
        qPrintable(s.text(1)));
    QVERIFY(!s.text(1).contains(QLatin1String("138")));
    QVERIFY(!s.next());
}

void TestCli::restoreNeedsAnAdministrator()
{
    QTemporaryDir dir;
    const QString path = makePeopleVault(dir.path());
    QVERIFY(!path.isEmpty());
    const QString backup = dir.filePath(QStringLiteral("people-backup.cdvault"));
    QCOMPARE(cli({ QStringLiteral("backup"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
                     QStringLiteral("admin"), QStringLiteral("--out"), backup },
                 m_env)
                 .exitCode,
        0);
    auto staff = m_env;
    staff[QStringLiteral("CD_PASSWORD")] = QStringLiteral("staff-password");
    Run r = cli({ QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--vault"), path,
                    QStringLiteral("--user"), QStringLiteral("sam") },
        staff);
    QCOMPARE(r.exitCode, 3);
    QVERIFY(r.err.contains("change vault settings"));
    QVERIFY(!QFile::exists(path + QStringLiteral(".before-restore")));
    // Without a sign-in there is no restore at all.
    r = cli({ QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--vault"), path }, m_env);
    QCOMPARE(r.exitCode, 2);
    r = cli({ QStringLiteral("restore"), QStringLiteral("--backup"), backup, QStringLiteral("--vault"), path,
                QStringLiteral("--user"), QStringLiteral("admin") },
        m_env);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(QFile::exists(path + QStringLiteral(".before-restore")));
}

void TestCli::typedRawKeyIsRefused()
{
    QTemporaryDir dir;
    auto typed = m_env;
    typed[QStringLiteral("CD_ALLOW_RAW_KEY")] = QString(); // as a user's shell would have it
    Run r = cli({ QStringLiteral("init"), QStringLiteral("--vault"), dir.filePath(QStringLiteral("raw.cdvault")),
                    QStringLiteral("--user"), QStringLiteral("admin") },
        typed);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("x'"), r.err.constData());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("raw.cdvault"))));
    // Opening a vault that has a raw key still works with it: that grants nothing new.
    makeVault();
    QCOMPARE(cli({ QStringLiteral("open-check"), QStringLiteral("--vault"), vaultPath() }, typed).exitCode, 0);
}

void TestCli::anchorWarnsAboutATruncatedLog()
{
    QTemporaryDir dir;
    const QString path = makePeopleVault(dir.path());
    QVERIFY(!path.isEmpty());
    const QStringList verify { QStringLiteral("verify"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
        QStringLiteral("admin") };
    Run r = cli(verify, m_env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.err.contains("warning"));
    QCOMPARE(r.json().object().value(QStringLiteral("audit_anchor")).toString(), QStringLiteral("none"));
    r = cli(verify, m_env);
    QCOMPARE(r.json().object().value(QStringLiteral("audit_anchor")).toString(), QStringLiteral("ok"));
    {
        // Someone with the passphrase cuts the log's tail and fixes up its recorded head.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        const QByteArray key = VaultKey::rawFromSeed("cli-test").material().bytes();
        QCOMPARE(sqlite3_key(db, key.constData(), int(key.size())), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, "PRAGMA cipher_page_size = 4096", nullptr, nullptr, nullptr), SQLITE_OK);
        const char* sql = "DELETE FROM audit_log WHERE id > (SELECT max(id) FROM audit_log) - 5;"
                          "UPDATE meta SET value = (SELECT count(*) FROM audit_log) WHERE key = 'audit_count';"
                          "UPDATE meta SET value = (SELECT lower(hex(hash)) FROM audit_log ORDER BY id DESC LIMIT 1) "
                          "WHERE key = 'audit_head';";
        QCOMPARE(sqlite3_exec(db, sql, nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    r = cli({ QStringLiteral("open-check"), QStringLiteral("--vault"), path }, m_env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(r.err.contains("warning:") && r.err.contains("shorter"), r.err.constData());
    r = cli(verify, m_env);
    QCOMPARE(r.exitCode, 4);
    const QJsonObject o = r.json().object();
    QCOMPARE(o.value(QStringLiteral("audit_chain_ok")).toBool(), true); // the cut itself is consistent
    QCOMPARE(o.value(QStringLiteral("audit_anchor")).toString(), QStringLiteral("shorter"));
    QCOMPARE(o.value(QStringLiteral("ok")).toBool(), false);
    // Accepting needs an administrator, and then the warning stops.
    auto auditor = m_env;
    auditor[QStringLiteral("CD_PASSWORD")] = QStringLiteral("auditor-password");
    QCOMPARE(cli({ QStringLiteral("audit"), QStringLiteral("accept-anchor"), QStringLiteral("--vault"), path,
                     QStringLiteral("--user"), QStringLiteral("audrey") },
                 auditor)
                 .exitCode,
        3);
    r = cli({ QStringLiteral("audit"), QStringLiteral("accept-anchor"), QStringLiteral("--vault"), path,
                QStringLiteral("--user"), QStringLiteral("admin") },
        m_env);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.json().object().value(QStringLiteral("was")).toString(), QStringLiteral("shorter"));
    r = cli(verify, m_env);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.err.contains("warning"));
}

void TestCli::changePassphraseAsksTwice()
{
    // The new passphrase typed on a terminal: a pseudo-terminal stands in for it.
    const int master = posix_openpt(O_RDWR | O_NOCTTY);
    if (master < 0 || grantpt(master) != 0 || unlockpt(master) != 0) {
        QSKIP("no pseudo-terminal available");
    }
    const QString slaveName = QString::fromLocal8Bit(ptsname(master));
    const int slave = ::open(ptsname(master), O_RDWR | O_NOCTTY);
    QVERIFY(slave >= 0);
    QTemporaryDir dir;
    const QString path = makePeopleVault(dir.path());
    QVERIFY(!path.isEmpty());

    auto run = [&](const QByteArray& first, const QByteArray& second) {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("CD_PASSPHRASE"), rawKey("cli-test"));
        e.insert(QStringLiteral("CD_PASSWORD"), QStringLiteral("admin-password"));
        e.remove(QStringLiteral("CD_NEW_PASSPHRASE"));
        p.setProcessEnvironment(e);
        p.setStandardInputFile(slaveName);
        p.start(m_cli,
            { QStringLiteral("change-passphrase"), QStringLiteral("--vault"), path, QStringLiteral("--user"),
                QStringLiteral("admin") });
        QByteArray err;
        // Each answer goes in once the prompt is shown and echo is off (the prompt flushes
        // earlier input).
        auto answer = [&](const char* prompt, const QByteArray& line) {
            while (!err.contains(prompt) && p.state() != QProcess::NotRunning) {
                p.waitForReadyRead(100);
                err += p.readAllStandardError();
            }
            termios t {};
            while (p.state() != QProcess::NotRunning && tcgetattr(slave, &t) == 0 && (t.c_lflag & ECHO)) {
                QThread::msleep(5);
            }
            QCOMPARE(::write(master, line.constData(), size_t(line.size())), ssize_t(line.size()));
        };
        answer("New vault passphrase", first + '\n');
        answer("Repeat the new passphrase", second + '\n');
        p.waitForFinished(60000);
        err += p.readAllStandardError();
        return Run { p.exitCode(), p.readAllStandardOutput(), err };
    };
    Run r = run("correct horse battery", "correct horse batterz");
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains("differ"), r.err.constData());
    QCOMPARE(cli({ QStringLiteral("open-check"), QStringLiteral("--vault"), path }, m_env).exitCode, 0);
    r = run("correct horse battery", "correct horse battery");
    QVERIFY2(r.exitCode == 0, r.err.constData());
    auto changed = m_env;
    changed[QStringLiteral("CD_PASSPHRASE")] = QStringLiteral("correct horse battery");
    QCOMPARE(cli({ QStringLiteral("open-check"), QStringLiteral("--vault"), path }, changed).exitCode, 0);
    ::close(slave);
    ::close(master);
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
