#include "policies/PolicyDiff.h"
#include "policies/PolicyText.h"

#include "TestVault.h"

#include <QRandomGenerator>
#include <QTest>

#include <vector>

using namespace cd;

namespace {

// Length of the longest common subsequence by the textbook O(NM) table: the reference the
// Myers diff must match (its edit cost is N + M - 2·LCS).
int lcsLength(const QStringList& a, const QStringList& b)
{
    std::vector<int> previous(size_t(b.size()) + 1, 0);
    std::vector<int> row(size_t(b.size()) + 1, 0);
    for (int i = 1; i <= a.size(); ++i) {
        for (int j = 1; j <= b.size(); ++j) {
            row[size_t(j)] = a.at(i - 1) == b.at(j - 1) ? previous[size_t(j - 1)] + 1
                                                        : std::max(previous[size_t(j)], row[size_t(j - 1)]);
        }
        std::swap(previous, row);
    }
    return previous[size_t(b.size())];
}

int tokenEditCost(const TextDiff& diff)
{
    int cost = 0;
    for (const DiffSegment& s : diff.segments) {
        if (s.kind != DiffSegment::Kind::Equal) {
            cost += int(PolicyDiff::tokenize(s.text, diff.granularity).size());
        }
    }
    return cost;
}

} // namespace

class TestPolicyDiff : public QObject
{
    Q_OBJECT

private slots:
    void tokenizeRoundTrips_data();
    void tokenizeRoundTrips();
    void craftedPairs_data();
    void craftedPairs();
    void randomPairsAreMinimal();
    void applyRefusesForeignText();
    void summaryNamesSections();
    void fullPolicyDiff();
    void markedText();
};

void TestPolicyDiff::tokenizeRoundTrips_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("granularity");
    QTest::newRow("english words") << QStringLiteral("We don't share data, ever.\n\nOK?") << int(DiffGranularity::Word);
    QTest::newRow("mixed") << QStringLiteral("ISO/IEC 27001信息安全 (ISMS)。") << int(DiffGranularity::Word);
    QTest::newRow("surrogates") << QStringLiteral("𠀀𠀁 a𠀂b") << int(DiffGranularity::Character);
    QTest::newRow("empty") << QString() << int(DiffGranularity::Character);
}

void TestPolicyDiff::tokenizeRoundTrips()
{
    QFETCH(QString, text);
    QFETCH(int, granularity);
    const QStringList tokens = PolicyDiff::tokenize(text, DiffGranularity(granularity));
    QCOMPARE(tokens.join(QString()), text);
    for (const QString& t : tokens) {
        QVERIFY(!t.isEmpty());
    }
}

