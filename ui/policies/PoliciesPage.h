#pragma once

#include "pages/Page.h"
#include "policies/PolicyCompareDialog.h"
#include "policies/PolicyDiff.h"
#include "policies/PolicyReports.h"
#include "policies/PolicyService.h"
#include "policies/PolicyVersionModel.h"
#include "report/ReportDocument.h"

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;
class QTimer;

namespace cd {
class AppSettings;
}

namespace cd::ui {

class PolicyContentsBox;
class PageFormGuard;

class PoliciesPage : public Page
{
    Q_OBJECT

public:
    explicit PoliciesPage(AppSettings& settings, QWidget* parent = nullptr);

    QString title() const override;
    void setVault(Vault* vault) override;
    void refresh() override;
    bool canPrint() const override;
    bool canCreateRecord() const override;
    void createRecord() override; // a new policy document
    ReportDocument printableReport() override;
    int badgeCount() const override { return m_overdue; }
    // {"versionId": <id>}: shows that version's document and selects the version.
    void showTarget(const QVariant& argument) override;

    // For tests and keyboard use.
    PolicyVersionModel* versionModel() const { return m_model; }
    void selectVersion(qint64 versionId);
    const PolicyVersion* currentVersion() const;
    QPushButton* saveButton() const { return m_save; }
    QPlainTextEdit* chineseEditor() const { return m_zhEdit; }
    PolicyContentsBox* contentsBox() const { return m_contents; }
    QPushButton* approveButton() const { return m_approve; }
    // The selected version as printed: facts, contents check, texts (in the report language).
    ReportDocument versionReport(PolicyTexts texts) const;
    PageFormGuard* formGuard() const { return m_guard; }
    PolicyCompareDialog* createCompareDialog();

protected:
    void retranslate() override;

private:
    void buildUi();
    void loadDocuments(qint64 selectDocument = 0);
    void loadVersions(qint64 selectVersionId = 0);
    void showVersion();
    void updateEmptyState();
    void updatePreviews();
    void updateActions();
    PolicyVersionInput editorInput() const;
    bool check(const Status& status);

    void newDocument();
    void importVersion();
    void importInto(QPlainTextEdit* editor);
    void save();
    void revise();
    void deleteDraft();
    void moveTo(PolicyStatus target);
    void editNotificationPlan();
    void markNoticeSent();
    void compare();
    void exportPdf();
    void exportHtml();
    void printHistory();

    AppSettings& m_settings;
    std::unique_ptr<PolicyService> m_service;
    QList<PolicyDocument> m_documents;
    int m_overdue = 0;
    bool m_loading = false;
    qint64 m_shownVersionId = 0; // the version in the editors
    PageFormGuard* m_guard = nullptr;

    QLabel* m_header;
    QLabel* m_documentLabel;
    QComboBox* m_documentBox;
    QPushButton* m_newDocument;
    QPushButton* m_import;
    QPushButton* m_history;
    QTableView* m_table;
    PolicyVersionModel* m_model;
    QLabel* m_labelLabel;
    QLineEdit* m_label;
    QLabel* m_updatedLabel;
    QDateEdit* m_updatedOn;
    QLabel* m_effectiveLabel;
    QDateEdit* m_effectiveOn;
    QCheckBox* m_material;
    QLabel* m_summaryLabel;
    QLineEdit* m_summary;
    QLabel* m_statusLabel;
    QLabel* m_status;
    QLabel* m_hashLabel;
    QLabel* m_hash;
    QLabel* m_noticeLabel;
    QLabel* m_notice;
    QLabel* m_zhTitle;
    QLabel* m_enTitle;
    QPlainTextEdit* m_zhEdit;
    QPlainTextEdit* m_enEdit;
    QTextBrowser* m_zhPreview;
    QTextBrowser* m_enPreview;
    QLabel* m_zhCount;
    QLabel* m_enCount;
    QPushButton* m_zhImport;
    QPushButton* m_enImport;
    QTimer* m_previewTimer;
    QPushButton* m_save;
    QPushButton* m_revise;
    QPushButton* m_delete;
    QPushButton* m_submit;
    QPushButton* m_sendBack;
    QPushButton* m_approve;
    QPushButton* m_publish;
    QPushButton* m_plan;
    QPushButton* m_sent;
    QPushButton* m_compare;
    QPushButton* m_pdf;
    QPushButton* m_html;
    PolicyContentsBox* m_contents;
};

} // namespace cd::ui
