#include "policies/PolicyCompareDialog.h"

#include "policies/PolicyReports.h"
#include "report/ReportLanguage.h"
#include "report/ReportRenderer.h"
#include "util/Languages.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace cd::ui {

QTextBrowser* makePolicyPreview(QWidget* parent)
{
    auto* preview = new QTextBrowser(parent);
    preview->setOpenLinks(false);
    preview->setMinimumHeight(120);
    return preview;
}

PolicyCompareDialog::PolicyCompareDialog(
    const QList<PolicyVersion>& versions, qint64 fromId, qint64 toId, QWidget* parent)
    : QDialog(parent)
    , m_versions(versions)
{
    setWindowTitle(tr("Compare policy versions"));
    resize(1100, 720);
    m_from = new QComboBox(this);
    m_to = new QComboBox(this);
    for (const PolicyVersion& v : m_versions) {
        const QString text = QStringLiteral("%1 · %2").arg(v.label, policyStatusDisplayName(v.status));
        m_from->addItem(text, v.id);
        m_to->addItem(text, v.id);
    }
    m_from->setCurrentIndex(std::max(0, m_from->findData(fromId)));
    m_to->setCurrentIndex(std::max(0, m_to->findData(toId)));
    m_language = new QComboBox(this);
    m_language->addItem(tr("Chinese (by character)"), Languages::chinese());
    m_language->addItem(tr("English (by word)"), Languages::english());

    m_previous = new QPushButton(tr("&Previous change"), this);
    m_next = new QPushButton(tr("&Next change"), this);
    m_previous->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Down));
    auto* print = new QPushButton(tr("P&rint…"), this);
    auto* pdf = new QPushButton(tr("Save as P&DF…"), this);

    auto* selectors = new QHBoxLayout;
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    auto* languageLabel = new QLabel(tr("&Text:"), this);
    languageLabel->setBuddy(m_language);
    selectors->addWidget(fromLabel);
    selectors->addWidget(m_from, 1);
    selectors->addWidget(toLabel);
    selectors->addWidget(m_to, 1);
    selectors->addWidget(languageLabel);
    selectors->addWidget(m_language);
    selectors->addWidget(m_previous);
    selectors->addWidget(m_next);

    m_summary = new QLabel(this);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_inline = makePolicyPreview(this);
    m_old = makePolicyPreview(this);
    m_new = makePolicyPreview(this);
    auto* sideBySide = new QSplitter(Qt::Horizontal, this);
    sideBySide->addWidget(m_old);
    sideBySide->addWidget(m_new);
    // Scroll both sides together so the same passage stays in view.
    connect(m_old->verticalScrollBar(), &QScrollBar::valueChanged, m_new->verticalScrollBar(), [this](int value) {
        const QScrollBar* from = m_old->verticalScrollBar();
        QScrollBar* to = m_new->verticalScrollBar();
        if (from->maximum() > 0) {
            to->setValue(int(qint64(value) * to->maximum() / from->maximum()));
        }
    });
    m_views = new QTabWidget(this);
    m_views->addTab(m_inline, tr("Inline"));
    m_views->addTab(sideBySide, tr("Side by side"));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(print, QDialogButtonBox::ActionRole);
    buttons->addButton(pdf, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(selectors);
    layout->addWidget(m_summary);
    layout->addWidget(m_views, 1);
    layout->addWidget(buttons);

    connect(m_from, &QComboBox::currentIndexChanged, this, &PolicyCompareDialog::recompute);
    connect(m_to, &QComboBox::currentIndexChanged, this, &PolicyCompareDialog::recompute);
    connect(m_language, &QComboBox::currentIndexChanged, this, &PolicyCompareDialog::recompute);
    connect(m_previous, &QPushButton::clicked, this, [this] { showChange(m_current - 1); });
    connect(m_next, &QPushButton::clicked, this, [this] { showChange(m_current + 1); });
    connect(print, &QPushButton::clicked, this, [this] { ReportRenderer(comparisonReport()).showPrintPreview(this); });
    connect(pdf, &QPushButton::clicked, this,
        [this] { ReportRenderer(comparisonReport()).exportPdfInteractive(this, tr("policy-comparison.pdf")); });
    recompute();
}

const PolicyVersion* PolicyCompareDialog::selected(QComboBox* box) const
{
    const qint64 id = box->currentData().toLongLong();
    for (const PolicyVersion& v : m_versions) {
        if (v.id == id) {
            return &v;
        }
    }
    return nullptr;
}

int PolicyCompareDialog::changeCount() const
{
    return int(m_diff.changes.size());
}

void PolicyCompareDialog::recompute()
{
    const PolicyVersion* from = selected(m_from);
    const PolicyVersion* to = selected(m_to);
    if (!from || !to) {
        return;
    }
    const QString language = m_language->currentData().toString();
    const bool chinese = language == Languages::chinese();
    m_diff = PolicyDiff::compare(
        chinese ? from->textZh : from->textEn, chinese ? to->textZh : to->textEn, PolicyDiff::granularityFor(language));
    m_current = m_diff.changes.isEmpty() ? -1 : 0;
    const QString sections = m_diff.summary.sectionsChanged.join(tr("; "));
    m_summary->setText(m_diff.changes.isEmpty()
            ? tr("The texts are identical.")
            : tr("%n change(s): %1 character(s) added, %2 removed. Sections changed: %3", nullptr, changeCount())
                  .arg(QLocale().toString(m_diff.summary.charactersAdded),
                      QLocale().toString(m_diff.summary.charactersRemoved), sections));
    render();
}

void PolicyCompareDialog::render()
{
    const auto wrap = [](const QString& body) {
        return QStringLiteral("<div style=\"white-space: pre-wrap;\">%1</div>").arg(body);
    };
    m_inline->setHtml(wrap(PolicyReports::inlineDiffHtml(m_diff, m_current)));
    m_old->setHtml(wrap(PolicyReports::oldSideHtml(m_diff, m_current)));
    m_new->setHtml(wrap(PolicyReports::newSideHtml(m_diff, m_current)));
    m_previous->setEnabled(m_current > 0);
    m_next->setEnabled(m_current + 1 < changeCount());
    if (m_current >= 0) {
        const QString anchor = QStringLiteral("change-%1").arg(m_current);
        m_inline->scrollToAnchor(anchor);
        m_old->scrollToAnchor(anchor);
        m_new->scrollToAnchor(anchor);
    }
}

void PolicyCompareDialog::showChange(int index)
{
    if (index < 0 || index >= changeCount()) {
        return;
    }
    m_current = index;
    render();
}

ReportDocument PolicyCompareDialog::comparisonReport() const
{
    const PolicyVersion* from = selected(m_from);
    const PolicyVersion* to = selected(m_to);
    if (!from || !to) {
        return {};
    }
    const QString uiLanguage = reportLanguage();
    return PolicyReports::comparisonReport(*from, *to, m_diff, m_language->currentData().toString(), uiLanguage);
}

} // namespace cd::ui
