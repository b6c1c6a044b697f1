#include "policies/PolicyText.h"
#include "util/Languages.h"
#include "util/TranslationContexts.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>
#include <QTextDocument>
#include <QtEndian>

namespace cd::PolicyText {

namespace {

QString normalizeLineEndings(QString text)
{
    text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
    text.replace(QLatin1Char('\r'), QLatin1Char('\n'));
    return text;
}

// Characters Markdown would read as syntax. Escaping them keeps the words exactly as written.
QString escapeInline(const QString& text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (const QChar c : text) {
        switch (c.unicode()) {
        case '\\':
        case '*':
        case '_':
        case '`':
        case '[':
        case ']':
        case '<':
        case '>':
        case '~':
        case '|':
        case '&': out += QLatin1Char('\\'); break;
        default: break;
        }
        out += c;
    }
    return out;
}

// Escapes what would turn a line into a block of another kind (heading, list, quote, rule).
QString escapeBlockStart(const QString& escaped)
{
    static const QRegularExpression orderedList(QStringLiteral("^(\\d{1,9})([.)])(\\s|$)"));
    static const QRegularExpression bulletOrRule(QStringLiteral("^[-+=#]"));
    const auto match = orderedList.match(escaped);
    if (match.hasMatch()) {
        return match.captured(1) + QLatin1Char('\\') + escaped.mid(match.capturedLength(1));
    }
    if (bulletOrRule.match(escaped).hasMatch()) {
        return QLatin1Char('\\') + escaped;
    }
    return escaped;
}

QStringList tableCells(const QString& line)
{
    QString body = line.trimmed();
    if (body.startsWith(QLatin1Char('|'))) {
        body.remove(0, 1);
    }
    if (body.endsWith(QLatin1Char('|'))) {
        body.chop(1);
    }
    QStringList cells = body.split(QLatin1Char('|'));
    for (QString& cell : cells) {
        cell = cell.trimmed();
    }
    return cells;
}

bool isTableLine(const QString& line)
{
    return line.count(QLatin1Char('|')) >= 2 || (line.contains(QLatin1Char('|')) && tableCells(line).size() >= 2);
}

// A numbered heading is short and does not read as a sentence.
bool looksLikeHeading(const QString& line)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[。；;:：,，!！？]"));
    return line.size() <= 40 && !sentenceEnd.match(line).hasMatch();
}

int headingLevel(const QString& line)
{
    static const QRegularExpression chineseNumeral(QStringLiteral("^[一二三四五六七八九十百]+、"));
    static const QRegularExpression bracketed(QStringLiteral("^[（(][一二三四五六七八九十百]+[）)]"));
    static const QRegularExpression numbered(QStringLiteral("^\\d{1,3}(?:、|\\.(?!\\d)|\\s)"));
    static const QRegularExpression subNumbered(QStringLiteral("^\\d{1,3}\\.\\d{1,3}(?:、|\\.(?!\\d)|\\s)"));
    static const QRegularExpression subSubNumbered(
        QStringLiteral("^\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}(?:、|\\.(?!\\d)|\\s)"));
    if (!looksLikeHeading(line)) {
        return 0;
    }
    if (chineseNumeral.match(line).hasMatch()) {
        return 2;
    }
    if (bracketed.match(line).hasMatch()) {
        return 3;
    }
    if (subSubNumbered.match(line).hasMatch()) {
        return 5;
    }
    if (subNumbered.match(line).hasMatch()) {
        return 4;
    }
    if (numbered.match(line).hasMatch()) {
        return 3;
    }
    return 0;
}

// Qt's HTML reader slows down sharply with nesting depth (20,000 nested inline elements take
// about a minute), so a hostile file could freeze the application. Real policies nest a few
// dozen levels at most. Only elements that must be closed count; void elements and those whose
// end tag is optional (p, li, td, ...) are left out so loose but valid HTML is not refused.
constexpr int maxHtmlNesting = 256;

int htmlNestingDepth(const QString& html)
{
    static const QSet<QString> counted = {
        QStringLiteral("div"),
        QStringLiteral("span"),
        QStringLiteral("b"),
        QStringLiteral("i"),
        QStringLiteral("u"),
        QStringLiteral("s"),
        QStringLiteral("em"),
        QStringLiteral("strong"),
        QStringLiteral("a"),
        QStringLiteral("font"),
        QStringLiteral("table"),
        QStringLiteral("ul"),
        QStringLiteral("ol"),
        QStringLiteral("dl"),
        QStringLiteral("blockquote"),
        QStringLiteral("section"),
        QStringLiteral("article"),
        QStringLiteral("sup"),
        QStringLiteral("sub"),
        QStringLiteral("small"),
        QStringLiteral("big"),
        QStringLiteral("code"),
        QStringLiteral("pre"),
        QStringLiteral("center"),
        QStringLiteral("h1"),
        QStringLiteral("h2"),
        QStringLiteral("h3"),
        QStringLiteral("h4"),
        QStringLiteral("h5"),
        QStringLiteral("h6"),
        QStringLiteral("nav"),
        QStringLiteral("header"),
        QStringLiteral("footer"),
        QStringLiteral("main"),
        QStringLiteral("aside"),
        QStringLiteral("q"),
        QStringLiteral("cite"),
        QStringLiteral("abbr"),
        QStringLiteral("mark"),
        QStringLiteral("del"),
        QStringLiteral("ins"),
        QStringLiteral("label"),
        QStringLiteral("form"),
        QStringLiteral("tt"),
        QStringLiteral("kbd"),
        QStringLiteral("var"),
        QStringLiteral("samp"),
        QStringLiteral("strike"),
    };
    int depth = 0;
    int deepest = 0;
    const qsizetype n = html.size();
    for (qsizetype i = 0; i + 1 < n; ++i) {
        if (html.at(i) != QLatin1Char('<')) {
            continue;
        }
        const bool closing = html.at(i + 1) == QLatin1Char('/');
        qsizetype start = i + (closing ? 2 : 1);
        qsizetype end = start;
        while (end < n && end - start < 12 && html.at(end).isLetterOrNumber() && html.at(end).unicode() < 128) {
            ++end;
        }
        if (end == start) {
            continue;
        }
        const QString name = html.mid(start, end - start).toLower();
        if (!counted.contains(name)) {
            continue;
        }
        if (closing) {
            depth = std::max(0, depth - 1);
            continue;
        }
        const qsizetype close = html.indexOf(QLatin1Char('>'), end);
        if (close > 0 && html.at(close - 1) == QLatin1Char('/')) {
            continue; // <div/> opens nothing
        }
        deepest = std::max(deepest, ++depth);
        if (close < 0) {
            break;
        }
        i = close;
    }
    return deepest;
}

} // namespace

