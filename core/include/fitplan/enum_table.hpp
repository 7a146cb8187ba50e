#pragma once
// One {value, name} table per public enum. Its to_string and parse read the table, the binding
// exports it (enums() in wasm/bindings.cpp) and TypeScript's lists are generated from that export
// (wasm/src/generated/contract.ts), so each name is written once, here.
#include <array>
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace fitplan {

template <typename E>
struct EnumName {
  E value;
  const char* name;  // the API spelling
};

template <typename E, std::size_t N>
using EnumTable = std::array<EnumName<E>, N>;

// The name of `value`; every table lists every value, so the fallback (the first row) is never used.
template <typename E, std::size_t N>
constexpr const char* enum_name(const EnumTable<E, N>& table, E value) noexcept {
  for (const auto& row : table) {
    if (row.value == value) return row.name;
  }
  return table[0].name;
}

// The value named `text` (exact match); nullptr when no row has that name.
template <typename E, std::size_t N>
constexpr const E* enum_value(const EnumTable<E, N>& table, std::string_view text) noexcept {
  for (const auto& row : table) {
    if (text == row.name) return &row.value;
  }
  return nullptr;
}

// Every name, in table order.
template <typename E, std::size_t N>
std::vector<std::string> enum_names(const EnumTable<E, N>& table) {
  std::vector<std::string> names;
  names.reserve(N);
  for (const auto& row : table) names.emplace_back(row.name);
  return names;
}

}  // namespace fitplan
