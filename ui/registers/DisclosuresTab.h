#pragma once

#include "registers/RegisterTypes.h"
#include "report/ReportDocument.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QFormLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSpinBox;
class QStackedWidget;
class QTableView;

namespace cd {
class AppSettings;
class Vault;
} // namespace cd

namespace cd::ui {

class AttachmentsBox;
class CategoryChecklist;
class DisclosureModel;
class ProcessorLinkEdit;
class PageFormGuard;

// The disclosure register: filters, the list, and the form of the selected event. The form
// says what is missing (legal basis details above all) and Save stays off until it is complete.
class DisclosuresTab : public QWidget
{
    Q_OBJECT

public:
    DisclosuresTab(AppSettings& settings, QWidget* parent = nullptr);

    void setVault(Vault* vault);
    void reload();
    void retranslate();
    ReportDocument registerReport(const QString& language) const;

    // For tests and keyboard users.
    DisclosureModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    void startNew();
    // Hides the record pane (nothing selected, nothing being created).
    void closeForm();
    bool isFormShown() const;
    bool canStartNew() const;
    // Selects the event and shows it, clearing filters that hide it; false (with a status
    // message) when it no longer exists.
    bool showDisclosure(qint64 id);
    registers::Disclosure formValue() const;
    void setFormValue(const registers::Disclosure& d);
    QStringList formProblems() const;
    bool save();
    QPushButton* saveButton() const { return m_save; }
    QLabel* problemsLabel() const { return m_problems; }
    ProcessorLinkEdit* processorEdit() const { return m_processor; }
    PageFormGuard* formGuard() const { return m_guard; }

signals:
    void statusMessage(const QString& text);
    void dataChanged();

private:
    void buildUi();
    void fillCombos();
    void selectionChanged();
    void updateProblems();
    void removeCurrent();
    void exportTable();
    void previewReport();
    registers::DisclosureFilter filter() const;
    void resetFilters();

    AppSettings& m_settings;
    Vault* m_vault = nullptr;
    qint64 m_currentId = 0;
    bool m_loading = false;
    PageFormGuard* m_guard = nullptr;
    bool m_pristine = false; // a new form the user has not typed in yet

    // filters
    QLabel* m_periodLabel;
    QCheckBox* m_usePeriod;
    QDateEdit* m_from;
    QDateEdit* m_to;
    QComboBox* m_kindFilter;
    QComboBox* m_basisFilter;
    QLineEdit* m_search;
    QLabel* m_count;
    QPushButton* m_exportButton;
    QPushButton* m_reportButton;

    QTableView* m_table;
    DisclosureModel* m_model;
    QSortFilterProxyModel* m_proxy;

    // form
    QGroupBox* m_formBox;
    QFormLayout* m_form;
    QComboBox* m_kind;
    QLineEdit* m_recipient;
    QComboBox* m_recipientType;
    QLineEdit* m_contact;
    QPlainTextEdit* m_purpose;
    CategoryChecklist* m_categories;
    QSpinBox* m_people;
    QDateEdit* m_date;
    QComboBox* m_basis;
    QStackedWidget* m_basisDetails;
    QLineEdit* m_consentRecord;
    QLineEdit* m_law;
    QLineEdit* m_authority;
    QLineEdit* m_documentNumber;
    QLineEdit* m_court;
    QLineEdit* m_caseNumber;
    QLabel* m_consentLabel;
    QLabel* m_lawLabel;
    QLabel* m_authorityLabel;
    QLabel* m_documentLabel;
    QLabel* m_courtLabel;
    QLabel* m_caseLabel;
    QLineEdit* m_approvedBy;
    class LinkListEdit* m_links;
    ProcessorLinkEdit* m_processor;
    QPlainTextEdit* m_notes;
    AttachmentsBox* m_attachments;
    QLabel* m_problems;
    QPushButton* m_new;
    QPushButton* m_close;
    QWidget* m_formPane;
    QPushButton* m_save;
    QPushButton* m_delete;
};

// "submission:12, request:4" ⇄ links; false on text it cannot read.
bool parseLinksText(const QString& text, QList<registers::RegisterLink>* out);
QString linksText(const QList<registers::RegisterLink>& links);
// The UI language for data-category names: "zh_CN" or "en".
QString uiLanguage();

} // namespace cd::ui
