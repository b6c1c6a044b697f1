#pragma once

#include "iso/IsoTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLineEdit;

namespace cd::ui {

// The ISO page's search and filters on one row, and a second row for the page's actions, so
// the page fits a 1366-pixel-wide laptop screen.
class IsoFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit IsoFilterBar(QWidget* parent = nullptr);

    iso::ControlFilter filter() const;
    // Back to every control, without emitting changed().
    void reset();
    // The owners to filter by; the chosen owner stays chosen while it is still there.
    void setOwners(const QStringList& owners);
    void clearOwners();
    // Appended at the right of the action row.
    void addAction(QWidget* widget);
    void retranslate();
    QLineEdit* searchEdit() const { return m_search; }

signals:
    void changed();

private:
    QLineEdit* m_search;
    QComboBox* m_status;
    QComboBox* m_owner;
    QComboBox* m_applicable;
    QCheckBox* m_overdue;
    QCheckBox* m_noEvidence;
    QHBoxLayout* m_actions;
};

} // namespace cd::ui
