#include "policies/PolicyDiff.h"
#include "util/Languages.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace cd {

namespace {

enum class Op { Equal, Insert, Delete };

struct Edit {
    Op op;
    int count; // tokens
};

// Linear-space Myers diff over token ids. Splits at a point on an optimal path found by
// running the forward and reverse searches towards each other (the "middle snake").
class MyersDiff
{
public:
    MyersDiff(const std::vector<int>& a, const std::vector<int>& b, int budgetMs)
        : m_a(a)
        , m_b(b)
        , m_budgetMs(budgetMs)
    {
        m_timer.start();
    }

    std::vector<Edit> run()
    {
        diff(0, int(m_a.size()), 0, int(m_b.size()));
        return std::move(m_edits);
    }
    bool approximate() const { return m_approximate; }

private:
    void record(Op op, int count)
    {
        if (count <= 0) {
            return;
        }
        if (!m_edits.empty() && m_edits.back().op == op) {
            m_edits.back().count += count;
        } else {
            m_edits.push_back({ op, count });
        }
    }

    void diff(int aLo, int aHi, int bLo, int bHi)
    {
        int prefix = 0;
        while (aLo + prefix < aHi && bLo + prefix < bHi && m_a[aLo + prefix] == m_b[bLo + prefix]) {
            ++prefix;
        }
        aLo += prefix;
        bLo += prefix;
        int suffix = 0;
        while (aLo < aHi - suffix && bLo < bHi - suffix && m_a[aHi - 1 - suffix] == m_b[bHi - 1 - suffix]) {
            ++suffix;
        }
        aHi -= suffix;
        bHi -= suffix;
        record(Op::Equal, prefix);
        if (aLo == aHi) {
            record(Op::Insert, bHi - bLo);
        } else if (bLo == bHi) {
            record(Op::Delete, aHi - aLo);
        } else {
            bisect(aLo, aHi, bLo, bHi);
        }
        record(Op::Equal, suffix);
    }

    void bisect(int aLo, int aHi, int bLo, int bHi)
    {
        const int n = aHi - aLo;
        const int m = bHi - bLo;
        const int maxD = (n + m + 1) / 2;
        const int offset = maxD;
        const int length = 2 * maxD + 2;
        std::vector<int> forward(size_t(length), -1);
        std::vector<int> backward(size_t(length), -1);
        forward[size_t(offset + 1)] = 0;
        backward[size_t(offset + 1)] = 0;
        const int delta = n - m;
        // With an odd delta the paths can only meet while extending the forward path.
        const bool checkOnForward = (delta % 2) != 0;
        int k1Start = 0;
        int k1End = 0;
        int k2Start = 0;
        int k2End = 0;
        for (int d = 0; d < maxD; ++d) {
            if (m_budgetMs > 0 && (d & 63) == 63 && m_timer.elapsed() > m_budgetMs) {
                break;
            }
            for (int k1 = -d + k1Start; k1 <= d - k1End; k1 += 2) {
                const int k1Index = offset + k1;
                int x1 = (k1 == -d || (k1 != d && forward[size_t(k1Index - 1)] < forward[size_t(k1Index + 1)]))
                    ? forward[size_t(k1Index + 1)]
                    : forward[size_t(k1Index - 1)] + 1;
                int y1 = x1 - k1;
                while (x1 < n && y1 < m && m_a[size_t(aLo + x1)] == m_b[size_t(bLo + y1)]) {
                    ++x1;
                    ++y1;
                }
                forward[size_t(k1Index)] = x1;
                if (x1 > n) {
                    k1End += 2; // ran off the right edge
                } else if (y1 > m) {
                    k1Start += 2; // ran off the bottom edge
                } else if (checkOnForward) {
                    const int k2Index = offset + delta - k1;
                    if (k2Index >= 0 && k2Index < length && backward[size_t(k2Index)] != -1) {
                        const int x2 = n - backward[size_t(k2Index)];
                        if (x1 >= x2) {
                            split(aLo, aHi, bLo, bHi, x1, y1);
                            return;
                        }
                    }
                }
            }
            for (int k2 = -d + k2Start; k2 <= d - k2End; k2 += 2) {
                const int k2Index = offset + k2;
                int x2 = (k2 == -d || (k2 != d && backward[size_t(k2Index - 1)] < backward[size_t(k2Index + 1)]))
                    ? backward[size_t(k2Index + 1)]
                    : backward[size_t(k2Index - 1)] + 1;
                int y2 = x2 - k2;
                while (x2 < n && y2 < m && m_a[size_t(aHi - 1 - x2)] == m_b[size_t(bHi - 1 - y2)]) {
                    ++x2;
                    ++y2;
                }
                backward[size_t(k2Index)] = x2;
                if (x2 > n) {
                    k2End += 2;
                } else if (y2 > m) {
                    k2Start += 2;
                } else if (!checkOnForward) {
                    const int k1Index = offset + delta - k2;
                    if (k1Index >= 0 && k1Index < length && forward[size_t(k1Index)] != -1) {
                        const int x1 = forward[size_t(k1Index)];
                        const int y1 = offset + x1 - k1Index;
                        if (x1 >= n - x2) {
                            split(aLo, aHi, bLo, bHi, x1, y1);
                            return;
                        }
                    }
                }
            }
        }
        // Out of time (or no common token at all): replace the whole range.
        m_approximate = m_approximate || (m_budgetMs > 0 && m_timer.elapsed() > m_budgetMs);
        record(Op::Delete, n);
        record(Op::Insert, m);
    }

