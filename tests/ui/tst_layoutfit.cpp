// The bar that keeps the layout fixed: every page and main dialog, at 1366×768 and at
// 1920×1080 with 150 % scaling (1280×720 logical pixels), in both languages and after a live
// switch each way. Asserts what a user would see go wrong: a window wider than the screen,
// key columns behind a horizontal scroll bar or squeezed, dialogs that do not fit, cut text.
// Screenshots go to <build>/screenshots/layout for review and for docs/screenshots.

#include "TestVault.h"

#include "app/AboutDialog.h"
#include "app/LanguageManager.h"
#include "app/MainWindow.h"
#include "dashboard/DashboardPage.h"
#include "demo/DemoData.h"
#include "pages/Page.h"
#include "pages/VaultRulesSection.h"
#include "preferences/AppSettings.h"
#include "registers/IncidentNotificationDialog.h"
#include "registers/IncidentsTab.h"
#include "report/ReportPreviewDialog.h"
#include "report/ReportRenderer.h"
#include "requests/DeadlineExtensionDialog.h"
#include "requests/LetterTemplatesDialog.h"
#include "requests/RegisterReportDialog.h"
#include "requests/RequestAttachmentsDialog.h"
#include "requests/RequestDialogs.h"
#include "requests/RequestLinksDialog.h"
#include "requests/RequestService.h"
#include "submissions/SubmissionImportDialog.h"
#include "vault/NewVaultDialog.h"
#include "vault/UnlockWidget.h"
#include "widgets/ColumnPolicy.h"
#include "widgets/FormLabels.h"

#include <QAbstractButton>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QScrollBar>
#include <QStandardItemModel>
#include <QStyleOptionComboBox>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QTreeView>
#include <functional>

using namespace cd;
using namespace cd::test;
using namespace cd::ui;

