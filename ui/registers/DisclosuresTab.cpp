#include "DisclosuresTab.h"
#include "ProcessorPicker.h"
#include "RecordPicker.h"

#include "RegisterModels.h"
#include "RegisterViews.h"
#include "preferences/AppSettings.h"
#include "registers/RegisterReports.h"
#include "registers/RegisterService.h"
#include "report/ReportLanguage.h"
#include "report/ReportRenderer.h"
#include "report/StatePalette.h"
#include "util/Clock.h"
#include "vault/Vault.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/EmptyState.h"
#include "widgets/FormLabels.h"

#include "widgets/Dialogs.h"
#include "widgets/FormGuard.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::registers;

QString uiLanguage()
{
    return reportLanguage();
}

bool parseLinksText(const QString& text, QList<RegisterLink>* out)
{
    out->clear();
    for (const QString& part : text.split(QRegularExpression(QStringLiteral("[,，;；\\s]+")), Qt::SkipEmptyParts)) {
        const QStringList bits = part.split(QLatin1Char(':'));
        bool ok = false;
        const qint64 id = bits.value(1).toLongLong(&ok);
        if (bits.size() != 2 || !ok || id <= 0) {
            return false;
        }
        out->append(RegisterLink { bits.first().trimmed().toLower(), id });
    }
    return true;
}

QString linksText(const QList<RegisterLink>& links)
{
    QStringList parts;
    for (const RegisterLink& l : links) {
        parts << QStringLiteral("%1:%2").arg(l.targetType).arg(l.targetId);
    }
    return parts.join(QStringLiteral(", "));
}

DisclosuresTab::DisclosuresTab(AppSettings& settings, QWidget* parent)
    : QWidget(parent)
    , m_settings(settings)
{
    buildUi();
    fillCombos();
    retranslate();
    setVault(nullptr);
}

