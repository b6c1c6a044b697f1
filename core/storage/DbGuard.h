#pragma once

#include "storage/Database.h"
#include "util/Result.h"

#include <type_traits>
#include <utility>

namespace cd {

namespace detail {
template <typename T> struct GuardedValue {
    using type = T;
};
template <typename T> struct GuardedValue<Result<T>> {
    using type = T;
};
} // namespace detail

// Runs fn and turns a DbException thrown inside into the returned error, the way every service
// boundary reports a storage failure. fn returns nothing or a Status (the outcome is a Status),
// a T or a Result<T> (the outcome is a Result<T>). Reads of a service go through Vault::read/readResult,
// which do this themselves; this is for work outside a vault transaction (index maintenance, a
// connection of its own, a report built from several reads).
template <typename Fn> auto catchDb(Fn&& fn)
{
    using Returned = std::invoke_result_t<Fn&>;
    if constexpr (std::is_void_v<Returned>) {
        try {
            fn();
            return Status();
        } catch (const DbException& e) {
            return Status(e.error());
        }
    } else if constexpr (std::is_same_v<Returned, Status>) {
        try {
            return fn();
        } catch (const DbException& e) {
            return Status(e.error());
        }
    } else {
        using Outcome = Result<typename detail::GuardedValue<Returned>::type>;
        try {
            return Outcome(fn());
        } catch (const DbException& e) {
            return Outcome(e.error());
        }
    }
}

} // namespace cd