namespace {

// Window frame and task bar take this much of the screen's height on a typical desktop.
constexpr int kFrameAndTaskbarHeight = 64;

void settle()
{
    // Column fits and empty states run from zero-timers; a few rounds let them all finish.
    for (int i = 0; i < 5; ++i) {
        QCoreApplication::processEvents();
        QCoreApplication::sendPostedEvents();
    }
}

QString withoutMnemonic(QString text)
{
    text.replace(QLatin1String("&&"), QStringLiteral("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    return text;
}

int widestLine(const QFontMetrics& fm, const QString& text)
{
    int widest = 0;
    for (const QString& line : text.split(QLatin1Char('\n'))) {
        widest = std::max(widest, fm.horizontalAdvance(line));
    }
    return widest;
}

bool shown(const QWidget* w, const QWidget* root)
{
    return w->isVisibleTo(root) && w->isVisible() && w->width() > 0;
}

QString nameOf(const QWidget* w)
{
    QString name = QString::fromLatin1(w->metaObject()->className());
    if (!w->objectName().isEmpty()) {
        name += QLatin1Char('#') + w->objectName();
    }
    return name;
}

// Form labels that do not end in a colon: every form of the program writes "Label:" (zh "标签："),
// so a form that does not stands out next to the others.
QStringList formLabelProblems(const QWidget* root)
{
    QStringList problems;
    for (const QFormLayout* form : root->findChildren<QFormLayout*>()) {
        for (int row = 0; row < form->rowCount(); ++row) {
            const QLayoutItem* item = form->itemAt(row, QFormLayout::LabelRole);
            const auto* label = item ? qobject_cast<const QLabel*>(item->widget()) : nullptr;
            if (!label || !label->isVisibleTo(root) || label->text().isEmpty()) {
                continue;
            }
            const QString text = label->text().trimmed();
            if (!text.endsWith(QLatin1Char(':')) && !text.endsWith(QChar(0xFF1A)) && !text.endsWith(QLatin1Char('?'))
                && !text.endsWith(QChar(0xFF1F))) {
                problems << QStringLiteral("form label without a colon: \"%1\"").arg(text);
            }
        }
    }
    return problems;
}

// Texts cut short: labels, buttons, check boxes, combo boxes and group box titles whose text
// is wider than the room they got.
QStringList elidedTexts(const QWidget* root)
{
    QStringList problems;
    for (const QLabel* l : root->findChildren<QLabel*>()) {
        if (!shown(l, root) || l->wordWrap() || l->text().isEmpty() || l->pixmap().cacheKey() != 0
            || l->textFormat() == Qt::RichText || (l->textFormat() == Qt::AutoText && Qt::mightBeRichText(l->text()))
            || l->objectName() == QLatin1String("emptyState")) {
            continue;
        }
        const QString text = l->buddy() ? withoutMnemonic(l->text()) : l->text();
        const int need = widestLine(l->fontMetrics(), text);
        const int room = l->contentsRect().width() - 2 * l->margin() - std::max(0, l->indent());
        if (need > room + 1) {
            problems << QStringLiteral("label %1 \"%2\" needs %3 px, has %4").arg(nameOf(l), text).arg(need).arg(room);
        }
    }
    for (const QAbstractButton* b : root->findChildren<QAbstractButton*>()) {
        if (!shown(b, root) || b->text().isEmpty()) {
            continue;
        }
        const int need = b->sizeHint().width();
        if (need > b->width() + 1) {
            problems << QStringLiteral("button %1 \"%2\" needs %3 px, has %4")
                            .arg(nameOf(b), withoutMnemonic(b->text()))
                            .arg(need)
                            .arg(b->width());
        }
    }
    for (const QComboBox* c : root->findChildren<QComboBox*>()) {
        if (!shown(c, root) || c->isEditable() || c->currentText().isEmpty()) {
            continue;
        }
        QStyleOptionComboBox opt;
        opt.initFrom(c);
        opt.currentText = c->currentText();
        const QSize text(c->fontMetrics().horizontalAdvance(c->currentText()), c->fontMetrics().height());
        const int need = c->style()->sizeFromContents(QStyle::CT_ComboBox, &opt, text, c).width();
        // Qt sizes combo boxes from glyph bounding boxes, a pixel or two narrower than the
        // advance for some CJK text; a cut word ("Any statu") is far more than that.
        if (need > c->width() + 3) {
            problems << QStringLiteral("combo %1 \"%2\" needs %3 px, has %4")
                            .arg(nameOf(c), c->currentText())
                            .arg(need)
                            .arg(c->width());
        }
    }
    for (const QGroupBox* g : root->findChildren<QGroupBox*>()) {
        if (!shown(g, root) || g->title().isEmpty()) {
            continue;
        }
        const int need = g->fontMetrics().horizontalAdvance(withoutMnemonic(g->title())) + 16;
        if (need > g->width()) {
            problems << QStringLiteral("group %1 \"%2\" needs %3 px, has %4")
                            .arg(nameOf(g), g->title())
                            .arg(need)
                            .arg(g->width());
        }
    }
    return problems;
}

QHeaderView* headerOf(QAbstractItemView* view)
{
    if (auto* table = qobject_cast<QTableView*>(view)) {
        return table->horizontalHeader();
    }
    if (auto* tree = qobject_cast<QTreeView*>(view)) {
        return tree->header();
    }
    return nullptr;
}

// Every table has a column policy; its key columns are on screen without scrolling, the main
// text column has room for 20 characters, and no header text is cut.
QStringList tableProblems(const QWidget* root)
{
    QStringList problems;
    for (QAbstractItemView* view : root->findChildren<QAbstractItemView*>()) {
        QHeaderView* header = headerOf(view);
        if (!header || !shown(view, root) || !view->model() || view->model()->columnCount() == 0
            || header->isHidden()) {
            continue;
        }
        const ColumnPolicy* policy = ColumnPolicy::of(view);
        if (!policy) {
            problems << QStringLiteral("%1 has no column policy").arg(nameOf(view));
            continue;
        }
        const QString id = policy->id();
        if (view->horizontalScrollBar()->maximum() > 0) {
            problems << QStringLiteral("%1 needs horizontal scrolling (%2 px more)")
                            .arg(id)
                            .arg(view->horizontalScrollBar()->maximum());
        }
        const int viewport = view->viewport()->width();
        for (int c : policy->keyColumns()) {
            const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
            if (header->isSectionHidden(c)) {
                problems << QStringLiteral("%1: key column \"%2\" is hidden").arg(id, title);
                continue;
            }
            const int left = header->sectionViewportPosition(c);
            if (left < 0 || left + header->sectionSize(c) > viewport + 1) {
                problems << QStringLiteral("%1: key column \"%2\" is outside the view (%3..%4 of %5)")
                                .arg(id, title)
                                .arg(left)
                                .arg(left + header->sectionSize(c))
                                .arg(viewport);
            }
        }
        const int main = policy->mainColumn();
        if (header->sectionSize(main) + 1 < policy->mainMinimumWidth()) {
            problems << QStringLiteral("%1: main column is %2 px, less than 20 characters (%3 px)")
                            .arg(id)
                            .arg(header->sectionSize(main))
                            .arg(policy->mainMinimumWidth());
        }
        const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
        for (int c = 0; c < header->count(); ++c) {
            if (header->isSectionHidden(c)) {
                continue;
            }
            const QString title = view->model()->headerData(c, Qt::Horizontal).toString();
            const int need = header->fontMetrics().horizontalAdvance(title) + 2 * margin;
            if (need > header->sectionSize(c) + 1) {
                problems << QStringLiteral("%1: header \"%2\" is cut (%3 px of %4)")
                                .arg(id, title)
                                .arg(header->sectionSize(c))
                                .arg(need);
            }
        }
    }
    return problems;
}

QString screenshotDir()
{
    const QString dir
        = qEnvironmentVariable("CD_BINARY_DIR", QDir::currentPath()) + QStringLiteral("/screenshots/layout");
    QDir().mkpath(dir);
    return dir;
}

QString scaleTag()
{
    const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR");
    return scale.isEmpty() || scale == QLatin1String("1") ? QString() : QStringLiteral("-x") + scale;
}

// Selects the first record of the page's main list, so detail panes open.
void selectFirstRecord(QWidget* page)
{
    for (QAbstractItemView* view : page->findChildren<QAbstractItemView*>()) {
        if (!view->isVisible() || !ColumnPolicy::of(view) || !view->model() || view->model()->rowCount() == 0) {
            continue;
        }
        QModelIndex index = view->model()->index(0, 0);
        if (view->model()->hasChildren(index) && qobject_cast<QTreeView*>(view)) {
            index = view->model()->index(0, 0, index);
        }
        view->setCurrentIndex(index);
        view->selectionModel()->select(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        return;
    }
}

} // namespace

class TestLayoutFit : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void pagesFit_data();
    void pagesFit();
    void dialogsFit_data();
    void dialogsFit();
    void printPreviewFitsScreen();
    void formLabelsEndInTheLanguagesColon();
    void optionalColumnComesBackAtItsHeaderWidth();

private:
    std::shared_ptr<Vault> openVault();
    void checkWindow(MainWindow& w, const QSize& screen, const QString& tag);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestVault> m_vault;
    QString m_path;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<LanguageManager> m_language;
};

void TestLayoutFit::initTestCase()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<AppSettings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_language = std::make_unique<LanguageManager>();
    m_vault = std::make_unique<TestVault>();
    DemoOptions options;
    options.submissions = 300;
    options.staffPassword = QStringLiteral("password-123");
    auto demo = fillDemoVault(m_vault->vault(), options);
    QVERIFY2(demo, qPrintable(demo.message()));
    m_path = m_vault->path();
    m_vault->close();
}

void TestLayoutFit::cleanupTestCase()
{
    m_language->setLanguage(QStringLiteral("en"));
}

std::shared_ptr<Vault> TestLayoutFit::openVault()
{
    auto opened = Vault::open(m_path, TestVault::key());
    if (!opened || !opened.value()->signIn(QStringLiteral("admin"), TestVault::adminPassword())) {
        return {};
    }
    return std::shared_ptr<Vault>(std::move(opened.value()));
}

void TestLayoutFit::pagesFit_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::addColumn<QString>("first");
    QTest::addColumn<QString>("second"); // empty: no live switch
    const QList<QPair<QString, QSize>> screens
        = { { QStringLiteral("1366x768"), QSize(1366, 768) }, { QStringLiteral("1280x720"), QSize(1280, 720) } };
    for (const auto& s : screens) {
        QTest::addRow("%s-en", qPrintable(s.first)) << s.second << QStringLiteral("en") << QString();
        QTest::addRow("%s-zh_CN", qPrintable(s.first)) << s.second << QStringLiteral("zh_CN") << QString();
        QTest::addRow("%s-en-to-zh_CN", qPrintable(s.first))
            << s.second << QStringLiteral("en") << QStringLiteral("zh_CN");
        QTest::addRow("%s-zh_CN-to-en", qPrintable(s.first))
            << s.second << QStringLiteral("zh_CN") << QStringLiteral("en");
    }
}