    void split(int aLo, int aHi, int bLo, int bHi, int x, int y)
    {
        diff(aLo, aLo + x, bLo, bLo + y);
        diff(aLo + x, aHi, bLo + y, bHi);
    }

    const std::vector<int>& m_a;
    const std::vector<int>& m_b;
    int m_budgetMs;
    QElapsedTimer m_timer;
    std::vector<Edit> m_edits;
    bool m_approximate = false;
};

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber() || c == QLatin1Char('_');
}

bool isCjk(char32_t ucs)
{
    return (ucs >= 0x2E80 && ucs <= 0x9FFF) || (ucs >= 0xF900 && ucs <= 0xFAFF) || (ucs >= 0xFF00 && ucs <= 0xFFEF)
        || (ucs >= 0x20000 && ucs <= 0x3FFFF) || (ucs >= 0x3000 && ucs <= 0x303F);
}

// Markdown headings (and the numbered headings of plain text) name the sections of a policy.
struct SectionIndex {
    QList<int> starts;
    QStringList titles;

    explicit SectionIndex(const QString& text)
    {
        static const QRegularExpression heading(
            QStringLiteral("^(#{1,6})\\s+(.+)$"), QRegularExpression::MultilineOption);
        auto it = heading.globalMatch(text);
        while (it.hasNext()) {
            const auto match = it.next();
            starts.append(int(match.capturedStart()));
            titles.append(match.captured(2).trimmed());
        }
    }
    QString sectionAt(int offset) const
    {
        QString title;
        for (int i = 0; i < starts.size() && starts.at(i) <= offset; ++i) {
            title = titles.at(i);
        }
        return title.isEmpty() ? QCoreApplication::translate("cd::Policies", "Beginning") : title;
    }
};

} // namespace

