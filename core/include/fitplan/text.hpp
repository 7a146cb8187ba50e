#pragma once
// Small text helpers shared by validation messages and the command generators.
#include <string>
#include <vector>

namespace fitplan {

std::string join(const std::vector<std::string>& parts, const std::string& separator);
// Levenshtein distance, case-insensitive.
int edit_distance(const std::string& a, const std::string& b);
// Longest catalog id a lookup reads (the longest real one is ~30 characters): a longer one is
// refused before any matching, so a huge string costs nothing.
inline constexpr std::size_t kMaxIdLength = 128;
// The message for an id longer than kMaxIdLength (`what`: "model", "hardware").
std::string id_too_long(const std::string& what, std::size_t length);
// The `count` candidates closest to `query` (substring matches first, then edit distance).
std::vector<std::string> closest(const std::string& query, const std::vector<std::string>& candidates, std::size_t count = 5);
// Formats a double with `digits` decimals (locale-independent).
std::string format_fixed(double value, int digits);
// Formats bytes as GiB with two decimals, e.g. "4.58 GiB".
std::string format_gib(unsigned long long bytes);

}  // namespace fitplan
