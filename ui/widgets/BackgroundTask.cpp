#include "BackgroundTask.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QMutex>
#include <QProgressDialog>
#include <QThread>
#include <QTimer>
#include <QtConcurrent>

namespace cd::ui {

class TaskWatchAccess
{
public:
    static std::atomic<TaskWatch*>& current()
    {
        static std::atomic<TaskWatch*> watch { nullptr };
        return watch;
    }
    // True when the watch cancels the work.
    static bool seen(qint64 done)
    {
        TaskWatch* w = current().load();
        if (!w) {
            return false;
        }
        if (QThread::currentThread() == QCoreApplication::instance()->thread()) {
            w->m_onUiThread = true;
        }
        w->m_lastDone = done;
        ++w->m_reports;
        return w->m_cancelFrom >= 0 && done >= w->m_cancelFrom;
    }
};

TaskWatch::TaskWatch(qint64 cancelFrom)
    : m_cancelFrom(cancelFrom)
{
    TaskWatchAccess::current() = this;
}

TaskWatch::~TaskWatch()
{
    TaskWatchAccess::current() = nullptr;
}

namespace {

class Control : public TaskControl
{
public:
    void report(qint64 done, qint64 total, const QString& text) override
    {
        {
            QMutexLocker lock(&mutex);
            m_done = done;
            m_total = total;
            m_text = text;
        }
        if (TaskWatchAccess::seen(done)) {
            cancel = true;
        }
    }
    const std::atomic_bool& cancelFlag() const override { return cancel; }
    void endCancellablePart() override { cancellable = false; }

    void snapshot(qint64* done, qint64* total, QString* text)
    {
        QMutexLocker lock(&mutex);
        *done = m_done;
        *total = m_total;
        *text = m_text;
    }

    std::atomic_bool cancel { false };
    std::atomic_bool cancellable { true };

private:
    QMutex mutex;
    qint64 m_done = 0;
    qint64 m_total = 0;
    QString m_text;
};

} // namespace

bool runInBackground(
    QWidget* parent, const QString& title, const std::function<void(TaskControl&)>& work, bool cancellable)
{
    Control control;
    QProgressDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(title);
    if (cancellable) {
        dialog.setCancelButtonText(QProgressDialog::tr("Cancel"));
        dialog.setRange(0, 1000);
    } else {
        dialog.setCancelButton(nullptr);
        dialog.setRange(0, 0); // busy indicator
    }
    dialog.setMinimumDuration(300);
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setMinimumWidth(420);
    dialog.setAutoClose(false);
    dialog.setAutoReset(false);
    QObject::connect(&dialog, &QProgressDialog::canceled, &dialog, [&control, &dialog] {
        control.cancel = true;
        dialog.setLabelText(QProgressDialog::tr("Cancelling…"));
    });
    QFutureWatcher<void> watcher;
    QEventLoop loop;
    QObject::connect(&watcher, &QFutureWatcher<void>::finished, &loop, &QEventLoop::quit);
    // The UI polls the worker's progress: no signal per row, no queued flood.
    QTimer poll;
    poll.setInterval(100);
    QObject::connect(&poll, &QTimer::timeout, &dialog, [&] {
        qint64 done = 0;
        qint64 total = 0;
        QString text;
        control.snapshot(&done, &total, &text);
        if (cancellable && !control.cancellable) {
            cancellable = false;
            dialog.setCancelButton(nullptr);
            dialog.setRange(0, 0);
        }
        if (total > 0 && cancellable) {
            dialog.setValue(int(qBound(qint64(0), done * 1000 / total, qint64(999))));
        }
        if (!text.isEmpty() && !control.cancel) {
            dialog.setLabelText(text);
        }
    });
    watcher.setFuture(QtConcurrent::run([&control, &work] { work(control); }));
    poll.start();
    if (!watcher.isFinished()) {
        loop.exec();
    }
    poll.stop();
    dialog.reset();
    return !control.cancel;
}

} // namespace cd::ui
