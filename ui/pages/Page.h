#pragma once

#include "report/ReportDocument.h"
#include "util/Result.h"

#include <QIcon>
#include <QWidget>

#include <functional>

class QLabel;

namespace cd {
class Database;
class Vault;
} // namespace cd

namespace cd::ui {

// One entry of the navigation list. A page shows nothing while the vault is locked:
// setVault(nullptr) must drop every model and cached value.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(QWidget* parent = nullptr);

    virtual QString title() const = 0; // translated, for the navigation list and the header
    virtual QString iconName() const { return {}; }
    virtual void setVault(Vault* vault);
    Vault* vault() const { return m_vault; }
    // Called when the page becomes visible or data changed elsewhere.
    virtual void refresh() { }
    // The page's report for File › Print / Export PDF; empty title means "nothing to print".
    virtual bool canPrint() const { return false; }
    virtual ReportDocument printableReport();
    // For a report that reads many rows: a function made on the UI thread (holding copies of the
    // page's filter) that builds the report from a connection of its own (Vault::openConnection())
    // on a worker thread. Empty: printableReport() builds it on the UI thread.
    using ReportReader = std::function<Result<ReportDocument>(Database& connection)>;
    virtual ReportReader reportReader() { return {}; }
    // The report for File › Print / Export PDF: read on a worker behind a progress dialog with
    // Cancel when the page has a reportReader(), else printableReport(). No title when cancelled
    // or failed (a failure is shown).
    ReportDocument gatherReport();
    virtual void focusSearch() { }
    // File › New record (Ctrl+N): whether the page can start a new record now, and doing it.
    virtual bool canCreateRecord() const { return false; }
    virtual void createRecord() { }
    // Shows what a navigation request points at (a record id, a filter); see navigateRequested.
    virtual void showTarget(const QVariant& argument) { Q_UNUSED(argument) }
    // Counter shown next to the page name (e.g. overdue requests); 0 hides it.
    virtual int badgeCount() const { return 0; }

signals:
    void statusMessage(const QString& message);
    void badgeChanged();
    // canPrint() may have changed (e.g. the page's report became available).
    void printableChanged();
    // Asks the main window to show another page, with an optional filter argument.
    void navigateRequested(const QString& pageId, const QVariant& argument);

protected:
    void changeEvent(QEvent* event) override;
    virtual void retranslate() { }

private:
    Vault* m_vault = nullptr;
};

// A page a later feature fills; it says what will be there.
class PlaceholderPage : public Page
{
    Q_OBJECT

public:
    using TextFn = QString (*)();
    PlaceholderPage(TextFn title, TextFn description, QWidget* parent = nullptr);
    QString title() const override { return m_title(); }

protected:
    void retranslate() override;

private:
    TextFn m_title;
    TextFn m_description;
    QLabel* m_header;
    QLabel* m_text;
};

// Bold page header used at the top of every page.
QLabel* makePageHeader(QWidget* parent);

} // namespace cd::ui
