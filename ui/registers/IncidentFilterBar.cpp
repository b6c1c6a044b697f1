#include "IncidentFilterBar.h"

#include "util/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>

namespace cd::ui {

using namespace cd::registers;

IncidentFilterBar::IncidentFilterBar(QWidget* parent)
    : QWidget(parent)
    , m_usePeriod(new QCheckBox(this))
    , m_from(new QDateEdit(this))
    , m_periodLabel(new QLabel(this))
    , m_to(new QDateEdit(this))
    , m_status(new QComboBox(this))
    , m_severity(new QComboBox(this))
    , m_openOnly(new QCheckBox(this))
    , m_search(new QLineEdit(this))
{
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    for (QDateEdit* e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
    }
    const QDate today = Clock::today();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(140);
    layout->addWidget(m_usePeriod);
    layout->addWidget(m_from);
    layout->addWidget(m_periodLabel);
    layout->addWidget(m_to);
    layout->addWidget(m_status);
    layout->addWidget(m_severity);
    layout->addWidget(m_openOnly);
    layout->addWidget(m_search, 1);
    fillCombos();

    connect(m_usePeriod, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        emit changed();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &IncidentFilterBar::changed);
    connect(m_to, &QDateEdit::dateChanged, this, &IncidentFilterBar::changed);
    connect(m_status, &QComboBox::currentIndexChanged, this, &IncidentFilterBar::changed);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &IncidentFilterBar::changed);
    connect(m_openOnly, &QCheckBox::toggled, this, &IncidentFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, this, &IncidentFilterBar::changed);
}

IncidentFilter IncidentFilterBar::filter() const
{
    IncidentFilter f;
    if (m_usePeriod->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.status = m_status->currentData().toInt();
    f.severity = m_severity->currentData().toInt();
    f.onlyOpen = m_openOnly->isChecked();
    f.text = m_search->text();
    return f;
}

bool IncidentFilterBar::isFiltering() const
{
    const IncidentFilter f = filter();
    return f.from.isValid() || f.status >= 0 || f.severity >= 0 || f.onlyOpen || !f.text.isEmpty();
}

void IncidentFilterBar::reset()
{
    const QSignalBlocker b1(m_usePeriod), b2(m_status), b3(m_severity), b4(m_openOnly), b5(m_search);
    m_usePeriod->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_status->setCurrentIndex(0);
    m_severity->setCurrentIndex(0);
    m_openOnly->setChecked(false);
    m_search->clear();
}

void IncidentFilterBar::fillCombos()
{
    const int st = m_status->currentIndex();
    const int sv = m_severity->currentIndex();
    const QSignalBlocker b1(m_status);
    const QSignalBlocker b2(m_severity);
    m_status->clear();
    m_status->addItem(tr("Any status"), -1);
    for (int i = 0; i < statusCount; ++i) {
        m_status->addItem(statusName(static_cast<IncidentStatus>(i)), i);
    }
    m_severity->clear();
    m_severity->addItem(tr("Any severity"), -1);
    for (int i = 0; i < severityCount; ++i) {
        m_severity->addItem(severityName(static_cast<Severity>(i)), i);
    }
    m_status->setCurrentIndex(qMax(0, st));
    m_severity->setCurrentIndex(qMax(0, sv));
}

void IncidentFilterBar::retranslate()
{
    fillCombos();
    m_usePeriod->setText(tr("Discovered"));
    m_periodLabel->setText(tr("to"));
    m_openOnly->setText(tr("Not closed"));
    m_search->setPlaceholderText(tr("Search title"));
}

} // namespace cd::ui