void DisclosuresTab::buildUi()
{
    auto* layout = new QVBoxLayout(this);

    // Filters
    auto* filters = new QHBoxLayout;
    m_usePeriod = new QCheckBox(this);
    m_periodLabel = new QLabel(this);
    m_from = new QDateEdit(this);
    m_to = new QDateEdit(this);
    for (QDateEdit* e : { m_from, m_to }) {
        e->setCalendarPopup(true);
        e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        e->setEnabled(false);
    }
    const QDate today = Clock::today();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_kindFilter = new QComboBox(this);
    m_basisFilter = new QComboBox(this);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(160);
    m_count = new QLabel(this);
    // Wraps instead of widening the window (long counts, Chinese and English).
    m_count->setWordWrap(true);
    m_exportButton = new QPushButton(this);
    m_reportButton = new QPushButton(this);
    m_new = new QPushButton(this);
    for (QComboBox* c : { m_kindFilter, m_basisFilter }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    filters->addWidget(m_usePeriod);
    filters->addWidget(m_from);
    filters->addWidget(m_periodLabel);
    filters->addWidget(m_to);
    filters->addWidget(m_kindFilter);
    filters->addWidget(m_basisFilter);
    filters->addWidget(m_search, 1);
    layout->addLayout(filters);
    auto* actions = new QHBoxLayout;
    actions->addWidget(m_count, 1);
    actions->addWidget(m_reportButton);
    actions->addWidget(m_exportButton);
    actions->addWidget(m_new);
    layout->addLayout(actions);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    layout->addWidget(splitter, 1);

    m_model = new DisclosureModel(this);
    m_proxy = makeRegisterProxy(m_model, this);
    m_table = makeRegisterTable(m_proxy, DisclosureModel::Date, splitter);
    ColumnPolicy::install(m_table, QStringLiteral("disclosures"), DisclosureModel::Purpose,
        { DisclosureModel::People, DisclosureModel::Id });
    EmptyState::attach(m_table);

    // Form
    auto* scroll = makeRegisterFormArea(splitter);
    m_formBox = new QGroupBox(scroll);
    scroll->setWidget(m_formBox);
    auto* formOuter = new QVBoxLayout(m_formBox);
    m_form = new QFormLayout;
    m_form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    formOuter->addLayout(m_form);

    m_kind = new QComboBox(m_formBox);
    m_recipient = new QLineEdit(m_formBox);
    m_recipient->setObjectName(QStringLiteral("recipient"));
    m_recipientType = new QComboBox(m_formBox);
    m_contact = new QLineEdit(m_formBox);
    m_purpose = makeRegisterTextEdit(m_formBox, 2);
    m_categories = new CategoryChecklist(m_formBox);
    m_people = new QSpinBox(m_formBox);
    m_people->setRange(0, 100000000);
    m_people->setGroupSeparatorShown(true);
    m_date = new QDateEdit(m_formBox);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_basis = new QComboBox(m_formBox);

    m_basisDetails = new QStackedWidget(m_formBox);
    auto page = [this](QLabel** l1, QLineEdit** e1, QLabel** l2, QLineEdit** e2) {
        auto* w = new QWidget(m_basisDetails);
        auto* f = new QFormLayout(w);
        f->setContentsMargins(0, 0, 0, 0);
        f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        *l1 = new QLabel(w);
        *e1 = new QLineEdit(w);
        f->addRow(*l1, *e1);
        if (l2) {
            *l2 = new QLabel(w);
            *e2 = new QLineEdit(w);
            f->addRow(*l2, *e2);
        }
        m_basisDetails->addWidget(w);
    };
    page(&m_consentLabel, &m_consentRecord, nullptr, nullptr);
    page(&m_lawLabel, &m_law, nullptr, nullptr);
    page(&m_authorityLabel, &m_authority, &m_documentLabel, &m_documentNumber);
    page(&m_courtLabel, &m_court, &m_caseLabel, &m_caseNumber);
    m_consentRecord->setObjectName(QStringLiteral("consentRecord"));
    m_law->setObjectName(QStringLiteral("lawCitation"));
    m_authority->setObjectName(QStringLiteral("authority"));
    m_documentNumber->setObjectName(QStringLiteral("documentNumber"));
    m_court->setObjectName(QStringLiteral("court"));
    m_caseNumber->setObjectName(QStringLiteral("caseNumber"));

    m_approvedBy = new QLineEdit(m_formBox);
    m_links = new LinkListEdit(m_formBox);
    m_processor = new ProcessorLinkEdit(m_formBox);
    m_notes = makeRegisterTextEdit(m_formBox, 2);
    m_attachments = new AttachmentsBox(QStringLiteral("disclosure"), m_formBox);

    addLabelledRow(m_form, m_kind);
    addLabelledRow(m_form, m_date);
    addLabelledRow(m_form, m_recipient);
    addLabelledRow(m_form, m_recipientType);
    addLabelledRow(m_form, m_contact);
    addLabelledRow(m_form, m_purpose);
    addLabelledRow(m_form, m_categories);
    addLabelledRow(m_form, m_people);
    addLabelledRow(m_form, m_basis);
    addLabelledRow(m_form, m_basisDetails);
    addLabelledRow(m_form, m_approvedBy);
    addLabelledRow(m_form, m_processor);
    addLabelledRow(m_form, m_links);
    addLabelledRow(m_form, m_notes);
    addLabelledRow(m_form, m_attachments);

    m_problems = new QLabel(m_formBox);
    m_problems->setWordWrap(true);
    m_problems->setTextFormat(Qt::PlainText);
    m_problems->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    // Wrap to the form's width rather than widen the form to the message.
    m_problems->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::MinimumExpanding);
    formOuter->addWidget(m_problems);
    formOuter->addStretch();
    auto* actionBar = new QWidget(this);
    auto* buttons = new QHBoxLayout(actionBar);
    buttons->setContentsMargins(0, 4, 0, 0);
    m_save = new QPushButton(actionBar);
    m_save->setDefault(true);
    m_delete = new QPushButton(actionBar);
    m_close = new QPushButton(actionBar);
    m_close->setObjectName(QStringLiteral("closeForm"));
    buttons->addWidget(m_close);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_save);
    m_formPane = makeRegisterFormPane(scroll, actionBar, splitter);
    m_guard = new PageFormGuard(m_formBox, m_formPane);
    m_guard->setEscapeAction([this] { closeForm(); });
    m_guard->setRestoreSelection([this] {
        const int row = m_model->rowOf(m_currentId);
        if (m_currentId > 0 && row >= 0) {
            m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        } else {
            closeSelection(m_table);
        }
    });

    splitter->addWidget(m_table);
    splitter->addWidget(m_formPane);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 620, 460 });

    connect(m_usePeriod, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        reload();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &DisclosuresTab::reload);
    connect(m_to, &QDateEdit::dateChanged, this, &DisclosuresTab::reload);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &DisclosuresTab::reload);
    connect(m_basisFilter, &QComboBox::currentIndexChanged, this, &DisclosuresTab::reload);
    connect(m_search, &QLineEdit::textChanged, this, &DisclosuresTab::reload);
    connect(
        m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DisclosuresTab::selectionChanged);
    connect(m_basis, &QComboBox::currentIndexChanged, m_basisDetails, &QStackedWidget::setCurrentIndex);
    // Any edit ends the "untouched" state of a new form, so its problems show from then on.
    const auto edited = [this] {
        if (!m_loading) {
            m_pristine = false;
        }
        updateProblems();
    };
    for (QLineEdit* e : { m_recipient, m_contact, m_consentRecord, m_law, m_authority, m_documentNumber, m_court,
             m_caseNumber, m_approvedBy }) {
        connect(e, &QLineEdit::textChanged, this, edited);
    }
    connect(m_links, &LinkListEdit::changed, this, edited);
    connect(m_processor, &ProcessorLinkEdit::changed, this, edited);
    connect(m_purpose, &QPlainTextEdit::textChanged, this, edited);
    connect(m_basis, &QComboBox::currentIndexChanged, this, edited);
    connect(m_categories, &CategoryChecklist::changed, this, edited);
    connect(m_new, &QPushButton::clicked, this, &DisclosuresTab::startNew);
    // Close throws the form away like Esc does, so it asks first when something was edited.
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_guard->confirmDiscard()) {
            closeForm();
        }
    });
    connect(m_save, &QPushButton::clicked, this, &DisclosuresTab::save);
    connect(m_delete, &QPushButton::clicked, this, &DisclosuresTab::removeCurrent);
    connect(m_exportButton, &QPushButton::clicked, this, &DisclosuresTab::exportTable);
    connect(m_reportButton, &QPushButton::clicked, this, &DisclosuresTab::previewReport);
    connect(m_attachments, &AttachmentsBox::message, this, &DisclosuresTab::statusMessage);
}

