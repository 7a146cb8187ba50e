#include "fitplan/shell.hpp"

namespace fitplan {

bool is_shell_safe(const std::string& text) {
  if (text.empty()) return false;
  for (char c : text) {
    const bool alnum = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    const bool punct = c == '_' || c == '@' || c == '%' || c == '+' || c == '=' || c == ':' || c == ',' || c == '.' || c == '/' || c == '-';
    if (!alnum && !punct) return false;
  }
  return true;
}

std::string shell_quote(const std::string& text) {
  if (is_shell_safe(text)) return text;
  // Inside '...' every byte is literal except ' itself, which is written as '\'' (close the
  // quote, an escaped quote, reopen).
  std::string out = "'";
  for (char c : text) {
    if (c == '\'') out += "'\\''";
    else out += c;
  }
  out += "'";
  return out;
}

}  // namespace fitplan
