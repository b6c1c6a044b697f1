#include "AppSettings.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSettings>

namespace cd {

AppSettings::AppSettings()
    : m_settings(new QSettings(QSettings::UserScope, QStringLiteral("Vivest"), QStringLiteral("ComplianceDesk")))
{
}

AppSettings::AppSettings(const QString& iniPath)
    : m_settings(new QSettings(iniPath, QSettings::IniFormat))
{
}

AppSettings::~AppSettings()
{
    delete m_settings;
}

QString AppSettings::keyName(Key key)
{
    switch (key) {
    case Key::Language: return QStringLiteral("ui/language");
    case Key::LastVault: return QStringLiteral("vault/last");
    case Key::LastAccount: return QStringLiteral("vault/lastAccount");
    case Key::RecentVaults: return QStringLiteral("vault/recent");
    case Key::MainWindowGeometry: return QStringLiteral("ui/mainWindowGeometry");
    case Key::MainWindowState: return QStringLiteral("ui/mainWindowState");
    case Key::IdleLockMinutes: return QStringLiteral("security/idleLockMinutes");
    case Key::ClipboardClearSeconds: return QStringLiteral("security/clipboardClearSeconds");
    case Key::AutoBackupEnabled: return QStringLiteral("backup/autoEnabled");
    case Key::AutoBackupFolder: return QStringLiteral("backup/folder");
    case Key::AutoBackupKeep: return QStringLiteral("backup/keep");
    case Key::LastImportFolder: return QStringLiteral("paths/import");
    case Key::LastExportFolder: return QStringLiteral("paths/export");
    case Key::TableColumns: return QStringLiteral("ui/tableColumns");
    case Key::DismissedChecklists: return QStringLiteral("ui/dismissedChecklists");
    }
    return {};
}

QVariant AppSettings::defaultValue(Key key)
{
    switch (key) {
    case Key::Language: return QString();
    case Key::LastVault:
    case Key::LastAccount: return QString();
    case Key::RecentVaults: return QStringList();
    case Key::MainWindowGeometry:
    case Key::MainWindowState: return QByteArray();
    case Key::IdleLockMinutes: return 10;
    case Key::ClipboardClearSeconds: return 30;
    case Key::AutoBackupEnabled: return false;
    case Key::AutoBackupFolder: return QString();
    case Key::AutoBackupKeep: return 7;
    case Key::LastImportFolder:
    case Key::LastExportFolder: return QDir::homePath();
    case Key::TableColumns: return QVariantMap();
    case Key::DismissedChecklists: return QStringList();
    }
    return {};
}

QVariant AppSettings::value(Key key) const
{
    return m_settings->value(keyName(key), defaultValue(key));
}

void AppSettings::setValue(Key key, const QVariant& value)
{
    m_settings->setValue(keyName(key), value);
}

void AppSettings::remove(Key key)
{
    m_settings->remove(keyName(key));
}

void AppSettings::sync()
{
    m_settings->sync();
}

void AppSettings::addRecentVault(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList recent = recentVaults();
    recent.removeAll(absolute);
    recent.prepend(absolute);
    while (recent.size() > 8) {
        recent.removeLast();
    }
    setValue(Key::RecentVaults, recent);
    setValue(Key::LastVault, absolute);
}

namespace {
QString anchorGroup(const QString& vaultId)
{
    // Vault ids are UUIDs; anything else is kept out of the key path.
    QString safe = vaultId;
    safe.remove(QRegularExpression(QStringLiteral("[^0-9A-Za-z-]")));
    return QStringLiteral("auditAnchors/") + safe;
}
} // namespace

AuditAnchor AppSettings::auditAnchor(const QString& vaultId) const
{
    AuditAnchor a;
    if (vaultId.isEmpty()) {
        return a;
    }
    const QString group = anchorGroup(vaultId);
    a.entries = m_settings->value(group + QStringLiteral("/entries"), 0).toLongLong();
    a.head = m_settings->value(group + QStringLiteral("/head")).toString().toLatin1();
    return a;
}

void AppSettings::setAuditAnchor(const QString& vaultId, const AuditAnchor& anchor)
{
    if (vaultId.isEmpty()) {
        return;
    }
    const QString group = anchorGroup(vaultId);
    m_settings->setValue(group + QStringLiteral("/entries"), anchor.entries);
    m_settings->setValue(group + QStringLiteral("/head"), QString::fromLatin1(anchor.head));
    m_settings->sync();
}

} // namespace cd