void DisclosuresTab::fillCombos()
{
    const int kindFilter = m_kindFilter->currentIndex();
    const int basisFilter = m_basisFilter->currentIndex();
    const int kind = m_kind->currentIndex();
    const int type = m_recipientType->currentIndex();
    const int basis = m_basis->currentIndex();
    const QSignalBlocker b1(m_kindFilter);
    const QSignalBlocker b2(m_basisFilter);
    const QSignalBlocker b3(m_kind);
    const QSignalBlocker b4(m_recipientType);
    const QSignalBlocker b5(m_basis);
    m_kindFilter->clear();
    m_kindFilter->addItem(tr("All kinds"), -1);
    m_kind->clear();
    for (int i = 0; i < kindCount; ++i) {
        m_kindFilter->addItem(kindName(static_cast<DisclosureKind>(i)), i);
        m_kind->addItem(kindName(static_cast<DisclosureKind>(i)), i);
    }
    m_basisFilter->clear();
    m_basisFilter->addItem(tr("Any legal basis"), -1);
    m_basis->clear();
    for (int i = 0; i < basisCount; ++i) {
        m_basisFilter->addItem(basisName(static_cast<LegalBasis>(i)), i);
        m_basis->addItem(basisName(static_cast<LegalBasis>(i)), i);
    }
    m_recipientType->clear();
    for (int i = 0; i < 6; ++i) {
        m_recipientType->addItem(recipientTypeName(static_cast<RecipientType>(i)), i);
    }
    m_kindFilter->setCurrentIndex(qMax(0, kindFilter));
    m_basisFilter->setCurrentIndex(qMax(0, basisFilter));
    m_kind->setCurrentIndex(qMax(0, kind));
    m_recipientType->setCurrentIndex(qMax(0, type));
    m_basis->setCurrentIndex(qMax(0, basis));
}

