#pragma once
// Errors as values: every fallible core function returns Result<T>.
// Shaped like std::expected (has_value / value / error / operator bool) so it can
// become std::expected once both toolchains ship <expected>.
#include <cstddef>
#include <string>
#include <utility>
#include <variant>

#include "fitplan/enum_table.hpp"

namespace fitplan {

// Error codes are a public contract (they cross into TypeScript as strings).
enum class ErrorCode {
  kInvalidArgument,  // a field has a value outside what is allowed
  kUnknownId,        // an id that is not in a catalog
  kOutOfRange,       // a number outside its allowed range (negative, absurd, beyond maximum)
  kInfeasible,       // the request is valid but no plan can satisfy it
  kInternal,         // a bug: an invariant did not hold
};

inline constexpr EnumTable<ErrorCode, 5> kErrorCodeNames{{{ErrorCode::kInvalidArgument, "invalid_argument"},
                                                          {ErrorCode::kUnknownId, "unknown_id"},
                                                          {ErrorCode::kOutOfRange, "out_of_range"},
                                                          {ErrorCode::kInfeasible, "infeasible"},
                                                          {ErrorCode::kInternal, "internal"}}};
inline const char* to_string(ErrorCode code) noexcept { return enum_name(kErrorCodeNames, code); }

struct Error {
  ErrorCode code = ErrorCode::kInvalidArgument;
  std::string field;    // path of the offending field, e.g. "hardware.vram_bytes"
  std::string message;  // what is wrong and what is allowed
};

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : storage_(std::move(value)) {}        // NOLINT: implicit by design
  Result(Error error) : storage_(std::move(error)) {}    // NOLINT: implicit by design

  bool has_value() const noexcept { return std::holds_alternative<T>(storage_); }
  explicit operator bool() const noexcept { return has_value(); }
  const T& value() const& { return std::get<T>(storage_); }
  T& value() & { return std::get<T>(storage_); }
  T&& value() && { return std::get<T>(std::move(storage_)); }
  const T& operator*() const& { return value(); }
  const T* operator->() const { return &value(); }
  const Error& error() const& { return std::get<Error>(storage_); }

 private:
  std::variant<T, Error> storage_;
};

inline Error make_error(ErrorCode code, std::string field, std::string message) {
  return Error{code, std::move(field), std::move(message)};
}

// The value `table` names `text`; otherwise an error naming `field`: "unknown <what> '<text>';
// allowed: <every name>".
template <typename E, std::size_t N>
Result<E> parse_enum(const EnumTable<E, N>& table, const std::string& text, std::string field, const std::string& what) {
  if (const E* value = enum_value(table, text)) return *value;
  std::string allowed;
  for (const auto& row : table) allowed += (allowed.empty() ? "" : ", ") + std::string(row.name);
  return make_error(ErrorCode::kInvalidArgument, std::move(field), "unknown " + what + " '" + text + "'; allowed: " + allowed);
}

}  // namespace fitplan