Result<DecodedText> decode(const QByteArray& bytes)
{
    if (bytes.isEmpty()) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr("The file is empty. Choose the file that holds the policy text.") };
    }
    if (bytes.size() > maxImportBytes) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr("The file is larger than 4 MB; a policy text is much smaller. "
                                 "Check that you chose the right file.") };
    }
    QByteArrayView view(bytes);
    DecodedText out;
    if (view.startsWith("\xEF\xBB\xBF")) {
        view = view.sliced(3);
        out.encoding = SourceEncoding::Utf8Bom;
    }
    if (view.contains('\0')) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr(
                "The file is not a text file (it contains binary data). Save the policy as .txt, .md or "
                ".html and import again.") };
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(view);
    if (utf8.hasError()) {
        if (out.encoding == SourceEncoding::Utf8Bom) {
            return Error { ErrorCode::InvalidInput,
                cd::PoliciesText::tr("The file says it is UTF-8 but contains invalid UTF-8. Save it again as UTF-8.") };
        }
        QStringDecoder gb("GB18030");
        if (!gb.isValid()) {
            return Error { ErrorCode::Internal,
                cd::PoliciesText::tr("GB18030 text cannot be read on this system. Save the file as "
                                     "UTF-8 and import again.") };
        }
        text = gb.decode(view);
        if (gb.hasError()) {
            return Error { ErrorCode::InvalidInput,
                cd::PoliciesText::tr("The file is neither UTF-8 nor GB18030 text. Save it as UTF-8 "
                                     "and import again.") };
        }
        out.encoding = SourceEncoding::Gb18030;
    }
    out.text = normalizeLineEndings(text);
    return out;
}

