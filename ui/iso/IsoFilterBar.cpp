#include "iso/IsoFilterBar.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QVBoxLayout>

namespace cd::ui {

namespace {
// The owner filter's entry for controls nobody owns.
const QString kNoOwner = QStringLiteral("\x01none");
} // namespace

IsoFilterBar::IsoFilterBar(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("isoFilterBar"));
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto* row = new QHBoxLayout();
    m_actions = new QHBoxLayout();
    rows->addLayout(row);
    rows->addLayout(m_actions);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_status = new QComboBox(this);
    m_owner = new QComboBox(this);
    m_owner->setMinimumContentsLength(12);
    m_owner->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_applicable = new QComboBox(this);
    m_overdue = new QCheckBox(this);
    m_noEvidence = new QCheckBox(this);
    row->addWidget(m_search, 2);
    row->addWidget(m_status);
    row->addWidget(m_owner, 1);
    row->addWidget(m_applicable);
    row->addWidget(m_overdue);
    row->addWidget(m_noEvidence);
    row->addStretch();
    m_actions->addStretch();

    connect(m_search, &QLineEdit::textChanged, this, &IsoFilterBar::changed);
    for (QComboBox* combo : { m_status, m_owner, m_applicable }) {
        connect(combo, qOverload<int>(&QComboBox::currentIndexChanged), this, &IsoFilterBar::changed);
    }
    connect(m_overdue, &QCheckBox::toggled, this, &IsoFilterBar::changed);
    connect(m_noEvidence, &QCheckBox::toggled, this, &IsoFilterBar::changed);
}

void IsoFilterBar::addAction(QWidget* widget)
{
    m_actions->addWidget(widget);
}

void IsoFilterBar::retranslate()
{
    m_search->setPlaceholderText(tr("Search by id or title (English or Chinese)"));
    {
        const QSignalBlocker block(m_status);
        const int index = qMax(0, m_status->currentIndex());
        m_status->clear();
        m_status->addItem(tr("All statuses"));
        for (iso::ImplementationStatus s : iso::allStatuses()) {
            m_status->addItem(iso::statusDisplayName(s), iso::statusKey(s));
        }
        m_status->setCurrentIndex(index);
    }
    {
        const QSignalBlocker block(m_applicable);
        const int index = qMax(0, m_applicable->currentIndex());
        m_applicable->clear();
        m_applicable->addItems({ tr("Applicable and excluded"), tr("Applicable"), tr("Excluded") });
        m_applicable->setCurrentIndex(index);
    }
    if (m_owner->count() > 1) {
        m_owner->setItemText(0, tr("All owners"));
        m_owner->setItemText(1, tr("(No owner)"));
    }
    m_overdue->setText(tr("Review overdue"));
    m_noEvidence->setText(tr("No evidence"));
}

void IsoFilterBar::setOwners(const QStringList& owners)
{
    const QSignalBlocker block(m_owner);
    const QString current = m_owner->currentData().toString();
    const int currentIndex = m_owner->currentIndex();
    m_owner->clear();
    m_owner->addItem(tr("All owners"));
    m_owner->addItem(tr("(No owner)"), kNoOwner);
    for (const QString& o : owners) {
        m_owner->addItem(o, o);
    }
    const int found = currentIndex > 0 ? m_owner->findData(current) : 0;
    m_owner->setCurrentIndex(qMax(0, found));
}

void IsoFilterBar::clearOwners()
{
    m_owner->clear();
}

iso::ControlFilter IsoFilterBar::filter() const
{
    iso::ControlFilter filter;
    filter.search = m_search->text();
    if (m_status->currentIndex() > 0) {
        iso::ImplementationStatus s;
        if (iso::statusFromKey(m_status->currentData().toString(), &s)) {
            filter.status = s;
        }
    }
    if (m_owner->currentIndex() == 1) {
        filter.owner = QString();
    } else if (m_owner->currentIndex() > 1) {
        filter.owner = m_owner->currentData().toString();
    }
    if (m_applicable->currentIndex() > 0) {
        filter.applicable = m_applicable->currentIndex() == 1;
    }
    filter.reviewOverdue = m_overdue->isChecked();
    filter.noEvidence = m_noEvidence->isChecked();
    return filter;
}

void IsoFilterBar::reset()
{
    const QSignalBlocker b1(m_search), b2(m_status), b3(m_owner), b4(m_applicable), b5(m_overdue), b6(m_noEvidence);
    m_search->clear();
    m_status->setCurrentIndex(0);
    m_owner->setCurrentIndex(0);
    m_applicable->setCurrentIndex(0);
    m_overdue->setChecked(false);
    m_noEvidence->setChecked(false);
}

} // namespace cd::ui
