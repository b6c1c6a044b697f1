// One way to write dates and numbers per language (util/Formatting.h), the audit codes in words
// (auditview/AuditText.h), and letters to a data subject without internal lines or stray spaces.
#include "TestVault.h"
#include "auditview/AuditText.h"
#include "registers/RegisterReports.h"
#include "requests/RequestDocuments.h"
#include "requests/RequestService.h"
#include "util/Clock.h"
#include "util/Formatting.h"

#include <QRegularExpression>
#include <QtTest>

using namespace cd;
using cd::test::TestVault;

class TestFormatting : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); }
    void datesPerLanguage_data();
    void datesPerLanguage();
    void uiLanguageIsTheDefault();
    void numbersAndIds();
    void auditCodesInWords();
    void responseLetterHasNoInternalLines_data();
    void responseLetterHasNoInternalLines();
    void incidentLetterHasNoInternalLines();
    void chineseSpacingIsTidied();
    void reportsKeepTheirInternalLines();
};

void TestFormatting::datesPerLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("dateTime");
    QTest::addColumn<QString>("timestamp");
    QTest::newRow("zh") << "zh_CN"
                        << "2026-11-05"
                        << "2026-11-05 14:30"
                        << "2026-11-05 14:30:07";
    QTest::newRow("en") << "en"
                        << "5 Nov 2026"
                        << "5 Nov 2026, 14:30"
                        << "5 Nov 2026, 14:30:07";
}

void TestFormatting::datesPerLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, date);
    QFETCH(QString, dateTime);
    QFETCH(QString, timestamp);
    const QDateTime local(QDate(2026, 11, 5), QTime(14, 30, 7), Qt::LocalTime);
    QCOMPARE(fmt::date(QDate(2026, 11, 5), language), date);
    QCOMPARE(fmt::dateTime(local.toUTC(), language), dateTime); // instants are shown in local time
    QCOMPARE(fmt::timestamp(local.toUTC(), language), timestamp);
    // No weekday, no slashes, no two-digit years, in either language.
    for (const QString& s : { fmt::date(QDate(2026, 1, 9), language), fmt::dateTime(local, language) }) {
        QVERIFY2(!s.contains(QLatin1Char('/')), qPrintable(s));
        QVERIFY2(!s.contains(QStringLiteral("Thursday")) && !s.contains(QStringLiteral("星期")), qPrintable(s));
        QVERIFY2(s.contains(QStringLiteral("2026")), qPrintable(s));
    }
    QCOMPARE(fmt::date(QDate(), language), QStringLiteral("—"));
    QCOMPARE(fmt::dateTime(QDateTime(), language), QStringLiteral("—"));
    // The edit formats show the same text as the formatter.
    QCOMPARE(QDate(2026, 11, 5).toString(fmt::dateEditFormat(language)), date);
}

void TestFormatting::uiLanguageIsTheDefault()
{
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(fmt::language(), QStringLiteral("zh_CN"));
    QCOMPARE(fmt::date(QDate(2026, 11, 5)), QStringLiteral("2026-11-05"));
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom));
    QCOMPARE(fmt::language(), QStringLiteral("en"));
    QCOMPARE(fmt::date(QDate(2026, 11, 5)), QStringLiteral("5 Nov 2026"));
    // Any English default locale (en_US too) gives the same day-month-year text, never 11/5/26.
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(fmt::date(QDate(2026, 11, 5)), QStringLiteral("5 Nov 2026"));
}

void TestFormatting::numbersAndIds()
{
    QCOMPARE(fmt::number(12345, QStringLiteral("en")), QStringLiteral("12,345"));
    QCOMPARE(fmt::number(12345, QStringLiteral("zh_CN")), QStringLiteral("12,345"));
    QCOMPARE(fmt::id(1923), QStringLiteral("1923"));
    QCOMPARE(fmt::id(1234567), QStringLiteral("1234567"));
}

void TestFormatting::auditCodesInWords()
{
    QCOMPARE(audit::actionName(QStringLiteral("request.transition")), QStringLiteral("Request state changed"));
    QCOMPARE(audit::entityName(QStringLiteral("policy_version")), QStringLiteral("Policy version"));
    QCOMPARE(audit::fieldNames({ QStringLiteral("assignee_id"), QStringLiteral("due_on") }),
        QStringLiteral("Assignee, Due date"));
    QCOMPARE(audit::detailText(QStringLiteral("severity=relatively_serious; status=open; people=3")),
        QStringLiteral("Severity: Relatively serious; Status: Open; People: 3"));
    QCOMPARE(audit::detailText(QStringLiteral("type=deletion method=id_document")),
        QStringLiteral("Type: Deletion; Verified by: Identity document checked"));
    QCOMPARE(audit::detailText(QStringLiteral("from=received to=verification")),
        QStringLiteral("From: Received; To: Identity verification"));
    // Unknown codes and free text stay as they are: nothing is lost.
    QCOMPARE(audit::actionName(QStringLiteral("future.thing")), QStringLiteral("future.thing"));
    QCOMPARE(audit::detailText(QStringLiteral("plain words")), QStringLiteral("plain words"));
    QCOMPARE(audit::detailText(QStringLiteral("color=blue")), QStringLiteral("color: blue"));
    QCOMPARE(audit::detailText(QString()), QString());
    // Hostile input: no crash, no code execution paths, text kept.
    const QString hostile = QStringLiteral("=;;= ==a=b=c <script>x</script>") + QString(2000, QLatin1Char('='));
    QVERIFY(!audit::detailText(hostile).isEmpty());
}