void DisclosuresTab::retranslate()
{
    fillCombos();
    m_count->setText(tr("%1 events").arg(QLocale().toString(m_model->rowCount())));
    m_usePeriod->setText(tr("Period"));
    m_periodLabel->setText(tr("to"));
    m_search->setPlaceholderText(tr("Search recipient or purpose"));
    m_exportButton->setText(tr("Export CSV/XLSX…"));
    m_reportButton->setText(tr("Register report…"));
    m_formBox->setTitle(tr("Disclosure event"));
    setFormLabel(m_form, m_kind, tr("&Kind"));
    setFormLabel(m_form, m_date, tr("&Date"));
    setFormLabel(m_form, m_recipient, tr("&Recipient"));
    setFormLabel(m_form, m_recipientType, tr("Recipient type"));
    setFormLabel(m_form, m_contact, tr("Recipient contact"));
    setFormLabel(m_form, m_purpose, tr("&Purpose"));
    setFormLabel(m_form, m_categories, tr("Data categories"));
    setFormLabel(m_form, m_people, tr("Number of people"));
    setFormLabel(m_form, m_basis, tr("Legal &basis"));
    setFormLabel(m_form, m_basisDetails, QString());
    setFormLabel(m_form, m_approvedBy, tr("Approved by"));
    setFormLabel(m_form, m_processor, tr("Recipient's processor record"));
    setFormLabel(m_form, m_links, tr("Linked records"));
    setFormLabel(m_form, m_notes, tr("Notes"));
    setFormLabel(m_form, m_attachments, tr("Documents"));
    m_consentLabel->setText(withColon(tr("Consent recorded in")));
    m_consentRecord->setPlaceholderText(tr("e.g. order page consent log, version of the consent text"));
    m_lawLabel->setText(withColon(tr("Law and article")));
    m_law->setPlaceholderText(tr("e.g. PIPL art. 13(3)"));
    m_authorityLabel->setText(withColon(tr("Authority")));
    m_documentLabel->setText(withColon(tr("Document number")));
    m_courtLabel->setText(withColon(tr("Court")));
    m_caseLabel->setText(withColon(tr("Case number")));
    m_new->setText(tr("&New disclosure"));
    m_close->setText(tr("Close"));
    EmptyState::of(m_table)->setMessages(tr("No disclosure events recorded. Use New disclosure each time personal "
                                            "information is shared, transferred or publicly disclosed, with its "
                                            "legal basis."),
        tr("No disclosure event matches the period, filters and search."));
    m_save->setText(tr("&Save"));
    m_delete->setText(tr("Delete"));
    m_model->retranslate();
    m_attachments->retranslate();
    if (m_vault) {
        if (auto cats = CategoryService(*m_vault).list()) {
            m_categories->setCategories(cats.value(), uiLanguage());
        }
    }
    updateProblems();
}

