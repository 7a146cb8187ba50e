#pragma once
// A minimal JSON writer for the API's results (fitplan/serialize.hpp). Building a plan or a
// frontier as one string and parsing it once in JavaScript is ~10x faster than setting each
// property through embind (47 frontier plans x 80 layers x 7 fields is ~26 000 crossings).
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "fitplan/units.hpp"

namespace fitplan {

class JsonWriter {
 public:
  JsonWriter& begin_object() { return open('{'); }
  JsonWriter& end_object() { return close('}'); }
  JsonWriter& begin_array() { return open('['); }
  JsonWriter& end_array() { return close(']'); }
  JsonWriter& key(std::string_view name) {
    comma();
    quoted(name);
    out_ += ':';
    after_key_ = true;
    return *this;
  }
  JsonWriter& value(std::string_view text) {
    comma();
    quoted(text);
    return *this;
  }
  JsonWriter& value(const std::string& text) { return value(std::string_view(text)); }
  JsonWriter& value(const char* text) { return value(std::string_view(text)); }
  JsonWriter& value(bool flag) {
    comma();
    out_ += flag ? "true" : "false";
    return *this;
  }
  JsonWriter& value(int number) { return raw(std::to_string(number)); }
  JsonWriter& value(unsigned number) { return raw(std::to_string(number)); }
  JsonWriter& value(long number) { return raw(std::to_string(number)); }
  JsonWriter& value(long long number) { return raw(std::to_string(number)); }
  // Byte counts (and other 64-bit counts): exact as JSON text; a count JavaScript cannot hold
  // exactly (above 2^53) marks the result inexact() (the core's checks keep every count below it).
  JsonWriter& value(unsigned long number) { return count(number); }
  JsonWriter& value(unsigned long long number) { return count(number); }
  // Doubles with 17 significant digits round-trip exactly through JSON.parse.
  JsonWriter& value(double number) {
    if (!std::isfinite(number)) return raw("null");
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.17g", number);
    return raw(buffer);
  }
  JsonWriter& null() { return raw("null"); }
  template <typename T>
  JsonWriter& field(std::string_view name, const T& v) {
    key(name);
    return value(v);
  }
  const std::string& str() const { return out_; }
  // A count above 2^53 was written: JavaScript would read it rounded.
  bool inexact() const { return inexact_; }

 private:
  JsonWriter& count(unsigned long long number) {
    if (number > kMaxExactBytes) inexact_ = true;
    return raw(std::to_string(number));
  }
  JsonWriter& raw(std::string_view text) {
    comma();
    out_ += text;
    return *this;
  }
  JsonWriter& open(char c) {
    comma();
    out_ += c;
    first_.push_back(true);
    return *this;
  }
  JsonWriter& close(char c) {
    out_ += c;
    first_.pop_back();
    return *this;
  }
  void comma() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (!first_.empty()) {
      if (!first_.back()) out_ += ',';
      first_.back() = false;
    }
  }
  void quoted(std::string_view text) {
    out_ += '"';
    // Runs of characters that need no escape are appended whole (names and most text have none).
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
      const auto c = static_cast<unsigned char>(text[i]);
      if (c >= 0x20 && c != '"' && c != '\\') continue;
      out_.append(text.data() + plain, i - plain);
      plain = i + 1;
      switch (c) {
        case '"': out_ += "\\\""; break;
        case '\\': out_ += "\\\\"; break;
        case '\n': out_ += "\\n"; break;
        case '\r': out_ += "\\r"; break;
        case '\t': out_ += "\\t"; break;
        default: {
          char buffer[8];
          std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
          out_ += buffer;
        }
      }
    }
    out_.append(text.data() + plain, text.size() - plain);
    out_ += '"';
  }
  std::string out_;
  std::vector<bool> first_;
  bool after_key_ = false;
  bool inexact_ = false;
};

}  // namespace fitplan
