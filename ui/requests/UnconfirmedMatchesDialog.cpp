#include "UnconfirmedMatchesDialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::requests;

UnconfirmedMatchesDialog::UnconfirmedMatchesDialog(
    const RightsRequest& request, const QList<LinkCandidate>& matches, QWidget* parent)
    : QDialog(parent)
    , m_matches(matches)
{
    setWindowTitle(tr("Confirm or dismiss matching records"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("These records match the email address or phone number of request %1 but were "
                                "neither confirmed as the requester's nor dismissed. Decide each one before the "
                                "request is fulfilled: confirmed records are included (a deletion deletes them), "
                                "dismissed records are another person's and are kept.")
                                 .arg(request.number),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_table = new QTableWidget(int(matches.size()), 5, this);
    m_table->setHorizontalHeaderLabels(
        { tr("Record"), tr("Received"), tr("Name or number"), tr("Matched on"), tr("Decision") });
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionMode(QAbstractItemView::NoSelection);
    const QLocale locale;
    for (int i = 0; i < matches.size(); ++i) {
        const LinkCandidate& c = matches.at(i);
        const QString record = c.targetType == QLatin1String("submission") ? tr("Contact submission %1").arg(c.id)
                                                                           : tr("Request %1").arg(c.id);
        QString matched = c.matchedOn;
        if (c.matchedOn == QLatin1String("email")) {
            matched = tr("Email");
        } else if (c.matchedOn == QLatin1String("phone")) {
            matched = tr("Phone");
        } else if (c.matchedOn == QLatin1String("email+phone")) {
            matched = tr("Email and phone");
        }
        m_table->setItem(i, 0, new QTableWidgetItem(record));
        m_table->setItem(i, 1, new QTableWidgetItem(locale.toString(c.at.toLocalTime(), QLocale::ShortFormat)));
        m_table->setItem(i, 2, new QTableWidgetItem(c.label));
        m_table->setItem(i, 3, new QTableWidgetItem(matched));
        auto* choice = new QComboBox(m_table);
        choice->addItem(tr("Decide…"), int(Undecided));
        choice->addItem(tr("Confirm: the requester's"), int(Confirm));
        choice->addItem(tr("Dismiss: another person's"), int(Dismiss));
        choice->setAccessibleName(tr("Decision for %1").arg(record));
        connect(choice, &QComboBox::currentIndexChanged, this, &UnconfirmedMatchesDialog::updateOk);
        m_table->setCellWidget(i, 4, choice);
        m_choices.append(choice);
    }
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("Save decisions"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(720, 360);
    updateOk();
}

void UnconfirmedMatchesDialog::setDecision(int row, Decision decision)
{
    if (row >= 0 && row < m_choices.size()) {
        m_choices.at(row)->setCurrentIndex(m_choices.at(row)->findData(int(decision)));
    }
}

bool UnconfirmedMatchesDialog::allDecided() const
{
    for (const QComboBox* c : m_choices) {
        if (c->currentData().toInt() == Undecided) {
            return false;
        }
    }
    return true;
}

QList<LinkCandidate> UnconfirmedMatchesDialog::confirmed() const
{
    QList<LinkCandidate> out;
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i)->currentData().toInt() == Confirm) {
            out.append(m_matches.at(i));
        }
    }
    return out;
}

QList<LinkCandidate> UnconfirmedMatchesDialog::dismissed() const
{
    QList<LinkCandidate> out;
    for (int i = 0; i < m_choices.size(); ++i) {
        if (m_choices.at(i)->currentData().toInt() == Dismiss) {
            out.append(m_matches.at(i));
        }
    }
    return out;
}

void UnconfirmedMatchesDialog::updateOk()
{
    m_ok->setEnabled(allDecided());
}

} // namespace cd::ui
