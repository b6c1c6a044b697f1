#pragma once

#include "iso/IsoTypes.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace cd::ui {

// Owner, status and review cycle for several controls at once; only ticked fields change.
class IsoBulkEditDialog : public QDialog
{
    Q_OBJECT

public:
    IsoBulkEditDialog(const QStringList& owners, int count, QWidget* parent = nullptr);
    iso::ControlChange change() const;

private:
    QCheckBox* m_setOwner;
    QComboBox* m_owner;
    QCheckBox* m_setStatus;
    QComboBox* m_status;
    QCheckBox* m_setCycle;
    QSpinBox* m_cycle;
};

} // namespace cd::ui
