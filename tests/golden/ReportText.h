#pragma once

#include "report/ReportDocument.h"

#include <QList>
#include <QPair>
#include <QString>

namespace cd::test {

// The whole content of a report as readable text, one fact a line, for golden files: the
// header (title, scope, when and by whom, language, orientation), every block in order (headings,
// paragraphs, key-value lists, tables cell by cell, chart data, trusted HTML, page breaks) and
// the contact line. `pages` is the page count of the rendered PDF.
QString reportText(const ReportDocument& doc, int pages);

// Counts the page objects in PDF bytes (what a viewer shows), independent of the renderer.
int pdfPageCount(const QByteArray& pdf);

} // namespace cd::test