void TestLayoutFit::checkWindow(MainWindow& w, const QSize& screen, const QString& tag)
{
    const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
    // Which part asks for the room, to find it quickly when this fails.
    QStringList parts { QStringLiteral("unlock %1×%2")
                            .arg(w.unlockWidget()->minimumSizeHint().width())
                            .arg(w.unlockWidget()->minimumSizeHint().height()) };
    for (const QString& id : MainWindow::pageIds()) {
        const QSize m = w.page(id)->minimumSizeHint();
        parts << QStringLiteral("%1 %2×%3").arg(id).arg(m.width()).arg(m.height());
    }
    QVERIFY2(min.width() <= screen.width() && min.height() <= screen.height() - kFrameAndTaskbarHeight,
        qPrintable(QStringLiteral("%1: minimum size %2×%3 does not fit %4×%5 (%6)")
                       .arg(tag)
                       .arg(min.width())
                       .arg(min.height())
                       .arg(screen.width())
                       .arg(screen.height())
                       .arg(parts.join(QStringLiteral(", ")))));
    QVERIFY2(w.width() <= screen.width(), qPrintable(tag));
}

void TestLayoutFit::pagesFit()
{
    QFETCH(QSize, screen);
    QFETCH(QString, first);
    QFETCH(QString, second);
    m_language->setLanguage(first);
    MainWindow w(*m_settings, *m_language);
    const QSize client(screen.width(), screen.height() - kFrameAndTaskbarHeight);
    w.resize(client);
    w.show();
    settle();
    checkWindow(w, screen, QStringLiteral("unlock screen"));
    if (QTest::currentTestFailed()) {
        return;
    }
    QVERIFY2(elidedTexts(&w).isEmpty(), qPrintable(elidedTexts(&w).join(QLatin1Char('\n'))));
    auto vault = openVault();
    QVERIFY(vault);
    w.setVault(vault);
    if (!second.isEmpty()) {
        // Visit every page first, so the switch happens on laid-out pages as in real use.
        for (const QString& id : MainWindow::pageIds()) {
            w.showPage(id);
            settle();
        }
        w.setLanguage(second);
        settle();
    }
    const QString language = second.isEmpty() ? first : first + QStringLiteral("-to-") + second;
    const QString shotPrefix = QStringLiteral("%1/%2x%3%4-%5-")
                                   .arg(screenshotDir())
                                   .arg(screen.width())
                                   .arg(screen.height())
                                   .arg(scaleTag(), language);
    for (const QString& id : MainWindow::pageIds()) {
        w.showPage(id);
        w.resize(client);
        settle();
        if (auto* dashboard = qobject_cast<DashboardPage*>(w.page(id))) {
            QTRY_VERIFY_WITH_TIMEOUT(!dashboard->isBusy(), 20000);
            settle();
        }
        Page* page = w.page(id);
        // Each tab of the page in turn (registers, ISO charts, …).
        QList<QTabWidget*> tabs;
        for (QTabWidget* t : page->findChildren<QTabWidget*>()) {
            if (t->isVisible()) {
                tabs << t;
            }
        }
        const int tabCount = tabs.isEmpty() ? 1 : tabs.first()->count();
        for (int t = 0; t < tabCount; ++t) {
            if (!tabs.isEmpty()) {
                tabs.first()->setCurrentIndex(t);
                settle();
            }
            const QString tag = QStringLiteral("%1 %2 tab %3 at %4×%5")
                                    .arg(id, language)
                                    .arg(t)
                                    .arg(screen.width())
                                    .arg(screen.height());
            checkWindow(w, screen, tag);
            if (QTest::currentTestFailed()) {
                return;
            }
            QStringList problems = tableProblems(page) + elidedTexts(page) + formLabelProblems(page);
            QVERIFY2(problems.isEmpty(), qPrintable(tag + QStringLiteral(":\n") + problems.join(QLatin1Char('\n'))));
            const QString suffix = tabs.isEmpty() ? QString() : QStringLiteral("-tab%1").arg(t);
            w.grab().save(shotPrefix + id + suffix + QStringLiteral(".png"));

            // With a record open, the detail pane takes its share; the key columns still show.
            selectFirstRecord(page);
            settle();
            checkWindow(w, screen, tag + QStringLiteral(" (record open)"));
            if (QTest::currentTestFailed()) {
                return;
            }
            problems = tableProblems(page) + elidedTexts(page) + formLabelProblems(page);
            QVERIFY2(problems.isEmpty(),
                qPrintable(tag + QStringLiteral(" (record open):\n") + problems.join(QLatin1Char('\n'))));
            w.grab().save(shotPrefix + id + suffix + QStringLiteral("-record.png"));
        }
        if (!tabs.isEmpty()) {
            tabs.first()->setCurrentIndex(0);
        }
    }
    w.lock();
    settle();
    checkWindow(w, screen, QStringLiteral("unlock screen after use"));
    if (QTest::currentTestFailed()) {
        return;
    }
}

