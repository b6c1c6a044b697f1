#include "RequestsPage.h"

#include "LetterTemplatesDialog.h"
#include "RegisterReportDialog.h"
#include "RequestDialogs.h"
#include "RequestFollowUpBar.h"
#include "RequestsModel.h"
#include "UnconfirmedMatchesDialog.h"

#include "export/TableExport.h"
#include "report/ReportLanguage.h"
#include "report/ReportRenderer.h"
#include "requests/RequestDocuments.h"
#include "security/SecretCopyActions.h"
#include "util/Clock.h"
#include "util/Languages.h"
#include "vault/Vault.h"
#include "widgets/BackgroundTask.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/EmptyState.h"

#include "auditview/AuditText.h"
#include "util/Formatting.h"
#include "widgets/Dialogs.h"
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cd::ui {

using namespace cd::requests;

namespace {

enum DueChoice { AnyDue, Overdue, DueThisWeek, DueSoon };

QString esc(const QString& s)
{
    return s.toHtmlEscaped();
}

// A correction: pick one linked submission and edit its fields.
class CorrectionDialog : public QDialog
{
public:
    CorrectionDialog(const QList<LinkedSubmission>& subs, QWidget* parent)
        : QDialog(parent)
        , m_subs(subs)
    {
        setWindowTitle(RequestsPage::tr("Correct a linked record"));
        auto* layout = new QVBoxLayout(this);
        auto* form = new QFormLayout;
        m_pick = new QComboBox(this);
        const QLocale locale;
        for (const LinkedSubmission& s : subs) {
            m_pick->addItem(RequestsPage::tr("Contact submission of %1").arg(fmt::dateTime(s.receivedAt)));
        }
        form->addRow(RequestsPage::tr("&Record:"), m_pick);
        for (const char* f : { "name", "phone", "email", "region", "message" }) {
            auto* edit = new QLineEdit(this);
            m_edits.insert(QString::fromLatin1(f), edit);
        }
        form->addRow(RequestsPage::tr("&Name:"), m_edits.value(QStringLiteral("name")));
        form->addRow(RequestsPage::tr("&Phone:"), m_edits.value(QStringLiteral("phone")));
        form->addRow(RequestsPage::tr("&Email:"), m_edits.value(QStringLiteral("email")));
        form->addRow(RequestsPage::tr("Re&gion:"), m_edits.value(QStringLiteral("region")));
        form->addRow(RequestsPage::tr("&Message:"), m_edits.value(QStringLiteral("message")));
        layout->addLayout(form);
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
        layout->addWidget(buttons);
        connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
        connect(m_pick, &QComboBox::currentIndexChanged, this, [this](int) { load(); });
        load();
        resize(520, 280);
    }
    CorrectionInput input() const
    {
        CorrectionInput in;
        in.submissionId = m_subs.at(m_pick->currentIndex()).id;
        for (auto it = m_edits.begin(); it != m_edits.end(); ++it) {
            in.fields.insert(it.key(), it.value()->text());
        }
        return in;
    }

private:
    void load()
    {
        const LinkedSubmission& s = m_subs.at(m_pick->currentIndex());
        m_edits.value(QStringLiteral("name"))->setText(s.name);
        m_edits.value(QStringLiteral("phone"))->setText(s.phone);
        m_edits.value(QStringLiteral("email"))->setText(s.email);
        m_edits.value(QStringLiteral("region"))->setText(s.region);
        m_edits.value(QStringLiteral("message"))->setText(s.message);
    }
    QList<LinkedSubmission> m_subs;
    QComboBox* m_pick;
    QMap<QString, QLineEdit*> m_edits;
};

// The register of this year's requests (File › Print / Export PDF). Its reads go through
// `connection` when given (a worker's own), else through the vault's.
Result<ReportDocument> registerOfThisYear(Vault& vault, Database* connection, const QString& language)
{
    const QDate today = Clock::today();
    const QDate from(today.year(), 1, 1);
    RequestService service(vault);
    service.readThrough(connection);
    auto summary = buildRegisterSummary(service, from, today);
    if (!summary) {
        return summary.error();
    }
    return buildRegisterReport(summary.value(), from, today, language, vault.actor().displayName);
}

} // namespace

RequestsPage::RequestsPage(QWidget* parent)
    : Page(parent)
    , m_model(new RequestsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
{
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(RequestsModel::SortRole);

    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    m_header = makePageHeader(this);
    m_summary = new QLabel(this);
    // Wraps instead of widening the window (long counts, Chinese and English).
    m_summary->setWordWrap(true);
    m_new = new QPushButton(this);
    m_new->setShortcut(QKeySequence::New);
    m_register = new QPushButton(this);
    top->addWidget(m_header);
    top->addSpacing(12);
    top->addWidget(m_summary, 1);
    m_templates = new QPushButton(this);
    connect(m_templates, &QPushButton::clicked, this, &RequestsPage::editLetterTemplates);
    top->addWidget(m_templates);
    top->addWidget(m_register);
    top->addWidget(m_new);
    layout->addLayout(top);

    auto* filters = new QHBoxLayout;
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_type = new QComboBox(this);
    m_state = new QComboBox(this);
    m_due = new QComboBox(this);
    m_assignee = new QComboBox(this);
    m_typeLabel = new QLabel(this);
    m_stateLabel = new QLabel(this);
    m_dueLabel = new QLabel(this);
    m_assigneeLabel = new QLabel(this);
    m_typeLabel->setBuddy(m_type);
    m_stateLabel->setBuddy(m_state);
    m_dueLabel->setBuddy(m_due);
    m_assigneeLabel->setBuddy(m_assignee);
    for (QComboBox* c : { m_type, m_state, m_due, m_assignee }) {
        c->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    }
    // The search has a row of its own, so the four filters fit 1280 pixels in both languages.
    layout->addWidget(m_search);
    for (auto pair : { qMakePair(m_typeLabel, m_type), qMakePair(m_stateLabel, m_state), qMakePair(m_dueLabel, m_due),
             qMakePair(m_assigneeLabel, m_assignee) }) {
        filters->addWidget(pair.first);
        filters->addWidget(pair.second);
        filters->addSpacing(8);
    }
    filters->addStretch(1);
    layout->addLayout(filters);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    m_table = new QTableView(splitter);
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(RequestsModel::Due, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(false);
    // The requester stretches; number, state, due date, days left and assignee always show.
    ColumnPolicy::install(m_table, QStringLiteral("requests"), RequestsModel::Requester,
        { RequestsModel::Received, RequestsModel::Type, RequestsModel::Due });
    EmptyState::attach(m_table);

    m_detail = new QWidget(splitter);
    auto* detail = new QVBoxLayout(m_detail);
    m_detailTitle = new QLabel(m_detail);
    QFont f = m_detailTitle->font();
    f.setPointSizeF(f.pointSizeF() * 1.2);
    f.setWeight(QFont::DemiBold);
    m_detailTitle->setFont(f);
    m_detailFacts = new QLabel(m_detail);
    m_detailFacts->setTextFormat(Qt::RichText);
    m_detailFacts->setWordWrap(true);
    m_detailFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailFacts->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_copy = new SecretCopyActions(m_detail);
    m_copy->attachTo(m_detailFacts);
    m_transitionRow = new QHBoxLayout;
    m_transitionRow->setAlignment(Qt::AlignLeft);
    auto* actions = new QHBoxLayout;
    m_fulfil = new QPushButton(m_detail);
    m_letter = new QToolButton(m_detail);
    m_certificate = new QToolButton(m_detail);
    m_signOff = new QPushButton(m_detail);
    for (QToolButton* b : { m_letter, m_certificate }) {
        b->setPopupMode(QToolButton::InstantPopup);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        auto* menu = new QMenu(b);
        menu->addAction(QStringLiteral("中文"))->setData(Languages::chinese());
        menu->addAction(QStringLiteral("English"))->setData(Languages::english());
        b->setMenu(menu);
    }
    connect(m_letter->menu(), &QMenu::triggered, this, [this](QAction* a) { showLetter(a->data().toString()); });
    connect(
        m_certificate->menu(), &QMenu::triggered, this, [this](QAction* a) { showCertificate(a->data().toString()); });
    actions->addWidget(m_fulfil);
    actions->addWidget(m_letter);
    actions->addWidget(m_certificate);
    actions->addWidget(m_signOff);
    actions->addStretch(1);
    m_timelineLabel = new QLabel(m_detail);
    m_timeline = new QTreeWidget(m_detail);
    m_timeline->setRootIsDecorated(false);
    m_timeline->setColumnCount(3);
    ColumnPolicy::install(m_timeline, QStringLiteral("requestTimeline"), 2, { 1 });
    m_empty = new QLabel(m_detail);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    detail->addWidget(m_detailTitle);
    detail->addWidget(m_detailFacts);
    detail->addWidget(m_copy);
    detail->addLayout(m_transitionRow);
    detail->addLayout(actions);
    m_followUp = new RequestFollowUpBar(m_detail);
    detail->addWidget(m_followUp);
    connect(m_followUp, &RequestFollowUpBar::requestChanged, this, [this](qint64 id) {
        reload();
        selectRequest(id);
    });
    detail->addWidget(m_timelineLabel);
    detail->addWidget(m_timeline, 1);
    detail->addWidget(m_empty, 1);
    splitter->addWidget(m_table);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setSizes({ 760, 440 });
    layout->addWidget(splitter, 1);

    connect(m_new, &QPushButton::clicked, this, &RequestsPage::newRequest);
    connect(m_register, &QPushButton::clicked, this, &RequestsPage::printRegister);
    connect(m_fulfil, &QPushButton::clicked, this, &RequestsPage::fulfil);
    connect(m_signOff, &QPushButton::clicked, this, &RequestsPage::signOff);
    connect(m_search, &QLineEdit::textChanged, this, &RequestsPage::reload);
    for (QComboBox* c : { m_type, m_state, m_due, m_assignee }) {
        connect(c, &QComboBox::currentIndexChanged, this, &RequestsPage::reload);
    }
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &RequestsPage::showDetail);
    retranslate();
    setVault(nullptr);
}

void RequestsPage::retranslate()
{
    m_header->setText(title());
    m_new->setText(tr("&New request…"));
    m_register->setText(tr("&Register report…"));
    m_templates->setText(tr("Letter &templates…"));
    m_search->setPlaceholderText(tr("Search number, name, email or phone"));
    m_typeLabel->setText(tr("&Type:"));
    m_stateLabel->setText(tr("&State:"));
    m_dueLabel->setText(tr("D&ue:"));
    m_assigneeLabel->setText(tr("&Assignee:"));
    m_fulfil->setText(tr("&Fulfil…"));
    m_letter->setText(tr("Response &letter"));
    m_certificate->setText(tr("Deletion &certificate"));
    m_signOff->setText(tr("&Sign off certificate"));
    m_timelineLabel->setText(tr("Timeline"));
    m_timeline->setHeaderLabels({ tr("When"), tr("Who"), tr("What") });
    m_empty->setText(tr("Select a request to see its details, or create a new one."));
    EmptyState::of(m_table)->setMessages(tr("No open rights requests. Use New request… to log one when a data subject "
                                            "asks to access, correct or delete their information; choose All states "
                                            "to see closed requests."),
        tr("No request matches the search and filters. Choose All states or clear the search."));
    fillFilterCombos();
    if (vault()) {
        reload();
    }
}

void RequestsPage::fillFilterCombos()
{
    const QSignalBlocker b1(m_type), b2(m_state), b3(m_due), b4(m_assignee);
    // Items without data ("All …") must not be matched by an empty previous choice.
    const QVariant type = m_type->currentIndex() > 0 ? m_type->currentData() : QVariant(QStringLiteral("-"));
    const QVariant state = m_state->currentIndex() > 0 ? m_state->currentData() : QVariant(QStringLiteral("open"));
    const int stateIndex = m_state->currentIndex();
    const int due = qMax(0, m_due->currentIndex());
    const QVariant assignee = m_assignee->currentData();
    m_type->clear();
    m_type->addItem(tr("All types"));
    for (RequestType t : allTypes()) {
        m_type->addItem(displayName(t), key(t));
    }
    m_state->clear();
    // "Open" here is a request state (not finished), not the verb.
    m_state->addItem(tr("Open", "request state filter"), QStringLiteral("open"));
    m_state->addItem(tr("All states"));
    for (RequestState s : allStates()) {
        m_state->addItem(displayName(s), key(s));
    }
    m_due->clear();
    m_due->addItems({ tr("Any due date"), tr("Overdue"), tr("Due this week"), tr("Due within 3 working days") });
    m_assignee->clear();
    m_assignee->addItem(tr("Anyone"), qint64(-1));
    m_assignee->addItem(tr("Unassigned"), qint64(0));
    if (vault()) {
        if (auto accounts = RequestService(*vault()).assignableAccounts()) {
            for (const auto& a : accounts.value()) {
                m_assignee->addItem(a.second, a.first);
            }
        }
    }
    m_type->setCurrentIndex(qMax(0, m_type->findData(type)));
    m_state->setCurrentIndex(stateIndex == 1 ? 1 : qMax(0, m_state->findData(state)));
    m_due->setCurrentIndex(due);
    m_assignee->setCurrentIndex(qMax(0, m_assignee->findData(assignee)));
}

void RequestsPage::setVault(Vault* v)
{
    Page::setVault(v);
    m_model->clear();
    m_search->clear();
    m_badge = 0;
    setEnabled(v != nullptr);
    fillFilterCombos();
    if (v) {
        reload();
    } else {
        showDetail();
    }
    emit badgeChanged();
}

void RequestsPage::refresh()
{
    if (vault()) {
        fillFilterCombos();
        reload();
    }
}

void RequestsPage::focusSearch()
{
    m_search->setFocus();
    m_search->selectAll();
}

RequestFilter RequestsPage::currentFilter() const
{
    RequestFilter f;
    RequestType type;
    if (fromKey(m_type->currentData().toString(), &type)) {
        f.types = { type };
    }
    RequestState state;
    if (m_state->currentData().toString() == QLatin1String("open")) {
        f.openOnly = true;
    } else if (fromKey(m_state->currentData().toString(), &state)) {
        f.states = { state };
    }
    switch (m_due->currentIndex()) {
    case Overdue: f.overdueOnly = true; break;
    case DueThisWeek: f.dueThisWeek = true; break;
    case DueSoon: f.dueSoon = true; break;
    default: break;
    }
    f.assigneeId = m_assignee->currentData().isValid() ? m_assignee->currentData().toLongLong() : -1;
    f.text = m_search->text();
    return f;
}

void RequestsPage::reload()
{
    if (!vault()) {
        return;
    }
    const qint64 keep = selectedId();
    RequestService service(*vault());
    auto list = service.list(currentFilter());
    if (!list) {
        emit statusMessage(list.message());
        return;
    }
    m_model->setRequests(list.value(), service.calendar(), Clock::today());
    if (auto counts = service.counts()) {
        m_summary->setText(tr("%1 open · %2 overdue · %3 due within 3 working days")
                               .arg(counts->open)
                               .arg(counts->overdue)
                               .arg(counts->dueSoon));
        const int badge = counts->overdue + counts->dueSoon;
        if (badge != m_badge) {
            m_badge = badge;
            emit badgeChanged();
        }
    }
    EmptyState::of(m_table)->setFiltered(!m_search->text().isEmpty() || m_type->currentIndex() > 0
        || m_state->currentIndex() > 1 || m_due->currentIndex() > 0 || m_assignee->currentIndex() > 0);
    if (keep == 0 || !selectRequest(keep)) {
        showDetail();
    }
}

bool RequestsPage::selectRequest(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0) {
        return false;
    }
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    m_table->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    showDetail();
    return true;
}

qint64 RequestsPage::selectedId() const
{
    const QModelIndex current = m_table->selectionModel()->currentIndex();
    if (!current.isValid()) {
        return 0;
    }
    const int row = m_proxy->mapToSource(current).row();
    return row >= 0 && row < m_model->rowCount() ? m_model->requestAt(row).id : 0;
}

void RequestsPage::showTarget(const QVariant& argument)
{
    if (!vault()) {
        return;
    }
    const QVariantMap target = argument.toMap();
    const qint64 id = target.value(QStringLiteral("id")).toLongLong();
    const QString number = target.value(QStringLiteral("number")).toString();
    if (id <= 0 && number.isEmpty()) {
        return;
    }
    RequestService service(*vault());
    const Result<RightsRequest> request = id > 0 ? service.get(id) : service.getByNumber(number);
    if (!request) {
        // Deleted or purged since the link was made: say so instead of showing something else.
        emit statusMessage(request.code() == ErrorCode::NotFound
                ? tr("Request %1 no longer exists; it may have been deleted.")
                      .arg(number.isEmpty() ? QString::number(id) : number)
                : request.message());
        return;
    }
    bool reset = false;
    if (!selectRequest(request->id)) {
        resetFiltersFor(request.value());
        reload();
        reset = true;
        if (!selectRequest(request->id)) {
            emit statusMessage(tr("Request %1 cannot be shown in the list.").arg(request->number));
            return;
        }
    }
    m_table->scrollTo(m_table->selectionModel()->currentIndex(), QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
    if (reset) {
        emit statusMessage(tr("Filters were reset to show request %1.").arg(request->number));
    }
}

void RequestsPage::resetFiltersFor(const RightsRequest& request)
{
    const QSignalBlocker b1(m_search), b2(m_type), b3(m_state), b4(m_due), b5(m_assignee);
    m_search->clear();
    m_type->setCurrentIndex(0);
    // "Open" (index 0) keeps the usual view for open requests; closed ones need "All states".
    m_state->setCurrentIndex(isOpen(request.state) ? 0 : 1);
    m_due->setCurrentIndex(AnyDue);
    m_assignee->setCurrentIndex(0);
}

void RequestsPage::showDetail()
{
    const qint64 id = selectedId();
    Result<RightsRequest> r = Error { ErrorCode::NotFound, QString() };
    if (vault() && id > 0) {
        r = RequestService(*vault()).get(id);
    }
    const bool has = r.ok();
    m_followUp->setRequest(has ? vault() : nullptr, has ? &r.value() : nullptr);
    for (QWidget* w : std::initializer_list<QWidget*> { m_detailTitle, m_detailFacts, m_copy, m_fulfil, m_letter,
             m_certificate, m_signOff, m_timelineLabel, m_timeline }) {
        w->setVisible(has);
    }
    m_copy->clear();
    m_empty->setVisible(!has);
    // The detail pane takes room only while a request is selected.
    m_detail->setVisible(has);
    m_timeline->clear();
    if (!has) {
        rebuildTransitionButtons(nullptr);
        return;
    }
    const RightsRequest& req = r.value();
    const QLocale locale;
    RequestService service(*vault());
    const WorkingDayCalendar cal = service.calendar();
    m_detailTitle->setText(QStringLiteral("%1 · %2").arg(req.number, displayName(req.type)));
    QList<QPair<QString, QString>> facts;
    facts << qMakePair(tr("State"), displayName(req.state));
    facts << qMakePair(
        tr("Received", "date label"), fmt::date(req.receivedOn) + QStringLiteral(" · ") + displayName(req.channel));
    facts << qMakePair(tr("Due date"),
        fmt::date(req.effectiveDue(cal, Clock::today())) + QStringLiteral(" · ") + req.rule.displayName()
            + (m_model->daysLeftText(req).isEmpty() ? QString() : QStringLiteral(" · ") + m_model->daysLeftText(req)));
    if (req.extensionMonths > 0) {
        facts << qMakePair(tr("Extended"),
            tr("by %n month(s)", nullptr, req.extensionMonths) + QStringLiteral(": ")
                + req.extensionReason.split(QLatin1Char('\n')).join(QStringLiteral("; ")));
    }
    if (req.pausedWorkingDays > 0) {
        facts << qMakePair(tr("Paused"), tr("%n working day(s) added for waiting", nullptr, req.pausedWorkingDays));
    }
    if (req.erased) {
        facts << qMakePair(tr("Requester"), tr("Deleted on the person's request"));
    } else {
        QStringList contact;
        for (const QString& c : { req.email, req.phone }) {
            if (!c.isEmpty()) {
                contact << c;
            }
        }
        facts << qMakePair(
            tr("Requester"), req.requesterName + QStringLiteral(" · ") + contact.join(QStringLiteral(" · ")));
        m_copy->setValues(req.phone, req.email);
        facts << qMakePair(tr("On behalf of"),
            displayName(req.onBehalf)
                + (req.possibleMinor ? QStringLiteral(" · ") + tr("possibly a minor") : QString()));
        if (!req.description.isEmpty()) {
            facts << qMakePair(tr("Description"), req.description);
        }
    }
    facts << qMakePair(tr("Linked records"), tr("%n contact submission(s)", nullptr, req.linkedSubmissionCount));
    if (req.isVerified()) {
        const Choice* m = findChoice(verificationMethods(), req.verificationMethod);
        facts << qMakePair(tr("Identity verified"),
            (m ? m->displayName() : req.verificationMethod) + QStringLiteral(" · ") + req.verifiedByName
                + QStringLiteral(" · ") + fmt::dateTime(req.verifiedAt));
    }
    if (!req.rejectionReason.isEmpty()) {
        const Choice* c = findChoice(rejectionReasons(), req.rejectionReason);
        facts << qMakePair(
            tr("Rejection"), (c ? c->displayName() : QString()) + QStringLiteral(": ") + req.rejectionText);
    }
    if (!req.deletionGround.isEmpty()) {
        const Choice* g = findChoice(deletionGrounds(), req.deletionGround);
        facts << qMakePair(tr("Deletion ground"), g ? g->displayName() : req.deletionGround);
        facts << qMakePair(tr("Certificate"),
            req.signedOffAt.isValid() ? tr("Signed off by %1").arg(req.signedOffByName)
                                      : tr("Awaiting the privacy officer's sign-off"));
    }
    QString html = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"2\">");
    for (const auto& fact : facts) {
        html += QStringLiteral("<tr><td style=\"color:#555; padding-right:10px;\">%1</td><td>%2</td></tr>")
                    .arg(esc(fact.first), esc(fact.second).replace(QLatin1Char('\n'), QLatin1String("<br/>")));
    }
    m_detailFacts->setText(html + QStringLiteral("</table>"));
    rebuildTransitionButtons(&req);

    const bool writable = vault()->actor().can(Permission::WriteData);
    const bool fulfillable = req.state == RequestState::InProgress && req.isVerified()
        && (isErasure(req.type) || isDataPackage(req.type) || req.type == RequestType::Correction);
    m_fulfil->setVisible(fulfillable && writable);
    m_letter->setVisible(isTerminal(req.state));
    m_certificate->setVisible(!req.deletionGround.isEmpty());
    m_signOff->setVisible(
        !req.deletionGround.isEmpty() && !req.signedOffAt.isValid() && vault()->actor().can(Permission::Approve));

    // The reasons are kept on the request, one line per extension, so a deletion can scrub them.
    const QStringList extensionReasons = req.extensionReason.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    int extensionIndex = 0;
    if (auto events = service.timeline(req.id)) {
        for (const RequestEvent& e : events.value()) {
            QString what;
            RequestState from;
            RequestState to;
            if (e.kind == QLatin1String("created")) {
                what = tr("Request received and recorded");
            } else if (e.kind == QLatin1String("transition") && fromKey(e.fromState, &from)
                && fromKey(e.toState, &to)) {
                what = tr("%1 → %2").arg(displayName(from), displayName(to));
            } else if (e.kind == QLatin1String("erase")) {
                what = tr("Linked data deleted");
            } else if (e.kind == QLatin1String("package")) {
                what = tr("Data package exported");
            } else if (e.kind == QLatin1String("correction")) {
                what = tr("Linked record corrected");
            } else if (e.kind == QLatin1String("signoff")) {
                what = tr("Deletion certificate signed off");
            } else if (e.kind == QLatin1String("extension")) {
                what = tr("Deadline extended");
                if (extensionIndex < extensionReasons.size()) {
                    what += QStringLiteral(": ") + extensionReasons.at(extensionIndex);
                }
                ++extensionIndex;
            } else if (e.kind == QLatin1String("link")) {
                what = tr("Linked records changed");
            } else if (e.kind == QLatin1String("assign")) {
                what = tr("Assigned");
            } else {
                what = e.kind;
            }
            // The stored details are codes (type=deletion, method=id_document): shown in words.
            if (const QString details = audit::detailText(e.detail); !details.isEmpty()) {
                what = tr("%1 (%2)", "timeline event and its details").arg(what, details);
            }
            new QTreeWidgetItem(m_timeline, { fmt::dateTime(e.at), e.actor, what });
        }
    }
}

void RequestsPage::rebuildTransitionButtons(const RightsRequest* r)
{
    qDeleteAll(m_transitionButtons);
    m_transitionButtons.clear();
    if (!r || !vault() || !vault()->actor().can(Permission::WriteData)) {
        return;
    }
    for (RequestState to : RequestService(*vault()).availableTransitions(*r)) {
        QString label;
        switch (to) {
        case RequestState::Verification:
            label = r->state == RequestState::Waiting ? tr("Resume verification") : tr("Start identity verification");
            break;
        case RequestState::InProgress:
            label = r->state == RequestState::Waiting ? tr("Resume work") : tr("Identity verified – start work");
            break;
        case RequestState::Waiting: label = tr("Wait for requester"); break;
        case RequestState::Completed: label = tr("Complete"); break;
        case RequestState::Rejected: label = tr("Reject…"); break;
        case RequestState::Withdrawn: label = tr("Withdrawn"); break;
        default: label = displayName(to); break;
        }
        auto* b = new QPushButton(label, m_detail);
        b->setProperty("targetState", key(to));
        connect(b, &QPushButton::clicked, this, [this, to] { onTransitionClicked(to); });
        m_transitionRow->addWidget(b);
        b->show();
        m_transitionButtons.append(b);
    }
}

Status RequestsPage::applyTransition(const TransitionInput& input)
{
    if (!vault()) {
        return Error { ErrorCode::Internal, QString() };
    }
    const qint64 id = selectedId();
    auto done = RequestService(*vault()).transition(id, input);
    if (!done) {
        return done.status();
    }
    reload();
    selectRequest(id);
    emit statusMessage(tr("%1 is now \"%2\".").arg(done->number, displayName(done->state)));
    return {};
}

void RequestsPage::onTransitionClicked(RequestState to)
{
    auto r = RequestService(*vault()).get(selectedId());
    if (!r) {
        return;
    }
    TransitionInput input;
    input.to = to;
    if (TransitionDialog::needsInput(r.value(), to)) {
        TransitionDialog dialog(r.value(), to, this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        input = dialog.input();
    } else if (isTerminal(to)
        && Dialogs::question(
               this, title(), tr("Mark %1 as \"%2\"? This closes the request.").arg(r->number, displayName(to)))
            != QMessageBox::Yes) {
        return;
    }
    if (Status s = applyTransition(input); !s) {
        Dialogs::warning(this, title(), s.message());
    }
}

bool RequestsPage::canCreateRecord() const
{
    return vault() != nullptr && m_new->isEnabled();
}

void RequestsPage::newRequest()
{
    if (!vault()) {
        return;
    }
    IntakeDialog dialog(*vault(), this);
    if (dialog.exec() == QDialog::Accepted) {
        reload();
        selectRequest(dialog.createdId());
    }
}

void RequestsPage::fulfil()
{
    RequestService service(*vault());
    auto r = service.get(selectedId());
    if (!r) {
        return;
    }
    if ((isErasure(r->type) || isDataPackage(r->type)) && !resolveUnconfirmedMatches(r.value())) {
        return;
    }
    if (isErasure(r->type)) {
        ErasureDialog dialog(r.value(), int(service.linkedRequests(r->id).value().size()), this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        // Erasing rewrites search postings and overwrites freed pages: on a large vault that takes
        // a while, so it runs on a worker behind a progress dialog. It is one transaction: Cancel
        // rolls it back whole and the request stays as it was.
        Result<ErasureResult> erased = Error { ErrorCode::Internal, QString() };
        const QString ground = dialog.groundKey();
        const qint64 requestId = r->id;
        const QLocale locale;
        runInBackground(this, tr("Deleting the person's data…"), [&](TaskControl& control) {
            WorkControl work;
            work.cancel = &control.cancelFlag();
            work.progress = [&](qint64 done, qint64 total) {
                control.report(done, total,
                    tr("%1 of %2 contact submissions deleted").arg(locale.toString(done), locale.toString(total)));
            };
            erased = service.eraseLinkedData(requestId, ground, work);
        });
        if (!erased && erased.code() == ErrorCode::Cancelled) {
            emit statusMessage(erased.message());
        } else if (!erased) {
            Dialogs::warning(this, title(), erased.message());
        } else {
            emit statusMessage(tr("The person's data was deleted; the certificate awaits sign-off."));
        }
    } else if (isDataPackage(r->type)) {
        if (Dialogs::warning(this, title(),
                tr("The data package holds the person's personal information in plain, unencrypted "
                   "files (PDF and JSON). Keep them safe and delete them after sending. The export "
                   "is recorded in the audit log."),
                QMessageBox::Ok | QMessageBox::Cancel)
            != QMessageBox::Ok) {
            return;
        }
        const QString dir = Dialogs::existingDirectory(this, tr("Folder for the data package"));
        if (dir.isEmpty()) {
            return;
        }
        auto package = service.dataPackage(r->id);
        if (!package) {
            Dialogs::warning(this, title(), package.message());
            return;
        }
        const QString base = QDir(dir).filePath(r->number);
        QSaveFile json(base + QStringLiteral("-data.json"));
        const QByteArray bytes = QJsonDocument(RequestService::dataPackageJson(package.value())).toJson();
        Status written;
        if (!json.open(QIODevice::WriteOnly) || !TableExport::restrictToOwner(json) || json.write(bytes) != bytes.size()
            || !json.commit()) {
            written = Error { ErrorCode::Io, json.errorString() };
        } else {
            written = ReportRenderer(buildDataPackageReport(package.value(), vault()->actor().displayName))
                          .writePdf(base + QStringLiteral("-data.pdf"));
        }
        if (!written) {
            Dialogs::warning(this, title(), written.message());
            return;
        }
        TransitionInput done;
        done.to = RequestState::Completed;
        service.transition(r->id, done);
        emit statusMessage(tr("Data package written to %1.").arg(QDir::toNativeSeparators(dir)));
    } else if (r->type == RequestType::Correction) {
        auto subs = service.linkedSubmissions(r->id);
        if (!subs || subs->isEmpty()) {
            Dialogs::information(this, title(), tr("Link the person's contact submissions to this request first."));
            return;
        }
        CorrectionDialog dialog(subs.value(), this);
        if (dialog.exec() != QDialog::Accepted) {
            return;
        }
        auto changed = service.correctSubmission(r->id, dialog.input());
        if (!changed) {
            Dialogs::warning(this, title(), changed.message());
        } else {
            emit statusMessage(tr("%n field(s) corrected.", nullptr, int(changed->size())));
        }
    }
    reload();
    selectRequest(r->id);
}

bool RequestsPage::resolveUnconfirmedMatches(const RightsRequest& request)
{
    RequestService service(*vault());
    auto open = service.unconfirmedMatches(request.id);
    if (!open) {
        Dialogs::warning(this, title(), open.message());
        return false;
    }
    if (open->isEmpty()) {
        return true;
    }
    UnconfirmedMatchesDialog dialog(request, open.value(), this);
    if (dialog.exec() != QDialog::Accepted) {
        return false;
    }
    if (Status s = service.resolveMatches(request.id, dialog.confirmed(), dialog.dismissed()); !s) {
        Dialogs::warning(this, title(), s.message());
        return false;
    }
    reload();
    selectRequest(request.id);
    return true;
}

void RequestsPage::showLetter(const QString& language)
{
    RequestService service(*vault());
    auto r = service.get(selectedId());
    if (r) {
        ReportRenderer(buildResponseLetter(service, r.value(), language, vault()->actor().displayName))
            .showPrintPreview(this);
    }
}

void RequestsPage::showCertificate(const QString& language)
{
    auto r = RequestService(*vault()).get(selectedId());
    if (r) {
        const BackupExposure exposure = AutoBackup::exposureFor(*vault(), r->fulfilledAt);
        ReportRenderer(buildDeletionCertificate(r.value(), language, vault()->actor().displayName, &exposure))
            .showPrintPreview(this);
    }
}

void RequestsPage::signOff()
{
    const qint64 id = selectedId();
    if (Status s = RequestService(*vault()).signOffCertificate(id); !s) {
        Dialogs::warning(this, title(), s.message());
        return;
    }
    reload();
    selectRequest(id);
}

ReportDocument RequestsPage::printableReport()
{
    if (!vault()) {
        return {};
    }
    auto doc = registerOfThisYear(*vault(), nullptr, reportLanguage());
    return doc ? doc.value() : ReportDocument();
}

Page::ReportReader RequestsPage::reportReader()
{
    if (!vault()) {
        return {};
    }
    Vault* v = vault();
    const QString language = reportLanguage();
    return [v, language](Database& connection) { return registerOfThisYear(*v, &connection, language); };
}

void RequestsPage::printRegister()
{
    if (!vault()) {
        return;
    }
    RegisterReportDialog dialog(*vault(), this);
    if (dialog.exec() == QDialog::Accepted && !dialog.writtenPath().isEmpty()) {
        emit statusMessage(tr("Register written to %1.").arg(QDir::toNativeSeparators(dialog.writtenPath())));
    }
}

void RequestsPage::editLetterTemplates()
{
    if (!vault()) {
        return;
    }
    LetterTemplatesDialog dialog(*vault(), this);
    dialog.exec();
}

} // namespace cd::ui
