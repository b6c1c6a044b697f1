#pragma once

#include "report/ChartSpec.h"
#include "util/Languages.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace cd {

// Report content, built in core and rendered by ui (print preview, printer, PDF) or by the CLI.
// Structured data in, HTML with a small stylesheet out. Chart slots are placeholders that the
// renderer fills with vector drawings.
struct ReportTable {
    QStringList headers;
    QList<QStringList> rows;
    QList<int> numericColumns; // right-aligned
    QString emptyText; // shown when there are no rows
};

struct ReportChartSlot {
    QString id; // unique within the document
    QString caption;
    ChartSpec spec;
    int widthMm = 170;
    int heightMm = 80;
};

struct ReportBlock {
    enum class Kind { Heading, Paragraph, Table, Chart, KeyValues, PageBreak, Html };
    Kind kind = Kind::Paragraph;
    QString text;
    ReportTable table;
    ReportChartSlot chart;
    QList<QPair<QString, QString>> keyValues;
};

class ReportDocument
{
public:
    QString title;
    QString scope; // what the report covers, e.g. "1 Jan 2026 – 31 Mar 2026"
    QDateTime generatedAt; // UTC; shown in local time
    QString generatedBy;
    QString language = Languages::english(); // "zh_CN" or "en"
    bool landscape = false;
    // A letter or notice that goes to a data subject: it carries no internal lines (what the
    // report covers, who generated it) and its own contact paragraph in its own language.
    bool forRecipient = false;
    QList<ReportBlock> blocks;

    ReportDocument& heading(const QString& text);
    ReportDocument& paragraph(const QString& text); // plain text, escaped
    ReportDocument& html(const QString& trustedHtml);
    ReportDocument& table(const ReportTable& table);
    ReportDocument& keyValues(const QList<QPair<QString, QString>>& pairs);
    ReportDocument& chart(const ReportChartSlot& slot);
    ReportDocument& pageBreak();
    // Marks the document as going to a data subject (see forRecipient) and, in Chinese, removes
    // spaces next to full-width punctuation in every text, e.g. "编号 （RR-1）" → "编号（RR-1）".
    ReportDocument& finishAsLetter();

    QString toHtml() const;
    // Plain text, for tests and for the CLI's --format text.
    QString toPlainText() const;

    // The line on every report and letter (policy section 二.8), in the report's language
    // (see reportLanguage(); empty: the interface's).
    static QString contactLine(const QString& language = {});
    // "Page 2 of 5" / "第 2 页，共 5 页" in the report's language, for the footer.
    static QString pageLine(const QString& language, int page, int pages);
    // The personal-information protection officer (个人信息保护负责人, PIPL art. 52) of the open
    // vault, on every report's header and in the letters' contact paragraph; set when a vault
    // opens and when the setting changes, cleared when it closes. The line is in the report's
    // language (see reportLanguage()), empty while no officer is named.
    static void setProtectionOfficer(const QString& name, const QString& contact);
    static QString officerLine(const QString& language);
    // Chinese typography: no space before or after full-width punctuation （）：，。；、“”《》.
    static QString tidyChineseSpacing(const QString& text);
    static QString chartUrl(const QString& id);
    static QString styleSheet();
    static QString fontFamilies(); // for CSS
    static QStringList fontFamilyList(); // for QFont::setFamilies
};

} // namespace cd
