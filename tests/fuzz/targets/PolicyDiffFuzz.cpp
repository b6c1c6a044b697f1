// Policy version diff: the input is two texts separated by the first NUL byte (or split in
// half). Whatever the texts, applying the diff to the old text must give the new text.
#include "FuzzTargets.h"

#include "policies/PolicyDiff.h"

namespace cd::fuzz {

int fuzzPolicyDiff(const uint8_t* data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    qsizetype cut = bytes.indexOf('\0');
    const qsizetype skip = cut < 0 ? 0 : 1;
    if (cut < 0) {
        cut = bytes.size() / 2;
    }
    const QString oldText = QString::fromUtf8(bytes.left(cut));
    const QString newText = QString::fromUtf8(bytes.mid(cut + skip));
    for (const DiffGranularity g : { DiffGranularity::Character, DiffGranularity::Word }) {
        CD_FUZZ_CHECK("policy_diff", PolicyDiff::tokenize(oldText, g).join(QString()) == oldText);
        const TextDiff diff = PolicyDiff::compare(oldText, newText, g, 200);
        const auto applied = PolicyDiff::apply(oldText, diff);
        CD_FUZZ_CHECK("policy_diff", applied.ok());
        CD_FUZZ_CHECK("policy_diff", applied.value() == newText);
        CD_FUZZ_CHECK("policy_diff", diff.summary.charactersAdded >= 0 && diff.summary.charactersRemoved >= 0);
        (void)PolicyDiff::toMarkedText(diff);
    }
    return 0;
}

} // namespace cd::fuzz