void TestLayoutFit::dialogsFit_data()
{
    QTest::addColumn<QString>("language");
    QTest::addRow("en") << QStringLiteral("en");
    QTest::addRow("zh_CN") << QStringLiteral("zh_CN");
}

void TestLayoutFit::dialogsFit()
{
    QFETCH(QString, language);
    m_language->setLanguage(language);
    auto vault = openVault();
    QVERIFY(vault);
    auto requests = requests::RequestService(*vault).list();
    QVERIFY(requests && !requests->isEmpty());
    const requests::RightsRequest request = requests->first();

    QList<std::pair<QString, std::function<QDialog*()>>> dialogs = {
        { QStringLiteral("new-vault"), [] { return new NewVaultDialog; } },
        { QStringLiteral("about"), [&] { return new AboutDialog(vault.get()); } },
        { QStringLiteral("import"), [&] { return new SubmissionImportDialog(*vault); } },
        { QStringLiteral("intake"), [&] { return new IntakeDialog(*vault); } },
        { QStringLiteral("register-report"), [&] { return new RegisterReportDialog(*vault); } },
        { QStringLiteral("letter-templates"), [&] { return new LetterTemplatesDialog(*vault); } },
        { QStringLiteral("deadline-extension"), [&] { return new DeadlineExtensionDialog(*vault, request); } },
        { QStringLiteral("request-links"), [&] { return new RequestLinksDialog(*vault, request); } },
        { QStringLiteral("request-attachments"), [&] { return new RequestAttachmentsDialog(*vault, request); } },
        { QStringLiteral("incident-notification"), [] { return new NotificationDialog; } },
    };
    const QList<QSize> screens = { QSize(1366, 768), QSize(1280, 720) };
    for (const auto& [name, make] : dialogs) {
        std::unique_ptr<QDialog> dialog(make());
        dialog->show();
        settle();
        for (const QSize& screen : screens) {
            const QSize min = dialog->minimumSizeHint().expandedTo(dialog->minimumSize());
            const QSize size = dialog->size();
            const QString tag
                = QStringLiteral("%1 %2 at %3×%4").arg(name, language).arg(screen.width()).arg(screen.height());
            QVERIFY2(min.width() <= screen.width() && min.height() <= screen.height() - kFrameAndTaskbarHeight,
                qPrintable(QStringLiteral("%1: minimum %2×%3").arg(tag).arg(min.width()).arg(min.height())));
            QVERIFY2(size.width() <= screen.width() && size.height() <= screen.height() - kFrameAndTaskbarHeight,
                qPrintable(QStringLiteral("%1: opens at %2×%3").arg(tag).arg(size.width()).arg(size.height())));
        }
        const QStringList problems
            = elidedTexts(dialog.get()) + tableProblems(dialog.get()) + formLabelProblems(dialog.get());
        QVERIFY2(problems.isEmpty(), qPrintable(name + QStringLiteral(":\n") + problems.join(QLatin1Char('\n'))));
        dialog->grab().save(QStringLiteral("%1/dialog%2-%3-%4.png").arg(screenshotDir(), scaleTag(), name, language));
    }
    vault->close();
}