void DisclosuresTab::setVault(Vault* vault)
{
    const PageFormGuard::Quiet quiet(m_guard);
    m_vault = vault;
    m_links->setVault(vault);
    m_processor->setVault(vault);
    m_currentId = 0;
    if (!vault) {
        m_model->setDisclosures({});
        m_categories->clear();
        m_attachments->setOwner(nullptr, 0);
        setFormValue(Disclosure());
        m_count->clear();
        setEnabled(false);
        return;
    }
    setEnabled(true);
    if (auto cats = CategoryService(*vault).list()) {
        m_categories->setCategories(cats.value(), uiLanguage());
    }
    const bool canWrite = vault->actor().can(Permission::WriteData);
    m_new->setEnabled(canWrite);
    m_formBox->setEnabled(true);
    m_exportButton->setEnabled(vault->actor().can(Permission::ExportPersonalData));
    reload();
    closeForm();
}

DisclosureFilter DisclosuresTab::filter() const
{
    DisclosureFilter f;
    if (m_usePeriod->isChecked()) {
        f.from = m_from->date();
        f.to = m_to->date();
    }
    f.kind = m_kindFilter->currentData().toInt();
    f.basis = m_basisFilter->currentData().toInt();
    f.text = m_search->text();
    return f;
}

void DisclosuresTab::reload()
{
    if (!m_vault) {
        return;
    }
    auto list = DisclosureService(*m_vault).list(filter());
    if (!list) {
        emit statusMessage(list.message());
        return;
    }
    m_model->setDisclosures(list.value());
    m_count->setText(tr("%1 events").arg(QLocale().toString(list->size())));
    const DisclosureFilter f = filter();
    EmptyState::of(m_table)->setFiltered(f.from.isValid() || f.kind >= 0 || f.basis >= 0 || !f.text.isEmpty());
    if (m_currentId > 0) {
        const int row = m_model->rowOf(m_currentId);
        if (row >= 0) {
            m_table->selectRow(m_proxy->mapFromSource(m_model->index(row, 0)).row());
        }
    }
}

bool DisclosuresTab::showDisclosure(qint64 id)
{
    if (!m_vault) {
        return false;
    }
    const auto disclosure = DisclosureService(*m_vault).get(id);
    if (!disclosure) {
        emit statusMessage(disclosure.code() == ErrorCode::NotFound
                ? tr("Disclosure event %1 no longer exists; it may have been deleted.").arg(id)
                : disclosure.message());
        return false;
    }
    if (m_model->rowOf(id) < 0) {
        resetFilters();
        reload();
        if (m_model->rowOf(id) < 0) {
            emit statusMessage(tr("Disclosure event %1 cannot be shown in the list.").arg(id));
            return false;
        }
        emit statusMessage(tr("Filters were reset to show disclosure event %1.").arg(id));
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(m_model->rowOf(id), 0));
    m_table->selectRow(index.row());
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
    return true;
}

void DisclosuresTab::resetFilters()
{
    const QSignalBlocker b1(m_usePeriod), b2(m_kindFilter), b3(m_basisFilter), b4(m_search);
    m_usePeriod->setChecked(false);
    m_from->setEnabled(false);
    m_to->setEnabled(false);
    m_kindFilter->setCurrentIndex(0);
    m_basisFilter->setCurrentIndex(0);
    m_search->clear();
}

void DisclosuresTab::selectionChanged()
{
    const QModelIndex current = m_proxy->mapToSource(m_table->currentIndex());
    if (!current.isValid()) {
        return;
    }
    const Disclosure& next = m_model->disclosureAt(current.row());
    if (!m_guard->allowSwitch(m_currentId > 0 && next.id == m_currentId)) {
        return;
    }
    setFormValue(next);
    m_formPane->show();
}

bool DisclosuresTab::canStartNew() const
{
    return m_vault && m_new->isEnabled();
}

void DisclosuresTab::startNew()
{
    if (!m_guard->confirmDiscard()) {
        return;
    }
    Disclosure d;
    d.disclosedOn = Clock::today();
    m_table->clearSelection();
    setFormValue(d);
    // A new, untouched form shows no problems yet: they appear once the user types or saves.
    m_pristine = true;
    updateProblems();
    m_formPane->show();
    m_recipient->setFocus();
}

