// Replays every fuzz seed and every kept crasher (tests/data/fuzz/<target>/) through the same
// entry points the libFuzzer executables use, then runs a small seeded mutation pass over the
// seeds. A crash, sanitizer report or broken property fails the test; the failing row names
// the target and the input file.
#include "FuzzTargets.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTest>

namespace {

QString dataDir()
{
    return qEnvironmentVariable("CD_TEST_DATA");
}

struct TargetSeeds {
    QString target;
    QStringList files;
};

// seeds.txt: "target glob glob ..." per line; globs are relative to tests/data.
QList<TargetSeeds> readSeedTable()
{
    QList<TargetSeeds> out;
    QFile f(QStringLiteral(CD_FUZZ_SEEDS_FILE));
    if (!f.open(QIODevice::ReadOnly)) {
        return out;
    }
    const QStringList lines = QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'));
    for (const QString& raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) {
            continue;
        }
        const QStringList parts = line.split(QRegularExpression(QStringLiteral("\\s+")));
        TargetSeeds seeds { parts.first(), {} };
        for (int i = 1; i < parts.size(); ++i) {
            const QString glob = parts.at(i);
            const QDir dir(dataDir() + QLatin1Char('/') + glob.section(QLatin1Char('/'), 0, -2));
            for (const QString& name : dir.entryList({ glob.section(QLatin1Char('/'), -1) }, QDir::Files, QDir::Name)) {
                seeds.files << dir.filePath(name);
            }
        }
        out << seeds;
    }
    return out;
}

QStringList regressionFiles(const QString& target)
{
    const QDir dir(dataDir() + QStringLiteral("/fuzz/") + target);
    QStringList files;
    for (const QString& name : dir.entryList(QDir::Files, QDir::Name)) {
        if (!name.startsWith(QLatin1String("README"))) {
            files << dir.filePath(name);
        }
    }
    return files;
}

// Byte-level mutations in the spirit of libFuzzer's, without coverage feedback.
QByteArray mutate(QByteArray input, QRandomGenerator& rng)
{
    const int steps = 1 + int(rng.bounded(4));
    static const char* const tokens[]
        = { "\"", "{", "}", "[", "]", ":", ",", "|", "\n", "\r", "<", ">", "&#", "\xEF\xBB\xBF", "\xE2\x80\xAE", "\xC0",
              "\xFF", "0", "-1", "2027-02-29", "1e999", "null", "一、", "（一）", "<table><tr><td>", "</td></tr>" };
    for (int s = 0; s < steps; ++s) {
        const int pos = input.isEmpty() ? 0 : int(rng.bounded(int(input.size())));
        switch (rng.bounded(6)) {
        case 0:
            if (!input.isEmpty()) {
                input[pos] = char(input.at(pos) ^ char(1 << rng.bounded(8)));
            }
            break;
        case 1: input.insert(pos, char(rng.bounded(256))); break;
        case 2: input.remove(pos, 1 + int(rng.bounded(16))); break;
        case 3: input.insert(pos, tokens[rng.bounded(int(sizeof tokens / sizeof *tokens))]); break;
        case 4:
            if (!input.isEmpty()) {
                const int len = 1 + int(rng.bounded(std::min<int>(int(input.size()) - pos, 64)));
                input.insert(pos, input.mid(pos, len).repeated(1 + int(rng.bounded(8))));
            }
            break;
        default: input.truncate(pos); break;
        }
    }
    return input;
}

} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void everyTargetIsListed();
    void replay_data();
    void replay();
    void mutationSmoke_data();
    void mutationSmoke();
};

void TestFuzzRegressions::initTestCase()
{
    cd::fuzz::ensureApplication();
    QVERIFY2(!dataDir().isEmpty(), "CD_TEST_DATA is not set");
}

void TestFuzzRegressions::everyTargetIsListed()
{
    const auto table = readSeedTable();
    QCOMPARE(size_t(table.size()), cd::fuzz::allTargets().size());
    for (const TargetSeeds& t : table) {
        QVERIFY2(cd::fuzz::findTarget(t.target.toStdString()), qPrintable(t.target));
        QVERIFY2(!t.files.isEmpty(), qPrintable(QStringLiteral("no seeds for ") + t.target));
    }
}

void TestFuzzRegressions::replay_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QString>("file");
    for (const TargetSeeds& t : readSeedTable()) {
        for (const QString& file : t.files + regressionFiles(t.target)) {
            QTest::newRow(qPrintable(t.target + QLatin1Char(':') + QFileInfo(file).fileName())) << t.target << file;
        }
    }
}

void TestFuzzRegressions::replay()
{
    QFETCH(QString, target);
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    const QByteArray bytes = f.readAll();
    const auto entry = cd::fuzz::findTarget(target.toStdString());
    QVERIFY(entry);
    QCOMPARE(entry(reinterpret_cast<const uint8_t*>(bytes.constData()), size_t(bytes.size())), 0);
}

void TestFuzzRegressions::mutationSmoke_data()
{
    QTest::addColumn<QString>("target");
    QTest::addColumn<QStringList>("files");
    for (const TargetSeeds& t : readSeedTable()) {
        QTest::newRow(qPrintable(t.target)) << t.target << (t.files + regressionFiles(t.target));
    }
}

void TestFuzzRegressions::mutationSmoke()
{
    QFETCH(QString, target);
    QFETCH(QStringList, files);
    const auto entry = cd::fuzz::findTarget(target.toStdString());
    QVERIFY(entry);
    // Fixed seed per target so a failure replays; CD_FUZZ_SMOKE_SEED overrides it.
    const quint32 seed = qEnvironmentVariableIsSet("CD_FUZZ_SMOKE_SEED")
        ? quint32(qEnvironmentVariableIntValue("CD_FUZZ_SMOKE_SEED"))
        : quint32(qHash(target));
    const int runs
        = qEnvironmentVariableIsSet("CD_FUZZ_SMOKE_RUNS") ? qEnvironmentVariableIntValue("CD_FUZZ_SMOKE_RUNS") : 300;
    QRandomGenerator rng(seed);
    QList<QByteArray> inputs;
    for (const QString& file : files) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly)) {
            inputs << f.read(64 * 1024);
        }
    }
    QVERIFY(!inputs.isEmpty());
    for (int i = 0; i < runs; ++i) {
        const QByteArray input = mutate(inputs.at(int(rng.bounded(int(inputs.size())))), rng);
        if (entry(reinterpret_cast<const uint8_t*>(input.constData()), size_t(input.size())) != 0) {
            QFAIL(qPrintable(QStringLiteral("%1: run %2 with seed %3").arg(target).arg(i).arg(seed)));
        }
    }
}

QTEST_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
