#pragma once

#include "storage/Database.h"

#include <QString>

#include <atomic>
#include <functional>

namespace cd {

// How long work inside one vault transaction runs on a worker: it reports progress (done of
// total, in any unit) and learns that the user pressed Cancel. step() does both: it reports,
// then throws DbException(ErrorCode::Cancelled) when a cancel was asked for, so the transaction
// the work runs in rolls back whole (nothing changed, no audit entry). An empty control never
// cancels.
struct WorkControl {
    std::function<void(qint64 done, qint64 total)> progress;
    const std::atomic_bool* cancel = nullptr;

    bool cancelled() const { return cancel && cancel->load(); }
    void step(qint64 done, qint64 total, const QString& cancelledMessage) const
    {
        if (progress) {
            progress(done, total);
        }
        if (cancelled()) {
            throw DbException(ErrorCode::Cancelled, cancelledMessage);
        }
    }
};

} // namespace cd
