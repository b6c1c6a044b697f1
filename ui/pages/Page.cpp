#include "Page.h"

#include "report/ReportDocument.h"
#include "storage/DbGuard.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"
#include "widgets/Dialogs.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace cd::ui {

Page::Page(QWidget* parent)
    : QWidget(parent)
{
}

void Page::setVault(Vault* vault)
{
    m_vault = vault;
}

ReportDocument Page::printableReport()
{
    return {};
}

ReportDocument Page::gatherReport()
{
    const ReportReader reader = reportReader();
    if (!reader || !vault()) {
        return printableReport();
    }
    Vault& v = *vault();
    Result<ReportDocument> doc = Error { ErrorCode::Cancelled, QString() };
    const QString what = tr("Preparing the report…");
    const bool finished = runInBackground(this, what, [&](TaskControl& control) {
        control.report(0, 0, what);
        auto connection = v.openConnection();
        if (!connection) {
            doc = connection.error();
            return;
        }
        doc = catchDb([&] { return reader(*connection.value()); });
    });
    if (!finished) {
        return {};
    }
    if (!doc) {
        Dialogs::warning(this, title(), doc.message());
        return {};
    }
    return std::move(doc).value();
}

void Page::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslate();
    }
    QWidget::changeEvent(event);
}

QLabel* makePageHeader(QWidget* parent)
{
    auto* header = new QLabel(parent);
    QFont f = header->font();
    f.setPointSizeF(f.pointSizeF() * 1.5);
    f.setWeight(QFont::DemiBold);
    header->setFont(f);
    header->setObjectName(QStringLiteral("pageHeader"));
    return header;
}

PlaceholderPage::PlaceholderPage(TextFn title, TextFn description, QWidget* parent)
    : Page(parent)
    , m_title(title)
    , m_description(description)
{
    auto* layout = new QVBoxLayout(this);
    m_header = makePageHeader(this);
    m_text = new QLabel(this);
    m_text->setWordWrap(true);
    m_text->setTextFormat(Qt::PlainText);
    m_text->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_header);
    layout->addWidget(m_text, 1);
    retranslate();
}

void PlaceholderPage::retranslate()
{
    m_header->setText(m_title());
    m_text->setText(m_description());
}

} // namespace cd::ui