void DisclosuresTab::closeForm()
{
    m_table->clearSelection();
    m_table->setCurrentIndex(QModelIndex());
    Disclosure d;
    d.disclosedOn = Clock::today();
    setFormValue(d);
    m_formPane->hide();
}

bool DisclosuresTab::isFormShown() const
{
    return !m_formPane->isHidden();
}

void DisclosuresTab::setFormValue(const Disclosure& d)
{
    m_loading = true;
    m_pristine = false;
    m_currentId = d.id;
    m_kind->setCurrentIndex(int(d.kind));
    m_recipient->setText(d.recipientName);
    m_recipientType->setCurrentIndex(int(d.recipientType));
    m_contact->setText(d.recipientContact);
    m_purpose->setPlainText(d.purpose);
    m_categories->setChecked(d.categoryKeys);
    m_people->setValue(d.peopleCount);
    m_date->setDate(d.disclosedOn.isValid() ? d.disclosedOn : Clock::today());
    m_basis->setCurrentIndex(int(d.basis));
    m_basisDetails->setCurrentIndex(int(d.basis));
    m_consentRecord->setText(d.consentRecord);
    m_law->setText(d.lawCitation);
    m_authority->setText(d.authority);
    m_documentNumber->setText(d.documentNumber);
    m_court->setText(d.court);
    m_caseNumber->setText(d.caseNumber);
    m_approvedBy->setText(d.approvedBy);
    m_links->setLinks(d.links);
    m_processor->setProcessor(d.processorId, d.processorName);
    m_notes->setPlainText(d.notes);
    m_attachments->setOwner(d.id > 0 ? m_vault : nullptr, d.id);
    const bool canWrite = m_vault && m_vault->actor().can(Permission::WriteData);
    m_delete->setEnabled(d.id > 0 && m_vault && m_vault->actor().can(Permission::Approve));
    for (QWidget* w : std::initializer_list<QWidget*> { m_kind, m_recipient, m_recipientType, m_contact, m_purpose,
             m_categories, m_people, m_date, m_basis, m_basisDetails, m_approvedBy, m_processor, m_links, m_notes }) {
        w->setEnabled(canWrite);
    }
    m_formBox->setTitle(d.id > 0 ? tr("Disclosure event %1").arg(d.id) : tr("New disclosure event"));
    m_loading = false;
    updateProblems();
    if (m_guard) {
        m_guard->markClean();
    }
}

Disclosure DisclosuresTab::formValue() const
{
    Disclosure d;
    d.id = m_currentId;
    d.kind = static_cast<DisclosureKind>(qMax(0, m_kind->currentIndex()));
    d.recipientName = m_recipient->text();
    d.recipientType = static_cast<RecipientType>(qMax(0, m_recipientType->currentIndex()));
    d.recipientContact = m_contact->text().trimmed();
    d.purpose = m_purpose->toPlainText();
    d.categoryKeys = m_categories->checkedKeys();
    d.peopleCount = m_people->value();
    d.disclosedOn = m_date->date();
    d.basis = static_cast<LegalBasis>(qMax(0, m_basis->currentIndex()));
    d.consentRecord = m_consentRecord->text();
    d.lawCitation = m_law->text();
    d.authority = m_authority->text();
    d.documentNumber = m_documentNumber->text();
    d.court = m_court->text();
    d.caseNumber = m_caseNumber->text();
    d.approvedBy = m_approvedBy->text().trimmed();
    d.notes = m_notes->toPlainText();
    d.links = m_links->links();
    d.processorId = m_processor->processorId();
    d.processorName = m_processor->processorName();
    return d;
}

QStringList DisclosuresTab::formProblems() const
{
    QStringList p = DisclosureService::problems(formValue());
    return p;
}

