#include "LetterTemplatesDialog.h"

#include "report/StatePalette.h"
#include "requests/RequestDocuments.h"
#include "util/Clock.h"
#include "util/Languages.h"
#include "vault/Vault.h"
#include "widgets/Dialogs.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSplitter>
#include <QTabBar>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::requests;

namespace {
const QStringList kLanguages = Languages::all();
constexpr int OutcomeRole = Qt::UserRole;
} // namespace

QString LetterTemplatesDialog::outcomeName(const QString& outcome)
{
    if (outcome == QLatin1String("completed_access")) {
        return tr("Completed: access/copy and portability");
    }
    if (outcome == QLatin1String("completed_correction")) {
        return tr("Completed: correction");
    }
    if (outcome == QLatin1String("completed_deletion")) {
        return tr("Completed: deletion and account cancellation");
    }
    if (outcome == QLatin1String("completed_other")) {
        return tr("Completed: consent withdrawal and other");
    }
    if (outcome == QLatin1String("rejected")) {
        return tr("Rejected");
    }
    if (outcome == QLatin1String("withdrawn")) {
        return tr("Withdrawn by the person");
    }
    return outcome;
}

RightsRequest LetterTemplatesDialog::sampleRequest(const QString& outcome, const QString& language)
{
    const bool zh = language == Languages::chinese();
    RightsRequest r;
    r.id = 0;
    r.number = QStringLiteral("RR-%1-0001").arg(Clock::today().year());
    r.receivedOn = Clock::today().addDays(-20);
    // An obviously invented person: the preview never shows a real requester.
    r.requesterName = zh ? QString::fromUtf8("张三") : QStringLiteral("Alex Example");
    r.state = RequestState::Completed;
    if (outcome == QLatin1String("completed_access")) {
        r.type = RequestType::Access;
    } else if (outcome == QLatin1String("completed_correction")) {
        r.type = RequestType::Correction;
    } else if (outcome == QLatin1String("completed_deletion")) {
        r.type = RequestType::Deletion;
        r.deletionGround = deletionGrounds().value(0).key;
    } else if (outcome == QLatin1String("completed_other")) {
        r.type = RequestType::ConsentWithdrawal;
    } else if (outcome == QLatin1String("rejected")) {
        r.type = RequestType::Deletion;
        r.state = RequestState::Rejected;
        r.rejectionReason = rejectionReasons().value(0).key;
        r.rejectionText = bilingual(language, "(The explanation staff write when rejecting appears here.)",
            "（此处显示工作人员拒绝时填写的说明。）");
    } else {
        r.type = RequestType::Access;
        r.state = RequestState::Withdrawn;
    }
    return r;
}

