#pragma once

#include <QJsonObject>
#include <QString>

namespace cd::bench {

// The Dashboard's open time on a large vault: builds (or reuses, when the counts match) a
// synthetic vault at vaultPath with a raw key, then times DashboardService::compute() on a
// worker-style connection for the 30-day, quarter and year periods. The key derivation is
// not part of it (raw key; the page keeps its worker connection while unlocked).
// Returns {"case": "dashboard", "submissions", "requests", "build_ms", "periods": {name:
// {"runs", "median_ms", "p95_ms"}}, "target_ms": 300} or {"error": message}.
QJsonObject runDashboardBench(const QString& vaultPath, int submissions, int requests);

} // namespace cd::bench
