// Vault faults on real files: damaged and foreign files, read-only media, a full disk during a
// write, and a second program on the same vault. Each gives the right ErrorCode with a message,
// leaves the file byte-identical where nothing should change, and loses nothing committed.
// (tst_vault covers the small synthetic cases: empty, 1000-byte, fake header, garbage, newer
// format in-process, missing file, second open in the same process.)
#include "TestVault.h"

#include "access/PasswordHash.h"
#include "maintenance/VaultMaintenance.h"
#include "storage/Migrations.h"
#include "storage/Statement.h"
#include "storage/VaultFormat.h"
#include "vault/Vault.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <sqlite3.h>

#include <csignal>
#include <sys/mount.h>
#include <sys/resource.h>
#include <unistd.h>

using namespace cd;
using cd::test::TestVault;

namespace {

QByteArray sha(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(&f);
    return h.result();
}

void fillSettings(Vault& vault, int rows, const QString& prefix)
{
    const Status s = test::writeRaw(vault.db(), [&](Database& db) {
        Statement ins(db, "INSERT INTO settings (key, value) VALUES (?, ?)");
        for (int i = 0; i < rows; ++i) {
            ins.bind(1, prefix + QString::number(i)).bind(2, QString(300, QLatin1Char('v'))).exec();
        }
    });
    QVERIFY2(s, qPrintable(s.message()));
}

// A small tmpfs for disk-full and read-only media; needs root (CAP_SYS_ADMIN). Unmounted on destruction.
class SmallTmpfs
{
public:
    explicit SmallTmpfs(const QByteArray& size)
    {
        const QByteArray options = "size=" + size;
        m_mounted = m_dir.isValid()
            && ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", 0, options.constData()) == 0;
    }
    ~SmallTmpfs()
    {
        if (m_mounted) {
            ::umount2(QFile::encodeName(m_dir.path()).constData(), MNT_DETACH);
        }
    }
    bool isMounted() const { return m_mounted; }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    bool remountReadOnly()
    {
        return ::mount("tmpfs", QFile::encodeName(m_dir.path()).constData(), "tmpfs", MS_REMOUNT | MS_RDONLY, nullptr)
            == 0;
    }

private:
    QTemporaryDir m_dir;
    bool m_mounted = false;
};

QProcessEnvironment childEnvironment()
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CD_PASSPHRASE"), QString::fromLatin1(TestVault::key().material().bytes()));
    env.insert(QStringLiteral("CD_PASSWORD"), TestVault::adminPassword());
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
    return env;
}

// A closed vault with some committed data in dir; returns its path.
QString makeClosedVault(const QString& dir, int rows = 300)
{
    PasswordHash::setDefaultIterations(1000);
    const QString path = dir + QStringLiteral("/faults.cdvault");
    auto v = Vault::create(path, TestVault::key(),
        NewAccount {
            QStringLiteral("admin"), QStringLiteral("Admin Person"), TestVault::adminPassword(), Role::Administrator });
    if (!v) {
        return {};
    }
    fillSettings(*v.value(), rows, QStringLiteral("committed."));
    v.value()->close();
    return path;
}

// Opens, signs in, verifies; returns the number of committed marker rows (-1 on any failure).
qint64 verifiedCount(const QString& path, const QString& prefix)
{
    auto v = Vault::open(path, TestVault::key());
    if (!v || !v.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword())) {
        return -1;
    }
    auto report = v.value()->verify();
    if (!report || !report->integrityOk || !report->auditOk) {
        return -1;
    }
    Statement s(v.value()->db(), "SELECT count(*) FROM settings WHERE key LIKE ?");
    s.bind(1, prefix + QLatin1Char('%'));
    return s.next() ? s.int64(0) : -1;
}

} // namespace

class TestVaultFaults : public QObject
{
    Q_OBJECT

private slots:
    void truncatedVault_data();
    void truncatedVault();
    void realPlainSqliteDatabase_data();
    void realPlainSqliteDatabase();
    void newerFormatBackupIsNotRestored();
    void readOnlyFile();
    void diskFullDuringWrite();
    void fileSizeLimitDuringWrite();
    void secondProgramIsRefused();
    void vaultHeldByAnotherProgram();
    void junkWriteAheadLogIsIgnored();
};

void TestVaultFaults::truncatedVault_data()
{
    QTest::addColumn<QString>("cut");
    QTest::newRow("first page only") << QStringLiteral("page1");
    QTest::newRow("half") << QStringLiteral("half");
    QTest::newRow("last page missing") << QStringLiteral("lastpage");
    QTest::newRow("one byte short") << QStringLiteral("byte");
}

