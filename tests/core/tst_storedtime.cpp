#include "TestVault.h"

#include "storage/Database.h"
#include "storage/Statement.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace cd;

namespace {

// How stored instants were read before the hand-written reader: the reference every case is
// checked against.
QDateTime qtReading(const QString& text)
{
    const QDateTime withMs = QDateTime::fromString(text, Qt::ISODateWithMs);
    return text.isEmpty() ? QDateTime()
                          : (withMs.isValid() ? withMs : QDateTime::fromString(text, Qt::ISODate)).toUTC();
}

// Equal as QDateTime, and in everything QDateTime's equality leaves out: validity, time spec,
// offset and the text the instant is written as.
QString differs(const QDateTime& got, const QDateTime& expected)
{
    if (got.isValid() != expected.isValid() || got.timeSpec() != expected.timeSpec()
        || got.offsetFromUtc() != expected.offsetFromUtc() || got != expected
        || got.toString(Qt::ISODateWithMs) != expected.toString(Qt::ISODateWithMs)
        || (got.isValid() && got.toMSecsSinceEpoch() != expected.toMSecsSinceEpoch())) {
        return QStringLiteral("got %1 (valid %2, spec %3), expected %4 (valid %5, spec %6)")
            .arg(got.toString(Qt::ISODateWithMs))
            .arg(int(got.isValid()))
            .arg(int(got.timeSpec()))
            .arg(expected.toString(Qt::ISODateWithMs))
            .arg(int(expected.isValid()))
            .arg(int(expected.timeSpec()));
    }
    return {};
}

// Both readers (QString and UTF-8) against Qt's reading; an empty string when they agree.
QString compareReaders(const QString& text)
{
    const QDateTime expected = qtReading(text);
    const QByteArray utf8 = text.toUtf8();
    for (const QDateTime& got : { fromStorageText(text), fromStorageText(QByteArrayView(utf8)) }) {
        const QString problem = differs(got, expected);
        if (!problem.isEmpty()) {
            return QStringLiteral("\"%1\": %2").arg(text, problem);
        }
    }
    return {};
}

// The characters a damaged or foreign timestamp is made of.
const QString& noise()
{
    static const QString chars = QStringLiteral("0123456789-:T.Z +tz,x/\u0663\uff11\u00e9");
    return chars;
}

// One change to a well-formed stored instant: a character replaced, dropped or added, the text
// cut short or run on, or one field set to a value at or past its limit.
QString damaged(QString text, QRandomGenerator& rng)
{
    const int at = rng.bounded(int(text.size()));
    const QChar c = noise().at(rng.bounded(int(noise().size())));
    switch (rng.bounded(6)) {
    case 0: text[at] = c; break;
    case 1: text.remove(at, 1); break;
    case 2: text.insert(at, c); break;
    case 3: text.truncate(at); break;
    case 4: text.append(c); break;
    default: {
        static const int starts[] = { 0, 5, 8, 11, 14, 17, 20 };
        static const QStringList values { QStringLiteral("00"), QStringLiteral("12"), QStringLiteral("13"),
            QStringLiteral("23"), QStringLiteral("24"), QStringLiteral("28"), QStringLiteral("29"),
            QStringLiteral("30"), QStringLiteral("31"), QStringLiteral("32"), QStringLiteral("59"),
            QStringLiteral("60"), QStringLiteral("99") };
        const int start = starts[rng.bounded(7)];
        const QString value = values.at(rng.bounded(int(values.size())));
        text.replace(start + (start == 0 ? 2 : 0), 2, value);
    }
    }
    return text;
}

QDateTime randomInstant(QRandomGenerator& rng)
{
    // Years 0001 to 9999, as toStorageText writes them with four digits.
    const qint64 first = QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    const qint64 last = QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC).toMSecsSinceEpoch();
    const qint64 ms = first + qint64(rng.generate64() % quint64(last - first + 1));
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

class TestStoredTime : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data();
    void roundTrip();
    void withoutMilliseconds();
    void unreadableOrForeign_data();
    void unreadableOrForeign();
    void agreesWithQtOnRandomText();
    void statementReadsColumns();
};

void TestStoredTime::roundTrip_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected");
    auto row = [](const char* name, const char* text, QDate date, QTime time) {
        QTest::newRow(name) << QString::fromLatin1(text) << QDateTime(date, time, Qt::UTC);
    };
    row("epoch", "1970-01-01T00:00:00.000Z", QDate(1970, 1, 1), QTime(0, 0));
    row("before epoch", "1969-12-31T23:59:59.999Z", QDate(1969, 12, 31), QTime(23, 59, 59, 999));
    row("leap day 2024", "2024-02-29T12:34:56.789Z", QDate(2024, 2, 29), QTime(12, 34, 56, 789));
    row("leap day 2000", "2000-02-29T00:00:00.001Z", QDate(2000, 2, 29), QTime(0, 0, 0, 1));
    row("after leap day", "2024-03-01T00:00:00.000Z", QDate(2024, 3, 1), QTime(0, 0));
    row("end of 1900 february", "1900-02-28T23:59:59.999Z", QDate(1900, 2, 28), QTime(23, 59, 59, 999));
    row("year end", "2025-12-31T23:59:59.999Z", QDate(2025, 12, 31), QTime(23, 59, 59, 999));
    row("year 9999", "9999-12-31T23:59:59.999Z", QDate(9999, 12, 31), QTime(23, 59, 59, 999));
    row("year 999", "0999-12-31T23:59:59.999Z", QDate(999, 12, 31), QTime(23, 59, 59, 999));
    row("year 1", "0001-01-01T00:00:00.000Z", QDate(1, 1, 1), QTime(0, 0));
    row("thirtieth of april", "2026-04-30T08:00:00.500Z", QDate(2026, 4, 30), QTime(8, 0, 0, 500));
}

