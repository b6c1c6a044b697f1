#pragma once

#include "util/Result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// How a text is cut into the units the diff compares. Chinese has no spaces between words, so
// it is compared character by character; English is compared word by word, with whitespace and
// punctuation kept as tokens of their own so the diff reproduces the text exactly.
enum class DiffGranularity { Character, Word };

struct DiffSegment {
    enum class Kind { Equal, Insert, Delete };
    Kind kind = Kind::Equal;
    QString text;
    int oldOffset = 0; // position in the old text (for Insert: where it goes)
    int newOffset = 0; // position in the new text (for Delete: where it was)
};

// One change for navigation: a run of deletions and insertions between two equal segments.
struct DiffChange {
    int firstSegment = 0;
    int lastSegment = 0; // inclusive
    int oldOffset = 0;
    int oldLength = 0;
    int newOffset = 0;
    int newLength = 0;
    QString section; // heading of the section the change falls in
};

struct DiffSummary {
    int charactersAdded = 0;
    int charactersRemoved = 0;
    int changes = 0;
    QStringList sectionsChanged; // in document order, each once
};

struct TextDiff {
    DiffGranularity granularity = DiffGranularity::Character;
    QList<DiffSegment> segments;
    QList<DiffChange> changes;
    DiffSummary summary;
    bool approximate = false; // the time budget ran out; the diff is correct but not minimal
};

namespace PolicyDiff {

// "zh_CN" compares characters, anything else words.
DiffGranularity granularityFor(const QString& language);

// Splits text into tokens; concatenating them gives the text back.
QStringList tokenize(const QString& text, DiffGranularity granularity);

// Myers' O(ND) diff with the linear-space middle-snake refinement, over tokens.
// timeBudgetMs bounds the work on very different texts (0: no bound).
TextDiff compare(const QString& oldText, const QString& newText, DiffGranularity granularity, int timeBudgetMs = 2000);

// Applies the diff to oldText; fails when oldText is not the text the diff was made from.
Result<QString> apply(const QString& oldText, const TextDiff& diff);

// Unified-style text: unchanged text as is, deletions as [-…-], insertions as {+…+}.
QString toMarkedText(const TextDiff& diff);

// Minimal edit script length in tokens (insertions + deletions); for checks.
int editCost(const TextDiff& diff);

} // namespace PolicyDiff

} // namespace cd
