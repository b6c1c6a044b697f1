#include "RequestDialogs.h"

#include "attachments/AttachmentStore.h"
#include "report/StatePalette.h"
#include "util/Clock.h"
#include "vault/Vault.h"

#include "util/Formatting.h"
#include "widgets/Dialogs.h"
#include "widgets/FormGuard.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::requests;

namespace {
constexpr int TargetTypeRole = Qt::UserRole + 1;
constexpr int TargetIdRole = Qt::UserRole + 2;
} // namespace

IntakeDialog::IntakeDialog(Vault& vault, QWidget* parent)
    : QDialog(parent)
    , m_vault(vault)
    , m_service(vault)
{
    DiscardGuard::install(this); // Esc on a filled form asks first
    setWindowTitle(tr("New rights request"));
    auto* layout = new QVBoxLayout(this);
    auto* columns = new QHBoxLayout;
    layout->addLayout(columns, 1);

    auto* form = new QFormLayout;
    m_type = new QComboBox(this);
    for (RequestType t : allTypes()) {
        m_type->addItem(displayName(t), key(t));
    }
    m_received = new QDateEdit(Clock::today(), this);
    m_received->setCalendarPopup(true);
    m_received->setMaximumDate(Clock::today());
    m_received->setDisplayFormat(fmt::dateEditFormat());
    m_channel = new QComboBox(this);
    for (Channel c : allChannels()) {
        m_channel->addItem(displayName(c), key(c));
    }
    m_name = new QLineEdit(this);
    m_name->setMaxLength(200);
    m_email = new QLineEdit(this);
    m_email->setPlaceholderText(QStringLiteral("name@example.cn"));
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(QStringLiteral("138 0013 8000"));
    m_onBehalf = new QComboBox(this);
    for (OnBehalf o : allOnBehalf()) {
        m_onBehalf->addItem(displayName(o), key(o));
    }
    m_minor = new QCheckBox(tr("The person may be a minor (under 14)"), this);
    m_description = new QPlainTextEdit(this);
    m_description->setPlaceholderText(tr("What the person asks for, in their words"));
    m_description->setMinimumHeight(80);
    form->addRow(tr("&Type:"), m_type);
    form->addRow(tr("&Received on:"), m_received);
    form->addRow(tr("&Channel:"), m_channel);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Email:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(tr("On &behalf of:"), m_onBehalf);
    form->addRow(QString(), m_minor);
    form->addRow(tr("&Description:"), m_description);
    auto* left = new QWidget(this);
    left->setLayout(form);
    columns->addWidget(left, 1);

    auto* right = new QVBoxLayout;
    auto* linksBox = new QGroupBox(tr("Records that may belong to the person"), this);
    auto* linksLayout = new QVBoxLayout(linksBox);
    m_candidateHint = new QLabel(tr("Enter an email or phone to find matching contact submissions and earlier "
                                    "requests. Tick the ones that belong to this person."),
        linksBox);
    m_candidateHint->setWordWrap(true);
    m_candidates = new QListWidget(linksBox);
    m_candidates->setWordWrap(true);
    m_candidates->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    linksLayout->addWidget(m_candidateHint);
    linksLayout->addWidget(m_candidates, 1);
    right->addWidget(linksBox, 2);
    auto* attachBox = new QGroupBox(tr("Attachments (stored encrypted in the vault)"), this);
    auto* attachLayout = new QVBoxLayout(attachBox);
    m_attachments = new QListWidget(attachBox);
    auto* addFile = new QPushButton(tr("Add &file…"), attachBox);
    attachLayout->addWidget(m_attachments);
    attachLayout->addWidget(addFile, 0, Qt::AlignLeft);
    right->addWidget(attachBox, 1);
    columns->addLayout(right, 1);

    m_error = new QLabel(this);
    m_error->setStyleSheet(StatePalette::styleSheet(StateTone::Error));
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::accepted, this, &IntakeDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(addFile, &QPushButton::clicked, this, &IntakeDialog::addAttachment);
    connect(m_email, &QLineEdit::editingFinished, this, &IntakeDialog::findCandidates);
    connect(m_phone, &QLineEdit::editingFinished, this, &IntakeDialog::findCandidates);
    resize(900, 560);
}

void IntakeDialog::findCandidates()
{
    m_candidates->clear();
    auto found = m_service.findCandidates(m_email->text(), m_phone->text());
    if (!found) {
        m_candidateHint->setText(found.message());
        return;
    }
    const QLocale locale;
    for (const LinkCandidate& c : found.value()) {
        const QString matched = c.matchedOn == QLatin1String("email+phone") ? tr("email and phone")
            : c.matchedOn == QLatin1String("email")                         ? tr("email")
                                                                            : tr("phone");
        const QString text = c.targetType == QLatin1String("submission")
            ? tr("Contact submission of %1 – %2 (matches %3)")
                  .arg(fmt::date(c.at.toLocalTime().date()), c.label, matched)
            : tr("Earlier request %1 (matches %2)").arg(c.label, matched);
        auto* item = new QListWidgetItem(text, m_candidates);
        item->setToolTip(text);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        // Email and phone both matching is strong evidence; staff still confirm.
        item->setCheckState(c.matchedOn == QLatin1String("email+phone") ? Qt::Checked : Qt::Unchecked);
        item->setData(TargetTypeRole, c.targetType);
        item->setData(TargetIdRole, c.id);
    }
    m_candidateHint->setText(found->isEmpty() ? tr("No matching records were found.")
                                              : tr("%n possible record(s) found. Tick those that belong to this "
                                                   "person.",
                                                  nullptr, int(found->size())));
}