void TestStoredTime::roundTrip()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime read = fromStorageText(text);
    QCOMPARE(differs(read, expected), QString());
    QCOMPARE(read.timeSpec(), Qt::UTC);
    QCOMPARE(toStorageText(read), text);
    QCOMPARE(differs(fromStorageText(QByteArrayView(text.toUtf8())), expected), QString());
    QCOMPARE(compareReaders(text), QString());
}

void TestStoredTime::withoutMilliseconds()
{
    // Older rows may hold whole seconds.
    const QString text = QStringLiteral("2024-02-29T23:59:59Z");
    const QDateTime expected(QDate(2024, 2, 29), QTime(23, 59, 59), Qt::UTC);
    QCOMPARE(differs(fromStorageText(text), expected), QString());
    QCOMPARE(differs(fromStorageText(QByteArrayView("2024-02-29T23:59:59Z")), expected), QString());
    QCOMPARE(compareReaders(text), QString());
}

void TestStoredTime::unreadableOrForeign_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    auto row = [](const char* text, bool valid) {
        QTest::newRow(*text ? text : "empty") << QString::fromUtf8(text) << valid;
    };
    row("", false);
    row("2023-02-29T10:00:00.000Z", false);
    row("1900-02-29T10:00:00.000Z", false);
    row("2026-04-31T10:00:00.000Z", false);
    row("2026-13-01T10:00:00.000Z", false);
    row("2026-00-10T10:00:00.000Z", false);
    row("2026-01-00T10:00:00.000Z", false);
    row("2026-01-32T10:00:00.000Z", false);
    row("2026-01-01T10:60:00.000Z", false);
    row("2026-01-01T10:00:60.000Z", false);
    row("2026-01-01T25:00:00.000Z", false);
    row("2026-O1-01T10:00:00.000Z", false);
    row("2026-01-01T1a:00:00.000Z", false);
    row("2026-01-01T10:00:00.00xZ", false);
    row("2026-01-01T10:00", true);
    row("2026-01-01", true);
    row("2026-01-0", false);
    row("2026-01-01T10:00:00.000Zjunk", false);
    row("2026-01-01T10:00:00.000Z ", false);
    row(" 2026-01-01T10:00:00.000Z", false);
    row("not a time", false);
    // Readable, though not in the stored form: Qt's reading, unchanged.
    row("2023-01-01T24:00:00.000Z", true);
    row("2026-01-01T10:00:00.000+08:00", true);
    row("2026-01-01T10:00:00.5Z", true);
    row("2026-01-01T10:00:00.1234Z", true);
    row("2026-01-01T10:00:00.000", true);
    row("2026-01-01 10:00:00.000Z", true);
    row("0000-01-01T10:00:00.000Z", false);
    row("2026-01-01T10:00:00.000z", true);
}

void TestStoredTime::unreadableOrForeign()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QCOMPARE(compareReaders(text), QString());
    QCOMPARE(fromStorageText(text).isValid(), valid);
}

void TestStoredTime::agreesWithQtOnRandomText()
{
    QRandomGenerator rng(20261105);
    QStringList problems;
    for (int i = 0; i < 4000 && problems.size() < 10; ++i) {
        const QString stored = toStorageText(randomInstant(rng));
        const QString whole = stored.left(19) + QLatin1Char('Z');
        for (const QString& text : { stored, whole, damaged(stored, rng), damaged(whole, rng) }) {
            const QString problem = compareReaders(text);
            if (!problem.isEmpty()) {
                problems.append(problem);
            }
        }
    }
    QCOMPARE(problems.join(QLatin1Char('\n')), QString());
}

void TestStoredTime::statementReadsColumns()
{
    // Statement::dateTime reads the column's bytes: the same instants as Qt read from the text,
    // and nothing for NULL.
    QTemporaryDir dir;
    auto opened
        = Database::open(dir.filePath(QStringLiteral("t.cdvault")), test::TestVault::key(), Database::OpenMode::Create);
    QVERIFY2(opened, qPrintable(opened.message()));
    Database& db = *opened.value();
    db.exec("CREATE TABLE t (n INTEGER PRIMARY KEY, at TEXT)");
    const QStringList texts { QStringLiteral("2024-02-29T12:34:56.789Z"), QStringLiteral("2024-02-29T12:34:56Z"),
        QStringLiteral("2026-01-01T10:00:00.000+08:00"), QStringLiteral("2023-02-29T10:00:00.000Z"), QString() };
    Statement insert(db, "INSERT INTO t (n, at) VALUES (?, ?)");
    for (int i = 0; i < texts.size(); ++i) {
        insert.bind(1, i).bind(2, texts.at(i)).exec();
    }
    Statement read(db, "SELECT at FROM t ORDER BY n");
    for (const QString& text : texts) {
        QVERIFY(read.next());
        QCOMPARE(differs(read.dateTime(0), qtReading(text)), QString());
    }
    QVERIFY(!read.next());
    QVERIFY(fromStorageText(QString()).isNull());
}

QTEST_GUILESS_MAIN(TestStoredTime)
#include "tst_storedtime.moc"
