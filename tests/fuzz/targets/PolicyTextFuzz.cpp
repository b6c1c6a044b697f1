// Policy importer: bytes as a .txt / .md / .html file, then what the editor and the reports do
// with the Markdown (render to plain text and to HTML, count).
#include "FuzzTargets.h"

#include "policies/PolicyText.h"

namespace cd::fuzz {

namespace {

void renderImported(const char* target, const Result<QString>& imported)
{
    if (!imported) {
        CD_FUZZ_CHECK(target, !imported.message().isEmpty());
        return;
    }
    const QString plain = PolicyText::renderedPlainText(imported.value());
    (void)PolicyText::renderedHtmlFragment(imported.value());
    CD_FUZZ_CHECK(target, PolicyText::countCharacters(plain) >= 0);
    CD_FUZZ_CHECK(target, PolicyText::countWords(plain) >= 0);
}

} // namespace

int fuzzPolicyText(const uint8_t* data, size_t size)
{
    ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    const auto txt = PolicyText::importBytes(bytes, QStringLiteral("txt"));
    renderImported("policy_text", txt);
    if (txt) {
        // The converter escapes what Markdown would read as syntax, so the text always has words
        // when the input had any non-space characters.
        CD_FUZZ_CHECK("policy_text", !txt.value().trimmed().isEmpty());
    }
    renderImported("policy_text", PolicyText::importBytes(bytes, QStringLiteral("md")));
    return 0;
}

int fuzzPolicyHtml(const uint8_t* data, size_t size)
{
    ensureApplication();
    const QByteArray bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    renderImported("policy_html", PolicyText::importBytes(bytes, QStringLiteral("html")));
    return 0;
}

} // namespace cd::fuzz
