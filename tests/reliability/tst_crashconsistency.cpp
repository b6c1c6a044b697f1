// Crash consistency: a child process does a long vault operation and is killed with SIGKILL
// at seeded random points. Afterwards the vault must open, pass integrity_check, verify its
// audit chain, and hold the operation wholly or not at all.
//
// Replay a failure with the seed it prints: CD_CRASH_SEED=<seed> ctest -R tst_crashconsistency.
// CD_CRASH_RUNS sets the kills per scenario (default 20).
#include "TestVault.h"

#include "access/PasswordHash.h"
#include "storage/Statement.h"
#include "vault/Vault.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace cd;
using cd::test::TestVault;

namespace {

constexpr int kBaseRows = 60000; // data every scenario starts from (backup and rekey have work to do)
constexpr int kBulkRows = 200000; // the all-or-nothing write that gets killed
constexpr int kImportRows = 200000; // rows of the generated contact-submissions file

QString keyLiteral(const VaultKey& key)
{
    return QString::fromLatin1(key.material().bytes());
}

// Keys by seed (VaultKey is move-only): the test vault's key and the one a passphrase change sets.
const QByteArray kOldKeySeed("compliance-desk-test-key");
const QByteArray kNewKeySeed("crash-consistency-new-key");

VaultKey newKey()
{
    return VaultKey::rawFromSeed(kNewKeySeed);
}

struct RunOutcome {
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

// Runs the command; kills it with SIGKILL after killAfterMs unless it finished first (< 0: never kill).
RunOutcome runCommand(const QStringList& command, const QProcessEnvironment& env, qint64 killAfterMs)
{
    RunOutcome r;
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(command.first(), command.mid(1));
    if (!p.waitForStarted(10000)) {
        r.err = "could not start " + command.first().toUtf8();
        return r;
    }
    const int wait = killAfterMs < 0 ? 120000 : int(killAfterMs);
    if (p.waitForFinished(wait)) {
        r.finished = p.exitStatus() == QProcess::NormalExit;
        r.exitCode = p.exitCode();
    } else {
        p.kill(); // SIGKILL on Unix: no handler, no cleanup, like a power cut for the process
        p.waitForFinished(10000);
    }
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

qint64 scalar(Database& db, const QString& sql)
{
    Statement s(db, sql);
    return s.next() ? s.int64(0) : -1;
}

} // namespace

class TestCrashConsistency : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void killWriteTransaction_data();
    void killWriteTransaction();
    void killBackup();
    void killPassphraseChange();
    void cleanupTestCase();

private:
    // Opens the vault with the first key that fits, signs in, runs verify(); reports which key opened.
    std::unique_ptr<Vault> openHealthy(const QString& path, const QList<QByteArray>& keySeeds, int* keyIndex = nullptr);
    QString freshCopy(const QString& name);
    QStringList expand(QStringList command, const QString& vault, const QString& out = {}) const;
    // The kill point for run i: a fraction of a calibrated full run, some runs beyond it (they finish).
    qint64 killPoint(QRandomGenerator& rng, qint64 fullRunMs) const;
    qint64 calibrate(const QStringList& command, const QProcessEnvironment& env);
    static QStringList submissionIndexes(Database& db);

