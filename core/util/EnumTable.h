#pragma once

#include <QCoreApplication>
#include <QString>

#include <cstddef>

namespace cd {

// The display name of an enum value: a source string of the table's translation context, with
// the disambiguation it was translated with, if any. Write it with QT_TRANSLATE_NOOP(context, "…")
// or QT_TRANSLATE_NOOP3(context, "…", "disambiguation") so lupdate files it under that context.
struct EnumName {
    const char* source = nullptr;
    const char* disambiguation = nullptr;
};

// One row of an enum's table: the value, the key stored in the vault (never change one), and
// the name shown to people.
template <typename E> struct EnumEntry {
    E value;
    const char* key;
    EnumName name;
};

// An enum's table with the translation context of its names, e.g.
//   const EnumEntry<Severity> kSeverities[] = { { Severity::General, "general",
//       QT_TRANSLATE_NOOP("cd::Registers", "General") }, … };
//   const EnumTable<Severity> severities { "cd::Registers", kSeverities };
template <typename E> class EnumTable
{
public:
    template <std::size_t N>
    constexpr EnumTable(const char* context, const EnumEntry<E> (&rows)[N])
        : m_context(context)
        , m_rows(rows)
        , m_size(N)
    {
    }

    const EnumEntry<E>* begin() const { return m_rows; }
    const EnumEntry<E>* end() const { return m_rows + m_size; }
    std::size_t size() const { return m_size; }

    const EnumEntry<E>* find(E value) const
    {
        for (const EnumEntry<E>& e : *this) {
            if (e.value == value) {
                return &e;
            }
        }
        return nullptr;
    }

    // The stored key; an empty text for a value that is not in the table.
    QString keyOf(E value) const
    {
        const EnumEntry<E>* e = find(value);
        return e ? QString::fromLatin1(e->key) : QString();
    }

    // The value stored as exactly `key`; false (and *out unchanged) for any other text.
    bool fromKey(const QString& key, E* out) const
    {
        for (const EnumEntry<E>& e : *this) {
            if (key == QLatin1String(e.key)) {
                *out = e.value;
                return true;
            }
        }
        return false;
    }

    // The translated name in the interface language.
    QString displayName(E value) const
    {
        const EnumEntry<E>* e = find(value);
        return e && e->name.source ? translate(e->name) : QString();
    }

    QString translate(const EnumName& name) const
    {
        return QCoreApplication::translate(m_context, name.source, name.disambiguation);
    }

    const char* context() const { return m_context; }

private:
    const char* m_context;
    const EnumEntry<E>* m_rows;
    std::size_t m_size;
};

} // namespace cd
