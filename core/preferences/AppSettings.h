#pragma once

#include "audit/AuditAnchor.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

class QSettings;

namespace cd {

// Per-user application settings (not vault data): one typed registry of keys and defaults.
// Vault-wide rules (deadlines, retention) live in the vault instead; see Vault::setting().
class AppSettings
{
public:
    enum class Key {
        Language, // "zh_CN", "en" or "" (system)
        LastVault,
        LastAccount,
        RecentVaults,
        MainWindowGeometry,
        MainWindowState,
        IdleLockMinutes,
        ClipboardClearSeconds,
        AutoBackupEnabled,
        AutoBackupFolder,
        AutoBackupKeep,
        LastImportFolder,
        LastExportFolder,
        TableColumns, // map: table id -> column widths the user set ("column:width,…")
        DismissedChecklists, // vault paths whose "Getting started" checklist the user hid
    };

    AppSettings();
    // Tests: an isolated INI file.
    explicit AppSettings(const QString& iniPath);
    ~AppSettings();

    static QString keyName(Key key);
    static QVariant defaultValue(Key key);

    QVariant value(Key key) const;
    void setValue(Key key, const QVariant& value);
    void remove(Key key);
    void sync();

    QString language() const { return value(Key::Language).toString(); }
    void setLanguage(const QString& lang) { setValue(Key::Language, lang); }
    QString lastVault() const { return value(Key::LastVault).toString(); }
    QStringList recentVaults() const { return value(Key::RecentVaults).toStringList(); }
    void addRecentVault(const QString& path);
    int idleLockMinutes() const { return value(Key::IdleLockMinutes).toInt(); }
    int clipboardClearSeconds() const { return value(Key::ClipboardClearSeconds).toInt(); }

    // The audit-log head this computer last saw in the vault with this id (see AuditAnchor).
    AuditAnchor auditAnchor(const QString& vaultId) const;
    void setAuditAnchor(const QString& vaultId, const AuditAnchor& anchor);

private:
    QSettings* m_settings;
};

} // namespace cd