void TestPolicyDiff::craftedPairs_data()
{
    QTest::addColumn<QString>("oldText");
    QTest::addColumn<QString>("newText");
    QTest::addColumn<QString>("language");
    QTest::addColumn<int>("added");
    QTest::addColumn<int>("removed");
    QTest::addColumn<QString>("marked");

    QTest::newRow("zh insert") << QStringLiteral("我们保护您的信息。") << QStringLiteral("我们依法保护您的信息。")
                               << QStringLiteral("zh_CN") << 2 << 0 << QStringLiteral("我们{+依法+}保护您的信息。");
    QTest::newRow("zh delete") << QStringLiteral("我们不会共享您的个人信息。") << QStringLiteral("我们共享您的信息。")
                               << QStringLiteral("zh_CN") << 0 << 4
                               << QStringLiteral("我们[-不会-]共享您的[-个人-]信息。");
    QTest::newRow("zh replace") << QStringLiteral("保存三年") << QStringLiteral("保存五年") << QStringLiteral("zh_CN")
                                << 1 << 1 << QStringLiteral("保存[-三-]{+五+}年");
    QTest::newRow("zh move") << QStringLiteral("甲乙丙丁") << QStringLiteral("丙丁甲乙") << QStringLiteral("zh_CN") << 2
                             << 2 << QString();
    QTest::newRow("cjk punctuation") << QStringLiteral("如下:姓名,电话") << QStringLiteral("如下：姓名，电话")
                                     << QStringLiteral("zh_CN") << 2 << 2
                                     << QStringLiteral("如下[-:-]{+：+}姓名[-,-]{+，+}电话");
    QTest::newRow("full-width digits") << QStringLiteral("2024年4月") << QStringLiteral("２０２４年4月")
                                       << QStringLiteral("zh_CN") << 4 << 4 << QString();
    QTest::newRow("odd characters kept") << QStringLiteral("蘇州維偉思醫(yī)療") << QStringLiteral("蘇州維偉思醫療")
                                         << QStringLiteral("zh_CN") << 0 << 4
                                         << QStringLiteral("蘇州維偉思醫[-(yī)-]療");
    QTest::newRow("en word replace") << QStringLiteral("We keep data for three years.")
                                     << QStringLiteral("We keep data for five years.") << QStringLiteral("en") << 4 << 5
                                     << QStringLiteral("We keep data for [-three-]{+five+} years.");
    QTest::newRow("en insert words") << QStringLiteral("by email.") << QStringLiteral("by email or in-site message.")
                                     << QStringLiteral("en") << 19 << 0
                                     << QStringLiteral("by email{+ or in-site message+}.");
    QTest::newRow("en punctuation") << QStringLiteral("Hello, world") << QStringLiteral("Hello; world")
                                    << QStringLiteral("en") << 1 << 1 << QStringLiteral("Hello[-,-]{+;+} world");
    QTest::newRow("empty to text") << QString() << QStringLiteral("新") << QStringLiteral("zh_CN") << 1 << 0
                                   << QStringLiteral("{+新+}");
    QTest::newRow("text to empty") << QStringLiteral("old") << QString() << QStringLiteral("en") << 0 << 3
                                   << QStringLiteral("[-old-]");
    QTest::newRow("identical") << QStringLiteral("同") << QStringLiteral("同") << QStringLiteral("zh_CN") << 0 << 0
                               << QStringLiteral("同");
}

void TestPolicyDiff::craftedPairs()
{
    QFETCH(QString, oldText);
    QFETCH(QString, newText);
    QFETCH(QString, language);
    QFETCH(int, added);
    QFETCH(int, removed);
    QFETCH(QString, marked);
    const DiffGranularity g = PolicyDiff::granularityFor(language);
    const TextDiff diff = PolicyDiff::compare(oldText, newText, g);
    auto applied = PolicyDiff::apply(oldText, diff);
    QVERIFY2(applied.ok(), qPrintable(applied.message()));
    QCOMPARE(applied.value(), newText);
    QCOMPARE(diff.summary.charactersAdded, added);
    QCOMPARE(diff.summary.charactersRemoved, removed);
    if (!marked.isEmpty()) {
        QCOMPARE(PolicyDiff::toMarkedText(diff), marked);
    }
    const QStringList a = PolicyDiff::tokenize(oldText, g);
    const QStringList b = PolicyDiff::tokenize(newText, g);
    QCOMPARE(tokenEditCost(diff), int(a.size() + b.size()) - 2 * lcsLength(a, b));
    QCOMPARE(diff.summary.changes == 0, oldText == newText);
}

void TestPolicyDiff::randomPairsAreMinimal()
{
    // Property check: for many random edits of a small alphabet (many repeated tokens, the hard
    // case for a diff), applying the diff reproduces the new text and its cost is optimal.
    QRandomGenerator random(20240425);
    const QString alphabet = QStringLiteral("的信息您我们，。ab ");
    for (int round = 0; round < 400; ++round) {
        QString oldText;
        const int length = int(random.bounded(0, 40));
        for (int i = 0; i < length; ++i) {
            oldText += alphabet.at(int(random.bounded(int(alphabet.size()))));
        }
        QString newText = oldText;
        const int edits = int(random.bounded(0, 6));
        for (int e = 0; e < edits; ++e) {
            const int pos = newText.isEmpty() ? 0 : int(random.bounded(int(newText.size())));
            switch (random.bounded(3)) {
            case 0: newText.insert(pos, alphabet.at(int(random.bounded(int(alphabet.size()))))); break;
            case 1:
                if (!newText.isEmpty()) {
                    newText.remove(pos, 1 + int(random.bounded(3)));
                }
                break;
            default:
                if (!newText.isEmpty()) {
                    newText[pos] = alphabet.at(int(random.bounded(int(alphabet.size()))));
                }
                break;
            }
        }
        for (DiffGranularity g : { DiffGranularity::Character, DiffGranularity::Word }) {
            const TextDiff diff = PolicyDiff::compare(oldText, newText, g);
            auto applied = PolicyDiff::apply(oldText, diff);
            QVERIFY(applied.ok());
            QCOMPARE(applied.value(), newText);
            const QStringList a = PolicyDiff::tokenize(oldText, g);
            const QStringList b = PolicyDiff::tokenize(newText, g);
            QCOMPARE(tokenEditCost(diff), int(a.size() + b.size()) - 2 * lcsLength(a, b));
        }
    }
}

