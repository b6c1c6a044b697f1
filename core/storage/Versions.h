#pragma once

#include <QString>

namespace cd {

// What the About dialog and --version show.
struct VersionInfo {
    QString app;
    QString qt;
    QString sqlcipher;
    QString sqlite;
    int vaultFormat = 0;

    static VersionInfo current();
    QString toText() const;
};

} // namespace cd
