#pragma once

#include "requests/RequestService.h"

#include <QDialog>
#include <QList>

class QComboBox;
class QPushButton;
class QTableWidget;

namespace cd::ui {

// Before a deletion or access request is fulfilled: the records the intake proposed (same email
// or phone) that nobody confirmed or dismissed. The officer decides each one, so a deletion
// cannot quietly miss the person's records.
class UnconfirmedMatchesDialog : public QDialog
{
    Q_OBJECT

public:
    UnconfirmedMatchesDialog(const requests::RightsRequest& request, const QList<requests::LinkCandidate>& matches,
        QWidget* parent = nullptr);

    QList<requests::LinkCandidate> confirmed() const;
    QList<requests::LinkCandidate> dismissed() const;
    // True when every row has a decision.
    bool allDecided() const;

    enum Decision { Undecided = 0, Confirm = 1, Dismiss = 2 };
    // Tests and keyboard users: set the decision of row `row`.
    void setDecision(int row, Decision decision);

private:
    void updateOk();

    QList<requests::LinkCandidate> m_matches;
    QTableWidget* m_table = nullptr;
    QList<QComboBox*> m_choices;
    QPushButton* m_ok = nullptr;
};

} // namespace cd::ui
