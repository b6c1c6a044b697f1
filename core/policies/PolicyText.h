#pragma once

#include "util/Result.h"

#include <QByteArray>
#include <QString>

namespace cd {

// Policy texts: reading files in the encodings staff actually receive, turning plain text into
// Markdown the editor and the reports render, counting, and the hash that seals a published text.
namespace PolicyText {

// Largest file the importer accepts; a policy is a few dozen kilobytes.
constexpr qint64 maxImportBytes = 4 * 1024 * 1024;

enum class SourceEncoding { Utf8, Utf8Bom, Gb18030 };

struct DecodedText {
    QString text;
    SourceEncoding encoding = SourceEncoding::Utf8;
};

// UTF-8 (with or without BOM) when the bytes are valid UTF-8, else GB18030. Line endings become
// "\n"; nothing else is changed. Binary or empty input is refused.
Result<DecodedText> decode(const QByteArray& bytes);

// Plain policy text to Markdown: a short first line becomes the title; "一、" headings, "（一）"
// and numbered "1、" / "1." / "2.1、" headings become headings; runs of lines with "|"
// separators become a table; other lines become paragraphs, escaped so the words stay as they are.
QString plainTextToMarkdown(const QString& text);
// HTML to Markdown through Qt's rich-text reader.
QString htmlToMarkdown(const QString& html);

// Reads a .txt, .md/.markdown or .html/.htm file and returns Markdown.
Result<QString> importFile(const QString& path);
Result<QString> importBytes(const QByteArray& bytes, const QString& suffix);

// Markdown rendered to plain text (what a reader sees), and to an HTML body fragment.
QString renderedPlainText(const QString& markdown);
QString renderedHtmlFragment(const QString& markdown);

// Chinese is counted in characters (no whitespace), English in words.
int countCharacters(const QString& plainText);
int countWords(const QString& plainText);

// SHA-256 (hex) over a canonical encoding of both texts: a tag, then each language code with
// the UTF-8 length and bytes of its text. Lengths make "ab"+"c" differ from "a"+"bc".
QByteArray canonicalEncoding(const QString& textZh, const QString& textEn);
QString contentHash(const QString& textZh, const QString& textEn);

} // namespace PolicyText

} // namespace cd
