#pragma once

#include "activities/ActivityService.h"
#include "report/ReportDocument.h"

#include <QDialog>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace cd {
class Vault;
}

namespace cd::ui {

class AttachmentsBox;
class CategoryChecklist;
class ProcessorsBox;
class PageFormGuard;

// Records a personal-information protection impact assessment (PIPL art. 56).
class PiaDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PiaDialog(QWidget* parent = nullptr);
    activities::Pia value() const;
    void setApprover(const QString& name);

private:
    void updateState();
    QDateEdit* m_date;
    QPlainTextEdit* m_lawful;
    QPlainTextEdit* m_impact;
    QPlainTextEdit* m_measures;
    QLineEdit* m_conclusion;
    QLineEdit* m_approver;
    QPushButton* m_ok;
};

// The register of processing activities: the list with each activity's impact-assessment state,
// the form of the selected activity, its assessments, the processors, and the cross-border check.
class ActivitiesTab : public QWidget
{
    Q_OBJECT

public:
    explicit ActivitiesTab(QWidget* parent = nullptr);
    void setVault(Vault* vault);
    void reload();
    void retranslate();
    ReportDocument registerReport(const QString& language) const;
    bool showActivity(qint64 id);

    // For tests and keyboard users.
    QTableWidget* table() const { return m_table; }
    QTableWidget* processorTable() const;
    ProcessorsBox* processorsBox() const { return m_processorBox; }
    QLabel* crossBorderLabel() const { return m_crossBorder; }
    QLabel* piaLabel() const { return m_piaState; }
    QLabel* problemsLabel() const { return m_problems; }
    QLineEdit* nameEdit() const { return m_name; }
    QLineEdit* purposeEdit() const { return m_purpose; }
    CategoryChecklist* categories() const { return m_categories; }
    QCheckBox* crossBorderCheck() const { return m_cross; }
    QLineEdit* destinationEdit() const { return m_destination; }
    QSpinBox* peopleSpin() const { return m_people; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* newButton() const { return m_new; }
    QPushButton* addPiaButton() const { return m_addPia; }
    AttachmentsBox* evidenceBox() const { return m_evidence; }
    QTableWidget* piaTable() const { return m_pias; }
    PageFormGuard* formGuard() const { return m_guard; }
    PageFormGuard* processorGuard() const;
    QLineEdit* processorNameEdit() const;
    bool save();
    bool addPia(const activities::Pia& pia);
    bool addProcessor(const activities::Processor& processor);
    // Links a disclosure of the disclosure register to the processor that received the data.
    bool linkDisclosure(qint64 disclosureId, qint64 processorId);
    activities::Activity formValue() const;

signals:
    void statusMessage(const QString& text);

private:
    void buildUi();
    void selectionChanged();
    void setFormValue(const activities::Activity& a);
    void updateState();
    void startNew();
    void openPiaDialog();
    void showProblem(const QString& text);

    Vault* m_vault = nullptr;
    activities::Activity m_current;
    QList<activities::Activity> m_list;
    bool m_loading = false;
    PageFormGuard* m_guard = nullptr;

    QLabel* m_crossBorder;
    QTableWidget* m_table;
    QGroupBox* m_formBox;
    QLineEdit* m_name;
    QLineEdit* m_purpose;
    CategoryChecklist* m_categories;
    QLineEdit* m_subjects;
    QCheckBox* m_minors;
    QLineEdit* m_source;
    QComboBox* m_basis;
    QLineEdit* m_retention;
    QLineEdit* m_systems;
    QLineEdit* m_recipients;
    QCheckBox* m_cross;
    QLineEdit* m_destination;
    QCheckBox* m_automated;
    QCheckBox* m_provides;
    QLineEdit* m_policySection;
    QSpinBox* m_people;
    QSpinBox* m_sensitivePeople;
    QSpinBox* m_review;
    QLineEdit* m_processorIds;
    QLabel* m_problems;
    QPushButton* m_new;
    QPushButton* m_save;

    QGroupBox* m_piaBox;
    QLabel* m_piaState;
    QTableWidget* m_pias;
    QPushButton* m_addPia;
    QLabel* m_evidenceLabel;
    AttachmentsBox* m_evidence;
    QList<qint64> m_piaIds;

    ProcessorsBox* m_processorBox;
};

} // namespace cd::ui