void TestFormatting::responseLetterHasNoInternalLines_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh") << "zh_CN";
    QTest::newRow("en") << "en";
}

void TestFormatting::responseLetterHasNoInternalLines()
{
    QFETCH(QString, language);
    TestVault tv;
    requests::RequestService service(tv.vault());
    requests::RequestDraft d;
    d.type = requests::RequestType::Access;
    d.receivedOn = QDate(2026, 3, 2);
    d.requesterName = QStringLiteral("李雷");
    d.email = QStringLiteral("li.lei@example.cn");
    auto r = service.add(d);
    QVERIFY2(r, qPrintable(r.message()));
    const ReportDocument letter
        = requests::buildResponseLetter(service, r.value(), language, tv.vault().actor().displayName);
    QVERIFY(letter.forRecipient);
    for (const QString& text : { letter.toPlainText(), letter.toHtml() }) {
        for (const QString& internal : { QStringLiteral("范围："), QStringLiteral("Covers:"),
                 QStringLiteral("Generated "), QStringLiteral("生成"), tv.vault().actor().displayName }) {
            QVERIFY2(!text.contains(internal), qPrintable(internal + QStringLiteral(" in:\n") + text));
        }
        static const QRegularExpression stray(QStringLiteral("[ \\x{3000}][（）]|[（）][ \\x{3000}]"));
        QVERIFY2(!stray.match(text).hasMatch(), qPrintable(text));
    }
    const QString plain = letter.toPlainText();
    QVERIFY(plain.contains(r->number));
    QVERIFY(plain.contains(QStringLiteral("security@vivest.cn")));
    QVERIFY(plain.contains(fmt::date(QDate(2026, 3, 2), language))); // the one date style
}

void TestFormatting::incidentLetterHasNoInternalLines()
{
    registers::Incident n;
    n.id = 7;
    n.title = QStringLiteral("内部标题 internal title");
    n.discoveredAt = QDateTime(QDate(2026, 5, 6), QTime(9, 0), Qt::LocalTime).toUTC();
    n.description = QStringLiteral("邮件 （误发） 给了 外部地址 。");
    n.possibleHarm = QStringLiteral("可能 收到 诈骗 邮件");
    n.measuresTaken = QStringLiteral("已召回邮件");
    n.advice = QStringLiteral("警惕 可疑 来电");
    n.remedies = QStringLiteral("免费 监控服务");
    for (const QString& language : { QStringLiteral("zh_CN"), QStringLiteral("en") }) {
        registers::ReportContext ctx;
        ctx.language = language;
        ctx.generatedBy = QStringLiteral("Staff Member Wang");
        ctx.nowUtc = n.discoveredAt.addDays(1);
        for (const ReportDocument& doc :
            { registers::buildNotificationLetter(n, ctx), registers::buildPublicAnnouncement(n, ctx) }) {
            const QString text = doc.toPlainText() + doc.toHtml();
            QVERIFY2(!text.contains(QStringLiteral("Staff Member Wang")), qPrintable(text));
            QVERIFY2(!text.contains(QStringLiteral("internal title")), qPrintable(text)); // the scope line
            if (language == QLatin1String("zh_CN")) {
                QVERIFY2(text.contains(QStringLiteral("邮件（误发）给了 外部地址。")), qPrintable(text));
            }
        }
    }
}

void TestFormatting::chineseSpacingIsTidied()
{
    QCOMPARE(ReportDocument::tidyChineseSpacing(QStringLiteral("编号 （RR-1） 已办结 。")),
        QStringLiteral("编号（RR-1）已办结。"));
    QCOMPARE(ReportDocument::tidyChineseSpacing(QStringLiteral("理由： 不符合条件 ， 详见 “说明”")),
        QStringLiteral("理由：不符合条件，详见“说明”"));
    // Spaces between words, Latin text and line breaks are kept.
    QCOMPARE(ReportDocument::tidyChineseSpacing(QStringLiteral("通过 security@vivest.cn 联系\n此致")),
        QStringLiteral("通过 security@vivest.cn 联系\n此致"));
    QCOMPARE(ReportDocument::tidyChineseSpacing(QStringLiteral("A (b) c")), QStringLiteral("A (b) c"));
}

void TestFormatting::reportsKeepTheirInternalLines()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Register");
    doc.scope = QStringLiteral("2026");
    doc.generatedBy = QStringLiteral("Auditor Chen");
    const QString html = doc.toHtml();
    QVERIFY(html.contains(QStringLiteral("Auditor Chen")));
    QVERIFY(html.contains(QStringLiteral("2026")));
}

QTEST_MAIN(TestFormatting)
#include "tst_formatting.moc"
