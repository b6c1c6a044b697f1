// Record forms inside the pages (incidents, disclosures, processing activities, processors,
// ISO controls, policy versions) keep what was typed: Esc and switching to another record ask
// first, "Keep editing" leaves the form and the selection as they were, and with nothing typed
// nothing asks. Empty tables say what fills them and offer that step, in both languages.
#include "TestVault.h"

#include "activities/ActivitiesTab.h"
#include "activities/ActivityService.h"
#include "app/LanguageManager.h"
#include "demo/DemoData.h"
#include "iso/IsoPage.h"
#include "pages/AuditLogModel.h"
#include "pages/AuditLogPage.h"
#include "pages/VaultRulesSection.h"
#include "policies/PoliciesPage.h"
#include "policies/PolicyService.h"
#include "preferences/AppSettings.h"
#include "registers/DisclosuresTab.h"
#include "registers/IncidentsTab.h"
#include "registers/RegisterModels.h"
#include "registers/RegistersPage.h"
#include "util/Clock.h"
#include "widgets/EmptyState.h"
#include "widgets/FormGuard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>

using namespace cd;
using namespace cd::test;
using namespace cd::ui;

namespace {

QString textOf(QWidget* edit)
{
    if (auto* line = qobject_cast<QLineEdit*>(edit)) {
        return line->text();
    }
    return static_cast<QPlainTextEdit*>(edit)->toPlainText();
}

void typeInto(QWidget* edit, const QString& text)
{
    edit->setFocus();
    if (auto* line = qobject_cast<QLineEdit*>(edit)) {
        line->end(false);
    } else {
        static_cast<QPlainTextEdit*>(edit)->moveCursor(QTextCursor::End);
    }
    QTest::keyClicks(edit, text);
}

// The same steps on every form. select(i) selects the i-th of two records; formShown() is false
// once Esc closed an untouched form (forms that stay open return true).
void exerciseForm(PageFormGuard* guard, QWidget* edit, const std::function<void(int)>& select,
    const std::function<bool()>& formShown, bool escClosesForm)
{
    QVERIFY(guard && edit);
    select(0);
    QTest::qWait(20);
    const QString first = textOf(edit);
    QVERIFY(!guard->isDirty());
    const int asked = guard->questionsAsked();

    // Nothing typed: Esc asks nothing and loses nothing.
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(guard->questionsAsked(), asked);
    QCOMPARE(formShown(), !escClosesForm);
    if (escClosesForm) {
        select(1);
        select(0);
        QTest::qWait(20);
    }
    QCOMPARE(textOf(edit), first);

    // Typed: Esc asks; keeping leaves the text.
    typeInto(edit, QStringLiteral(" XYZ"));
    QVERIFY(guard->isDirty());
    guard->setNextAnswerForTest(false);
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(guard->questionsAsked(), asked + 1);
    QVERIFY(formShown());
    QVERIFY(textOf(edit).endsWith(QStringLiteral(" XYZ")));

    // Another record: asks; keeping leaves the form and puts the selection back.
    guard->setNextAnswerForTest(false);
    select(1);
    QTest::qWait(50);
    QCOMPARE(guard->questionsAsked(), asked + 2);
    QVERIFY(textOf(edit).endsWith(QStringLiteral(" XYZ")));

    // Discarding shows the other record.
    guard->setNextAnswerForTest(true);
    select(1);
    QTest::qWait(50);
    QCOMPARE(guard->questionsAsked(), asked + 3);
    QVERIFY(!textOf(edit).contains(QStringLiteral("XYZ")));
    QVERIFY(!guard->isDirty());

    // Back on the first record, typed again, Esc and Discard: the record as saved (or the
    // form closed).
    select(0);
    QTest::qWait(50);
    QCOMPARE(guard->questionsAsked(), asked + 3);
    typeInto(edit, QStringLiteral(" XYZ"));
    guard->setNextAnswerForTest(true);
    QTest::keyClick(edit, Qt::Key_Escape);
    QCOMPARE(guard->questionsAsked(), asked + 4);
    QVERIFY(!textOf(edit).contains(QStringLiteral("XYZ")));
    QVERIFY(!guard->isDirty());
}

// The form's Close button: asks only when something was typed; keeping leaves the text, and
// discarding closes the form without a second question on the next record.
void closeButtonAsks(PageFormGuard* guard, QWidget* page, QWidget* edit, const std::function<void(int)>& select,
    const std::function<bool()>& formShown)
{
    auto* close = page->findChild<QPushButton*>(QStringLiteral("closeForm"));
    QVERIFY(close);
    select(0);
    QTest::qWait(20);
    const int asked = guard->questionsAsked();
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(guard->questionsAsked(), asked);
    QVERIFY(!formShown());

    select(0);
    QTest::qWait(20);
    typeInto(edit, QStringLiteral(" XYZ"));
    guard->setNextAnswerForTest(false);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(guard->questionsAsked(), asked + 1);
    QVERIFY(formShown());
    QVERIFY(textOf(edit).endsWith(QStringLiteral(" XYZ")));

    guard->setNextAnswerForTest(true);
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(guard->questionsAsked(), asked + 2);
    QVERIFY(!formShown());
    select(1);
    QTest::qWait(20);
    QVERIFY(formShown());
    QCOMPARE(guard->questionsAsked(), asked + 2);
    QVERIFY(!textOf(edit).contains(QStringLiteral("XYZ")));
}

} // namespace

