#pragma once
// Errors as values: every fallible core function returns Result<T>.
// Shaped like std::expected (has_value / value / error / operator bool) so it can
// become std::expected once both toolchains ship <expected>.
#include <string>
#include <utility>
#include <variant>

namespace fitplan {

// Error codes are a public contract (they cross into TypeScript as strings).
enum class ErrorCode {
  kInvalidArgument,  // a field has a value outside what is allowed
  kUnknownId,        // an id that is not in a catalog
  kOutOfRange,       // a number outside its allowed range (negative, absurd, beyond maximum)
  kInfeasible,       // the request is valid but no plan can satisfy it
  kInternal,         // a bug: an invariant did not hold
};

const char* to_string(ErrorCode code) noexcept;

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

}  // namespace fitplan
