#pragma once

#include "activities/ActivityService.h"

#include <QDialog>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace cd {
class Vault;
}

namespace cd::ui {

// Picks an entrusted processor (受托人) from the register of processing activities, by number,
// name or the data entrusted to it.
class ProcessorPickerDialog : public QDialog
{
    Q_OBJECT

public:
    ProcessorPickerDialog(Vault& vault, QWidget* parent = nullptr);
    // The chosen processor; id 0 when none.
    activities::Processor chosen() const;

    // For tests and keyboard users.
    QLineEdit* searchBox() const { return m_search; }
    QListWidget* results() const { return m_results; }

private:
    void search();

    QList<activities::Processor> m_all;
    QLineEdit* m_search;
    QListWidget* m_results;
    QPushButton* m_ok;
};

// The processor a disclosure went to, in words, with Choose (the picker) and Clear.
class ProcessorLinkEdit : public QWidget
{
    Q_OBJECT

public:
    explicit ProcessorLinkEdit(QWidget* parent = nullptr);
    void setVault(Vault* vault) { m_vault = vault; }
    void setProcessor(qint64 id, const QString& name);
    qint64 processorId() const { return m_id; }
    QString processorName() const { return m_name; }
    QLabel* label() const { return m_label; }
    QPushButton* chooseButton() const { return m_choose; }
    QPushButton* clearButton() const { return m_clear; }

signals:
    void changed();

protected:
    void changeEvent(QEvent* event) override;

private:
    void pick();
    void showProcessor();
    void retranslate();

    Vault* m_vault = nullptr;
    qint64 m_id = 0;
    QString m_name;
    QLabel* m_label;
    QPushButton* m_choose;
    QPushButton* m_clear;
};

} // namespace cd::ui