class TestInPageForms : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void incidentForm();
    void disclosureForm();
    void activityAndProcessorForms();
    void controlForm();
    void policyVersionForm();
    void emptyTablesOfferTheNextStep_data();
    void emptyTablesOfferTheNextStep();

private:
    std::unique_ptr<TestVault> m_tv;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<AppSettings> m_settings;
};

void TestInPageForms::init()
{
    Clock::setOverride([] { return QDateTime(QDate(2026, 4, 20), QTime(2, 0), Qt::UTC); });
    m_tv = std::make_unique<TestVault>();
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestInPageForms::cleanup()
{
    Clock::setOverride(nullptr);
    m_tv.reset();
}

void TestInPageForms::incidentForm()
{
    DemoSummary summary;
    QVERIFY(demo::fillRegisters(m_tv->vault(), {}, summary));
    RegistersPage page(*m_settings);
    page.resize(1360, 860);
    page.setVault(&m_tv->vault());
    page.tabs()->setCurrentWidget(page.incidentsTab());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    IncidentsTab* tab = page.incidentsTab();
    QVERIFY(tab->model()->rowCount() >= 2);
    exerciseForm(
        tab->formGuard(), tab->findChild<QLineEdit*>(QStringLiteral("incidentTitle")),
        [tab](int row) { tab->table()->selectRow(row); }, [tab] { return tab->isFormShown(); }, true);
    closeButtonAsks(
        tab->formGuard(), tab, tab->findChild<QLineEdit*>(QStringLiteral("incidentTitle")),
        [tab](int row) { tab->table()->selectRow(row); }, [tab] { return tab->isFormShown(); });
    // New asks too, while the form holds edits.
    tab->table()->selectRow(0);
    typeInto(tab->findChild<QLineEdit*>(QStringLiteral("incidentTitle")), QStringLiteral(" XYZ"));
    tab->formGuard()->setNextAnswerForTest(false);
    tab->startNew();
    QVERIFY(tab->formValue().id > 0);
    QVERIFY(tab->formValue().title.endsWith(QStringLiteral(" XYZ")));
}

void TestInPageForms::disclosureForm()
{
    DemoSummary summary;
    QVERIFY(demo::fillRegisters(m_tv->vault(), {}, summary));
    RegistersPage page(*m_settings);
    page.resize(1360, 860);
    page.setVault(&m_tv->vault());
    page.tabs()->setCurrentWidget(page.disclosuresTab());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    DisclosuresTab* tab = page.disclosuresTab();
    exerciseForm(
        tab->formGuard(), tab->findChild<QLineEdit*>(QStringLiteral("recipient")),
        [tab](int row) { tab->table()->selectRow(row); }, [tab] { return tab->isFormShown(); }, true);
    closeButtonAsks(
        tab->formGuard(), tab, tab->findChild<QLineEdit*>(QStringLiteral("recipient")),
        [tab](int row) { tab->table()->selectRow(row); }, [tab] { return tab->isFormShown(); });
}

void TestInPageForms::activityAndProcessorForms()
{
    activities::ActivityService service(m_tv->vault());
    for (const QString& name : { QStringLiteral("Warranty registration"), QStringLiteral("Newsletter") }) {
        activities::Activity a;
        a.name = name;
        a.purpose = QStringLiteral("Purpose of ") + name;
        a.categoryKeys = { QStringLiteral("name") };
        auto added = service.add(a);
        QVERIFY2(added, qPrintable(added.message()));
    }
    RegistersPage page(*m_settings);
    page.resize(1360, 860);
    page.setVault(&m_tv->vault());
    page.tabs()->setCurrentWidget(page.activitiesTab());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    ActivitiesTab* tab = page.activitiesTab();
    QVERIFY(tab->table()->rowCount() >= 2);
    exerciseForm(
        tab->formGuard(), tab->nameEdit(), [tab](int row) { tab->table()->selectRow(row); }, [] { return true; },
        false);
    // The processor form: Esc asks when something was typed, then empties it.
    PageFormGuard* processors = tab->processorGuard();
    QVERIFY(processors);
    QTest::keyClick(tab->processorNameEdit(), Qt::Key_Escape);
    QCOMPARE(processors->questionsAsked(), 0);
    typeInto(tab->processorNameEdit(), QStringLiteral("Cloud host"));
    processors->setNextAnswerForTest(false);
    QTest::keyClick(tab->processorNameEdit(), Qt::Key_Escape);
    QCOMPARE(tab->processorNameEdit()->text(), QStringLiteral("Cloud host"));
    processors->setNextAnswerForTest(true);
    QTest::keyClick(tab->processorNameEdit(), Qt::Key_Escape);
    QCOMPARE(tab->processorNameEdit()->text(), QString());
    QCOMPARE(processors->questionsAsked(), 2);
}

void TestInPageForms::controlForm()
{
    DemoSummary summary;
    QVERIFY(demo::fillIso(m_tv->vault(), {}, summary));
    IsoPage page;
    page.resize(1360, 860);
    page.setVault(&m_tv->vault());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QPlainTextEdit* notes = nullptr;
    for (QPlainTextEdit* e : page.findChildren<QPlainTextEdit*>()) {
        if (e->objectName() == QLatin1String("controlNotes")) {
            notes = e;
        }
    }
    const QStringList ids { QStringLiteral("5.1"), QStringLiteral("5.2") };
    exerciseForm(
        page.formGuard(), notes, [&page, ids](int i) { page.selectControl(ids.at(i)); }, [] { return true; }, false);
    QCOMPARE(page.currentControlId(), QStringLiteral("5.1"));
}

void TestInPageForms::policyVersionForm()
{
    m_tv->signInAs(Role::Staff, QStringLiteral("zhangwei")); // the demo's author
    m_tv->signInAdmin();
    DemoSummary summary;
    QVERIFY(demo::fillPolicies(m_tv->vault(), {}, summary));
    PoliciesPage page(*m_settings);
    page.resize(1360, 860);
    page.setVault(&m_tv->vault());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    PolicyVersionModel* model = page.versionModel();
    // A draft (editable) and another version of the same document.
    int draft = -1;
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->versionAt(row)->status == PolicyStatus::Draft) {
            draft = row;
        }
    }
    if (draft < 0) {
        PolicyVersionInput input;
        input.label = QStringLiteral("v9");
        input.textZh = QStringLiteral("草稿");
        input.textEn = QStringLiteral("Draft");
        auto made = PolicyService(m_tv->vault()).createDraft(model->versionAt(0)->documentId, input);
        QVERIFY2(made, qPrintable(made.message()));
        page.refresh();
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->versionAt(row)->status == PolicyStatus::Draft) {
                draft = row;
            }
        }
    }
    QVERIFY(draft >= 0 && model->rowCount() >= 2);
    const int other = draft == 0 ? 1 : 0;
    const qint64 draftId = model->versionAt(draft)->id;
    const qint64 otherId = model->versionAt(other)->id;
    exerciseForm(
        page.formGuard(), page.chineseEditor(),
        [&page, draftId, otherId](int i) { page.selectVersion(i == 0 ? draftId : otherId); }, [] { return true; },
        false);
}

