#include "ReportText.h"

#include "util/Formatting.h"

#include <QRegularExpression>
#include <QStringList>

namespace cd::test {

namespace {

// One line per fact: line breaks inside a value are shown, not taken literally.
QString oneLine(const QString& text)
{
    QString t = text;
    t.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    t.replace(QLatin1Char('\n'), QStringLiteral("⏎"));
    return t;
}

QString chartType(ChartSpec::Type type)
{
    switch (type) {
    case ChartSpec::Type::Bar: return QStringLiteral("bar");
    case ChartSpec::Type::StackedBar: return QStringLiteral("stacked bar");
    case ChartSpec::Type::Line: return QStringLiteral("line");
    case ChartSpec::Type::Donut: return QStringLiteral("donut");
    }
    return QStringLiteral("?");
}

void appendTable(QStringList& out, const ReportTable& t)
{
    QStringList numeric;
    for (const int c : t.numericColumns) {
        numeric << QString::number(c);
    }
    out << QStringLiteral("== table: %1 rows, numeric columns [%2], when empty: %3")
               .arg(t.rows.size())
               .arg(numeric.join(QLatin1Char(',')), oneLine(t.emptyText));
    QStringList header;
    for (const QString& h : t.headers) {
        header << oneLine(h);
    }
    out << QStringLiteral("| ") + header.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    for (const QStringList& row : t.rows) {
        QStringList cells;
        for (const QString& c : row) {
            cells << oneLine(c);
        }
        out << QStringLiteral("| ") + cells.join(QStringLiteral(" | ")) + QStringLiteral(" |");
    }
}

void appendChart(QStringList& out, const ReportChartSlot& slot)
{
    const ChartSpec& s = slot.spec;
    out << QStringLiteral("== chart %1: %2, %3×%4 mm, caption: %5")
               .arg(slot.id, chartType(s.type))
               .arg(slot.widthMm)
               .arg(slot.heightMm)
               .arg(oneLine(slot.caption));
    out << QStringLiteral("title: ") + oneLine(s.title);
    out << QStringLiteral("categories: ") + s.categories.join(QStringLiteral(" | "));
    if (!s.categoryColors.isEmpty()) {
        out << QStringLiteral("category colours: ") + s.categoryColors.join(QLatin1Char(' '));
    }
    for (const ChartSeries& series : s.series) {
        QStringList values;
        for (const double v : series.values) {
            values << QString::number(v, 'g', 12);
        }
        out << QStringLiteral("series %1 %2: %3")
                   .arg(oneLine(series.name), series.color.isEmpty() ? QStringLiteral("(palette)") : series.color,
                       values.join(QStringLiteral(", ")));
    }
    out << QStringLiteral("value axis: ") + oneLine(s.valueAxisTitle);
    out << QStringLiteral("when no data: ") + oneLine(s.noDataText);
}

} // namespace

QString reportText(const ReportDocument& doc, int pages)
{
    QStringList out;
    out << QStringLiteral("title: ") + oneLine(doc.title);
    out << QStringLiteral("scope: ") + oneLine(doc.scope);
    out << QStringLiteral("generated: %1 by %2")
               .arg(doc.generatedAt.isValid() ? fmt::dateTime(doc.generatedAt.toLocalTime(), doc.language)
                                              : QStringLiteral("(not set)"),
                   oneLine(doc.generatedBy));
    out << QStringLiteral("language: %1, %2%3")
               .arg(doc.language, doc.landscape ? QStringLiteral("landscape") : QStringLiteral("portrait"),
                   doc.forRecipient ? QStringLiteral(", to a data subject") : QString());
    out << QStringLiteral("pages: %1").arg(pages);
    for (const ReportBlock& b : doc.blocks) {
        switch (b.kind) {
        case ReportBlock::Kind::Heading: out << QStringLiteral("== heading: ") + oneLine(b.text); break;
        case ReportBlock::Kind::Paragraph:
            out << QStringLiteral("== paragraph");
            out << b.text.split(QLatin1Char('\n'));
            break;
        case ReportBlock::Kind::Html:
            out << QStringLiteral("== html");
            out << b.text.split(QLatin1Char('\n'));
            break;
        case ReportBlock::Kind::KeyValues:
            out << QStringLiteral("== key values");
            for (const auto& kv : b.keyValues) {
                out << oneLine(kv.first) + QStringLiteral(": ") + oneLine(kv.second);
            }
            break;
        case ReportBlock::Kind::Table: appendTable(out, b.table); break;
        case ReportBlock::Kind::Chart: appendChart(out, b.chart); break;
        case ReportBlock::Kind::PageBreak: out << QStringLiteral("== page break"); break;
        }
    }
    out << QStringLiteral("== footer: ") + ReportDocument::contactLine();
    return out.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

int pdfPageCount(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![A-Za-z])"));
    return int(QString::fromLatin1(pdf).count(page));
}

} // namespace cd::test
