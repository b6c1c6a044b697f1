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

// Fills a new vault with realistic synthetic records (invented people, no real data) of every
// kind the program keeps, for demonstrations and screenshots.
Result<DemoSummary> fillDemoVault(Vault& vault, const DemoOptions& options);

} // namespace cd
