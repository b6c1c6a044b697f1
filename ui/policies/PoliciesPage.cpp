#include "policies/PoliciesPage.h"
#include "policies/NotificationPlanDialog.h"
#include "policies/PolicyContentsBox.h"

#include "policies/PolicyReports.h"
#include "policies/PolicyText.h"
#include "policies/PolicyWorkflow.h"
#include "preferences/AppSettings.h"
#include "report/ReportLanguage.h"
#include "report/ReportRenderer.h"
#include "report/StatePalette.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/EmptyState.h"

#include "util/Formatting.h"
#include "widgets/Dialogs.h"
#include "widgets/FormGuard.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QTimer>
#include <QVBoxLayout>

namespace cd::ui {

namespace {

QString formatDate(const QDate& date)
{
    return date.isValid() ? fmt::date(date) : QString();
}

} // namespace

// ---------------------------------------------------------------------------------------------
// PoliciesPage

PoliciesPage::PoliciesPage(AppSettings& settings, QWidget* parent)
    : Page(parent)
    , m_settings(settings)
{
    buildUi();
    retranslate();
    updateActions();
}

void PoliciesPage::buildUi()
{
    m_header = makePageHeader(this);
    m_documentLabel = new QLabel(this);
    m_documentBox = new QComboBox(this);
    m_documentBox->setMinimumContentsLength(24);
    m_documentBox->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_documentLabel->setBuddy(m_documentBox);
    m_newDocument = new QPushButton(this);
    m_import = new QPushButton(this);
    m_history = new QPushButton(this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_documentLabel);
    top->addWidget(m_documentBox, 1);
    top->addWidget(m_newDocument);
    top->addWidget(m_import);
    top->addWidget(m_history);

    m_model = new PolicyVersionModel(this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("policyVersions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setMinimumWidth(300);
    EmptyState::attach(m_table);
    ColumnPolicy::install(m_table, QStringLiteral("policyVersions"), PolicyVersionModel::Label,
        { PolicyVersionModel::Approver, PolicyVersionModel::Author, PolicyVersionModel::UpdatedOn,
            PolicyVersionModel::MaterialChange });

    // Version facts.
    m_labelLabel = new QLabel(this);
    m_label = new QLineEdit(this);
    m_labelLabel->setBuddy(m_label);
    m_updatedLabel = new QLabel(this);
    m_updatedOn = new QDateEdit(this);
    m_updatedLabel->setBuddy(m_updatedOn);
    m_effectiveLabel = new QLabel(this);
    m_effectiveOn = new QDateEdit(this);
    m_effectiveLabel->setBuddy(m_effectiveOn);
    for (QDateEdit* edit : { m_updatedOn, m_effectiveOn }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    m_material = new QCheckBox(this);
    m_summaryLabel = new QLabel(this);
    m_summary = new QLineEdit(this);
    m_summaryLabel->setBuddy(m_summary);
    m_statusLabel = new QLabel(this);
    m_status = new QLabel(this);
    m_hashLabel = new QLabel(this);
    m_hash = new QLabel(this);
    m_hash->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_hash->setWordWrap(true);
    m_noticeLabel = new QLabel(this);
    m_notice = new QLabel(this);
    m_notice->setWordWrap(true);
    auto* facts = new QGridLayout;
    facts->addWidget(m_labelLabel, 0, 0);
    facts->addWidget(m_label, 0, 1);
    facts->addWidget(m_updatedLabel, 0, 2);
    facts->addWidget(m_updatedOn, 0, 3);
    facts->addWidget(m_effectiveLabel, 0, 4);
    facts->addWidget(m_effectiveOn, 0, 5);
    facts->addWidget(m_summaryLabel, 1, 0);
    facts->addWidget(m_summary, 1, 1, 1, 4);
    facts->addWidget(m_material, 1, 5);
    facts->addWidget(m_statusLabel, 2, 0);
    facts->addWidget(m_status, 2, 1);
    facts->addWidget(m_hashLabel, 2, 2);
    facts->addWidget(m_hash, 2, 3, 1, 3);
    facts->addWidget(m_noticeLabel, 3, 0);
    facts->addWidget(m_notice, 3, 1, 1, 5);
    facts->setColumnStretch(1, 1);
    facts->setColumnStretch(3, 1);

    // Side-by-side editors, each with its preview below.
    auto makeColumn
        = [this](QLabel*& title, QPlainTextEdit*& edit, QTextBrowser*& preview, QLabel*& count, QPushButton*& import) {
              auto* column = new QWidget(this);
              title = new QLabel(column);
              QFont bold = title->font();
              bold.setBold(true);
              title->setFont(bold);
              count = new QLabel(column);
              import = new QPushButton(column);
              edit = new QPlainTextEdit(column);
              edit->setTabChangesFocus(true);
              title->setBuddy(edit);
              preview = makePolicyPreview(column);
              auto* split = new QSplitter(Qt::Vertical, column);
              split->addWidget(edit);
              split->addWidget(preview);
              auto* head = new QHBoxLayout;
              head->addWidget(title);
              head->addStretch(1);
              head->addWidget(count);
              head->addWidget(import);
              auto* layout = new QVBoxLayout(column);
              layout->setContentsMargins(0, 0, 0, 0);
              layout->addLayout(head);
              layout->addWidget(split, 1);
              return column;
          };
    auto* editors = new QSplitter(Qt::Horizontal, this);
    editors->addWidget(makeColumn(m_zhTitle, m_zhEdit, m_zhPreview, m_zhCount, m_zhImport));
    editors->addWidget(makeColumn(m_enTitle, m_enEdit, m_enPreview, m_enCount, m_enImport));

    m_save = new QPushButton(this);
    m_save->setShortcut(QKeySequence::Save);
    m_revise = new QPushButton(this);
    m_delete = new QPushButton(this);
    m_submit = new QPushButton(this);
    m_sendBack = new QPushButton(this);
    m_approve = new QPushButton(this);
    m_publish = new QPushButton(this);
    m_plan = new QPushButton(this);
    m_sent = new QPushButton(this);
    m_compare = new QPushButton(this);
    m_pdf = new QPushButton(this);
    m_html = new QPushButton(this);
    auto* actions = new QHBoxLayout;
    for (QPushButton* b : { m_save, m_revise, m_delete, m_submit, m_sendBack, m_approve, m_publish }) {
        actions->addWidget(b);
    }
    actions->addStretch(1);
    auto* actions2 = new QHBoxLayout;
    for (QPushButton* b : { m_plan, m_sent, m_compare, m_pdf, m_html }) {
        actions2->addWidget(b);
    }
    actions2->addStretch(1);

    auto* detail = new QWidget(this);
    auto* detailLayout = new QVBoxLayout(detail);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addLayout(facts);
    detailLayout->addWidget(editors, 1);
    detailLayout->addLayout(actions);
    detailLayout->addLayout(actions2);

    // The versions, and below them the contents check of the selected one (NDSMR art. 21).
    m_contents = new PolicyContentsBox(this);
    auto* left = new QSplitter(Qt::Vertical, this);
    left->addWidget(m_table);
    left->addWidget(m_contents);
    left->setSizes({ 300, 520 });
    connect(m_contents, &PolicyContentsBox::statusMessage, this, &Page::statusMessage);
    auto* main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(left);
    main->addWidget(detail);
    main->setStretchFactor(0, 1);
    main->setStretchFactor(1, 3);
    main->setSizes({ 460, 940 });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_header);
    layout->addLayout(top);
    layout->addWidget(main, 1);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &PoliciesPage::updatePreviews);
    connect(m_zhEdit, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));
    connect(m_enEdit, &QPlainTextEdit::textChanged, m_previewTimer, qOverload<>(&QTimer::start));

    // Esc in the editors shows the version again as saved; another version or document asks first.
    m_guard = new PageFormGuard(detail);
    m_guard->setEscapeAction([this] { showVersion(); });
    m_guard->setRestoreSelection([this] { m_table->selectRow(m_model->rowOf(m_shownVersionId)); });
    connect(m_documentBox, &QComboBox::currentIndexChanged, this, [this] {
        if (m_loading) {
            return;
        }
        if (!m_guard->confirmDiscard()) {
            const QSignalBlocker block(m_documentBox);
            m_documentBox->setCurrentIndex(
                m_documentBox->findData(m_model->rowCount() > 0 ? m_model->versionAt(0)->documentId : 0));
            return;
        }
        m_guard->markClean();
        loadVersions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex& now) {
        const PolicyVersion* v = m_model->versionAt(now.row());
        // A reset list (another document, a reload) is shown by whoever reloaded it.
        if (v && m_guard->allowSwitch(v->id == m_shownVersionId)) {
            showVersion();
        }
    });
    connect(m_newDocument, &QPushButton::clicked, this, &PoliciesPage::newDocument);
    connect(m_import, &QPushButton::clicked, this, &PoliciesPage::importVersion);
    connect(m_history, &QPushButton::clicked, this, &PoliciesPage::printHistory);
    connect(m_zhImport, &QPushButton::clicked, this, [this] { importInto(m_zhEdit); });
    connect(m_enImport, &QPushButton::clicked, this, [this] { importInto(m_enEdit); });
    connect(m_save, &QPushButton::clicked, this, &PoliciesPage::save);
    connect(m_revise, &QPushButton::clicked, this, &PoliciesPage::revise);
    connect(m_delete, &QPushButton::clicked, this, &PoliciesPage::deleteDraft);
    connect(m_submit, &QPushButton::clicked, this, [this] { moveTo(PolicyStatus::InReview); });
    connect(m_sendBack, &QPushButton::clicked, this, [this] { moveTo(PolicyStatus::Draft); });
    connect(m_approve, &QPushButton::clicked, this, [this] { moveTo(PolicyStatus::Approved); });
    connect(m_publish, &QPushButton::clicked, this, [this] { moveTo(PolicyStatus::Published); });
    connect(m_plan, &QPushButton::clicked, this, &PoliciesPage::editNotificationPlan);
    connect(m_sent, &QPushButton::clicked, this, &PoliciesPage::markNoticeSent);
    connect(m_compare, &QPushButton::clicked, this, &PoliciesPage::compare);
    connect(m_pdf, &QPushButton::clicked, this, &PoliciesPage::exportPdf);
    connect(m_html, &QPushButton::clicked, this, &PoliciesPage::exportHtml);
}

QString PoliciesPage::title() const
{
    return tr("Policy versions");
}

void PoliciesPage::retranslate()
{
    m_header->setText(title());
    m_documentLabel->setText(tr("&Document:"));
    m_newDocument->setText(tr("New document…"));
    updateEmptyState();
    m_import->setText(tr("&Import version…"));
    m_import->setToolTip(tr("Create a new draft from .txt, .md or .html files (UTF-8 or GB18030)."));
    m_history->setText(tr("Version &history…"));
    m_labelLabel->setText(tr("&Version:"));
    m_updatedLabel->setText(tr("&Updated on:"));
    m_effectiveLabel->setText(tr("&Effective:"));
    m_material->setText(tr("&Materially reduces users' rights"));
    m_summaryLabel->setText(tr("Change s&ummary:"));
    m_statusLabel->setText(tr("Status:"));
    m_hashLabel->setText(tr("SHA-256:"));
    m_noticeLabel->setText(tr("Notification:"));
    m_zhTitle->setText(tr("Chinese text (Markdown)"));
    m_enTitle->setText(tr("English text (Markdown)"));
    m_zhImport->setText(tr("Import…"));
    m_enImport->setText(tr("Import…"));
    m_save->setText(tr("&Save"));
    m_revise->setText(tr("Edit as new &draft…"));
    m_delete->setText(tr("Delete draft"));
    m_submit->setText(tr("Submit for re&view"));
    m_sendBack->setText(tr("Send back to draft"));
    m_approve->setText(tr("&Approve"));
    m_publish->setText(tr("&Publish"));
    m_plan->setText(tr("Notification &plan…"));
    m_sent->setText(tr("Notice sent…"));
    m_compare->setText(tr("&Compare…"));
    m_pdf->setText(tr("Export PD&F…"));
    m_html->setText(tr("Export &HTML…"));
    m_contents->retranslate();
    if (m_service) {
        showVersion();
    }
}

void PoliciesPage::setVault(Vault* vault)
{
    const PageFormGuard::Quiet quiet(m_guard);
    Page::setVault(vault);
    m_service.reset(vault ? new PolicyService(*vault) : nullptr);
    m_contents->setVault(vault);
    m_documents.clear();
    m_loading = true;
    m_documentBox->clear();
    m_loading = false;
    m_model->setVersions({});
    m_overdue = 0;
    if (m_service) {
        loadDocuments();
    } else {
        showVersion();
    }
    emit badgeChanged();
}

void PoliciesPage::refresh()
{
    if (!m_service) {
        return;
    }
    const qint64 documentId = m_documentBox->currentData().toLongLong();
    const PolicyVersion* current = currentVersion();
    const qint64 versionId = current ? current->id : 0;
    loadDocuments(documentId);
    if (versionId) {
        selectVersion(versionId);
    }
}

bool PoliciesPage::check(const Status& status)
{
    if (!status) {
        Dialogs::warning(this, title(), status.message());
        return false;
    }
    return true;
}

void PoliciesPage::loadDocuments(qint64 selectDocument)
{
    auto docs = m_service->documents();
    if (!docs) {
        emit statusMessage(docs.message());
        return;
    }
    m_documents = docs.value();
    m_loading = true;
    m_documentBox->clear();
    for (const PolicyDocument& doc : m_documents) {
        m_documentBox->addItem(doc.name, doc.id);
    }
    const int index = m_documentBox->findData(selectDocument);
    m_documentBox->setCurrentIndex(index >= 0 ? index : 0);
    m_loading = false;
    loadVersions();
    auto due = m_service->notificationsDue(Clock::today(), 0);
    int overdue = 0;
    if (due) {
        for (const PolicyNotificationDue& d : due.value()) {
            overdue += d.overdue() ? 1 : 0;
        }
    }
    if (overdue != m_overdue) {
        m_overdue = overdue;
        emit badgeChanged();
    }
}

void PoliciesPage::loadVersions(qint64 selectVersionId)
{
    const qint64 documentId = m_documentBox->currentData().toLongLong();
    if (!m_service || documentId == 0) {
        m_model->setVersions({});
        showVersion();
        return;
    }
    auto versions = m_service->versions(documentId);
    m_model->setVersions(versions ? versions.value() : QList<PolicyVersion>());
    const int row = selectVersionId ? m_model->rowOf(selectVersionId) : 0;
    if (m_model->rowCount() > 0) {
        m_table->selectRow(std::max(0, row));
    }
    showVersion();
    updateEmptyState();
}

void PoliciesPage::updateEmptyState()
{
    EmptyState* empty = EmptyState::of(m_table);
    if (m_documentBox->count() == 0) {
        empty->setMessages(tr("No policy documents yet. Create one for each policy you publish (for example the "
                              "privacy policy), then import its text as the first draft."));
        empty->setAction(tr("New document…"), [this] { newDocument(); });
    } else {
        empty->setMessages(tr("No versions of this document yet. Import its Chinese and English text (.txt, .md "
                              "or .html) as the first draft."));
        empty->setAction(tr("Import a version…"), [this] { importVersion(); });
    }
}

void PoliciesPage::selectVersion(qint64 versionId)
{
    const int row = m_model->rowOf(versionId);
    if (row >= 0) {
        m_table->selectRow(row);
        // Shown again (it may have changed), unless the user chose to keep editing another one.
        if (m_shownVersionId == versionId || !m_guard->isDirty()) {
            showVersion();
        }
    }
}

void PoliciesPage::showTarget(const QVariant& argument)
{
    if (!m_service) {
        return;
    }
    const qint64 versionId = argument.toMap().value(QStringLiteral("versionId")).toLongLong();
    if (versionId <= 0) {
        return;
    }
    const Result<PolicyVersion> version = m_service->version(versionId);
    if (!version) {
        emit statusMessage(version.code() == ErrorCode::NotFound
                ? tr("This policy version no longer exists; it may have been deleted.")
                : version.message());
        return;
    }
    const int index = m_documentBox->findData(version->documentId);
    if (index < 0) {
        // A document added since the page was last loaded.
        loadDocuments(version->documentId);
    } else if (index != m_documentBox->currentIndex()) {
        m_loading = true;
        m_documentBox->setCurrentIndex(index);
        m_loading = false;
    }
    // Re-read the versions: the target may be newer than the list on screen.
    loadVersions(versionId);
    const PolicyVersion* shown = currentVersion();
    if (!shown || shown->id != versionId) {
        emit statusMessage(tr("This policy version cannot be shown."));
        return;
    }
    m_table->scrollTo(m_table->currentIndex());
    m_table->setFocus();
}

const PolicyVersion* PoliciesPage::currentVersion() const
{
    return m_model->versionAt(m_table->currentIndex().row());
}

void PoliciesPage::showVersion()
{
    const PolicyVersion* v = currentVersion();
    m_loading = true;
    m_label->setText(v ? v->label : QString());
    m_updatedOn->setDate(v && v->updatedOn.isValid() ? v->updatedOn : Clock::today());
    m_effectiveOn->setDate(v && v->effectiveOn.isValid() ? v->effectiveOn : Clock::today());
    m_material->setChecked(v && v->materialChange);
    m_summary->setText(v ? v->changeSummary : QString());
    m_zhEdit->setPlainText(v ? v->textZh : QString());
    m_enEdit->setPlainText(v ? v->textEn : QString());
    m_status->setText(v ? policyStatusDisplayName(v->status) : QString());
    if (!v) {
        m_hash->clear();
    } else if (v->contentHash.isEmpty()) {
        m_hash->setText(tr("set when published"));
    } else {
        auto intact = m_service->verifyHash(v->id);
        m_hash->setText(intact && intact.value() ? QStringLiteral("%1 ✓").arg(v->contentHash)
                                                 : tr("%1 — does not match the text!").arg(v->contentHash));
    }
    QString notice;
    if (v && v->materialChange) {
        auto plan = m_service->notificationPlan(v->id);
        if (!plan || plan->versionId == 0) {
            notice = tr("Not planned yet: plan the notification before publishing.");
        } else if (plan->isSent()) {
            notice = tr("Sent on %1 by %2 (%3)")
                         .arg(formatDate(plan->sentOn), plan->sentByName,
                             notificationChannelsText(plan->channels, plan->otherChannel));
        } else {
            notice
                = tr("Planned for %1 by %2")
                      .arg(formatDate(plan->plannedOn), notificationChannelsText(plan->channels, plan->otherChannel));
        }
    } else if (v) {
        notice = tr("Not needed (no material change)");
    }
    m_notice->setText(notice);
    m_contents->setVersion(v);
    m_loading = false;
    updatePreviews();
    updateActions();
    m_shownVersionId = v ? v->id : 0;
    m_guard->markClean();
}

void PoliciesPage::updatePreviews()
{
    m_zhPreview->setMarkdown(m_zhEdit->toPlainText());
    m_enPreview->setMarkdown(m_enEdit->toPlainText());
    const QLocale locale;
    m_zhCount->setText(
        tr("%1 characters").arg(locale.toString(PolicyText::countCharacters(m_zhPreview->toPlainText()))));
    m_enCount->setText(tr("%1 words").arg(locale.toString(PolicyText::countWords(m_enPreview->toPlainText()))));
}

void PoliciesPage::updateActions()
{
    const PolicyVersion* v = currentVersion();
    const Vault* vault = this->vault();
    const bool canWrite = vault && vault->actor().can(Permission::WriteData);
    const bool editable = v && v->isEditable() && canWrite;
    for (QWidget* w : std::initializer_list<QWidget*> { m_label, m_updatedOn, m_effectiveOn, m_material, m_summary }) {
        w->setEnabled(editable);
    }
    m_zhEdit->setReadOnly(!editable);
    m_enEdit->setReadOnly(!editable);
    m_zhImport->setEnabled(editable);
    m_enImport->setEnabled(editable);
    m_save->setEnabled(editable);
    m_delete->setEnabled(editable);
    m_revise->setEnabled(v && canWrite);
    // Which steps are open is the workflow's decision (core), not the page's.
    const QList<PolicyStatus> next
        = v && vault ? PolicyWorkflow::nextActions(*v, vault->actor()) : QList<PolicyStatus>();
    m_submit->setEnabled(next.contains(PolicyStatus::InReview));
    m_sendBack->setEnabled(next.contains(PolicyStatus::Draft));
    m_approve->setEnabled(next.contains(PolicyStatus::Approved));
    m_publish->setEnabled(next.contains(PolicyStatus::Published));
    m_plan->setEnabled(v && canWrite && v->materialChange && !v->isSealed());
    m_sent->setEnabled(v && canWrite && v->materialChange);
    m_compare->setEnabled(m_model->rowCount() >= 2);
    m_pdf->setEnabled(v != nullptr);
    m_html->setEnabled(v != nullptr);
    m_newDocument->setEnabled(canWrite);
    m_import->setEnabled(canWrite && m_documentBox->count() > 0);
    m_history->setEnabled(m_documentBox->count() > 0);
}

PolicyVersionInput PoliciesPage::editorInput() const
{
    PolicyVersionInput input;
    input.label = m_label->text();
    input.textZh = m_zhEdit->toPlainText();
    input.textEn = m_enEdit->toPlainText();
    input.changeSummary = m_summary->text();
    input.updatedOn = m_updatedOn->date();
    input.effectiveOn = m_effectiveOn->date();
    input.materialChange = m_material->isChecked();
    return input;
}

bool PoliciesPage::canCreateRecord() const
{
    return vault() != nullptr && m_newDocument->isEnabled();
}

void PoliciesPage::createRecord()
{
    if (canCreateRecord()) {
        newDocument();
    }
}

void PoliciesPage::newDocument()
{
    bool ok = false;
    const QString name = QInputDialog::getText(
        this, tr("New policy document"), tr("Name, e.g. Cookie notice / Cookie 声明:"), QLineEdit::Normal, {}, &ok);
    if (!ok || name.trimmed().isEmpty()) {
        return;
    }
    auto doc = m_service->createDocument(name);
    if (check(doc.status())) {
        loadDocuments(doc->id);
    }
}

void PoliciesPage::importVersion()
{
    const QString filter = tr("Policy texts (*.txt *.md *.markdown *.html *.htm)");
    const QString zhFile = Dialogs::openFileName(this, tr("Chinese text of the new version"), {}, filter);
    if (zhFile.isEmpty()) {
        return;
    }
    auto zh = PolicyText::importFile(zhFile);
    if (!check(zh.status())) {
        return;
    }
    const QString enFile = Dialogs::openFileName(this, tr("English text (cancel to add it later)"), {}, filter);
    PolicyVersionInput input;
    input.textZh = zh.value();
    if (!enFile.isEmpty()) {
        auto en = PolicyText::importFile(enFile);
        if (!check(en.status())) {
            return;
        }
        input.textEn = en.value();
    }
    bool ok = false;
    input.label = QInputDialog::getText(this, tr("Import version"), tr("Version label, e.g. 2024-04-25 or 1.3:"),
        QLineEdit::Normal, Clock::today().toString(Qt::ISODate), &ok);
    if (!ok) {
        return;
    }
    input.updatedOn = Clock::today();
    auto created = m_service->createDraft(m_documentBox->currentData().toLongLong(), input);
    if (check(created.status())) {
        loadVersions(created->id);
        emit statusMessage(tr("Imported as draft %1.").arg(created->label));
    }
}

void PoliciesPage::importInto(QPlainTextEdit* editor)
{
    const QString file
        = Dialogs::openFileName(this, tr("Import text"), {}, tr("Policy texts (*.txt *.md *.markdown *.html *.htm)"));
    if (file.isEmpty()) {
        return;
    }
    auto text = PolicyText::importFile(file);
    if (check(text.status())) {
        editor->setPlainText(text.value());
    }
}

void PoliciesPage::save()
{
    const PolicyVersion* v = currentVersion();
    if (!v) {
        return;
    }
    const qint64 id = v->id;
    if (check(m_service->updateDraft(id, editorInput()))) {
        m_guard->markClean();
        loadVersions(id);
        emit statusMessage(tr("Saved."));
    }
}

void PoliciesPage::revise()
{
    const PolicyVersion* v = currentVersion();
    if (!v) {
        return;
    }
    bool ok = false;
    const QString label = QInputDialog::getText(this, tr("New draft"), tr("Label of the new version:"),
        QLineEdit::Normal, Clock::today().toString(Qt::ISODate), &ok);
    if (!ok) {
        return;
    }
    auto draft = m_service->revise(v->id, label);
    if (check(draft.status())) {
        loadVersions(draft->id);
    }
}

void PoliciesPage::deleteDraft()
{
    const PolicyVersion* v = currentVersion();
    if (!v || !askBeforeDeleting(this, title(), tr("Delete draft %1? This cannot be undone.").arg(v->label))) {
        return;
    }
    if (check(m_service->deleteDraft(v->id))) {
        loadVersions();
    }
}

void PoliciesPage::moveTo(PolicyStatus target)
{
    const PolicyVersion* v = currentVersion();
    if (!v) {
        return;
    }
    const qint64 id = v->id;
    if (target == PolicyStatus::Published
        && Dialogs::question(this, title(),
               tr("Publish version %1? Its texts are then sealed with a hash and can no longer "
                  "change; the version published before is superseded.")
                   .arg(v->label))
            != QMessageBox::Yes) {
        return;
    }
    // NDSMR art. 21: approving with contents unticked is possible, but said and recorded.
    const bool force = target == PolicyStatus::Approved && !m_contents->untickedKeys().isEmpty();
    if (force && !m_contents->confirmApproval(v->label)) {
        return;
    }
    if (check(m_service->transition(id, target, force))) {
        loadDocuments(m_documentBox->currentData().toLongLong());
        selectVersion(id);
    }
}

void PoliciesPage::editNotificationPlan()
{
    const PolicyVersion* v = currentVersion();
    if (!v) {
        return;
    }
    auto plan = m_service->notificationPlan(v->id);
    NotificationPlanDialog dialog(plan ? plan.value() : NotificationPlan {}, *v, m_service->noticeLeadDays(), this);
    if (dialog.exec() == QDialog::Accepted && check(m_service->setNotificationPlan(v->id, dialog.plan()))) {
        showVersion();
    }
}

void PoliciesPage::markNoticeSent()
{
    const PolicyVersion* v = currentVersion();
    if (!v) {
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getText(this, tr("Notice sent"), tr("Date the notice was sent (YYYY-MM-DD):"),
        QLineEdit::Normal, Clock::today().toString(Qt::ISODate), &ok);
    if (!ok) {
        return;
    }
    const QDate date = QDate::fromString(text.trimmed(), Qt::ISODate);
    if (!date.isValid()) {
        Dialogs::warning(this, title(), tr("Enter the date as YYYY-MM-DD."));
        return;
    }
    if (check(m_service->markNotificationSent(v->id, date))) {
        loadDocuments(m_documentBox->currentData().toLongLong());
        selectVersion(v->id);
    }
}

PolicyCompareDialog* PoliciesPage::createCompareDialog()
{
    QList<PolicyVersion> versions;
    for (int row = m_model->rowCount() - 1; row >= 0; --row) {
        versions.append(*m_model->versionAt(row)); // oldest first
    }
    const PolicyVersion* current = currentVersion();
    qint64 to = current ? current->id : 0;
    qint64 from = 0;
    if (current && current->basedOnId) {
        from = current->basedOnId;
    } else {
        const int row = current ? m_model->rowOf(current->id) + 1 : 1;
        from = m_model->versionAt(row) ? m_model->versionAt(row)->id : 0;
    }
    return new PolicyCompareDialog(versions, from, to, this);
}

void PoliciesPage::compare()
{
    std::unique_ptr<PolicyCompareDialog> dialog(createCompareDialog());
    dialog->exec();
}

void PoliciesPage::exportPdf()
{
    const PolicyVersion* v = currentVersion();
    if (!v) {
        return;
    }
    const QStringList choices { tr("Chinese and English"), tr("Chinese only"), tr("English only") };
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Export PDF"), tr("Texts:"), choices, 0, false, &ok);
    if (!ok) {
        return;
    }
    const PolicyTexts texts = choice == choices.at(1)
        ? PolicyTexts::Chinese
        : (choice == choices.at(2) ? PolicyTexts::English : PolicyTexts::Both);
    ReportRenderer(versionReport(texts)).exportPdfInteractive(this, QStringLiteral("policy-%1.pdf").arg(v->label));
}

ReportDocument PoliciesPage::versionReport(PolicyTexts texts) const
{
    const PolicyVersion* v = currentVersion();
    if (!v || !vault()) {
        return {};
    }
    auto contents = PolicyContentsService(*vault()).checks(v->id);
    return PolicyReports::versionReport(
        *v, texts, reportLanguage(), contents ? contents.value() : QList<PolicyContentCheck>());
}

void PoliciesPage::exportHtml()
{
    const PolicyVersion* v = currentVersion();
    if (!v) {
        return;
    }
    const QString path = Dialogs::saveFileName(
        this, tr("Export HTML"), QStringLiteral("policy-%1.html").arg(v->label), tr("HTML pages (*.html)"));
    if (path.isEmpty()) {
        return;
    }
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
        || file.write(PolicyReports::versionHtml(*v, PolicyTexts::Both, reportLanguage()).toUtf8()) < 0) {
        Dialogs::warning(this, title(), tr("%1 cannot be written: %2").arg(path, file.errorString()));
        return;
    }
    emit statusMessage(tr("Exported %1.").arg(path));
}

bool PoliciesPage::canPrint() const
{
    return m_service && m_documentBox->count() > 0;
}

ReportDocument PoliciesPage::printableReport()
{
    const qint64 documentId = m_documentBox->currentData().toLongLong();
    for (const PolicyDocument& doc : m_documents) {
        if (doc.id != documentId) {
            continue;
        }
        QList<PolicyVersion> versions;
        QList<NotificationPlan> plans;
        for (int row = 0; row < m_model->rowCount(); ++row) {
            versions.append(*m_model->versionAt(row));
            auto plan = m_service->notificationPlan(versions.last().id);
            if (plan) {
                plans.append(plan.value());
            }
        }
        return PolicyReports::historyReport(doc, versions, plans, reportLanguage());
    }
    return {};
}

void PoliciesPage::printHistory()
{
    ReportRenderer(printableReport()).showPrintPreview(this);
}

} // namespace cd::ui
