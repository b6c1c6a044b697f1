#include "policies/PolicyReports.h"
#include "report/StatePalette.h"
#include "util/Languages.h"
#include "util/TranslationContexts.h"

#include "policies/PolicyText.h"
#include "util/Clock.h"

#include "util/Formatting.h"
#include <QCoreApplication>
#include <QLocale>

namespace cd::PolicyReports {

namespace {

QString formatDate(const QDate& date, const QString& language)
{
    if (!date.isValid()) {
        return cd::PoliciesText::tr("not set");
    }
    return fmt::date(date, language);
}

QString textWithBreaks(const QString& text)
{
    QString escaped = text.toHtmlEscaped();
    escaped.replace(QLatin1Char('\n'), QLatin1String("<br/>"));
    return escaped;
}

QString anchorFor(int change)
{
    return QStringLiteral("change-%1").arg(change);
}

enum class Side { Inline, Old, New };

QString diffHtml(const TextDiff& diff, Side side, int currentChange)
{
    QString html;
    int change = -1;
    int segmentIndex = 0;
    for (const DiffSegment& segment : diff.segments) {
        if (change + 1 < diff.changes.size() && diff.changes.at(change + 1).firstSegment == segmentIndex) {
            ++change;
            html += QStringLiteral("<a name=\"%1\"></a>").arg(anchorFor(change));
        }
        const bool isCurrent = change == currentChange && segment.kind != DiffSegment::Kind::Equal;
        const QString extra = isCurrent ? QStringLiteral(" font-weight: bold;") : QString();
        switch (segment.kind) {
        case DiffSegment::Kind::Equal: html += textWithBreaks(segment.text); break;
        case DiffSegment::Kind::Delete:
            if (side != Side::New) {
                html += QStringLiteral("<span style=\"%1%2\">%3</span>")
                            .arg(deletionStyle(), extra, textWithBreaks(segment.text));
            }
            break;
        case DiffSegment::Kind::Insert:
            if (side != Side::Old) {
                html += QStringLiteral("<span style=\"%1%2\">%3</span>")
                            .arg(insertionStyle(), extra, textWithBreaks(segment.text));
            }
            break;
        }
        ++segmentIndex;
    }
    return html;
}

QList<QPair<QString, QString>> versionFacts(const PolicyVersion& v, const QString& language)
{
    QList<QPair<QString, QString>> facts {
        { cd::PoliciesText::tr("Document"), v.documentName },
        { cd::PoliciesText::tr("Version"), v.label },
        { cd::PoliciesText::tr("Status"), policyStatusDisplayName(v.status) },
        { cd::PoliciesText::tr("Updated on"), formatDate(v.updatedOn, language) },
        { cd::PoliciesText::tr("Effective date"), formatDate(v.effectiveOn, language) },
    };
    if (!v.approverName.isEmpty()) {
        facts.append({ cd::PoliciesText::tr("Approved by"), v.approverName });
    }
    facts.append({ cd::PoliciesText::tr("SHA-256"),
        v.contentHash.isEmpty() ? cd::PoliciesText::tr("not published yet; the hash is set when the version "
                                                       "is published")
                                : v.contentHash });
    if (v.materialChange) {
        facts.append({ cd::PoliciesText::tr("Material change"),
            cd::PoliciesText::tr("Yes: this version materially reduces users' rights") });
    }
    return facts;
}

} // namespace

QString insertionStyle()
{
    return QStringLiteral("background-color: %1; color: %2; text-decoration: underline;")
        .arg(StatePalette::background(StateTone::Ok), StatePalette::text(StateTone::Ok));
}

QString deletionStyle()
{
    return QStringLiteral("background-color: %1; color: %2; text-decoration: line-through;")
        .arg(StatePalette::background(StateTone::Error), StatePalette::text(StateTone::Error));
}

QString inlineDiffHtml(const TextDiff& diff, int currentChange)
{
    return diffHtml(diff, Side::Inline, currentChange);
}

QString oldSideHtml(const TextDiff& diff, int currentChange)
{
    return diffHtml(diff, Side::Old, currentChange);
}

QString newSideHtml(const TextDiff& diff, int currentChange)
{
    return diffHtml(diff, Side::New, currentChange);
}

void appendContentsCheck(ReportDocument& doc, const QList<PolicyContentCheck>& contents, const QString& language)
{
    int ticked = 0;
    ReportTable table;
    table.headers
        = { cd::PoliciesText::tr("No."), cd::PoliciesText::tr("Required content"), cd::PoliciesText::tr("Source"),
              cd::PoliciesText::tr("Checked"), cd::PoliciesText::tr("Where / note"), cd::PoliciesText::tr("By") };
    int number = 0;
    for (const PolicyContentCheck& c : contents) {
        const PolicyContentRequirement* r = PolicyContents::find(c.key);
        if (!r) {
            continue;
        }
        ticked += c.ticked ? 1 : 0;
        table.rows.append({ QString::number(++number), r->title(language), r->source(language),
            c.ticked ? cd::PoliciesText::tr("Yes") : cd::PoliciesText::tr("Not ticked"), c.note,
            c.updatedAt.isValid()
                ? QStringLiteral("%1, %2").arg(c.actorName, fmt::date(c.updatedAt.toLocalTime().date(), language))
                : QString() });
    }
    doc.heading(cd::PoliciesText::tr("Contents check (NDSMR art. 21)"));
    doc.paragraph(
        cd::PoliciesText::tr("%1 of %2 required contents ticked by the approver.").arg(ticked).arg(table.rows.size()));
    doc.table(table);
}

ReportDocument versionReport(
    const PolicyVersion& v, PolicyTexts texts, const QString& language, const QList<PolicyContentCheck>& contents)
{
    ReportDocument doc;
    doc.language = language;
    doc.title = cd::PoliciesText::tr("%1, version %2").arg(v.documentName, v.label);
    doc.scope = cd::PoliciesText::tr("Updated on %1, effective %2")
                    .arg(formatDate(v.updatedOn, language), formatDate(v.effectiveOn, language));
    doc.generatedAt = Clock::nowUtc();
    doc.keyValues(versionFacts(v, language));
    if (!v.changeSummary.trimmed().isEmpty()) {
        doc.heading(cd::PoliciesText::tr("Summary of changes"));
        doc.paragraph(v.changeSummary);
    }
    if (!contents.isEmpty()) {
        appendContentsCheck(doc, contents, language);
    }
    if (texts != PolicyTexts::English) {
        doc.pageBreak();
        doc.heading(cd::PoliciesText::tr("Chinese text"));
        doc.html(PolicyText::renderedHtmlFragment(v.textZh));
    }
    if (texts != PolicyTexts::Chinese) {
        doc.pageBreak();
        doc.heading(cd::PoliciesText::tr("English text"));
        doc.html(v.textEn.trimmed().isEmpty()
                ? QStringLiteral("<p>%1</p>").arg(cd::PoliciesText::tr("No English text yet.").toHtmlEscaped())
                : PolicyText::renderedHtmlFragment(v.textEn));
    }
    return doc;
}

QString versionHtml(const PolicyVersion& v, PolicyTexts texts, const QString& language)
{
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\">"
                                  "<meta name=\"policy-sha256\" content=\"%2\"><title>%3</title>"
                                  "<style>body{font-family:%4;max-width:52em;margin:2em auto;line-height:1.6}"
                                  "table{border-collapse:collapse}td,th{border:1px solid #999;padding:4px 8px}"
                                  "dl.facts dt{font-weight:bold;float:left;clear:left;width:9em}"
                                  "dl.facts dd{margin-left:10em}</style></head><body>\n")
                       .arg(language == Languages::english() ? Languages::english() : QStringLiteral("zh-CN"),
                           v.contentHash.toHtmlEscaped(),
                           cd::PoliciesText::tr("%1, version %2").arg(v.documentName, v.label).toHtmlEscaped(),
                           ReportDocument::fontFamilies().toHtmlEscaped());
    html += QStringLiteral("<dl class=\"facts\">\n");
    for (const auto& fact : versionFacts(v, language)) {
        html += QStringLiteral("<dt>%1</dt><dd>%2</dd>\n").arg(fact.first.toHtmlEscaped(), fact.second.toHtmlEscaped());
    }
    html += QStringLiteral("</dl>\n");
    if (texts != PolicyTexts::English) {
        html += QStringLiteral("<section lang=\"zh-CN\">\n") + PolicyText::renderedHtmlFragment(v.textZh)
            + QStringLiteral("\n</section>\n");
    }
    if (texts != PolicyTexts::Chinese) {
        html += QStringLiteral("<hr/><section lang=\"en\">\n") + PolicyText::renderedHtmlFragment(v.textEn)
            + QStringLiteral("\n</section>\n");
    }
    html += QStringLiteral("</body></html>\n");
    return html;
}

