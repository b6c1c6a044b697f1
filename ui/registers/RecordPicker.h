#pragma once

#include "registers/RegisterService.h"

#include <QDialog>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cd {
class Vault;
}

namespace cd::ui {

// A translated name for a link target type ("submission" → "Contact submission").
QString linkTargetName(const QString& targetType);

// Picks a submission, request, incident or disclosure by searching its number, name or title.
class RecordPickerDialog : public QDialog
{
    Q_OBJECT

public:
    RecordPickerDialog(Vault& vault, QWidget* parent = nullptr);
    // The chosen record; empty targetType when nothing was chosen.
    registers::RegisterLink chosen() const;

    // For tests and keyboard users.
    QComboBox* typeBox() const { return m_type; }
    QLineEdit* searchBox() const { return m_search; }
    QListWidget* results() const { return m_results; }

private:
    void search();

    Vault& m_vault;
    QComboBox* m_type;
    QLineEdit* m_search;
    QListWidget* m_results;
    QPushButton* m_ok;
};

// The linked records of a register entry, in words, with Add (the picker) and Remove.
class LinkListEdit : public QWidget
{
    Q_OBJECT

public:
    explicit LinkListEdit(QWidget* parent = nullptr);
    void setVault(Vault* vault) { m_vault = vault; }
    void setLinks(const QList<registers::RegisterLink>& links);
    QList<registers::RegisterLink> links() const { return m_links; }
    QListWidget* list() const { return m_list; }
    QPushButton* addButton() const { return m_add; }

    // Adds a link (e.g. from the picker); an existing one is not added twice.
    void addLink(const registers::RegisterLink& link);

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void pick();
    void removeSelected();
    void showLinks();
    void retranslate();

    Vault* m_vault = nullptr;
    QList<registers::RegisterLink> m_links;
    QListWidget* m_list;
    QPushButton* m_add;
    QPushButton* m_remove;
};

} // namespace cd::ui