void TestPolicyDiff::applyRefusesForeignText()
{
    const TextDiff diff
        = PolicyDiff::compare(QStringLiteral("甲乙丙"), QStringLiteral("甲丙"), DiffGranularity::Character);
    QVERIFY(!PolicyDiff::apply(QStringLiteral("甲丁丙"), diff).ok());
    QVERIFY(!PolicyDiff::apply(QStringLiteral("甲乙丙丁"), diff).ok());
}

void TestPolicyDiff::summaryNamesSections()
{
    const QString oldText
        = QStringLiteral("# 标题\n\n## 一、定义\n\n个人信息。\n\n## 二、共享\n\n不共享。\n\n## 三、更新\n\n通知。\n");
    const QString newText = QStringLiteral(
        "# 标题\n\n## 一、定义\n\n个人信息。\n\n## 二、共享\n\n依法共享。\n\n## 三、更新\n\n提前通知。\n");
    const TextDiff diff = PolicyDiff::compare(oldText, newText, DiffGranularity::Character);
    QCOMPARE(diff.summary.sectionsChanged, QStringList({ QStringLiteral("二、共享"), QStringLiteral("三、更新") }));
    QCOMPARE(diff.summary.changes, 2);
    QCOMPARE(diff.changes.at(1).newOffset, int(newText.indexOf(QStringLiteral("提前"))));
}

void TestPolicyDiff::fullPolicyDiff()
{
    // The whole seed policy against an edited copy: correct, and exact (not cut short by the budget).
    const QString seed = QString::fromUtf8(test::readFile(
        qEnvironmentVariable("CD_SOURCE_DIR") + QStringLiteral("/tests/data/policies/privacy-policy-2024-04-25.txt")));
    QVERIFY(seed.size() > 2000);
    const QString oldText = PolicyText::plainTextToMarkdown(seed);
    QString newText = oldText;
    newText.replace(QStringLiteral("通過電子郵件或站內(nèi)信"), QStringLiteral("提前七日通過電子郵件或站內信"));
    newText.remove(QStringLiteral("比如微信、京東、淘寶,"));
    newText.append(QStringLiteral("\n## 九、附则\n\n本政策自发布之日起生效。\n"));
    const TextDiff diff = PolicyDiff::compare(oldText, newText, DiffGranularity::Character, 0);
    QVERIFY(!diff.approximate);
    auto applied = PolicyDiff::apply(oldText, diff);
    QVERIFY(applied.ok());
    QCOMPARE(applied.value(), newText);
    QVERIFY(diff.summary.changes >= 3);
    QVERIFY(diff.summary.sectionsChanged.contains(QStringLiteral("九、附则")));
    // Swapped texts: additions and removals trade places.
    const TextDiff back = PolicyDiff::compare(newText, oldText, DiffGranularity::Character, 0);
    QCOMPARE(back.summary.charactersAdded, diff.summary.charactersRemoved);
    QCOMPARE(back.summary.charactersRemoved, diff.summary.charactersAdded);
}

void TestPolicyDiff::markedText()
{
    const TextDiff diff = PolicyDiff::compare(QStringLiteral("a b"), QStringLiteral("a c"), DiffGranularity::Word);
    QCOMPARE(PolicyDiff::toMarkedText(diff), QStringLiteral("a [-b-]{+c+}"));
}

QTEST_GUILESS_MAIN(TestPolicyDiff)
#include "tst_policydiff.moc"
