#pragma once
// Reads the CSV tables in shared/reference/ (quoted fields, header row) for the tests.
#include <fstream>
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

inline std::vector<std::string> split_csv_line(const std::string& line) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < line.size(); ++i) {
    const char c = line[i];
    if (quoted) {
      if (c == '"' && i + 1 < line.size() && line[i + 1] == '"') { field += '"'; ++i; }
      else if (c == '"') quoted = false;
      else field += c;
    } else if (c == '"') quoted = true;
    else if (c == ',') { fields.push_back(field); field.clear(); }
    else field += c;
  }
  fields.push_back(field);
  return fields;
}

inline std::vector<CsvRow> read_csv(const std::string& relative_path) {
  std::ifstream in(std::string(FITPLAN_SHARED_DIR) + "/reference/" + relative_path);
  std::vector<CsvRow> rows;
  std::string line;
  if (!std::getline(in, line)) return rows;
  const auto header = split_csv_line(line);
  while (std::getline(in, line)) {
    if (line.empty()) continue;
    const auto fields = split_csv_line(line);
    CsvRow row;
    for (std::size_t i = 0; i < header.size() && i < fields.size(); ++i) row[header[i]] = fields[i];
    rows.push_back(row);
  }
  return rows;
}

inline double number(const CsvRow& row, const std::string& column) {
  auto it = row.find(column);
  if (it == row.end() || it->second.empty()) return 0;
  return std::stod(it->second);
}

// Catalog id for a model name used in the reference tables ("" when not in the catalog).
inline std::string catalog_id_for(const std::string& name) {
  if (name.rfind("Meta-Llama-3.1-8B", 0) == 0 || name.rfind("Llama-3.1-8B", 0) == 0) return "llama3.1-8b";
  if (name.rfind("Meta-Llama-3-8B", 0) == 0) return "llama3-8b";
  if (name.rfind("Meta-Llama-3-70B", 0) == 0) return "llama3-70b";
  if (name.rfind("Llama-2-13B", 0) == 0 || name.rfind("LLaMA-v2-13B", 0) == 0) return "llama2-13b";
  // Llama-2-7B, LLaMA-1 7B and CodeLlama-7B share Llama-2-7B's tensor shapes (llama-bench prints
  // the same 6.74 B parameters and sizes for all three).
  if (name.rfind("Llama-2-7B", 0) == 0 || name.rfind("LLaMA 7B", 0) == 0 || name.rfind("CodeLlama-7B", 0) == 0 ||
      name.rfind("\"LLaMA-7B", 0) == 0 || name.rfind("LLaMA-7B", 0) == 0) return "llama2-7b";
  return "";
}

}  // namespace fitplan::testing