    QTemporaryDir m_dir;
    QString m_base;
    QProcessEnvironment m_env;
    quint32 m_seed = 20260425;
    int m_runs = 20;
    int m_killedTotal = 0;
    int m_finishedTotal = 0;
    QStringList m_freshIndexes; // the submissions table's indexes in a newly created vault
};

void TestCrashConsistency::initTestCase()
{
    if (qEnvironmentVariableIsSet("CD_CRASH_SEED")) {
        m_seed = quint32(qEnvironmentVariable("CD_CRASH_SEED").toUInt());
    }
    if (qEnvironmentVariableIsSet("CD_CRASH_RUNS")) {
        m_runs = std::max(1, qEnvironmentVariableIntValue("CD_CRASH_RUNS"));
    }
    qInfo("crash seed %u, %d kills per scenario (replay with CD_CRASH_SEED=%u)", m_seed, m_runs, m_seed);
    QVERIFY(QFileInfo(QStringLiteral(CD_CLI)).isExecutable());
    QVERIFY(QFileInfo(QStringLiteral(CD_CRASH_WRITER)).isExecutable());

    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("CD_PASSPHRASE"), keyLiteral(TestVault::key()));
    m_env.insert(QStringLiteral("CD_PASSWORD"), TestVault::adminPassword());
    m_env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));

    // The starting vault: an administrator with a cheap password hash, and kBaseRows rows.
    PasswordHash::setDefaultIterations(1000);
    m_base = m_dir.filePath(QStringLiteral("base.cdvault"));
    {
        auto v = Vault::create(m_base, TestVault::key(),
            NewAccount { QStringLiteral("admin"), QStringLiteral("Admin Person"), TestVault::adminPassword(),
                Role::Administrator });
        QVERIFY2(v, qPrintable(v.message()));
    }
    {
        // What a big import must leave behind whether it finished or not: the indexes it drops
        // and rebuilds in its transaction are all there.
        auto fresh = Vault::create(m_dir.filePath(QStringLiteral("fresh.cdvault")), TestVault::key(),
            NewAccount { QStringLiteral("admin"), QStringLiteral("Admin Person"), TestVault::adminPassword(),
                Role::Administrator });
        QVERIFY2(fresh, qPrintable(fresh.message()));
        m_freshIndexes = submissionIndexes(fresh.value()->db());
        QVERIFY(m_freshIndexes.contains(QStringLiteral("submissions_phone_norm")));
    }
    {
        // A contact-form export of kImportRows invented people (about 14 MB), generated here
        // rather than committed.
        QFile f(m_dir.filePath(QStringLiteral("submissions-200k.csv")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("提交时间,姓名,手机,邮箱,地区,留言\n");
        QByteArray chunk;
        for (int i = 0; i < kImportRows; ++i) {
            chunk += "2026-03-" + QByteArray::number(10 + i % 18) + " 09:" + QByteArray::number(10 + i % 50)
                + ",测试用户" + QByteArray::number(i) + ",13" + QByteArray::number(100000000 + i) + ",user"
                + QByteArray::number(i) + "@example.com,广东,请删除我的资料 " + QByteArray::number(i) + "\n";
            if (chunk.size() > (1 << 20)) {
                f.write(chunk);
                chunk.clear();
            }
        }
        f.write(chunk);
    }
    const RunOutcome fill = runCommand(
        { QStringLiteral(CD_CRASH_WRITER), m_base, QString::number(kBaseRows), QStringLiteral("base") }, m_env, -1);
    QVERIFY2(fill.finished && fill.exitCode == 0, fill.err.constData());
}

void TestCrashConsistency::cleanupTestCase()
{
    qInfo("crash-consistency: %d runs killed mid-way, %d ran to completion, all consistent (seed %u)", m_killedTotal,
        m_finishedTotal, m_seed);
}

std::unique_ptr<Vault> TestCrashConsistency::openHealthy(
    const QString& path, const QList<QByteArray>& keySeeds, int* keyIndex)
{
    for (int i = 0; i < keySeeds.size(); ++i) {
        auto v = Vault::open(path, VaultKey::rawFromSeed(keySeeds.at(i)));
        if (!v) {
            // Any key that does not fit must say so; anything else is damage.
            if (v.code() != ErrorCode::WrongPassphrase) {
                QTest::qFail(qPrintable(QStringLiteral("open failed: %1").arg(v.message())), __FILE__, __LINE__);
                return nullptr;
            }
            continue;
        }
        auto actor = v.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword());
        if (!actor) {
            QTest::qFail(qPrintable(actor.message()), __FILE__, __LINE__);
            return nullptr;
        }
        auto report = v.value()->verify();
        if (!report || !report->integrityOk || !report->auditOk) {
            QTest::qFail(qPrintable(QStringLiteral("verify: %1 / %2")
                                        .arg(report ? report->integrityMessage : report.message(),
                                            report ? report->auditProblem : QString())),
                __FILE__, __LINE__);
            return nullptr;
        }
        if (keyIndex) {
            *keyIndex = i;
        }
        return std::move(v.value());
    }
    QTest::qFail("no key opens the vault", __FILE__, __LINE__);
    return nullptr;
}

