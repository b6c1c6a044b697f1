#include "ReportDocument.h"

#include "ReportLanguage.h"
#include "report/StatePalette.h"
#include "util/Formatting.h"
#include "util/Languages.h"

#include <QCoreApplication>
#include <QLocale>
#include <QMutex>
#include <QRegularExpression>

namespace cd {

namespace {
QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}
QString escMultiline(const QString& s)
{
    return esc(s).replace(QLatin1Char('\n'), QLatin1String("<br/>"));
}
} // namespace

ReportDocument& ReportDocument::heading(const QString& text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Heading;
    b.text = text;
    blocks.append(b);
    return *this;
}

ReportDocument& ReportDocument::paragraph(const QString& text)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Paragraph;
    b.text = text;
    blocks.append(b);
    return *this;
}

ReportDocument& ReportDocument::html(const QString& trustedHtml)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Html;
    b.text = trustedHtml;
    blocks.append(b);
    return *this;
}

ReportDocument& ReportDocument::table(const ReportTable& t)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Table;
    b.table = t;
    blocks.append(b);
    return *this;
}

ReportDocument& ReportDocument::keyValues(const QList<QPair<QString, QString>>& pairs)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::KeyValues;
    b.keyValues = pairs;
    blocks.append(b);
    return *this;
}

ReportDocument& ReportDocument::chart(const ReportChartSlot& slot)
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::Chart;
    b.chart = slot;
    blocks.append(b);
    return *this;
}

ReportDocument& ReportDocument::pageBreak()
{
    ReportBlock b;
    b.kind = ReportBlock::Kind::PageBreak;
    blocks.append(b);
    return *this;
}

QString ReportDocument::tidyChineseSpacing(const QString& text)
{
    // Spaces and tabs only: a line break is a paragraph break and stays.
    static const QRegularExpression around(
        QStringLiteral("[ \\t\\x{3000}]*([（）：，。；、！？“”《》【】])[ \\t\\x{3000}]*"));
    QString out = text;
    out.replace(around, QStringLiteral("\\1"));
    return out;
}

ReportDocument& ReportDocument::finishAsLetter()
{
    forRecipient = true;
    if (language != Languages::chinese()) {
        return *this;
    }
    title = tidyChineseSpacing(title);
    for (ReportBlock& b : blocks) {
        b.text = tidyChineseSpacing(b.text);
        for (auto& kv : b.keyValues) {
            kv.first = tidyChineseSpacing(kv.first);
            kv.second = tidyChineseSpacing(kv.second);
        }
        b.table.headers = [&] {
            QStringList h;
            for (const QString& x : b.table.headers) {
                h << tidyChineseSpacing(x);
            }
            return h;
        }();
        for (QStringList& row : b.table.rows) {
            for (QString& cell : row) {
                cell = tidyChineseSpacing(cell);
            }
        }
    }
    return *this;
}

QString ReportDocument::contactLine(const QString& language)
{
    return inReportLanguage(reportLanguage(language), "Personal information protection contact: security@vivest.cn",
        "个人信息保护联系方式：security@vivest.cn");
}

QString ReportDocument::pageLine(const QString& language, int page, int pages)
{
    return (isChineseReport(language) ? QStringLiteral("第 %1 页，共 %2 页") : QStringLiteral("Page %1 of %2"))
        .arg(page)
        .arg(pages);
}

namespace {
struct Officer {
    QMutex mutex; // reports are also built on worker threads
    QString name;
    QString contact;
};
Officer& officer()
{
    static Officer o;
    return o;
}
} // namespace

void ReportDocument::setProtectionOfficer(const QString& name, const QString& contact)
{
    Officer& o = officer();
    QMutexLocker lock(&o.mutex);
    o.name = name.simplified();
    o.contact = contact.simplified();
}

