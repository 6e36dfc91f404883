#pragma once

// libstdc++ hides std::expected from clang before 19 (it checks __cpp_concepts >= 202002L,
// which older clang does not claim), so the clang fuzz build force-includes this small
// stand-in with the members PortalDesk uses. GCC builds and newer clang never see it.

#include <expected>

#if !defined(__cpp_lib_expected)

#include <cstdlib>
#include <type_traits>
#include <utility>
#include <variant>

namespace std {

template<class E> class unexpected
{
public:
    template<class Err = E>
    requires(!is_same_v<remove_cvref_t<Err>,
                 unexpected> && is_constructible_v<E, Err>) constexpr explicit unexpected(Err &&error)
        : m_error(std::forward<Err>(error))
    { }

    constexpr const E &error() const & { return m_error; }
    constexpr E &error() & { return m_error; }
    constexpr E &&error() && { return std::move(m_error); }

private:
    E m_error;
};

template<class E> unexpected(E) -> unexpected<E>;

namespace portaldesk_compat {
template<class T> inline constexpr bool isUnexpected = false;
template<class E> inline constexpr bool isUnexpected<unexpected<E>> = true;
} // namespace portaldesk_compat

template<class T, class E> class expected
{
public:
    using value_type = T;
    using error_type = E;
    using unexpected_type = unexpected<E>;

    constexpr expected() requires is_default_constructible_v<T> : m_state(in_place_index<0>) { }
    template<class U = T>
    requires(
        !is_same_v<remove_cvref_t<U>,
            expected> && !portaldesk_compat::isUnexpected<remove_cvref_t<U>> && is_constructible_v<T, U>) constexpr expected(U
            &&value)
        : m_state(in_place_index<0>, std::forward<U>(value))
    { }
    template<class G>
    constexpr expected(const unexpected<G> &error)
        : m_state(in_place_index<1>, error.error())
    { }
    template<class G>
    constexpr expected(unexpected<G> &&error)
        : m_state(in_place_index<1>, std::move(error).error())
    { }

    constexpr bool has_value() const noexcept { return m_state.index() == 0; }
    constexpr explicit operator bool() const noexcept { return has_value(); }

    constexpr T &value() & { return checked(), *get_if<0>(&m_state); }
    constexpr const T &value() const & { return checked(), *get_if<0>(&m_state); }
    constexpr T &&value() && { return checked(), std::move(*get_if<0>(&m_state)); }
    constexpr T &operator*() & { return value(); }
    constexpr const T &operator*() const & { return value(); }
    constexpr T &&operator*() && { return std::move(*this).value(); }
    constexpr T *operator->() { return &value(); }
    constexpr const T *operator->() const { return &value(); }
    template<class U> constexpr T value_or(U &&fallback) const &
    {
        return has_value() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

    constexpr E &error() & { return *get_if<1>(&m_state); }
    constexpr const E &error() const & { return *get_if<1>(&m_state); }
    constexpr E &&error() && { return std::move(*get_if<1>(&m_state)); }

private:
    constexpr void checked() const
    {
        if (!has_value())
            std::abort(); // no exceptions in PortalDesk: reading the value of an error is a bug
    }

    variant<T, E> m_state;
};

template<class E> class expected<void, E>
{
public:
    using value_type = void;
    using error_type = E;

    constexpr expected() = default;
    template<class G>
    constexpr expected(const unexpected<G> &error)
        : m_state(in_place_index<1>, error.error())
    { }
    template<class G>
    constexpr expected(unexpected<G> &&error)
        : m_state(in_place_index<1>, std::move(error).error())
    { }

    constexpr bool has_value() const noexcept { return m_state.index() == 0; }
    constexpr explicit operator bool() const noexcept { return has_value(); }
    constexpr void value() const
    {
        if (!has_value())
            std::abort();
    }
    constexpr void operator*() const { }

    constexpr E &error() & { return *get_if<1>(&m_state); }
    constexpr const E &error() const & { return *get_if<1>(&m_state); }
    constexpr E &&error() && { return std::move(*get_if<1>(&m_state)); }

private:
    variant<monostate, E> m_state;
};

} // namespace std

#endif
