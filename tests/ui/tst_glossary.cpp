// The Chinese translation keeps the glossary of the product and never renders a status as a
// verb or a date: "Closed" the status is 已关闭 (not 关闭日期, a closing date), "Open" the
// status is 未结 (not 打开, to open a file). Checked twice: through the compiled translation
// (what the program shows) and over every entry of the .ts file (what translators edit).
#include "app/LanguageManager.h"
#include "dashboard/DashboardService.h"
#include "registers/RegisterTypes.h"
#include "requests/RequestDocuments.h"
#include "submissions/Submission.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

#include <algorithm>

using namespace cd;

namespace {

struct TsEntry {
    QString context;
    QString source;
    QString comment;
    QStringList translations; // one, or one per plural form
};

QList<TsEntry> readTs(const QString& path)
{
    QList<TsEntry> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return out;
    }
    QXmlStreamReader xml(&f);
    QString context;
    TsEntry current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement()) {
            if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
                out.append(current);
            }
            continue;
        }
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            current = TsEntry { context, {}, {}, {} };
        } else if (name == QLatin1String("source")) {
            current.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            current.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            if (!text.trimmed().isEmpty()) {
                current.translations << text;
            }
        } else if (name == QLatin1String("numerusform")) {
            current.translations << xml.readElementText();
        }
    }
    return out;
}

QString tsPath()
{
    return qEnvironmentVariable("CD_SOURCE_DIR") + QStringLiteral("/translations/compliance-desk_zh_CN.ts");
}

} // namespace

class TestGlossary : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void knownRenderings_data();
    void knownRenderings();
    void statusWordsInContext();
    void statusesShownByTheProgram();
    void glossaryTermsAreKept();

private:
    ui::LanguageManager* m_language = nullptr;
    QList<TsEntry> m_entries;
};

void TestGlossary::initTestCase()
{
    m_language = new ui::LanguageManager(this);
    m_language->setLanguage(QStringLiteral("zh_CN"));
    m_entries = readTs(tsPath());
    QVERIFY2(m_entries.size() > 1500, qPrintable(tsPath()));
}

void TestGlossary::cleanupTestCase()
{
    m_language->setLanguage(QStringLiteral("en"));
}

// context, source, disambiguation → the required Chinese (exact) and what must never appear.
void TestGlossary::knownRenderings_data()
{
    QTest::addColumn<QString>("context");
    QTest::addColumn<QString>("source");
    QTest::addColumn<QString>("disambiguation");
    QTest::addColumn<QString>("required");
    QTest::addColumn<QString>("forbidden");

    const QString closedDate = QStringLiteral("关闭日期");
    const QString openVerb = QStringLiteral("打开");
    QTest::newRow("submission status closed") << "cd::Submissions"
                                              << "Closed"
                                              << "submission status" << QStringLiteral("已关闭") << closedDate;
    QTest::newRow("incident status closed") << "cd::Registers"
                                            << "Closed"
                                            << "incident status" << QStringLiteral("已关闭") << closedDate;
    QTest::newRow("incident timeline closed") << "cd::Registers"
                                              << "Closed"
                                              << "incident timeline event" << QStringLiteral("已关闭") << closedDate;
    QTest::newRow("incident status open") << "cd::Registers"
                                          << "Open"
                                          << "incident status" << QStringLiteral("未结") << openVerb;
    QTest::newRow("request filter open") << "cd::ui::RequestsPage"
                                         << "Open"
                                         << "request state filter" << QStringLiteral("未结") << openVerb;
    QTest::newRow("chart legend open") << "cd::Dashboard"
                                       << "Open"
                                       << "request outcome" << QStringLiteral("未结") << openVerb;
    // The same English word as a verb keeps the verb.
    QTest::newRow("open evidence file") << "cd::ui::IsoEvidencePanel"
                                        << "Open"
                                        << "verb: open the evidence file" << QStringLiteral("打开")
                                        << QStringLiteral("未结");
    // Date columns are dates, not states.
    QTest::newRow("register closed column") << "cd::Requests"
                                            << "Closed"
                                            << "date column" << QStringLiteral("关闭日期") << QStringLiteral("已关闭");
    QTest::newRow("register received column")
        << "cd::Requests"
        << "Received"
        << "date column" << QStringLiteral("接收日期") << QStringLiteral("已接收");
    QTest::newRow("requests received column")
        << "cd::ui::RequestsModel"
        << "Received"
        << "date column" << QStringLiteral("接收日期") << QStringLiteral("已接收");
    QTest::newRow("submissions received column")
        << "cd::ui::SubmissionsModel"
        << "Received"
        << "date column" << QStringLiteral("接收时间") << QStringLiteral("已接收");
    // The request state "Received" stays a state.
    QTest::newRow("request state received") << "cd::Requests"
                                            << "Received"
                                            << "" << QStringLiteral("已接收") << QStringLiteral("日期");
    QTest::newRow("overdue") << "cd::Dashboard"
                             << "Open, overdue"
                             << "" << QStringLiteral("未结，已逾期") << openVerb;
    QTest::newRow("open incidents tile") << "cd::Dashboard"
                                         << "Open incidents"
                                         << "" << QStringLiteral("未结事件") << openVerb;
}