QString ReportDocument::officerLine(const QString& language)
{
    Officer& o = officer();
    QMutexLocker lock(&o.mutex);
    if (o.name.isEmpty()) {
        return {};
    }
    // Fixed wording per language (not the UI language): letters go out in their own language.
    return isChineseReport(language)
        ? QStringLiteral("个人信息保护负责人：%1（%2）").arg(o.name, o.contact)
        : QStringLiteral("Personal information protection officer: %1 (%2)").arg(o.name, o.contact);
}

QString ReportDocument::chartUrl(const QString& id)
{
    return QStringLiteral("cdchart://") + id;
}

QStringList ReportDocument::fontFamilyList()
{
    // Latin letters and digits from a Latin face (they copy out of PDFs cleanly); Han characters
    // from a Simplified Chinese face so they never take Japanese forms. WenQuanYi Micro Hei comes
    // before Noto Sans CJK SC on Linux because Noto maps the Kangxi radicals and the ideographs
    // to the same glyphs, and Qt's PDF writer then labels "人" as the radical "⼈", so text
    // copied or searched in the PDF would not match.
    return { QStringLiteral("Segoe UI"), QStringLiteral("Helvetica Neue"), QStringLiteral("DejaVu Sans"),
        QStringLiteral("Microsoft YaHei"), QStringLiteral("PingFang SC"), QStringLiteral("WenQuanYi Micro Hei"),
        QStringLiteral("Noto Sans CJK SC"), QStringLiteral("Source Han Sans SC") };
}

QString ReportDocument::fontFamilies()
{
    QStringList quoted;
    for (const QString& f : fontFamilyList()) {
        quoted << QLatin1Char('\'') + f + QLatin1Char('\'');
    }
    return quoted.join(QStringLiteral(", ")) + QStringLiteral(", sans-serif");
}

QString ReportDocument::styleSheet()
{
    return QStringLiteral("body { font-family: %1; font-size: 9.5pt; color: #1d1d1f; }"
                          "h1 { font-size: 17pt; font-weight: 600; margin: 0 0 4px 0; color: #0b3d66; }"
                          "h2 { font-size: 12.5pt; font-weight: 600; margin: 14px 0 4px 0; color: #0b3d66; }"
                          "p { margin: 2px 0 6px 0; }"
                          "p.meta { color: #555555; font-size: 8.5pt; margin: 0; }"
                          "p.caption { color: #555555; font-size: 8.5pt; margin: 2px 0 10px 0; }"
                          "p.empty { color: %2; font-style: italic; }"
                          "table.data { border-collapse: collapse; margin: 4px 0 8px 0; }"
                          "table.data th { background-color: #e8eef5; font-weight: 600; text-align: left; "
                          "padding: 3px 5px; border: 1px solid #b8c4d2; }"
                          "table.data td { padding: 3px 5px; border: 1px solid #cfd7e0; }"
                          "td.num { text-align: right; }"
                          "table.kv td.k { color: #555555; padding: 2px 12px 2px 0; }"
                          "table.kv td.v { padding: 2px 0; }")
        .arg(fontFamilies(), StatePalette::text(StateTone::Neutral));
}