void IntakeDialog::addAttachment()
{
    const QStringList files = Dialogs::openFileNames(this, tr("Attach files"));
    for (const QString& f : files) {
        auto* item = new QListWidgetItem(QFileInfo(f).fileName(), m_attachments);
        item->setData(Qt::UserRole, f);
    }
}

void IntakeDialog::accept()
{
    RequestDraft d;
    fromKey(m_type->currentData().toString(), &d.type);
    fromKey(m_channel->currentData().toString(), &d.channel);
    fromKey(m_onBehalf->currentData().toString(), &d.onBehalf);
    d.receivedOn = m_received->date();
    d.requesterName = m_name->text();
    d.email = m_email->text();
    d.phone = m_phone->text();
    d.description = m_description->toPlainText();
    d.possibleMinor = m_minor->isChecked();
    for (int i = 0; i < m_candidates->count(); ++i) {
        const QListWidgetItem* item = m_candidates->item(i);
        if (item->checkState() == Qt::Checked) {
            (item->data(TargetTypeRole).toString() == QLatin1String("submission") ? d.linkedSubmissions
                                                                                  : d.linkedRequests)
                .append(item->data(TargetIdRole).toLongLong());
        }
    }
    auto added = m_service.add(d);
    if (!added) {
        m_error->setText(added.message());
        m_error->show();
        return;
    }
    m_createdId = added->id;
    AttachmentStore store(m_vault);
    QStringList failed;
    for (int i = 0; i < m_attachments->count(); ++i) {
        if (!store.addFile(
                QStringLiteral("request"), m_createdId, m_attachments->item(i)->data(Qt::UserRole).toString())) {
            failed << m_attachments->item(i)->text();
        }
    }
    if (!failed.isEmpty()) {
        // The request is saved; say which files are missing rather than losing the request.
        m_error->setText(tr("The request was saved as %1, but these files could not be attached: %2")
                             .arg(added->number, failed.join(QStringLiteral(", "))));
        m_error->show();
    }
    QDialog::accept();
}

// ---------------------------------------------------------------------------------------------

bool TransitionDialog::needsInput(const RightsRequest& r, RequestState to)
{
    return to == RequestState::Rejected || (r.state == RequestState::Verification && to == RequestState::InProgress);
}

TransitionDialog::TransitionDialog(const RightsRequest& r, RequestState to, QWidget* parent)
    : QDialog(parent)
    , m_to(to)
{
    DiscardGuard::install(this); // Esc on a filled form asks first
    setWindowTitle(tr("%1: %2").arg(r.number, displayName(to)));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    layout->addLayout(form);
    m_choice = new QComboBox(this);
    const QList<Choice> choices = to == RequestState::Rejected ? rejectionReasons() : verificationMethods();
    for (const Choice& c : choices) {
        m_choice->addItem(c.displayName(), c.key);
    }
    if (to == RequestState::Rejected) {
        auto* note = new QLabel(tr("The response letter quotes the reason and tells the person they may complain or "
                                   "sue (PIPL art. 50)."),
            this);
        note->setWordWrap(true);
        layout->insertWidget(0, note);
        form->addRow(tr("&Reason:"), m_choice);
        m_text = new QPlainTextEdit(this);
        m_text->setPlaceholderText(tr("Explain the decision to the person"));
        form->addRow(tr("&Explanation:"), m_text);
    } else {
        form->addRow(tr("&Identity verified by:"), m_choice);
    }
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (m_text) {
        auto update = [this] {
            m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
        };
        connect(m_text, &QPlainTextEdit::textChanged, this, update);
        update();
    }
    resize(520, m_text ? 320 : 140);
}

TransitionInput TransitionDialog::input() const
{
    TransitionInput in;
    in.to = m_to;
    if (m_to == RequestState::Rejected) {
        in.reasonKey = m_choice->currentData().toString();
        in.reasonText = m_text->toPlainText();
    } else {
        in.verificationMethod = m_choice->currentData().toString();
    }
    return in;
}

// ---------------------------------------------------------------------------------------------

ErasureDialog::ErasureDialog(const RightsRequest& r, int linkedRequests, QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Delete the person's data – %1").arg(r.number));
    auto* layout = new QVBoxLayout(this);
    auto* what = new QLabel(tr("This deletes %n linked contact submission(s) with their search-index entries, "
                               "and removes the name, contact details, description and attachments from this "
                               "request",
                                nullptr, r.linkedSubmissionCount)
            + (linkedRequests > 0 ? tr(" and from %n linked earlier request(s)", nullptr, linkedRequests) : QString())
            + tr(". Only categories and counts remain. This cannot be undone."),
        this);
    what->setWordWrap(true);
    layout->addWidget(what);
    auto* form = new QFormLayout;
    m_ground = new QComboBox(this);
    for (const Choice& c : deletionGrounds()) {
        m_ground->addItem(c.displayName(), c.key);
    }
    form->addRow(tr("Legal &ground:"), m_ground);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    // Enter must never delete by habit: Cancel is the default button, the deletion needs a click
    // (or its own Alt+D).
    QPushButton* erase = buttons->addButton(tr("&Delete permanently"), QDialogButtonBox::DestructiveRole);
    erase->setObjectName(QStringLiteral("deletePermanently"));
    erase->setAutoDefault(false);
    erase->setDefault(false);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    connect(buttons, &QDialogButtonBox::clicked, this, [this, buttons](QAbstractButton* b) {
        buttons->buttonRole(b) == QDialogButtonBox::DestructiveRole ? accept() : reject();
    });
    layout->addWidget(buttons);
    resize(560, 220);
}

QString ErasureDialog::groundKey() const
{
    return m_ground->currentData().toString();
}

} // namespace cd::ui