ReportDocument historyReport(const PolicyDocument& document, const QList<PolicyVersion>& versions,
    const QList<NotificationPlan>& plans, const QString& language)
{
    ReportDocument doc;
    doc.language = language;
    doc.landscape = true;
    doc.title = cd::PoliciesText::tr("Version history: %1").arg(document.name);
    doc.scope = QCoreApplication::translate("cd::Policies", "%n version(s)", nullptr, int(versions.size()));
    doc.generatedAt = Clock::nowUtc();
    ReportTable table;
    table.headers = { cd::PoliciesText::tr("Version"), cd::PoliciesText::tr("Status"),
        cd::PoliciesText::tr("Updated on"), cd::PoliciesText::tr("Effective date"), cd::PoliciesText::tr("Author"),
        cd::PoliciesText::tr("Approved by"), cd::PoliciesText::tr("Approved at"),
        cd::PoliciesText::tr("Material change"), cd::PoliciesText::tr("Notification"),
        cd::PoliciesText::tr("SHA-256") };
    table.emptyText = cd::PoliciesText::tr("No versions yet.");
    const QLocale locale(language);
    for (const PolicyVersion& v : versions) {
        NotificationPlan plan;
        for (const NotificationPlan& p : plans) {
            if (p.versionId == v.id) {
                plan = p;
            }
        }
        QString notice;
        if (!v.materialChange) {
            notice = cd::PoliciesText::tr("not needed");
        } else if (plan.versionId == 0) {
            notice = cd::PoliciesText::tr("not planned");
        } else if (plan.isSent()) {
            notice = cd::PoliciesText::tr("sent %1 by %2").arg(formatDate(plan.sentOn, language), plan.sentByName);
        } else {
            notice = cd::PoliciesText::tr("planned for %1 (%2)")
                         .arg(formatDate(plan.plannedOn, language),
                             notificationChannelsText(plan.channels, plan.otherChannel));
        }
        table.rows.append({ v.label, policyStatusDisplayName(v.status), formatDate(v.updatedOn, language),
            formatDate(v.effectiveOn, language), v.authorName, v.approverName,
            v.approvedAt.isValid() ? fmt::dateTime(v.approvedAt, language) : QString(),
            v.materialChange ? cd::PoliciesText::tr("Yes") : cd::PoliciesText::tr("No"), notice,
            v.contentHash.isEmpty() ? QString() : v.contentHash.left(16) + QStringLiteral("…") });
    }
    doc.table(table);
    for (const PolicyVersion& v : versions) {
        if (!v.contentHash.isEmpty()) {
            doc.keyValues({ { cd::PoliciesText::tr("SHA-256 of %1").arg(v.label), v.contentHash } });
        }
    }
    return doc;
}