void TestLayoutFit::printPreviewFitsScreen()
{
    ReportDocument doc;
    doc.title = QStringLiteral("Preview");
    // The preview the program shows, and Qt's own, which it no longer uses for reports.
    auto dialog = std::make_unique<ReportPreviewDialog>(doc);
    QPrinter printer(QPrinter::HighResolution);
    std::unique_ptr<QPrintPreviewDialog> qtPreview(ReportRenderer(doc).createPrintPreview(&printer, nullptr));
    QVERIFY(qtPreview->height() <= dialog->height() + 1 && qtPreview->width() <= dialog->width() + 1);
    const QSize available = QGuiApplication::primaryScreen()->availableGeometry().size();
    QVERIFY2(dialog->height() <= available.height() - 32 && dialog->width() <= available.width(),
        qPrintable(QStringLiteral("%1×%2 on %3×%4")
                       .arg(dialog->width())
                       .arg(dialog->height())
                       .arg(available.width())
                       .arg(available.height())));
}

void TestLayoutFit::formLabelsEndInTheLanguagesColon()
{
    const QLocale before;
    QLocale::setDefault(QLocale(QLocale::English));
    QCOMPARE(withColon(QStringLiteral("Kind")), QStringLiteral("Kind:"));
    QCOMPARE(withColon(QStringLiteral("&Applicable:")), QStringLiteral("&Applicable:"));
    QCOMPARE(withColon(QStringLiteral("Are the measures proportionate?")),
        QStringLiteral("Are the measures proportionate?"));
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    QCOMPARE(withColon(QStringLiteral("类型")), QStringLiteral("类型："));
    QCOMPARE(withColon(QStringLiteral("适用(&A)：")), QStringLiteral("适用(&A)："));
    QCOMPARE(withColon(QStringLiteral("是否合法、正当、必要？")), QStringLiteral("是否合法、正当、必要？"));
    QLocale::setDefault(before);
}