QString TestCrashConsistency::freshCopy(const QString& name)
{
    const QString path = m_dir.filePath(name);
    for (const QString& suffix : { QString(), QStringLiteral("-wal"), QStringLiteral("-shm"),
             QStringLiteral("-journal"), QStringLiteral(".lock") }) {
        QFile::remove(path + suffix);
    }
    if (!QFile::copy(m_base, path)) {
        return {};
    }
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);
    return path;
}

QStringList TestCrashConsistency::expand(QStringList command, const QString& vault, const QString& out) const
{
    for (QString& arg : command) {
        arg.replace(QLatin1String("{cli}"), QStringLiteral(CD_CLI));
        arg.replace(QLatin1String("{writer}"), QStringLiteral(CD_CRASH_WRITER));
        arg.replace(QLatin1String("{data}"), qEnvironmentVariable("CD_TEST_DATA"));
        arg.replace(QLatin1String("{tmp}"), m_dir.path());
        arg.replace(QLatin1String("{vault}"), vault);
        arg.replace(QLatin1String("{out}"), out);
    }
    return command;
}

qint64 TestCrashConsistency::killPoint(QRandomGenerator& rng, qint64 fullRunMs) const
{
    return qint64(rng.bounded(double(fullRunMs) * 1.1));
}

qint64 TestCrashConsistency::calibrate(const QStringList& command, const QProcessEnvironment& env)
{
    QElapsedTimer timer;
    timer.start();
    const RunOutcome r = runCommand(command, env, -1);
    const qint64 elapsed = timer.elapsed();
    if (!r.finished || r.exitCode != 0) {
        QTest::qFail(
            qPrintable(QStringLiteral("calibration run failed: %1").arg(QString::fromUtf8(r.err))), __FILE__, __LINE__);
        return -1;
    }
    return elapsed;
}

QStringList TestCrashConsistency::submissionIndexes(Database& db)
{
    QStringList names;
    Statement s(db, "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'submissions' ORDER BY name");
    while (s.next()) {
        names << s.text(0);
    }
    return names;
}

// One row per command that writes one all-or-nothing batch. The contact-submissions import
// joins here: its command line, the query counting its rows, how many a full run adds, and
// the query counting its audit entries.
void TestCrashConsistency::killWriteTransaction_data()
{
    QTest::addColumn<QStringList>("command");
    QTest::addColumn<QString>("presenceSql");
    QTest::addColumn<qint64>("fullCount");
    QTest::addColumn<QString>("auditSql");
    // Kills for this row: the synthetic write was the stand-in for the import before the real
    // import joined, so it keeps half the runs; the import keeps the full number.
    QTest::addColumn<int>("runs");
    QTest::newRow("bulk write 200k rows")
        << QStringList { QStringLiteral("{writer}"), QStringLiteral("{vault}"), QString::number(kBulkRows),
               QStringLiteral("bulk") }
        << QStringLiteral("SELECT count(*) FROM submissions WHERE source = 'bulk'") << qint64(kBulkRows)
        << QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'reliability.bulk_write' AND detail LIKE "
                          "'%tag=bulk'")
        << std::max(1, m_runs / 2);
    // The real import: one transaction that also drops and rebuilds four secondary indexes.
    QTest::newRow("import submissions 200k rows")
        << QStringList { QStringLiteral("{cli}"), QStringLiteral("import"), QStringLiteral("submissions"),
               QStringLiteral("{tmp}/submissions-200k.csv"), QStringLiteral("--vault"), QStringLiteral("{vault}"),
               QStringLiteral("--user"), QStringLiteral("admin") }
        << QStringLiteral("SELECT count(*) FROM submissions WHERE source = 'submissions-200k.csv'")
        << qint64(kImportRows) << QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'submission.import'")
        << m_runs;
}

