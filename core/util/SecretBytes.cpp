#include "SecretBytes.h"

#include <cstring>

namespace cd {

void secureWipe(void* data, size_t size)
{
    if (!data || size == 0) {
        return;
    }
    volatile auto* p = static_cast<volatile unsigned char*>(data);
    while (size--) {
        *p++ = 0;
    }
}

void secureWipe(QByteArray& bytes)
{
    if (!bytes.isEmpty() && !bytes.isDetached()) {
        // Shared data: detaching would wipe only our copy, so just drop our reference.
        bytes.clear();
        return;
    }
    secureWipe(bytes.data(), size_t(bytes.size()));
    bytes.clear();
}

void secureWipe(QString& text)
{
    if (!text.isEmpty() && text.isDetached()) {
        secureWipe(text.data(), size_t(text.size()) * sizeof(QChar));
    }
    text.clear();
}

SecretBytes::SecretBytes(QByteArray bytes)
    : m_bytes(std::move(bytes))
{
    m_bytes.detach();
}

SecretBytes SecretBytes::fromString(const QString& text)
{
    return SecretBytes(text.toUtf8());
}

SecretBytes::~SecretBytes()
{
    clear();
}

SecretBytes::SecretBytes(SecretBytes&& other) noexcept
    : m_bytes(std::move(other.m_bytes))
{
}

SecretBytes& SecretBytes::operator=(SecretBytes&& other) noexcept
{
    if (this != &other) {
        clear();
        m_bytes = std::move(other.m_bytes);
    }
    return *this;
}

SecretBytes SecretBytes::clone() const
{
    QByteArray copy(m_bytes.constData(), m_bytes.size());
    return SecretBytes(std::move(copy));
}

void SecretBytes::clear()
{
    secureWipe(m_bytes);
}

} // namespace cd