void TestVaultFaults::truncatedVault()
{
    QFETCH(QString, cut);
    QTemporaryDir dir;
    const QString path = makeClosedVault(dir.path(), 800);
    QVERIFY(!path.isEmpty());
    QFile f(path);
    const qint64 size = f.size();
    QVERIFY(size > 20 * 4096);
    const qint64 newSize = cut == QLatin1String("page1") ? 4096
        : cut == QLatin1String("half")                   ? (size / 2 / 4096) * 4096
        : cut == QLatin1String("lastpage")               ? size - 4096
                                                         : size - 1;
    QVERIFY(f.resize(newSize));
    const QByteArray before = sha(path);
    {
        // Documented outcome: refused as damaged on open, or, when the lost pages are not needed
        // to open, reported as damaged when read and by the integrity check. Never a crash, never
        // a silent "ok".
        auto v = Vault::open(path, TestVault::key());
        if (!v) {
            QCOMPARE(v.code(), ErrorCode::Damaged);
            QVERIFY(!v.message().isEmpty());
        } else {
            bool damaged = false;
            try {
                Statement s(v.value()->db(), "PRAGMA integrity_check");
                damaged = !s.next() || s.text(0) != QLatin1String("ok");
                Statement all(v.value()->db(), "SELECT count(*), sum(length(value)) FROM settings");
                all.next();
            } catch (const DbException& e) {
                QCOMPARE(e.error().code, ErrorCode::Damaged);
                damaged = true;
            }
            if (!damaged) {
                // The cut only touched a page nothing refers to (a free page): then every committed
                // row must read back whole.
                Statement all(v.value()->db(),
                    "SELECT count(*), sum(length(value)) FROM settings "
                    "WHERE key LIKE 'committed.%'");
                QVERIFY(all.next());
                QCOMPARE(all.int64(0), qint64(800));
                QCOMPARE(all.int64(1), qint64(800 * 300));
            }
        }
    }
    QCOMPARE(sha(path), before);
}

void TestVaultFaults::realPlainSqliteDatabase_data()
{
    QTest::addColumn<bool>("wal");
    QTest::newRow("rollback journal") << false;
    QTest::newRow("write-ahead log") << true;
}