void TestGlossary::knownRenderings()
{
    QFETCH(QString, context);
    QFETCH(QString, source);
    QFETCH(QString, disambiguation);
    QFETCH(QString, required);
    QFETCH(QString, forbidden);
    const QByteArray c = context.toUtf8();
    const QByteArray s = source.toUtf8();
    const QByteArray d = disambiguation.toUtf8();
    const QString shown
        = QCoreApplication::translate(c.constData(), s.constData(), d.isEmpty() ? nullptr : d.constData());
    QVERIFY2(!shown.contains(forbidden), qPrintable(shown));
    QCOMPARE(shown, required);
}

// Every entry whose disambiguation says it is a status, state, outcome or filter value: never
// the verb 打开, never a date.
void TestGlossary::statusWordsInContext()
{
    static const QRegularExpression statusComment(QStringLiteral("\\b(status|state|outcome)\\b"));
    static const QRegularExpression dateComment(QStringLiteral("\\bdate\\b"));
    int statuses = 0;
    for (const TsEntry& e : m_entries) {
        const QString where = e.context + QStringLiteral(" / ") + e.source + QStringLiteral(" / ") + e.comment;
        for (const QString& t : e.translations) {
            if (statusComment.match(e.comment).hasMatch()) {
                ++statuses;
                QVERIFY2(t != QStringLiteral("打开"), qPrintable(where + QStringLiteral(" → ") + t));
                QVERIFY2(!t.contains(QStringLiteral("日期")), qPrintable(where + QStringLiteral(" → ") + t));
            }
            if (dateComment.match(e.comment).hasMatch()) {
                QVERIFY2(t.contains(QStringLiteral("日期")) || t.contains(QStringLiteral("时间")),
                    qPrintable(where + QStringLiteral(" → ") + t));
            }
            // A bare "Closed"/"Open" without a disambiguation is ambiguous: it must not exist.
            if (e.comment.isEmpty()) {
                QVERIFY2(e.source != QLatin1String("Closed") && e.source != QLatin1String("Open"),
                    qPrintable(where + QStringLiteral(": say which sense with tr(text, disambiguation)")));
            }
        }
    }
    QVERIFY(statuses >= 5);
}

// The words the program itself puts in status columns, filters and legends.
void TestGlossary::statusesShownByTheProgram()
{
    QCOMPARE(submissions::statusDisplayName(QStringLiteral("closed")), QStringLiteral("已关闭"));
    QCOMPARE(registers::statusName(registers::IncidentStatus::Closed), QStringLiteral("已关闭"));
    QCOMPARE(registers::statusName(registers::IncidentStatus::Open), QStringLiteral("未结"));
    QCOMPARE(dashboard::requestOutcomeName(dashboard::RequestOutcome::Open), QStringLiteral("未结"));
    const QStringList headers = requests::registerTableHeaders();
    QVERIFY2(headers.contains(QStringLiteral("关闭日期")), qPrintable(headers.join(QLatin1Char(','))));
    QVERIFY2(headers.contains(QStringLiteral("接收日期")), qPrintable(headers.join(QLatin1Char(','))));
}

// Glossary terms of PRODUCT.md appear in every translation of a text that uses them. Command
// syntax of the CLI (option names, sub-commands) stays English and is left out.
void TestGlossary::glossaryTermsAreKept()
{
    struct Term {
        const char* english;
        QStringList chinese; // any of these
    };
    const QList<Term> terms = {
        { "vault", { QStringLiteral("加密数据库") } },
        { "audit log", { QStringLiteral("审计日志") } },
        { "retention period", { QStringLiteral("保存期限") } },
        { "statement of applicability", { QStringLiteral("适用性声明") } },
        { "working day", { QStringLiteral("工作日"), QStringLiteral("补班日") } },
        { "legal basis", { QStringLiteral("法律依据") } },
        { "material change", { QStringLiteral("重大变更") } },
        { "identity verification", { QStringLiteral("身份核验") } },
        { "policy version", { QStringLiteral("政策版本") } },
        { "effective date", { QStringLiteral("生效日期") } },
        { "explicit consent", { QStringLiteral("明确同意") } },
        { "regulator", { QStringLiteral("监管部门"), QStringLiteral("监管报告") } },
        { "rights request", { QStringLiteral("权利请求") } },
        { "due date", { QStringLiteral("截止日期") } },
        { "overdue", { QStringLiteral("逾期") } },
    };
    QStringList problems;
    for (const TsEntry& e : m_entries) {
        if (e.context.startsWith(QLatin1String("cd::cli"))) {
            continue;
        }
        for (const Term& term : terms) {
            const QRegularExpression re(QStringLiteral("\\b%1s?\\b").arg(QLatin1String(term.english)),
                QRegularExpression::CaseInsensitiveOption);
            if (!re.match(e.source).hasMatch()) {
                continue;
            }
            for (const QString& t : e.translations) {
                const bool kept = std::any_of(
                    term.chinese.begin(), term.chinese.end(), [&t](const QString& zh) { return t.contains(zh); });
                if (!kept) {
                    problems << QStringLiteral("%1 / %2 → %3").arg(e.context, e.source, t);
                }
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestGlossary)
#include "tst_glossary.moc"
