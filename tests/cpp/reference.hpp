#pragma once
// Reads the CSV tables of tests/data/ (reference/: public measurements, vendored with their
// provenance; measured/: this project's own) for the tests, and summarises error lists.
//
// Nothing here fails quietly: a missing or unreadable file, a file with a header and no rows, a
// required column the header lacks, a row with more or fewer fields than the header, a cell that is
// not a number, and a quantile of no values each record a fatal GoogleTest failure that names the
// file (or the list). Helpers that return a value cannot stop the calling test, so wrap the read in
// ASSERT_NO_FATAL_FAILURE to stop there; otherwise the test goes on with no rows (already failed).
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <initializer_list>
#include <limits>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "fitplan/estimator.hpp"
#include "fitplan/hardware.hpp"
#include "fitplan/model.hpp"
#include "fitplan/quant.hpp"

namespace fitplan::testing {

using CsvRow = std::map<std::string, std::string>;

// tests/data/<relative_path> (FITPLAN_SHARED_DIR is tests/data: tests/CMakeLists.txt).
inline std::string data_path(const std::string& relative_path) { return std::string(FITPLAN_SHARED_DIR) + "/" + relative_path; }

inline std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') quoted = true;
    else if (c == ',') {
      fields.push_back(field);
      field.clear();
    } else field += c;
  }
  fields.push_back(field);
  return fields;
}

// The tables end their lines with CRLF (as published); a checkout may hold either.
inline void strip_cr(std::string& line) {
  if (!line.empty() && line.back() == '\r') line.pop_back();
}

inline void load_csv(const std::string& path, const std::vector<std::string>& required, std::vector<CsvRow>& rows) {
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in.is_open()) << "cannot open " << path;
  std::string line;
  ASSERT_TRUE(static_cast<bool>(std::getline(in, line))) << path << " is empty (no header row)";
  strip_cr(line);
  const auto header = split_csv_line(line);
  for (const auto& column : required) {
    ASSERT_TRUE(std::find(header.begin(), header.end(), column) != header.end()) << path << " has no column \"" << column << "\"";
  }
  int line_number = 1;
  while (std::getline(in, line)) {
    ++line_number;
    strip_cr(line);
    if (line.empty()) continue;
    const auto fields = split_csv_line(line);
    ASSERT_EQ(fields.size(), header.size()) << path << ":" << line_number << " has " << fields.size() << " fields, its header "
                                            << header.size();
    CsvRow row;
    for (std::size_t i = 0; i < header.size(); ++i) row[header[i]] = fields[i];
    rows.push_back(std::move(row));
  }
  ASSERT_FALSE(in.bad()) << "error reading " << path;
  ASSERT_FALSE(rows.empty()) << path << " has a header and no rows";
}

// Every row of tests/data/<relative_path> ("reference/cuda_tg.csv", "measured/cpu_bench.csv"),
// each holding every column of the header; `required` names the columns the caller reads.
inline std::vector<CsvRow> read_csv(const std::string& relative_path, std::initializer_list<const char*> required) {
  std::vector<CsvRow> rows;
  load_csv(data_path(relative_path), std::vector<std::string>(required.begin(), required.end()), rows);
  return rows;
}

// A numeric cell: 0 when empty (the tables leave a figure they lack blank); a column the row lacks
// or text that is not a number fails the test (and gives NaN, which fails every comparison).
inline double number(const CsvRow& row, const std::string& column) {
  const auto it = row.find(column);
  if (it == row.end()) {
    ADD_FAILURE() << "no column \"" << column << "\" in this row (list it in read_csv's required columns)";
    return std::numeric_limits<double>::quiet_NaN();
  }
  if (it->second.empty()) return 0;
  char* end = nullptr;
  const double value = std::strtod(it->second.c_str(), &end);
  if (end == it->second.c_str() || *end != '\0') {
    ADD_FAILURE() << "column \"" << column << "\": \"" << it->second << "\" is not a number";
    return std::numeric_limits<double>::quiet_NaN();
  }
  return value;
}

// The q-quantile of `values`: the element at floor(q n) of the sorted list (q = 0.5: the upper
// median), q = 1: the largest. No values is a fatal failure naming `what`; the result is then NaN.
inline double quantile(std::vector<double> values, double q, const std::string& what) {
  if (values.empty()) {
    [&] { FAIL() << "a quantile of no values: " << what; }();
    return std::numeric_limits<double>::quiet_NaN();
  }
  std::sort(values.begin(), values.end());
  const auto at = static_cast<std::size_t>(std::floor(q * static_cast<double>(values.size())));
  return values[std::min(values.size() - 1, at)];
}
inline double median(const std::vector<double>& values, const std::string& what) { return quantile(values, 0.5, what); }

// Relative errors |estimated - measured| / measured, with their median, 90th percentile and maximum.
struct Accuracy {
  std::string what;
  std::vector<double> errors;
  explicit Accuracy(std::string name = "") : what(std::move(name)) {}
  void add(double estimated, double measured) { errors.push_back(std::fabs(estimated - measured) / measured); }
  double median() const { return quantile(errors, 0.5, what); }
  double p90() const { return quantile(errors, 0.9, what); }
  double max() const { return quantile(errors, 1.0, what); }
  void print() const {
    std::printf("%-44s rows %3zu  median %6.3f %%  p90 %6.3f %%  max %6.3f %%\n", what.c_str(), errors.size(), 100 * median(), 100 * p90(),
                100 * max());
  }
};

// Catalog id for a model name used in the reference tables ("" when not in the catalog).
inline std::string catalog_id_for(const std::string& name) {
  if (name.rfind("Meta-Llama-3.1-8B", 0) == 0 || name.rfind("Llama-3.1-8B", 0) == 0) return "llama3.1-8b";
  if (name.rfind("Meta-Llama-3-8B", 0) == 0) return "llama3-8b";
  if (name.rfind("Meta-Llama-3-70B", 0) == 0) return "llama3-70b";
  if (name.rfind("Llama-2-13B", 0) == 0 || name.rfind("LLaMA-v2-13B", 0) == 0) return "llama2-13b";
  // Llama-2-7B, LLaMA-1 7B and CodeLlama-7B share Llama-2-7B's tensor shapes (llama-bench prints
  // the same 6.74 B parameters and sizes for all three).
  if (name.rfind("Llama-2-7B", 0) == 0 || name.rfind("LLaMA 7B", 0) == 0 || name.rfind("CodeLlama-7B", 0) == 0 ||
      name.rfind("\"LLaMA-7B", 0) == 0 || name.rfind("LLaMA-7B", 0) == 0)
    return "llama2-7b";
  return "";
}

}  // namespace fitplan::testing