QString ReportDocument::toHtml() const
{
    QString h;
    h += QStringLiteral("<html><head><meta charset=\"utf-8\"/><style>%1</style></head><body>").arg(styleSheet());
    h += QStringLiteral("<h1>%1</h1>").arg(esc(title));
    if (forRecipient) {
        h += QStringLiteral("<hr/>");
    } else {
        if (!scope.isEmpty()) {
            h += QStringLiteral("<p class=\"meta\">%1</p>")
                     .arg(esc(inReportLanguage(language, "Covers: %1", "范围：%1").arg(scope)));
        }
        const QDateTime at = (generatedAt.isValid() ? generatedAt : QDateTime::currentDateTimeUtc()).toLocalTime();
        h += QStringLiteral("<p class=\"meta\">%1</p>")
                 .arg(esc(inReportLanguage(language, "Generated %1 by %2", "由 %2 于 %1 生成")
                              .arg(fmt::dateTime(at, language), generatedBy)));
        h += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(contactLine(language)));
        if (const QString officer = officerLine(language); !officer.isEmpty()) {
            h += QStringLiteral("<p class=\"meta\">%1</p>").arg(esc(officer));
        }
        h += QStringLiteral("<hr/>");
    }

    for (const ReportBlock& b : blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading: h += QStringLiteral("<h2>%1</h2>").arg(esc(b.text)); break;
        case ReportBlock::Kind::Paragraph: h += QStringLiteral("<p>%1</p>").arg(escMultiline(b.text)); break;
        case ReportBlock::Kind::Html: h += b.text; break;
        case ReportBlock::Kind::PageBreak: h += QStringLiteral("<p style=\"page-break-after: always;\"></p>"); break;
        case ReportBlock::Kind::KeyValues:
            h += QStringLiteral("<table class=\"kv\" cellspacing=\"0\">");
            for (const auto& kv : b.keyValues) {
                h += QStringLiteral("<tr><td class=\"k\">%1</td><td class=\"v\">%2</td></tr>")
                         .arg(esc(kv.first), escMultiline(kv.second));
            }
            h += QStringLiteral("</table>");
            break;
        case ReportBlock::Kind::Table: {
            const ReportTable& t = b.table;
            if (t.rows.isEmpty() && !t.emptyText.isEmpty()) {
                h += QStringLiteral("<p class=\"empty\">%1</p>").arg(esc(t.emptyText));
                break;
            }
            h += QStringLiteral("<table class=\"data\" width=\"100%\" cellspacing=\"0\" cellpadding=\"3\"><thead><tr>");
            for (const QString& header : t.headers) {
                h += QStringLiteral("<th>%1</th>").arg(esc(header));
            }
            h += QStringLiteral("</tr></thead><tbody>");
            for (const QStringList& row : t.rows) {
                h += QStringLiteral("<tr>");
                for (int c = 0; c < row.size(); ++c) {
                    h += t.numericColumns.contains(c) ? QStringLiteral("<td class=\"num\">") : QStringLiteral("<td>");
                    h += escMultiline(row.at(c));
                    h += QStringLiteral("</td>");
                }
                h += QStringLiteral("</tr>");
            }
            h += QStringLiteral("</tbody></table>");
            break;
        }
        case ReportBlock::Kind::Chart:
            // Size in points at 72 dpi (1 mm = 2.835 pt); the renderer draws the chart there.
            h += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"%2\" height=\"%3\"/></p>")
                     .arg(chartUrl(b.chart.id))
                     .arg(int(b.chart.widthMm * 2.835))
                     .arg(int(b.chart.heightMm * 2.835));
            if (!b.chart.caption.isEmpty()) {
                h += QStringLiteral("<p class=\"caption\" align=\"center\">%1</p>").arg(esc(b.chart.caption));
            }
            break;
        }
    }
    h += QStringLiteral("</body></html>");
    return h;
}

QString ReportDocument::toPlainText() const
{
    QStringList lines;
    lines << title;
    if (!scope.isEmpty() && !forRecipient) {
        lines << scope;
    }
    for (const ReportBlock& b : blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading:
        case ReportBlock::Kind::Paragraph: lines << b.text; break;
        case ReportBlock::Kind::KeyValues:
            for (const auto& kv : b.keyValues) {
                lines << kv.first + QStringLiteral(": ") + kv.second;
            }
            break;
        case ReportBlock::Kind::Table:
            lines << b.table.headers.join(QLatin1Char('\t'));
            for (const QStringList& r : b.table.rows) {
                lines << r.join(QLatin1Char('\t'));
            }
            break;
        default: break;
        }
    }
    if (!forRecipient) {
        lines << contactLine(language);
        if (const QString officer = officerLine(language); !officer.isEmpty()) {
            lines << officer;
        }
    }
    return lines.join(QLatin1Char('\n'));
}

} // namespace cd