namespace PolicyDiff {

DiffGranularity granularityFor(const QString& language)
{
    return Languages::isAnyChinese(language) ? DiffGranularity::Character : DiffGranularity::Word;
}

QStringList tokenize(const QString& text, DiffGranularity granularity)
{
    QStringList tokens;
    const int size = int(text.size());
    int i = 0;
    while (i < size) {
        const QChar c = text.at(i);
        // A surrogate pair is one character (rare CJK extension ideographs live there).
        const int charLength = (c.isHighSurrogate() && i + 1 < size && text.at(i + 1).isLowSurrogate()) ? 2 : 1;
        const char32_t ucs = charLength == 2 ? QChar::surrogateToUcs4(c, text.at(i + 1)) : c.unicode();
        if (granularity == DiffGranularity::Character || isCjk(ucs)) {
            tokens.append(text.mid(i, charLength));
            i += charLength;
        } else if (isWordChar(c)) {
            int j = i + 1;
            while (j < size && isWordChar(text.at(j)) && !isCjk(text.at(j).unicode())) {
                ++j;
            }
            tokens.append(text.mid(i, j - i));
            i = j;
        } else if (c.isSpace()) {
            int j = i + 1;
            while (j < size && text.at(j).isSpace() && text.at(j) != QLatin1Char('\n') && c != QLatin1Char('\n')) {
                ++j;
            }
            tokens.append(text.mid(i, j - i));
            i = j;
        } else {
            tokens.append(text.mid(i, charLength));
            i += charLength;
        }
    }
    return tokens;
}

TextDiff compare(const QString& oldText, const QString& newText, DiffGranularity granularity, int timeBudgetMs)
{
    TextDiff result;
    result.granularity = granularity;
    const QStringList oldTokens = tokenize(oldText, granularity);
    const QStringList newTokens = tokenize(newText, granularity);
    QHash<QString, int> ids;
    auto intern = [&ids](const QStringList& tokens) {
        std::vector<int> out;
        out.reserve(size_t(tokens.size()));
        for (const QString& token : tokens) {
            auto it = ids.constFind(token);
            if (it == ids.constEnd()) {
                it = ids.insert(token, int(ids.size()));
            }
            out.push_back(it.value());
        }
        return out;
    };
    const std::vector<int> a = intern(oldTokens);
    const std::vector<int> b = intern(newTokens);
    MyersDiff myers(a, b, timeBudgetMs);
    const std::vector<Edit> rawEdits = myers.run();
    result.approximate = myers.approximate();
    // Between two equal runs, show everything removed first and then everything added: one
    // readable change instead of interleaved fragments.
    std::vector<Edit> edits;
    int pendingDelete = 0;
    int pendingInsert = 0;
    auto flush = [&] {
        if (pendingDelete > 0) {
            edits.push_back({ Op::Delete, pendingDelete });
        }
        if (pendingInsert > 0) {
            edits.push_back({ Op::Insert, pendingInsert });
        }
        pendingDelete = pendingInsert = 0;
    };
    for (const Edit& edit : rawEdits) {
        if (edit.op == Op::Equal) {
            flush();
            edits.push_back(edit);
        } else {
            (edit.op == Op::Delete ? pendingDelete : pendingInsert) += edit.count;
        }
    }
    flush();

    int oldToken = 0;
    int newToken = 0;
    int oldOffset = 0;
    int newOffset = 0;
    for (const Edit& edit : edits) {
        DiffSegment segment;
        segment.oldOffset = oldOffset;
        segment.newOffset = newOffset;
        QString text;
        switch (edit.op) {
        case Op::Equal:
            segment.kind = DiffSegment::Kind::Equal;
            for (int t = 0; t < edit.count; ++t) {
                text += oldTokens.at(oldToken + t);
            }
            oldToken += edit.count;
            newToken += edit.count;
            oldOffset += int(text.size());
            newOffset += int(text.size());
            break;
        case Op::Delete:
            segment.kind = DiffSegment::Kind::Delete;
            for (int t = 0; t < edit.count; ++t) {
                text += oldTokens.at(oldToken + t);
            }
            oldToken += edit.count;
            oldOffset += int(text.size());
            result.summary.charactersRemoved += int(text.toUcs4().size());
            break;
        case Op::Insert:
            segment.kind = DiffSegment::Kind::Insert;
            for (int t = 0; t < edit.count; ++t) {
                text += newTokens.at(newToken + t);
            }
            newToken += edit.count;
            newOffset += int(text.size());
            result.summary.charactersAdded += int(text.toUcs4().size());
            break;
        }
        segment.text = text;
        result.segments.append(segment);
    }

    const SectionIndex oldSections(oldText);
    const SectionIndex newSections(newText);
    for (int i = 0; i < result.segments.size(); ++i) {
        if (result.segments.at(i).kind == DiffSegment::Kind::Equal) {
            continue;
        }
        DiffChange change;
        change.firstSegment = i;
        change.oldOffset = result.segments.at(i).oldOffset;
        change.newOffset = result.segments.at(i).newOffset;
        int j = i;
        while (j + 1 < result.segments.size() && result.segments.at(j + 1).kind != DiffSegment::Kind::Equal) {
            ++j;
        }
        change.lastSegment = j;
        for (int s = i; s <= j; ++s) {
            const DiffSegment& seg = result.segments.at(s);
            (seg.kind == DiffSegment::Kind::Delete ? change.oldLength : change.newLength) += int(seg.text.size());
        }
        change.section
            = change.newLength > 0 ? newSections.sectionAt(change.newOffset) : oldSections.sectionAt(change.oldOffset);
        QStringList touched { change.section };
        // A change that adds or removes whole headings touches those sections too.
        for (int h = 0; h < newSections.starts.size(); ++h) {
            const int start = newSections.starts.at(h);
            if (change.newLength > 0 && start > change.newOffset && start < change.newOffset + change.newLength) {
                touched.append(newSections.titles.at(h));
            }
        }
        for (int h = 0; h < oldSections.starts.size(); ++h) {
            const int start = oldSections.starts.at(h);
            if (change.oldLength > 0 && start > change.oldOffset && start < change.oldOffset + change.oldLength) {
                touched.append(oldSections.titles.at(h));
            }
        }
        for (const QString& section : touched) {
            if (!result.summary.sectionsChanged.contains(section)) {
                result.summary.sectionsChanged.append(section);
            }
        }
        result.changes.append(change);
        i = j;
    }
    result.summary.changes = int(result.changes.size());
    return result;
}

Result<QString> apply(const QString& oldText, const TextDiff& diff)
{
    QString out;
    out.reserve(oldText.size());
    int position = 0;
    for (const DiffSegment& segment : diff.segments) {
        if (segment.kind == DiffSegment::Kind::Insert) {
            out += segment.text;
            continue;
        }
        if (QStringView(oldText).mid(position, segment.text.size()) != segment.text) {
            return Error { ErrorCode::InvalidInput,
                QCoreApplication::translate(
                    "cd::Policies", "The comparison does not belong to this text; compare again.") };
        }
        if (segment.kind == DiffSegment::Kind::Equal) {
            out += segment.text;
        }
        position += int(segment.text.size());
    }
    if (position != oldText.size()) {
        return Error { ErrorCode::InvalidInput,
            QCoreApplication::translate(
                "cd::Policies", "The comparison does not belong to this text; compare again.") };
    }
    return out;
}

QString toMarkedText(const TextDiff& diff)
{
    QString out;
    for (const DiffSegment& segment : diff.segments) {
        switch (segment.kind) {
        case DiffSegment::Kind::Equal: out += segment.text; break;
        case DiffSegment::Kind::Delete: out += QStringLiteral("[-") + segment.text + QStringLiteral("-]"); break;
        case DiffSegment::Kind::Insert: out += QStringLiteral("{+") + segment.text + QStringLiteral("+}"); break;
        }
    }
    return out;
}

int editCost(const TextDiff& diff)
{
    int cost = 0;
    for (const DiffSegment& segment : diff.segments) {
        if (segment.kind != DiffSegment::Kind::Equal) {
            cost += int(tokenize(segment.text, diff.granularity).size());
        }
    }
    return cost;
}

} // namespace PolicyDiff

} // namespace cd