void TestInPageForms::emptyTablesOfferTheNextStep_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestInPageForms::emptyTablesOfferTheNextStep()
{
    QFETCH(QString, language);
    LanguageManager languages;
    languages.setLanguage(language);
    const QRegularExpression han(QStringLiteral("\\p{Han}"));
    const auto words = [&](EmptyState* empty) {
        QVERIFY(empty);
        QVERIFY(empty->isVisible());
        QVERIFY(!empty->text().isEmpty());
        QVERIFY2(!empty->actionText().isEmpty(), qPrintable(empty->text()));
        if (language == QLatin1String("zh_CN")) {
            QVERIFY2(han.match(empty->text()).hasMatch(), qPrintable(empty->text()));
            QVERIFY2(han.match(empty->actionText()).hasMatch(), qPrintable(empty->actionText()));
        }
    };

    // Audit log: a filter that matches nothing, and the step that shows everything again.
    AuditLogPage audit;
    audit.resize(1200, 700);
    audit.setVault(&m_tv->vault());
    audit.show();
    QVERIFY(QTest::qWaitForWindowExposed(&audit));
    auto* table = audit.findChild<QTableView*>(QStringLiteral("auditTable"));
    const int all = audit.model()->rowCount();
    QVERIFY(all > 0);
    auto* dates = audit.findChild<QCheckBox*>();
    QVERIFY(dates);
    for (QDateEdit* d : audit.findChildren<QDateEdit*>()) {
        d->setDate(QDate(2001, 1, 1));
    }
    dates->setChecked(true);
    QTRY_COMPARE(audit.model()->rowCount(), 0);
    words(EmptyState::of(table));
    EmptyState::of(table)->triggerAction();
    QTRY_COMPARE(audit.model()->rowCount(), all);
    QVERIFY(!dates->isChecked());
    QVERIFY(!EmptyState::of(table)->isVisible());

    // Policy versions of a vault without policies: the step is a new document.
    PoliciesPage policies(*m_settings);
    policies.resize(1200, 700);
    policies.setVault(&m_tv->vault());
    policies.show();
    QVERIFY(QTest::qWaitForWindowExposed(&policies));
    words(EmptyState::of(policies.findChild<QTableView*>(QStringLiteral("policyVersions"))));

    // The working-day calendar without any year.
    VaultRulesSection rules;
    rules.resize(1200, 900);
    rules.setVault(&m_tv->vault());
    rules.show();
    QVERIFY(QTest::qWaitForWindowExposed(&rules));
    auto* years = rules.findChild<QTableWidget*>(QStringLiteral("calendarYears"));
    QVERIFY(years);
    if (years->rowCount() == 0) {
        words(EmptyState::of(years));
    }
    languages.setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestInPageForms)
#include "tst_inpageforms.moc"