QString plainTextToMarkdown(const QString& text)
{
    const QStringList lines = normalizeLineEndings(text).split(QLatin1Char('\n'));
    QStringList blocks;
    bool titleDone = false;
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty()) {
            continue;
        }
        // A run of at least two lines with "|" separators is a table; the first is its header.
        if (isTableLine(line) && i + 1 < lines.size() && isTableLine(lines.at(i + 1).trimmed())) {
            QList<QStringList> rows;
            int j = i;
            while (j < lines.size() && isTableLine(lines.at(j).trimmed())) {
                rows.append(tableCells(lines.at(j)));
                ++j;
            }
            qsizetype columns = 0;
            for (const QStringList& row : rows) {
                columns = std::max(columns, row.size());
            }
            QStringList tableLines;
            for (int r = 0; r < rows.size(); ++r) {
                QStringList cells = rows.at(r);
                while (cells.size() < columns) {
                    cells.append(QString());
                }
                QStringList escaped;
                for (const QString& cell : cells) {
                    escaped.append(escapeInline(cell));
                }
                tableLines.append(QStringLiteral("| ") + escaped.join(QStringLiteral(" | ")) + QStringLiteral(" |"));
                if (r == 0) {
                    tableLines.append(
                        QStringLiteral("|") + QStringList(int(columns), QStringLiteral(" --- |")).join(QString()));
                }
            }
            blocks.append(tableLines.join(QLatin1Char('\n')));
            i = j - 1;
            titleDone = true;
            continue;
        }
        const QString escaped = escapeInline(line);
        if (!titleDone) {
            titleDone = true;
            if (line.size() <= 40 && headingLevel(line) == 0 && looksLikeHeading(line)) {
                blocks.append(QStringLiteral("# ") + escaped);
                continue;
            }
        }
        const int level = headingLevel(line);
        if (level > 0) {
            blocks.append(QString(level, QLatin1Char('#')) + QLatin1Char(' ') + escaped);
        } else {
            blocks.append(escapeBlockStart(escaped));
        }
    }
    return blocks.join(QStringLiteral("\n\n")) + QLatin1Char('\n');
}

QString htmlToMarkdown(const QString& html)
{
    QTextDocument document;
    document.setHtml(html);
    QString markdown = normalizeLineEndings(document.toMarkdown(QTextDocument::MarkdownDialectGitHub));
    // Qt writes table delimiter rows as "|-|-|", which its own reader does not take as a table;
    // three dashes per column are read everywhere.
    static const QRegularExpression delimiterRow(
        QStringLiteral("^\\|(?:\\s*:?-+:?\\s*\\|)+$"), QRegularExpression::MultilineOption);
    QString out;
    qsizetype last = 0;
    auto it = delimiterRow.globalMatch(markdown);
    while (it.hasNext()) {
        const auto match = it.next();
        const int columns = int(match.captured(0).count(QLatin1Char('|'))) - 1;
        out += markdown.mid(last, match.capturedStart() - last);
        out += QStringLiteral("|") + QString(QStringLiteral(" --- |")).repeated(columns);
        last = match.capturedEnd();
    }
    out += markdown.mid(last);
    return out;
}

