#include "policies/PolicyText.h"

#include "TestVault.h"

#include <QCryptographicHash>
#include <QStringEncoder>
#include <QTest>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

using namespace cd;

namespace {

QString dataPath(const QString& name)
{
    return qEnvironmentVariable("CD_SOURCE_DIR") + QStringLiteral("/tests/data/policies/") + name;
}

QString seedText()
{
    return QString::fromUtf8(test::readFile(dataPath(QStringLiteral("privacy-policy-2024-04-25.txt"))));
}

QList<QTextTable*> tablesOf(QTextDocument& document)
{
    QList<QTextTable*> tables;
    for (QTextFrame* frame : document.rootFrame()->childFrames()) {
        if (auto* table = qobject_cast<QTextTable*>(frame)) {
            tables.append(table);
        }
    }
    return tables;
}

} // namespace

class TestPolicyText : public QObject
{
    Q_OBJECT

private slots:
    void seedImportsFaithfully();
    void seedTableRenders();
    void seedHeadings();
    void encodingsGiveTheSameText_data();
    void encodingsGiveTheSameText();
    void badFilesAreRefused_data();
    void badFilesAreRefused();
    void hostileTextStaysText();
    void htmlAndMarkdownImport();
    void counts();
    void hashIsCanonical();
};

void TestPolicyText::seedImportsFaithfully()
{
    const QString seed = seedText();
    QVERIFY(seed.contains(QStringLiteral("醫(yī)")));
    auto markdown = PolicyText::importFile(dataPath(QStringLiteral("privacy-policy-2024-04-25.txt")));
    QVERIFY2(markdown.ok(), qPrintable(markdown.message()));
    const QString rendered = PolicyText::renderedPlainText(markdown.value());
    // Every line of the file reads exactly the same once rendered (table lines cell by cell).
    int checked = 0;
    for (const QString& line : seed.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.contains(QLatin1Char('|'))) {
            continue;
        }
        QVERIFY2(rendered.contains(trimmed), qPrintable(trimmed));
        ++checked;
    }
    QVERIFY(checked > 50);
    QVERIFY(rendered.contains(QStringLiteral("蘇州維偉思醫(yī)療科技有限公司")));
    QVERIFY(rendered.contains(QStringLiteral("security@vivest.cn")));
    // No Markdown escape leaks into what the reader sees.
    QVERIFY(!rendered.contains(QLatin1Char('\\')));
}

void TestPolicyText::seedTableRenders()
{
    auto markdown = PolicyText::importFile(dataPath(QStringLiteral("privacy-policy-2024-04-25.txt")));
    QVERIFY(markdown.ok());
    QVERIFY(markdown->contains(QStringLiteral("| --- | --- | --- |")));
    QTextDocument document;
    document.setMarkdown(markdown.value());
    const QList<QTextTable*> tables = tablesOf(document);
    QCOMPARE(tables.size(), 1);
    QTextTable* table = tables.first();
    QCOMPARE(table->rows(), 3);
    QCOMPARE(table->columns(), 3);
    auto cellText = [table](int row, int column) {
        const QTextTableCell cell = table->cellAt(row, column);
        QTextCursor cursor = cell.firstCursorPosition();
        cursor.setPosition(cell.lastCursorPosition().position(), QTextCursor::KeepAnchor);
        return cursor.selectedText();
    };
    QCOMPARE(cellText(0, 0), QStringLiteral("收集信息"));
    QCOMPARE(cellText(1, 0), QStringLiteral("姓名、手機號、郵箱、區(qū)域"));
    QCOMPARE(cellText(2, 2), QStringLiteral("您訪問我們的網(wǎng)站"));
}

void TestPolicyText::seedHeadings()
{
    const QString markdown = PolicyText::plainTextToMarkdown(seedText());
    QVERIFY(markdown.startsWith(QStringLiteral("# 維偉思隱私政策\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n## 一、定義\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n### 8、聯(lián)系方式\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n#### 2.1、共享\n")));
    QVERIFY(markdown.contains(QStringLiteral("\n#### 4.4 注銷賬戶\n")));
    // A numbered sentence stays a paragraph.
    QVERIFY(markdown.contains(QStringLiteral("\n2.1.1 在獲取明確同意的情況下共享")));
}