LetterTemplatesDialog::LetterTemplatesDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_service(vault)
    , m_editable(vault.actor().can(Permission::ManageSettings))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Response letter templates"));
    for (const QString& outcome : RequestService::letterOutcomes()) {
        for (const QString& language : kLanguages) {
            m_saved.insert({ outcome, language }, m_service.letterTemplate(outcome, language));
        }
    }

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each outcome has a letter in Chinese and in English. The greeting, the contact "
                                "paragraph and the signature are added around the text below. Leave a line empty to "
                                "start a new paragraph."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    if (!m_editable) {
        auto* readOnly = new QLabel(tr("Only an administrator can change the letter templates; you can read and "
                                       "preview them."),
            this);
        readOnly->setWordWrap(true);
        readOnly->setStyleSheet(StatePalette::styleSheet(StateTone::DueSoon));
        layout->addWidget(readOnly);
    }

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_outcomes = new QListWidget(splitter);
    m_outcomes->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_outcomes->setSpacing(3);
    for (const QString& outcome : RequestService::letterOutcomes()) {
        auto* item = new QListWidgetItem(outcomeName(outcome), m_outcomes);
        item->setData(OutcomeRole, outcome);
    }
    // Wide enough for the longest outcome name (with the unsaved mark), so none is cut off.
    m_outcomes->setMinimumWidth(m_outcomes->sizeHintForColumn(0) + 2 * m_outcomes->frameWidth()
        + 2 * m_outcomes->spacing() + m_outcomes->fontMetrics().horizontalAdvance(QStringLiteral(" *")) + 8);

    auto* editorPane = new QWidget(splitter);
    auto* editorLayout = new QVBoxLayout(editorPane);
    editorLayout->setContentsMargins(0, 0, 0, 0);
    auto* editorTop = new QHBoxLayout;
    m_languages = new QTabBar(editorPane);
    m_languages->addTab(QStringLiteral("中文"));
    m_languages->addTab(QStringLiteral("English"));
    m_languages->setDrawBase(false);
    m_state = new QLabel(editorPane);
    editorTop->addWidget(m_languages);
    editorTop->addWidget(m_state, 1);
    editorLayout->addLayout(editorTop);
    m_editor = new QPlainTextEdit(editorPane);
    m_editor->setReadOnly(!m_editable);
    m_editor->setTabChangesFocus(true);
    m_editor->setMinimumHeight(160);
    editorLayout->addWidget(m_editor, 1);

    auto* tools = new QHBoxLayout;
    m_insert = new QToolButton(editorPane);
    m_insert->setText(tr("&Insert placeholder"));
    m_insert->setPopupMode(QToolButton::InstantPopup);
    m_insert->setToolButtonStyle(Qt::ToolButtonTextOnly);
    auto* menu = new QMenu(m_insert);
    QString help = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"1\">");
    for (const auto& p : letterPlaceholders()) {
        menu->addAction(p.first + QStringLiteral("  –  ") + p.second)->setData(p.first);
        help += QStringLiteral("<tr><td><code>%1</code></td><td style=\"padding-left:8px;\">%2</td></tr>")
                    .arg(p.first.toHtmlEscaped(), p.second.toHtmlEscaped());
    }
    m_insert->setMenu(menu);
    m_insert->setEnabled(m_editable);
    m_reset = new QPushButton(tr("Reset to &default"), editorPane);
    m_reset->setEnabled(m_editable);
    tools->addWidget(m_insert);
    tools->addWidget(m_reset);
    tools->addStretch(1);
    editorLayout->addLayout(tools);
    auto* placeholders = new QLabel(help + QStringLiteral("</table>"), editorPane);
    placeholders->setTextFormat(Qt::RichText);
    placeholders->setWordWrap(true);
    editorLayout->addWidget(placeholders);

    auto* previewPane = new QWidget(splitter);
    auto* previewLayout = new QVBoxLayout(previewPane);
    previewLayout->setContentsMargins(0, 0, 0, 0);
    previewLayout->addWidget(new QLabel(tr("Preview with an invented request:"), previewPane));
    m_preview = new QTextBrowser(previewPane);
    m_preview->setOpenLinks(false);
    previewLayout->addWidget(m_preview, 1);

    splitter->addWidget(m_outcomes);
    splitter->addWidget(editorPane);
    splitter->addWidget(previewPane);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 3);
    splitter->setStretchFactor(2, 3);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ m_outcomes->minimumWidth(), 420, 420 });
    layout->addWidget(splitter, 1);

    m_error = new QLabel(this);
    m_error->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(
        m_editable ? QDialogButtonBox::Save | QDialogButtonBox::Cancel : QDialogButtonBox::Close, this);
    layout->addWidget(buttons);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(250);
    connect(m_previewTimer, &QTimer::timeout, this, &LetterTemplatesDialog::updatePreview);
    connect(buttons, &QDialogButtonBox::accepted, this, &LetterTemplatesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LetterTemplatesDialog::reject);
    connect(m_reset, &QPushButton::clicked, this, &LetterTemplatesDialog::resetToDefault);
    connect(menu, &QMenu::triggered, this, [this](QAction* a) { insertPlaceholder(a->data().toString()); });
    connect(m_editor, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_loading) {
            storeEditor();
            refreshMarks();
            m_previewTimer->start();
        }
    });
    connect(m_outcomes, &QListWidget::currentRowChanged, this, [this](int) { loadEditor(); });
    connect(m_languages, &QTabBar::currentChanged, this, [this](int) { loadEditor(); });

    const bool chineseUi = QLocale().language() == QLocale::Chinese;
    m_languages->setCurrentIndex(chineseUi ? 0 : 1);
    m_outcomes->setCurrentRow(0);
    loadEditor();
    refreshMarks();
    resize(1180, 640);
}

QString LetterTemplatesDialog::currentOutcome() const
{
    const QListWidgetItem* item = m_outcomes->currentItem();
    return item ? item->data(OutcomeRole).toString() : RequestService::letterOutcomes().value(0);
}

QString LetterTemplatesDialog::currentLanguage() const
{
    return kLanguages.value(m_languages->currentIndex(), kLanguages.first());
}

