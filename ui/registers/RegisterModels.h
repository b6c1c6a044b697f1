#pragma once

#include "registers/RegisterTypes.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QWidget>

class QListWidget;
class QPushButton;

namespace cd {
class Vault;
}

namespace cd::ui {

// The disclosure register as a small typed model (registers hold hundreds of rows, not millions).
class DisclosureModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Date, Kind, Recipient, Purpose, People, Basis, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setDisclosures(const QList<registers::Disclosure>& list);
    const registers::Disclosure& disclosureAt(int row) const { return m_rows.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

private:
    QList<registers::Disclosure> m_rows;
};

// The incident register with each incident's regulator clock at `now`.
class IncidentModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Id, Title, Severity, Status, Discovered, RegulatorClock, People, ColumnCount };

    using QAbstractTableModel::QAbstractTableModel;
    void setIncidents(const QList<registers::Incident>& list, const registers::RegulatorRule& rule);
    // Recomputes the clocks (the page's minute timer calls this).
    void updateClocks(const QDateTime& nowUtc);
    const registers::Incident& incidentAt(int row) const { return m_rows.at(row); }
    registers::RegulatorClock clockAt(int row) const { return m_clocks.at(row); }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    void retranslate();

    // "Due in 2 h 25 min", "Overdue by 10 min", … for a clock.
    static QString clockText(const registers::RegulatorClock& clock);

private:
    QList<registers::Incident> m_rows;
    QList<registers::RegulatorClock> m_clocks;
    registers::RegulatorRule m_rule;
};

// The files attached to one register entry, kept inside the vault.
class AttachmentsBox : public QWidget
{
    Q_OBJECT

public:
    explicit AttachmentsBox(const QString& ownerType, QWidget* parent = nullptr);
    void setOwner(Vault* vault, qint64 ownerId);
    int count() const;
    void retranslate();

signals:
    void message(const QString& text);

private:
    void reload();
    void addFiles();
    void saveSelected();
    void removeSelected();

    QString m_ownerType;
    Vault* m_vault = nullptr;
    qint64 m_ownerId = 0;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_save;
    QPushButton* m_remove;
};

// Checkable list of the managed data categories.
class CategoryChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit CategoryChecklist(QWidget* parent = nullptr);
    void setCategories(const QList<registers::DataCategory>& categories, const QString& language);
    void setChecked(const QStringList& keys);
    QStringList checkedKeys() const;
    void clear();

signals:
    void changed();

private:
    QListWidget* m_list;
};

} // namespace cd::ui
