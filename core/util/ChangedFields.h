#pragma once

#include <QString>
#include <QStringList>

#include <cstddef>
#include <tuple>
#include <utility>

namespace cd {

namespace detail {
template <typename Tuple, std::size_t... I>
QStringList changedFields(const Tuple& before, const Tuple& after, const char* const* names, std::index_sequence<I...>)
{
    QStringList out;
    ((std::get<I>(before) != std::get<I>(after) ? void(out << QString::fromLatin1(names[I])) : void()), ...);
    return out;
}
} // namespace detail

// The names of the fields an edit changes, for its audit entry (names only, never values).
// `fields` gives a record's compared fields as a tuple, `names` their audit names in the same
// order (a tuple inside the tuple is one field made of several values):
//   auto fields = [](const Incident& x) { return std::make_tuple(x.title, x.severity); };
//   changedFields(fields(before), fields(after), { "title", "severity" });
template <typename... T, std::size_t N>
QStringList changedFields(const std::tuple<T...>& before, const std::tuple<T...>& after, const char* const (&names)[N])
{
    static_assert(N == sizeof...(T), "one audit name per compared field");
    return detail::changedFields(before, after, names, std::index_sequence_for<T...> {});
}

} // namespace cd