void TestVaultFaults::realPlainSqliteDatabase()
{
    QFETCH(bool, wal);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.cdvault"));
    const QString script = QStringLiteral("%1CREATE TABLE contacts (name TEXT, phone TEXT);"
                                          "INSERT INTO contacts VALUES ('Test Person', '17000000000');")
                               .arg(wal ? QStringLiteral("PRAGMA journal_mode = WAL;") : QString());
    const QString cli = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (!cli.isEmpty()) {
        QProcess p;
        p.start(cli, { path, script });
        QVERIFY(p.waitForFinished(10000));
        QCOMPARE(p.exitCode(), 0);
    } else {
        // The linked SQLCipher writes a plain database when no key is set.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(path).constData(), &db), SQLITE_OK);
        QCOMPARE(sqlite3_exec(db, script.toUtf8().constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    QVERIFY(QFile(path).size() >= 4096);
    const QByteArray before = sha(path);
    auto v = Vault::open(path, TestVault::key());
    QVERIFY(!v);
    QCOMPARE(v.code(), ErrorCode::NotAVault);
    QVERIFY(v.message().contains(QLatin1String(".cdvault")));
    QCOMPARE(sha(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral(".lock")));
}

void TestVaultFaults::newerFormatBackupIsNotRestored()
{
    QTemporaryDir dir;
    const QString vaultPath = makeClosedVault(dir.path());
    const QString backupPath = dir.filePath(QStringLiteral("newer.cdvault"));
    {
        auto v = Vault::open(vaultPath, TestVault::key());
        QVERIFY(v);
        QVERIFY(v.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
        auto backup = v.value()->backup(backupPath);
        QVERIFY2(backup, qPrintable(backup.message()));
    }
    {
        // The backup as a newer program would have written it.
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(QFile::encodeName(backupPath).constData(), &db), SQLITE_OK);
        const QByteArray key = TestVault::key().material().bytes();
        QCOMPARE(sqlite3_key(db, key.constData(), int(key.size())), SQLITE_OK);
        QCOMPARE(VaultFormat::applyToConnection(db), SQLITE_OK);
        const QByteArray sql = "PRAGMA user_version = " + QByteArray::number(Migrations::latestVersion() + 1);
        QCOMPARE(sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr), SQLITE_OK);
        sqlite3_close(db);
    }
    auto v = Vault::open(vaultPath, TestVault::key());
    QVERIFY(v);
    QVERIFY(v.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
    const QByteArray before = sha(vaultPath);
    const QByteArray backupBefore = sha(backupPath);
    auto r = VaultMaintenance::restore(*v.value(), backupPath, TestVault::key());
    QVERIFY(!r);
    QCOMPARE(r.code(), ErrorCode::TooNew);
    QVERIFY(r.message().contains(QString::number(Migrations::latestVersion() + 1)));
    QVERIFY(v.value()->isOpen()); // refused before anything was replaced
    QCOMPARE(sha(vaultPath), before);
    QCOMPARE(sha(backupPath), backupBefore);
    v.value()->close();
    QVERIFY(!QFile::exists(vaultPath + QStringLiteral(".before-restore")));
    QVERIFY(!QFile::exists(vaultPath + QStringLiteral(".restoring")));
}

void TestVaultFaults::readOnlyFile()
{
    // Root ignores file modes, so as root the vault sits on a read-only mount instead.
    QTemporaryDir dir;
    std::unique_ptr<SmallTmpfs> media;
    QString path;
    if (::geteuid() == 0) {
        media = std::make_unique<SmallTmpfs>("8m");
        if (!media->isMounted()) {
            QSKIP("running as root without permission to mount a tmpfs; cannot make a file read-only");
        }
        const QString built = makeClosedVault(dir.path());
        path = media->filePath(QStringLiteral("ro.cdvault"));
        QVERIFY(QFile::copy(built, path));
        QVERIFY(media->remountReadOnly());
    } else {
        path = makeClosedVault(dir.path());
        QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    }
    const QByteArray before = sha(path);
    {
        // Read-only media: the vault opens for reading, with a clear notice, and writes fail
        // with a clear message instead of damaging anything.
        auto v = Vault::open(path, TestVault::key());
        QVERIFY2(v, qPrintable(v.message()));
        QVERIFY(v.value()->isReadOnly());
        QVERIFY(StorageMessages::openedReadOnly(path).contains(path));
        QVERIFY(v.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
        Statement count(v.value()->db(), "SELECT count(*) FROM settings WHERE key LIKE 'committed.%'");
        QVERIFY(count.next());
        QCOMPARE(count.int64(0), qint64(300));
        count.reset();
        const Status write = v.value()->setSetting(QStringLiteral("x"), QStringLiteral("1"));
        QCOMPARE(write.code(), ErrorCode::ReadOnly);
        QVERIFY(write.message().contains(QLatin1String("read")));
        QVERIFY(!v.value()->backup(dir.filePath(QStringLiteral("b.cdvault"))));
        v.value()->close();
    }
    QCOMPARE(sha(path), before);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
}

void TestVaultFaults::diskFullDuringWrite()
{
    SmallTmpfs media("3m");
    if (!media.isMounted()) {
        QSKIP("no permission to mount a small tmpfs; fileSizeLimitDuringWrite covers a full disk");
    }
    QTemporaryDir build;
    const QString path = media.filePath(QStringLiteral("full.cdvault"));
    QVERIFY(QFile::copy(makeClosedVault(build.path()), path));
    {
        // Leave about 200 KB free.
        QFile filler(media.filePath(QStringLiteral("filler")));
        QVERIFY(filler.open(QIODevice::WriteOnly));
        const QByteArray block(16 * 1024, 'f');
        while (filler.write(block) == block.size()) { }
        filler.close();
        QVERIFY(filler.resize(filler.size() - 200 * 1024));
    }
    {
        auto v = Vault::open(path, TestVault::key());
        QVERIFY2(v, qPrintable(v.message()));
        QVERIFY(v.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword()));
        const Status s = test::writeRaw(v.value()->db(), [](Database& db) {
            Statement ins(db, "INSERT INTO settings (key, value) VALUES (?, ?)");
            for (int i = 0; i < 20000; ++i) {
                ins.bind(1, QStringLiteral("lost.%1").arg(i)).bind(2, QString(1000, QLatin1Char('x'))).exec();
            }
        });
        QVERIFY(!s);
        QCOMPARE(s.code(), ErrorCode::DiskFull);
        QCOMPARE(s.message(), StorageMessages::diskFull());
    }
    QVERIFY(QFile::remove(media.filePath(QStringLiteral("filler"))));
    QCOMPARE(verifiedCount(path, QStringLiteral("committed.")), qint64(300));
    QCOMPARE(verifiedCount(path, QStringLiteral("lost.")), qint64(0));
}

void TestVaultFaults::fileSizeLimitDuringWrite()
{
    // A child process whose files may not grow past a limit: the write fails as the disk being
    // full, the vault keeps everything committed before.
    QTemporaryDir dir;
    const QString path = makeClosedVault(dir.path());
    const qint64 limit = QFile(path).size() + 512 * 1024;
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.setChildProcessModifier([limit] {
        ::signal(SIGXFSZ, SIG_IGN);
        const rlimit rl { rlim_t(limit), rlim_t(limit) };
        ::setrlimit(RLIMIT_FSIZE, &rl);
    });
    p.start(QStringLiteral(CD_CRASH_WRITER), { path, QStringLiteral("50000"), QStringLiteral("limited") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 1);
    QVERIFY2(QString::fromUtf8(p.readAllStandardError()).contains(StorageMessages::diskFull()),
        "the child did not report a full disk");
    QCOMPARE(verifiedCount(path, QStringLiteral("committed.")), qint64(300));
    auto v = Vault::open(path, TestVault::key());
    QVERIFY(v);
    QCOMPARE(Statement::scalarInt(v.value()->db(), "SELECT count(*) FROM submissions WHERE source = 'limited'"), 0);
}

void TestVaultFaults::secondProgramIsRefused()
{
    QTemporaryDir dir;
    const QString path = makeClosedVault(dir.path());
    auto held = Vault::open(path, TestVault::key());
    QVERIFY(held);
    const QByteArray before = sha(path);
    QProcess p;
    p.setProcessEnvironment(childEnvironment());
    p.start(QStringLiteral(CD_CLI), { QStringLiteral("open-check"), QStringLiteral("--vault"), path });
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(p.exitCode(), 1);
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QVERIFY2(err.contains(StorageMessages::inUse()), qPrintable(err));
    QCOMPARE(sha(path), before);
    held.value()->close();
    QCOMPARE(verifiedCount(path, QStringLiteral("committed.")), qint64(300));
}

void TestVaultFaults::vaultHeldByAnotherProgram()
{
    QTemporaryDir dir;
    const QString path = makeClosedVault(dir.path());
    QProcess writer;
    writer.setProcessEnvironment(childEnvironment());
    writer.start(QStringLiteral(CD_CRASH_WRITER), { path, QStringLiteral("150000"), QStringLiteral("other") });
    QVERIFY(writer.waitForStarted());
    // Wait until the other program holds the lock.
    QFile lock(path + QStringLiteral(".lock"));
    for (int i = 0; i < 200 && lock.size() == 0; ++i) {
        QThread::msleep(10);
    }
    QVERIFY(lock.size() > 0);
    auto second = Vault::open(path, TestVault::key());
    QVERIFY(!second);
    QCOMPARE(second.code(), ErrorCode::InUse);
    QCOMPARE(second.message(), StorageMessages::inUse());
    QVERIFY(writer.waitForFinished(120000));
    QCOMPARE(writer.exitCode(), 0);
    QCOMPARE(verifiedCount(path, QStringLiteral("committed.")), qint64(300));
    auto v = Vault::open(path, TestVault::key());
    QVERIFY(v);
    QCOMPARE(Statement::scalarInt(v.value()->db(), "SELECT count(*) FROM submissions WHERE source = 'other'"), 150000);
}

void TestVaultFaults::junkWriteAheadLogIsIgnored()
{
    // A -wal file that is not this vault's (a copy left by a sync tool, random bytes) must not be
    // applied: frames whose checksums and salts do not match are ignored.
    QTemporaryDir dir;
    const QString path = makeClosedVault(dir.path());
    QFile wal(path + QStringLiteral("-wal"));
    QVERIFY(wal.open(QIODevice::WriteOnly));
    QByteArray junk;
    for (int i = 0; i < 64 * 1024; ++i) {
        junk.append(char((i * 2654435761u) >> 13));
    }
    wal.write(junk);
    wal.close();
    QCOMPARE(verifiedCount(path, QStringLiteral("committed.")), qint64(300));
}

QTEST_GUILESS_MAIN(TestVaultFaults)
#include "tst_vaultfaults.moc"
