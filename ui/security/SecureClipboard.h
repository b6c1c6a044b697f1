#pragma once

#include <QByteArray>
#include <QObject>
#include <QTimer>

class QMimeData;

namespace cd::ui {

// Copies personal data (a phone number, an email, a passphrase) to the clipboard the careful
// way: marked as secret so clipboard managers and the Windows clipboard history skip it, and
// cleared again after the configured time — but only if the clipboard still holds what we put
// there, so something the user copied since is never wiped.
class SecureClipboard : public QObject
{
    Q_OBJECT

public:
    explicit SecureClipboard(QObject* parent = nullptr);
    ~SecureClipboard() override;

    // The application-wide instance; its timeout follows AppSettings::ClipboardClearSeconds.
    static SecureClipboard* instance();

    void setClearAfterMs(int ms); // 0: never clear
    int clearAfterMs() const { return m_clearAfterMs; }

    void copySecret(const QString& text);
    // Clears now if the clipboard still holds our copy (on lock and on quit).
    void clearIfOurs();
    bool holdsOurCopy() const;

    // The clipboard payload: the text plus the hints that keep it out of clipboard histories.
    static QMimeData* secretMimeData(const QString& text);

signals:
    void cleared();

private:
    QTimer m_timer;
    int m_clearAfterMs = 30000;
    QByteArray m_copiedHash; // a hash, so the copied value does not linger in our memory
};

} // namespace cd::ui
