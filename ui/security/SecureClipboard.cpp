#include "security/SecureClipboard.h"

#include "preferences/AppSettings.h"

#include <QClipboard>
#include <QCryptographicHash>
#include <QGuiApplication>
#include <QMimeData>
#include <QtEndian>

namespace cd::ui {

namespace {

QByteArray hashOf(const QString& text)
{
    return QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256);
}

} // namespace

SecureClipboard::SecureClipboard(QObject* parent)
    : QObject(parent)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &SecureClipboard::clearIfOurs);
}

SecureClipboard::~SecureClipboard()
{
    // Leaving a secret behind for the next program to read is what this class exists to avoid.
    if (QGuiApplication::instance()) {
        clearIfOurs();
    }
}

SecureClipboard* SecureClipboard::instance()
{
    static SecureClipboard* shared = [] {
        auto* clipboard = new SecureClipboard(QCoreApplication::instance());
        return clipboard;
    }();
    return shared;
}

void SecureClipboard::setClearAfterMs(int ms)
{
    m_clearAfterMs = std::max(0, ms);
}

QMimeData* SecureClipboard::secretMimeData(const QString& text)
{
    auto* mime = new QMimeData;
    mime->setText(text);
#if defined(Q_OS_WIN)
    // Registered clipboard formats Windows checks: monitors (clipboard managers) skip the copy,
    // and it stays out of the clipboard history (Win+V) and the cloud clipboard.
    const QByteArray zero(4, '\0'); // DWORD 0
    mime->setData(
        QStringLiteral("application/x-qt-windows-mime;value=\"ExcludeClipboardContentFromMonitorProcessing\""),
        QByteArray(1, '\0'));
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanIncludeInClipboardHistory\""), zero);
    mime->setData(QStringLiteral("application/x-qt-windows-mime;value=\"CanUploadToCloudClipboard\""), zero);
#elif defined(Q_OS_MACOS)
    // The pasteboard type clipboard managers on macOS treat as a password.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), text.toUtf8());
#else
    // Klipper, CopyQ and others skip entries with this hint.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#endif
    return mime;
}

void SecureClipboard::copySecret(const QString& text)
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard) {
        return;
    }
    if (this == instance()) {
        setClearAfterMs(AppSettings().clipboardClearSeconds() * 1000);
    }
    clipboard->setMimeData(secretMimeData(text), QClipboard::Clipboard);
    if (clipboard->supportsSelection()) {
        // The X11 primary selection must not keep a copy of its own.
        clipboard->clear(QClipboard::Selection);
    }
    m_copiedHash = hashOf(text);
    if (m_clearAfterMs > 0) {
        m_timer.start(m_clearAfterMs);
    }
}

bool SecureClipboard::holdsOurCopy() const
{
    QClipboard* clipboard = QGuiApplication::clipboard();
    return clipboard && !m_copiedHash.isEmpty() && hashOf(clipboard->text(QClipboard::Clipboard)) == m_copiedHash;
}

void SecureClipboard::clearIfOurs()
{
    m_timer.stop();
    if (m_copiedHash.isEmpty()) {
        return;
    }
    if (holdsOurCopy()) {
        QGuiApplication::clipboard()->clear(QClipboard::Clipboard);
        emit cleared();
    }
    m_copiedHash.clear();
}

} // namespace cd::ui
