#pragma once

#include <QString>

#include <atomic>
#include <functional>

class QWidget;

namespace cd::ui {

// What long work sees: report progress (thread-safe, throttled) and check for cancel.
class TaskControl
{
public:
    virtual ~TaskControl() = default;
    // done/total in any unit (rows, bytes); text replaces the label, e.g. "12,000 rows · 48,000 rows/s".
    virtual void report(qint64 done, qint64 total, const QString& text) = 0;
    virtual const std::atomic_bool& cancelFlag() const = 0;
    bool cancelled() const { return cancelFlag().load(); }
    // From now on the work cannot stop (e.g. a restore replacing the live vault): the dialog
    // takes its Cancel button away. A cancel asked for earlier stays asked for.
    virtual void endCancellablePart() = 0;
};

// Runs work on a worker thread behind a modal progress dialog with a Cancel button and returns
// when it is done. The work must use its own database connection (Vault::openConnection()).
// Returns false when the user cancelled.
// Work that cannot stop half-way (re-keying, a checked backup) passes cancellable = false: the
// dialog then shows a busy bar without a Cancel button. Work that can stop only up to a point
// calls TaskControl::endCancellablePart() there.
bool runInBackground(
    QWidget* parent, const QString& title, const std::function<void(TaskControl&)>& work, bool cancellable = true);

// Test seam: while alive, records every progress report of background work: whether it came
// from a thread other than the UI's, and how far it was; once `cancelFrom` units are done it
// cancels the work as the Cancel button does (-1: never). One at a time.
class TaskWatch
{
public:
    explicit TaskWatch(qint64 cancelFrom = -1);
    ~TaskWatch();
    TaskWatch(const TaskWatch&) = delete;
    TaskWatch& operator=(const TaskWatch&) = delete;
    // At least one report, and none from the UI thread.
    bool ranOnWorker() const { return m_reports > 0 && !m_onUiThread; }
    int reports() const { return m_reports; }
    qint64 lastDone() const { return m_lastDone; }

private:
    friend class TaskWatchAccess;
    qint64 m_cancelFrom;
    std::atomic_int m_reports { 0 };
    std::atomic_bool m_onUiThread { false };
    std::atomic<qint64> m_lastDone { -1 };
};

} // namespace cd::ui