void TestPolicyText::encodingsGiveTheSameText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("encoding");
    const QString seed = seedText();
    QTest::newRow("utf-8") << seed.toUtf8() << int(PolicyText::SourceEncoding::Utf8);
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF") + seed.toUtf8()
                               << int(PolicyText::SourceEncoding::Utf8Bom);
    QStringEncoder gb("GB18030");
    QVERIFY(gb.isValid());
    const QByteArray gbBytes = gb.encode(seed);
    QTest::newRow("gb18030") << gbBytes << int(PolicyText::SourceEncoding::Gb18030);
    QByteArray crlf = seed.toUtf8();
    crlf.replace("\n", "\r\n");
    QTest::newRow("crlf") << crlf << int(PolicyText::SourceEncoding::Utf8);
}

void TestPolicyText::encodingsGiveTheSameText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, encoding);
    auto decoded = PolicyText::decode(bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.message()));
    QCOMPARE(decoded->text, seedText());
    QCOMPARE(int(decoded->encoding), encoding);
}

void TestPolicyText::badFilesAreRefused_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<int>("code");
    QTest::newRow("empty") << QStringLiteral("empty.txt") << int(ErrorCode::InvalidInput);
    QTest::newRow("binary") << QStringLiteral("binary.txt") << int(ErrorCode::InvalidInput);
    QTest::newRow("not text") << QStringLiteral("invalid-encoding.txt") << int(ErrorCode::InvalidInput);
    QTest::newRow("missing") << QStringLiteral("no-such-file.txt") << int(ErrorCode::NotFound);
    QTest::newRow("wrong kind") << QStringLiteral("../vaults/fixture-v1.cdvault") << int(ErrorCode::InvalidInput);
}

void TestPolicyText::badFilesAreRefused()
{
    QFETCH(QString, file);
    QFETCH(int, code);
    auto result = PolicyText::importFile(dataPath(file));
    QVERIFY(!result.ok());
    QCOMPARE(int(result.code()), code);
    QVERIFY(!result.message().isEmpty());
}

void TestPolicyText::hostileTextStaysText()
{
    auto markdown = PolicyText::importFile(dataPath(QStringLiteral("hostile.txt")));
    QVERIFY(markdown.ok());
    QTextDocument document;
    document.setMarkdown(markdown.value());
    const QString plain = document.toPlainText();
    QVERIFY(plain.contains(QStringLiteral("**not bold** [not a link](x) <b>raw</b> _x_ & &amp;")));
    QVERIFY(plain.contains(QStringLiteral("1. not a list")));
    QVERIFY(plain.contains(QStringLiteral("- not a bullet")));
    QVERIFY(plain.contains(QStringLiteral("# not a heading")));
    QVERIFY(!document.toHtml().contains(QStringLiteral("<a href")));
}

void TestPolicyText::htmlAndMarkdownImport()
{
    auto md = PolicyText::importFile(dataPath(QStringLiteral("cookie-notice-bom.md")));
    QVERIFY(md.ok());
    QCOMPARE(md.value(), QStringLiteral("# Cookie notice\n\nWe use cookies.\n"));
    auto html = PolicyText::importFile(dataPath(QStringLiteral("simple.html")));
    QVERIFY(html.ok());
    QTextDocument document;
    document.setMarkdown(html.value());
    QCOMPARE(tablesOf(document).size(), 1);
    QVERIFY(document.toPlainText().contains(QStringLiteral("One & two")));
}

void TestPolicyText::counts()
{
    QCOMPARE(PolicyText::countCharacters(QStringLiteral("我们 保护\n您。")), 6);
    QCOMPARE(PolicyText::countWords(QStringLiteral("We don't share your data, ever.")), 6);
    QCOMPARE(PolicyText::countWords(QString()), 0);
}

void TestPolicyText::hashIsCanonical()
{
    const QString a = PolicyText::contentHash(QStringLiteral("ab"), QStringLiteral("c"));
    QCOMPARE(a.size(), 64);
    QVERIFY(a != PolicyText::contentHash(QStringLiteral("a"), QStringLiteral("bc")));
    QCOMPARE(a, PolicyText::contentHash(QStringLiteral("ab"), QStringLiteral("c")));
    // Pinned: the hash of a published text must not change between program versions.
    QCOMPARE(PolicyText::contentHash(QStringLiteral("隐私"), QStringLiteral("Privacy")),
        QString::fromLatin1(
            QCryptographicHash::hash(PolicyText::canonicalEncoding(QStringLiteral("隐私"), QStringLiteral("Privacy")),
                QCryptographicHash::Sha256)
                .toHex()));
    QVERIFY(PolicyText::canonicalEncoding(QStringLiteral("隐私"), QString())
                .startsWith("compliance-desk/policy-text/1\nzh_CN"));
}

QTEST_MAIN(TestPolicyText)
#include "tst_policytext.moc"