ReportDocument comparisonReport(const PolicyVersion& from, const PolicyVersion& to, const TextDiff& diff,
    const QString& textLanguage, const QString& language)
{
    ReportDocument doc;
    doc.language = language;
    doc.title = cd::PoliciesText::tr("Comparison of %1: %2 and %3").arg(to.documentName, from.label, to.label);
    doc.scope = Languages::isAnyChinese(textLanguage)
        ? cd::PoliciesText::tr("Chinese text, compared character by character")
        : cd::PoliciesText::tr("English text, compared word by word");
    doc.generatedAt = Clock::nowUtc();
    doc.keyValues({ { cd::PoliciesText::tr("Older version"),
                        QStringLiteral("%1 (%2)").arg(from.label, policyStatusDisplayName(from.status)) },
        { cd::PoliciesText::tr("SHA-256 of the older version"),
            from.contentHash.isEmpty() ? cd::PoliciesText::tr("not published") : from.contentHash },
        { cd::PoliciesText::tr("Newer version"),
            QStringLiteral("%1 (%2)").arg(to.label, policyStatusDisplayName(to.status)) },
        { cd::PoliciesText::tr("SHA-256 of the newer version"),
            to.contentHash.isEmpty() ? cd::PoliciesText::tr("not published") : to.contentHash },
        { cd::PoliciesText::tr("Changes"), QString::number(diff.summary.changes) },
        { cd::PoliciesText::tr("Characters added"), QString::number(diff.summary.charactersAdded) },
        { cd::PoliciesText::tr("Characters removed"), QString::number(diff.summary.charactersRemoved) },
        { cd::PoliciesText::tr("Sections changed"), diff.summary.sectionsChanged.join(QStringLiteral("; ")) } });
    doc.heading(cd::PoliciesText::tr("Text with changes"));
    doc.html(QStringLiteral("<p>%1 <span style=\"%2\">%3</span> %4 <span style=\"%5\">%6</span></p>")
                 .arg(cd::PoliciesText::tr("Key:").toHtmlEscaped(), insertionStyle(),
                     cd::PoliciesText::tr("inserted").toHtmlEscaped(), QStringLiteral("·"), deletionStyle(),
                     cd::PoliciesText::tr("deleted").toHtmlEscaped()));
    doc.html(QStringLiteral("<p>") + inlineDiffHtml(diff) + QStringLiteral("</p>"));
    return doc;
}

} // namespace cd::PolicyReports