Result<QString> importBytes(const QByteArray& bytes, const QString& suffix)
{
    const QString kind = suffix.toLower();
    if (kind != QLatin1String("txt") && kind != QLatin1String("md") && kind != QLatin1String("markdown")
        && kind != QLatin1String("html") && kind != QLatin1String("htm")) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr("Policy texts can be imported from .txt, .md and .html files; save the text in one of "
                                 "these formats.") };
    }
    auto decoded = decode(bytes);
    if (!decoded) {
        return decoded.error();
    }
    const QString& text = decoded->text;
    if (text.trimmed().isEmpty()) {
        return Error { ErrorCode::InvalidInput, cd::PoliciesText::tr("The file holds no text.") };
    }
    if (kind == QLatin1String("txt")) {
        return plainTextToMarkdown(text);
    }
    if (kind == QLatin1String("html") || kind == QLatin1String("htm")) {
        if (htmlNestingDepth(text) > maxHtmlNesting) {
            return Error { ErrorCode::InvalidInput,
                cd::PoliciesText::tr("The HTML file nests its elements more than %1 levels deep, which no policy text "
                                     "does. Save the policy again from its editor, or as .txt, and import that file.")
                    .arg(maxHtmlNesting) };
        }
        return htmlToMarkdown(text);
    }
    return text;
}

Result<QString> importFile(const QString& path)
{
    QFile file(path);
    const QFileInfo info(path);
    if (!info.exists()) {
        return Error { ErrorCode::NotFound, cd::PoliciesText::tr("The file %1 does not exist.").arg(info.fileName()) };
    }
    if (info.size() > maxImportBytes) {
        return Error { ErrorCode::InvalidInput,
            cd::PoliciesText::tr("The file is larger than 4 MB; a policy text is much smaller. "
                                 "Check that you chose the right file.") };
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { ErrorCode::Io,
            cd::PoliciesText::tr("The file %1 cannot be read: %2").arg(info.fileName(), file.errorString()) };
    }
    return importBytes(file.readAll(), info.suffix());
}

QString renderedPlainText(const QString& markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    return document.toPlainText();
}

QString renderedHtmlFragment(const QString& markdown)
{
    QTextDocument document;
    document.setMarkdown(markdown, QTextDocument::MarkdownDialectGitHub);
    const QString html = document.toHtml();
    const qsizetype bodyOpen = html.indexOf(QLatin1String("<body"));
    const qsizetype bodyStart = bodyOpen < 0 ? -1 : html.indexOf(QLatin1Char('>'), bodyOpen);
    const qsizetype bodyEnd = html.lastIndexOf(QLatin1String("</body>"));
    if (bodyStart < 0 || bodyEnd < bodyStart) {
        return html;
    }
    return html.mid(bodyStart + 1, bodyEnd - bodyStart - 1);
}

int countCharacters(const QString& plainText)
{
    int count = 0;
    for (const char32_t ucs : plainText.toUcs4()) {
        if (!QChar::isSpace(ucs) && QChar::category(ucs) != QChar::Other_Format) {
            ++count;
        }
    }
    return count;
}

int countWords(const QString& plainText)
{
    static const QRegularExpression word(QStringLiteral("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*"));
    int count = 0;
    auto it = word.globalMatch(plainText);
    while (it.hasNext()) {
        it.next();
        ++count;
    }
    return count;
}

QByteArray canonicalEncoding(const QString& textZh, const QString& textEn)
{
    QByteArray out("compliance-desk/policy-text/1");
    auto appendText = [&out](const QString& language, const QString& text) {
        const QByteArray utf8 = text.toUtf8();
        out.append('\n');
        out.append(language.toLatin1());
        char length[8];
        qToBigEndian<quint64>(quint64(utf8.size()), length);
        out.append(length, sizeof length);
        out.append(utf8);
    };
    appendText(Languages::chinese(), textZh);
    appendText(Languages::english(), textEn);
    return out;
}

QString contentHash(const QString& textZh, const QString& textEn)
{
    return QString::fromLatin1(
        QCryptographicHash::hash(canonicalEncoding(textZh, textEn), QCryptographicHash::Sha256).toHex());
}

} // namespace cd::PolicyText