void LetterTemplatesDialog::selectTemplate(const QString& outcome, const QString& language)
{
    for (int i = 0; i < m_outcomes->count(); ++i) {
        if (m_outcomes->item(i)->data(OutcomeRole).toString() == outcome) {
            m_outcomes->setCurrentRow(i);
        }
    }
    m_languages->setCurrentIndex(qMax(0, kLanguages.indexOf(language)));
    loadEditor();
}

void LetterTemplatesDialog::storeEditor()
{
    m_texts.insert(m_current, m_editor->toPlainText());
}

void LetterTemplatesDialog::loadEditor()
{
    const Key key { currentOutcome(), currentLanguage() };
    m_current = key;
    const QSignalBlocker block(m_editor);
    m_loading = true;
    m_editor->setPlainText(m_texts.value(key, m_saved.value(key)));
    m_loading = false;
    refreshMarks();
    updatePreview();
}

bool LetterTemplatesDialog::hasUnsavedChanges() const
{
    for (auto it = m_texts.begin(); it != m_texts.end(); ++it) {
        if (it.value() != m_saved.value(it.key())) {
            return true;
        }
    }
    return false;
}

void LetterTemplatesDialog::refreshMarks()
{
    // The list marks outcomes whose letters differ from the built-in text or have unsaved edits.
    for (int i = 0; i < m_outcomes->count(); ++i) {
        QListWidgetItem* item = m_outcomes->item(i);
        const QString outcome = item->data(OutcomeRole).toString();
        bool custom = false;
        bool edited = false;
        for (const QString& language : kLanguages) {
            const Key key { outcome, language };
            const QString text = m_texts.value(key, m_saved.value(key));
            custom = custom || text != RequestService::defaultLetterTemplate(outcome, language);
            edited = edited || (m_texts.contains(key) && m_texts.value(key) != m_saved.value(key));
        }
        QFont f = item->font();
        f.setItalic(edited);
        item->setFont(f);
        item->setText(outcomeName(outcome) + (edited ? QStringLiteral(" *") : QString()));
        item->setToolTip(custom ? tr("Changed for this vault") : tr("Built-in text"));
    }
    const QString text = m_texts.value(m_current, m_saved.value(m_current));
    const bool isDefault = text == RequestService::defaultLetterTemplate(m_current.first, m_current.second);
    m_state->setText(isDefault ? tr("Built-in text") : tr("Changed for this vault"));
    m_reset->setEnabled(m_editable && !isDefault);
}

void LetterTemplatesDialog::insertPlaceholder(const QString& placeholder)
{
    m_editor->insertPlainText(placeholder);
    m_editor->setFocus();
}

void LetterTemplatesDialog::resetToDefault()
{
    if (!m_editable) {
        return;
    }
    // Through the editor's undo stack, so Ctrl+Z brings the vault's text back.
    QTextCursor cursor(m_editor->document());
    cursor.select(QTextCursor::Document);
    cursor.insertText(RequestService::defaultLetterTemplate(m_current.first, m_current.second));
}

void LetterTemplatesDialog::updatePreview()
{
    const QString language = m_current.second;
    const RightsRequest sample = sampleRequest(m_current.first, language);
    const ReportDocument doc
        = buildResponseLetter(m_editor->toPlainText(), sample, language, m_vault.actor().displayName);
    // Keep the reader's place while they type.
    const int scroll = m_preview->verticalScrollBar()->value();
    m_preview->setHtml(doc.toHtml());
    m_preview->verticalScrollBar()->setValue(scroll);
}

void LetterTemplatesDialog::accept()
{
    if (!m_editable) {
        QDialog::accept();
        return;
    }
    storeEditor();
    for (auto it = m_texts.begin(); it != m_texts.end(); ++it) {
        if (it.value() == m_saved.value(it.key())) {
            continue;
        }
        // The built-in text is stored as "no override", so later improvements to it reach this vault.
        const bool isDefault
            = it.value().trimmed() == RequestService::defaultLetterTemplate(it.key().first, it.key().second).trimmed();
        if (Status s = m_service.setLetterTemplate(it.key().first, it.key().second, isDefault ? QString() : it.value());
            !s) {
            m_error->setText(s.message());
            m_error->show();
            return;
        }
        m_saved.insert(it.key(), m_service.letterTemplate(it.key().first, it.key().second));
    }
    QDialog::accept();
}

void LetterTemplatesDialog::reject()
{
    if (m_editable && hasUnsavedChanges()
        && Dialogs::question(this, windowTitle(), tr("Discard the changes to the letter templates?"),
               QMessageBox::Discard | QMessageBox::Cancel)
            != QMessageBox::Discard) {
        return;
    }
    QDialog::reject();
}

} // namespace cd::ui
