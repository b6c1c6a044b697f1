#pragma once

#include "registers/RegisterTypes.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace cd::ui {

// The filters over the incident list: discovery period, status, severity, "not closed" and a
// title search. Says `changed()` on every change the user makes.
class IncidentFilterBar : public QWidget
{
    Q_OBJECT

public:
    explicit IncidentFilterBar(QWidget* parent = nullptr);

    registers::IncidentFilter filter() const;
    // True when the filter hides some incidents.
    bool isFiltering() const;
    // Back to showing every incident, without saying `changed()`.
    void reset();
    void retranslate();

signals:
    void changed();

private:
    void fillCombos();

    QCheckBox* m_usePeriod;
    QDateEdit* m_from;
    QLabel* m_periodLabel;
    QDateEdit* m_to;
    QComboBox* m_status;
    QComboBox* m_severity;
    QCheckBox* m_openOnly;
    QLineEdit* m_search;
};

} // namespace cd::ui