void TestLayoutFit::optionalColumnComesBackAtItsHeaderWidth()
{
    // A column that gave way in a narrow window comes back, when there is room, at least as wide as
    // its header: a header hidden at the last fit has no size hint of its own (Qt answers 0).
    QStandardItemModel model(3, 3);
    model.setHorizontalHeaderLabels(
        { QStringLiteral("Message"), QStringLiteral("Id"), QStringLiteral("Possible minor (under 14)?") });
    for (int r = 0; r < 3; ++r) {
        model.setItem(r, 0, new QStandardItem(QStringLiteral("A message of some length %1").arg(r)));
        model.setItem(r, 1, new QStandardItem(QString::number(r)));
        model.setItem(r, 2, new QStandardItem(QStringLiteral("No")));
    }
    QTableView view;
    view.setModel(&model);
    ColumnPolicy* policy = ColumnPolicy::install(&view, QStringLiteral("test.optional"), 0, { 2 });
    QHeaderView* header = view.horizontalHeader();
    view.resize(160, 200);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    policy->fit();
    QVERIFY(header->isSectionHidden(2));
    view.resize(900, 200);
    policy->fit();
    QVERIFY(!header->isSectionHidden(2));
    const int needed = header->sectionSizeHint(2); // visible again: Qt's hint for its header
    QVERIFY2(header->sectionSize(2) >= needed,
        qPrintable(QStringLiteral("%1 < %2").arg(header->sectionSize(2)).arg(needed)));
}

QTEST_MAIN(TestLayoutFit)
#include "tst_layoutfit.moc"