void TestCrashConsistency::killWriteTransaction()
{
    QFETCH(QStringList, command);
    QFETCH(QString, presenceSql);
    QFETCH(qint64, fullCount);
    QFETCH(QString, auditSql);
    QFETCH(int, runs);
    QRandomGenerator rng(m_seed);
    const QString calibrationVault = freshCopy(QStringLiteral("write-calibrate.cdvault"));
    const qint64 fullRun = calibrate(expand(command, calibrationVault), m_env);
    QVERIFY(fullRun > 0);
    int killed = 0;
    for (int run = 0; run < runs; ++run) {
        const QString vault = freshCopy(QStringLiteral("write.cdvault"));
        QVERIFY(!vault.isEmpty());
        const qint64 at = killPoint(rng, fullRun);
        const RunOutcome r = runCommand(expand(command, vault), m_env, at);
        killed += r.finished ? 0 : 1;
        const QString where
            = QStringLiteral("run %1, kill at %2 ms of %3 (seed %4)").arg(run).arg(at).arg(fullRun).arg(m_seed);
        auto v = openHealthy(vault, { kOldKeySeed });
        QVERIFY2(v, qPrintable(where));
        const qint64 present = scalar(v->db(), presenceSql);
        const qint64 audited = scalar(v->db(), auditSql);
        QVERIFY2(present == 0 || present == fullCount, qPrintable(where + QStringLiteral(": %1 rows").arg(present)));
        QVERIFY2(audited == (present == fullCount ? 1 : 0), qPrintable(where + QStringLiteral(": audit mismatch")));
        QCOMPARE(submissionIndexes(v->db()), m_freshIndexes);
        // The stored row count, added once by the write's own transaction, goes with its rows.
        QVERIFY2(scalar(v->db(), QStringLiteral("SELECT total FROM submission_stats"))
                == scalar(v->db(), QStringLiteral("SELECT count(*) FROM submissions")),
            qPrintable(where + QStringLiteral(": stored count differs")));
        if (r.finished) {
            QCOMPARE(r.exitCode, 0);
            QCOMPARE(present, fullCount);
        }
        QCOMPARE(scalar(v->db(), QStringLiteral("SELECT count(*) FROM submissions WHERE source = 'base'")),
            qint64(kBaseRows));
    }
    qInfo("%s: %d of %d runs killed mid-way, full run %lld ms", QTest::currentDataTag(), killed, runs, fullRun);
    m_killedTotal += killed;
    m_finishedTotal += runs - killed;
    QVERIFY2(killed >= runs / 2, "too few runs were interrupted; the kill points are not spread");
}

void TestCrashConsistency::killBackup()
{
    const QStringList command { QStringLiteral("{cli}"), QStringLiteral("backup"), QStringLiteral("--vault"),
        QStringLiteral("{vault}"), QStringLiteral("--user"), QStringLiteral("admin"), QStringLiteral("--out"),
        QStringLiteral("{out}") };
    QRandomGenerator rng(m_seed ^ 0xb4c4u);
    const QString out = m_dir.filePath(QStringLiteral("backups/copy.cdvault"));
    const qint64 fullRun = calibrate(expand(command, freshCopy(QStringLiteral("backup.cdvault")), out), m_env);
    QVERIFY(fullRun > 0);
    int killed = 0;
    int partialsLeft = 0;
    QString vault;
    for (int run = 0; run < m_runs; ++run) {
        vault = freshCopy(QStringLiteral("backup.cdvault"));
        QFile::remove(out);
        const qint64 at = killPoint(rng, fullRun);
        const RunOutcome r = runCommand(expand(command, vault, out), m_env, at);
        killed += r.finished ? 0 : 1;
        const QString where
            = QStringLiteral("run %1, kill at %2 ms of %3 (seed %4)").arg(run).arg(at).arg(fullRun).arg(m_seed);
        {
            // The original is whole.
            auto v = openHealthy(vault, { kOldKeySeed });
            QVERIFY2(v, qPrintable(where));
            QCOMPARE(scalar(v->db(), QStringLiteral("SELECT count(*) FROM submissions")), qint64(kBaseRows));
        }
        if (r.finished) {
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(QFile::exists(out), qPrintable(where));
        }
        if (QFile::exists(out)) {
            // Whatever carries the backup's name is a complete, checked backup.
            auto copy = openHealthy(out, { kOldKeySeed });
            QVERIFY2(copy, qPrintable(where + QStringLiteral(": a file named as the backup is not a good backup")));
            QCOMPARE(scalar(copy->db(), QStringLiteral("SELECT count(*) FROM submissions")), qint64(kBaseRows));
        }
        partialsLeft += QFile::exists(out + QStringLiteral(".partial")) ? 1 : 0;
    }
    // A stale .partial from a killed run does not stop the next backup.
    QFile::remove(out);
    const RunOutcome again = runCommand(expand(command, vault, out), m_env, -1);
    QVERIFY2(again.finished && again.exitCode == 0, again.err.constData());
    QVERIFY(!QFile::exists(out + QStringLiteral(".partial")));
    auto copy = openHealthy(out, { kOldKeySeed });
    QVERIFY(copy);
    qInfo("backup: %d of %d runs killed mid-way (%d left a .partial, never the backup's name), full run %lld ms",
        killed, m_runs, partialsLeft, fullRun);
    m_killedTotal += killed;
    m_finishedTotal += m_runs - killed;
    QVERIFY2(killed >= m_runs / 2, "too few runs were interrupted; the kill points are not spread");
}