void DisclosuresTab::updateProblems()
{
    if (m_loading) {
        return;
    }
    const QStringList p = formProblems();
    m_problems->setText(p.isEmpty() ? QString() : tr("Before saving: %1").arg(p.join(QLatin1Char(' '))));
    m_problems->setVisible(!p.isEmpty() && !m_pristine);
    // An untouched new form can be "saved": that is when its problems are shown.
    m_save->setEnabled((p.isEmpty() || m_pristine) && m_vault && m_vault->actor().can(Permission::WriteData));
}

bool DisclosuresTab::save()
{
    if (!m_vault) {
        return false;
    }
    DisclosureService service(*m_vault);
    const Disclosure d = formValue();
    if (!formProblems().isEmpty()) {
        m_pristine = false;
        updateProblems();
        return false;
    }
    auto saved = d.id > 0 ? service.update(d) : service.add(d);
    if (!saved) {
        Dialogs::warning(this, tr("Save disclosure"), saved.message());
        return false;
    }
    m_currentId = saved->id;
    reload();
    setFormValue(saved.value());
    emit statusMessage(tr("Disclosure event %1 saved.").arg(saved->id));
    emit dataChanged();
    return true;
}

void DisclosuresTab::removeCurrent()
{
    if (!m_vault || m_currentId <= 0) {
        return;
    }
    if (!askBeforeDeleting(this, tr("Delete disclosure"),
            tr("Delete disclosure event %1 and its documents? The register is evidence of how "
               "personal information left the company; delete only entries made in error.")
                .arg(m_currentId))) {
        return;
    }
    if (Status s = DisclosureService(*m_vault).remove(m_currentId); !s) {
        Dialogs::warning(this, tr("Delete disclosure"), s.message());
        return;
    }
    m_currentId = 0;
    reload();
    closeForm();
    emit dataChanged();
}

ReportDocument DisclosuresTab::registerReport(const QString& language) const
{
    if (!m_vault) {
        return {};
    }
    const DisclosureFilter f = filter();
    auto list = DisclosureService(*m_vault).list(f);
    return buildDisclosureRegister(
        list ? list.value() : QList<Disclosure>(), f.from, f.to, reportContext(*m_vault, language));
}

void DisclosuresTab::previewReport()
{
    ReportRenderer(registerReport(uiLanguage())).showPrintPreview(this);
}

void DisclosuresTab::exportTable()
{
    if (!m_vault) {
        return;
    }
    if (Dialogs::warning(this, tr("Export disclosure register"),
            tr("The export names recipients and their contacts and is not encrypted. Keep the "
               "file safe and delete it when it is no longer needed. The export is recorded in "
               "the audit log."),
            QMessageBox::Ok | QMessageBox::Cancel)
        != QMessageBox::Ok) {
        return;
    }
    const QString dir = m_settings.value(AppSettings::Key::LastExportFolder).toString();
    QString selected;
    const QString path = Dialogs::saveFileName(this, tr("Export disclosure register"),
        QDir(dir).filePath(tr("disclosure-register") + QStringLiteral(".xlsx")),
        tr("Excel workbook (*.xlsx);;CSV (*.csv)"), &selected);
    if (path.isEmpty()) {
        return;
    }
    m_settings.setValue(AppSettings::Key::LastExportFolder, QFileInfo(path).absolutePath());
    const QString format = QFileInfo(path).suffix().compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0
        ? QStringLiteral("csv")
        : QStringLiteral("xlsx");
    // On a worker with its own connection: a cancel or an error leaves no file and no audit entry.
    const auto chosen = filter();
    const QString done = exportRegisterInBackground(this, *m_vault, tr("Export disclosure register"),
        tr("Exporting the disclosure register…"), uiLanguage(), path,
        [&](const RegisterExport& how) { return exportDisclosureRegister(*m_vault, chosen, path, format, how); });
    if (!done.isEmpty()) {
        emit statusMessage(done);
    }
}

} // namespace cd::ui
