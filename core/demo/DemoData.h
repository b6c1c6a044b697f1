#pragma once

#include "util/Result.h"

#include <QMap>
#include <QString>

namespace cd {

class Vault;

struct DemoOptions {
    int submissions = 2000;
    quint32 seed = 20260425;
    QString staffPassword; // password for the extra demo accounts
};

struct DemoSummary {
    QMap<QString, int> counts; // what was created, by kind
};

namespace demo {
// One filler per area, each in its own folder (core/<area>/<Area>Demo.cpp), called in this order.
Status fillSubmissions(Vault& vault, const DemoOptions& options, DemoSummary& summary);
Status fillRequests(Vault& vault, const DemoOptions& options, DemoSummary& summary);
Status fillPolicies(Vault& vault, const DemoOptions& options, DemoSummary& summary);
Status fillIso(Vault& vault, const DemoOptions& options, DemoSummary& summary);
Status fillRegisters(Vault& vault, const DemoOptions& options, DemoSummary& summary);
Status fillDashboard(Vault& vault, const DemoOptions& options, DemoSummary& summary);
} // namespace demo

// Fills a new vault with realistic synthetic records (invented people, no real data) of every
// kind the program keeps, for demonstrations and screenshots.
Result<DemoSummary> fillDemoVault(Vault& vault, const DemoOptions& options);

} // namespace cd