void TestCrashConsistency::killPassphraseChange()
{
    const QStringList command { QStringLiteral("{cli}"), QStringLiteral("change-passphrase"), QStringLiteral("--vault"),
        QStringLiteral("{vault}"), QStringLiteral("--user"), QStringLiteral("admin") };
    QProcessEnvironment env = m_env;
    env.insert(QStringLiteral("CD_NEW_PASSPHRASE"), keyLiteral(newKey()));
    QRandomGenerator rng(m_seed ^ 0x7e4e1u);
    const qint64 fullRun = calibrate(expand(command, freshCopy(QStringLiteral("rekey.cdvault"))), env);
    QVERIFY(fullRun > 0);
    int killed = 0;
    int withNew = 0;
    for (int run = 0; run < m_runs; ++run) {
        const QString vault = freshCopy(QStringLiteral("rekey.cdvault"));
        const qint64 at = killPoint(rng, fullRun);
        const RunOutcome r = runCommand(expand(command, vault), env, at);
        killed += r.finished ? 0 : 1;
        const QString where
            = QStringLiteral("run %1, kill at %2 ms of %3 (seed %4)").arg(run).arg(at).arg(fullRun).arg(m_seed);
        // The new passphrase is tried first, as a user who believes the change went through would.
        int keyIndex = -1;
        {
            auto v = openHealthy(vault, { kNewKeySeed, kOldKeySeed }, &keyIndex);
            QVERIFY2(v, qPrintable(where));
            QCOMPARE(scalar(v->db(), QStringLiteral("SELECT count(*) FROM submissions")), qint64(kBaseRows));
        }
        // Exactly one of the two opens it.
        auto other = Vault::open(vault, keyIndex == 0 ? TestVault::key() : newKey());
        QVERIFY2(!other, qPrintable(where + QStringLiteral(": both passphrases open the vault")));
        QCOMPARE(other.code(), ErrorCode::WrongPassphrase);
        if (r.finished) {
            QVERIFY2(r.exitCode == 0, r.err.constData());
            QVERIFY2(keyIndex == 0, qPrintable(where + QStringLiteral(": reported changed, old passphrase opens")));
        }
        withNew += keyIndex == 0 ? 1 : 0;
    }
    qInfo("change-passphrase: %d of %d runs killed mid-way; afterwards %d opened with the new passphrase, %d with "
          "the old; full run %lld ms",
        killed, m_runs, withNew, m_runs - withNew, fullRun);
    m_killedTotal += killed;
    m_finishedTotal += m_runs - killed;
    QVERIFY2(killed >= m_runs / 2, "too few runs were interrupted; the kill points are not spread");
}

QTEST_GUILESS_MAIN(TestCrashConsistency)
#include "tst_crashconsistency.moc"
