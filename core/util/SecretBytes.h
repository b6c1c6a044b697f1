#pragma once

#include <QByteArray>
#include <QString>

namespace cd {

// Overwrites memory in a way the optimiser may not remove.
void secureWipe(void* data, size_t size);
void secureWipe(QByteArray& bytes);
void secureWipe(QString& text);

// Owns secret bytes (a passphrase, a key) and wipes them when destroyed or cleared.
// Copies are explicit: a secret should live in as few places as possible.
class SecretBytes
{
public:
    SecretBytes() = default;
    explicit SecretBytes(QByteArray bytes);
    static SecretBytes fromString(const QString& text); // UTF-8
    ~SecretBytes();

    SecretBytes(SecretBytes&& other) noexcept;
    SecretBytes& operator=(SecretBytes&& other) noexcept;
    SecretBytes(const SecretBytes&) = delete;
    SecretBytes& operator=(const SecretBytes&) = delete;

    SecretBytes clone() const;
    void clear();
    bool isEmpty() const { return m_bytes.isEmpty(); }
    int size() const { return int(m_bytes.size()); }
    const char* data() const { return m_bytes.constData(); }
    const QByteArray& bytes() const { return m_bytes; }

private:
    QByteArray m_bytes;
};

} // namespace cd
