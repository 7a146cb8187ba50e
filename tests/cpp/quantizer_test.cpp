#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>

#include "fitplan/quantizer.hpp"
#include "reference.hpp"

namespace fitplan {
namespace {

using testing::catalog_id_for;
using testing::number;
using testing::read_csv;

TEST(GgmlTypes, BlockLayoutsAreExact) {
  // runtime-facts.md §A.8 (sizeof of every block struct).
  EXPECT_EQ(row_bytes(GgmlType::kQ8_0, 32), 34u);
  EXPECT_EQ(row_bytes(GgmlType::kQ4_K, 256), 144u);
  EXPECT_EQ(row_bytes(GgmlType::kQ6_K, 256), 210u);
  EXPECT_EQ(row_bytes(GgmlType::kIQ4_XS, 256), 136u);
  EXPECT_EQ(row_bytes(GgmlType::kMXFP4, 32), 17u);
  EXPECT_DOUBLE_EQ(bits_per_weight(GgmlType::kQ2_K), 2.625);
  EXPECT_DOUBLE_EQ(bits_per_weight(GgmlType::kIQ1_S), 1.5625);
  EXPECT_DOUBLE_EQ(bits_per_weight(GgmlType::kTQ1_0), 1.6875);
}

std::string type_counts(const std::vector<TensorSpec>& tensors, const std::vector<GgmlType>& types) {
  std::map<std::string, int> counts;
  for (std::size_t i = 0; i < tensors.size(); ++i) ++counts[type_info(types[i]).name];
  std::string out;
  for (const auto& [name, count] : counts) out += (out.empty() ? "" : ";") + name + ":" + std::to_string(count);
  return out;
}

// llamacpp_cpu/sizes_dryrun.csv: llama-quantize --dry-run tensor counts and exact tensor bytes of
// the project's random-weight files: Llama-3.2-1B shapes (no rope_freqs tensor) and Qwen2.5-0.5B
// shapes in the llama architecture (no q/k/v biases).
TEST(Quantizer, ReproducesLlamaQuantizeTensorTypesAndBytesExactly) {
  auto llama = find_model("llama3.2-1b")->arch;
  llama.rope_freqs = false;
  auto qwen = find_model("qwen2.5-0.5b")->arch;
  qwen.family = ArchFamily::kLlama;
  qwen.attn_qkv_bias = false;
  std::vector<testing::CsvRow> dry_run;
  ASSERT_NO_FATAL_FAILURE(dry_run = read_csv("reference/llamacpp_cpu/sizes_dryrun.csv",
                                             {"model", "quant", "tensor_types", "tensor_data_bytes"}));
  int rows = 0;
  for (const auto& row : dry_run) {
    const auto& arch = row.at("model") == "llama-3.2-1b" ? llama : qwen;
    const auto tensors = model_tensors(arch);
    // llama-quantize was run without an imatrix for every row.
    const auto types = file_type_assignment(arch, tensors, parse_file_type(row.at("quant")).value(), QuantizeOptions{false});
    Bytes data = 0;
    for (std::size_t i = 0; i < tensors.size(); ++i) data += gguf_tensor_data_bytes(tensors[i], types[i]);
    auto expected_counts = row.at("tensor_types");
    EXPECT_EQ(data, static_cast<Bytes>(number(row, "tensor_data_bytes"))) << row.at("model") << " " << row.at("quant");
    // Counts are compared as sets of "type:count" (the CSV is sorted differently).
    std::map<std::string, std::string> expected, actual;
    auto parse = [](const std::string& text, std::map<std::string, std::string>& into) {
      std::size_t start = 0;
      while (start < text.size()) {
        auto end = text.find(';', start);
        auto item = text.substr(start, end == std::string::npos ? std::string::npos : end - start);
        into[item.substr(0, item.find(':'))] = item.substr(item.find(':') + 1);
        if (end == std::string::npos) break;
        start = end + 1;
      }
    };
    parse(expected_counts, expected);
    parse(type_counts(tensors, types), actual);
    EXPECT_EQ(actual, expected) << row.at("model") << " " << row.at("quant");
    ++rows;
  }
  EXPECT_EQ(rows, 16);
}

// measured/quantize_dryrun.csv: `llama-quantize --dry-run` (llama.cpp 3f545becc, no imatrix) on
// sparse F16 files with the catalog's tensor shapes, 12 models x 30 file types. Per model and file
// type the core must give every tensor type the same number of tensors and bytes, and the same
// total (unpadded tensor data, as llama-quantize sums it).
TEST(Quantizer, MatchesLlamaQuantizeDryRunOnCatalogShapes) {
  struct Measured {
    std::map<std::string, std::pair<int, Bytes>> by_type;  // type -> (tensors, bytes)
    Bytes total = 0;
  };
  std::map<std::pair<std::string, std::string>, Measured> measured;
  std::vector<testing::CsvRow> rows;
  ASSERT_NO_FATAL_FAILURE(rows = read_csv("measured/quantize_dryrun.csv",
                                          {"model", "file_type", "tensor_type", "tensors", "bytes", "total_bytes"}));
  for (const auto& row : rows) {
    auto& m = measured[{row.at("model"), row.at("file_type")}];
    m.by_type[row.at("tensor_type")] = {static_cast<int>(number(row, "tensors")), static_cast<Bytes>(number(row, "bytes"))};
    m.total = static_cast<Bytes>(number(row, "total_bytes"));
  }
  ASSERT_EQ(measured.size(), 480u);  // 16 models x 30 file types
  std::map<std::string, std::vector<double>> errors;  // per model, |predicted - measured| / measured
  double worst = 0;
  std::string worst_at;
  for (const auto& [key, m] : measured) {
    const auto& [model, file_type] = key;
    const auto arch = find_model(model)->arch;
    const auto tensors = model_tensors(arch);
    const auto types = file_type_assignment(arch, tensors, parse_file_type(file_type).value(), QuantizeOptions{false});
    Measured predicted;
    for (std::size_t i = 0; i < tensors.size(); ++i) {
      auto& [count, bytes] = predicted.by_type[type_info(types[i]).name];
      ++count;
      bytes += tensor_bytes(tensors[i], types[i]);
      predicted.total += tensor_bytes(tensors[i], types[i]);
    }
    EXPECT_EQ(predicted.by_type, m.by_type) << model << " " << file_type;
    EXPECT_EQ(predicted.total, m.total) << model << " " << file_type;
    const double error = std::fabs(static_cast<double>(predicted.total) - static_cast<double>(m.total)) / static_cast<double>(m.total);
    errors[model].push_back(error);
    if (error >= worst) {
      worst = error;
      worst_at = model + " " + file_type;
    }
  }
  for (const auto& [model, list] : errors) {
    std::printf("llama-quantize dry run, %-14s: largest size error %.3f %%, median %.3f %%\n", model.c_str(),
                100 * testing::quantile(list, 1.0, model), 100 * testing::median(list, model));
  }
  std::printf("largest size error against llama-quantize --dry-run: %.4f %% (%s)\n", 100 * worst, worst_at.c_str());
}

// gguf_sizes.csv: every byte-exact, GB and GiB row whose model is in the catalog, within 1 %.
TEST(Quantizer, PredictsPublishedGgufFileSizesWithinOnePercent) {
  std::vector<testing::CsvRow> rows;
  ASSERT_NO_FATAL_FAILURE(rows = read_csv("reference/gguf_sizes.csv", {"model", "quant", "file_size", "unit"}));
  int compared = 0;
  testing::Accuracy sizes("GGUF file size vs gguf_sizes.csv");
  double worst = 0;
  std::string worst_at;
  for (const auto& row : rows) {
    const std::string id = catalog_id_for(row.at("model"));
    const std::string unit = row.at("unit");
    if (id.empty() || row.at("file_size").empty()) continue;
    auto file_type = parse_file_type(row.at("quant"));
    if (!file_type) continue;  // non-standard mixes (Q6_K_L, "+F16 token_embd & output")
    const auto arch = find_model(id)->arch;
    const auto tensors = model_tensors(arch);
    const Bytes predicted = gguf_file_bytes(arch, tensors, file_type_assignment(arch, tensors, *file_type));
    double expected = number(row, "file_size");
    if (unit == "bytes") {
    } else if (unit.rfind("GiB", 0) == 0) {
      expected *= static_cast<double>(kGiB);
    } else if (unit.rfind("GB", 0) == 0) {
      expected *= 1e9;
    } else {
      continue;
    }
    const double error = std::fabs(static_cast<double>(predicted) - expected) / expected;
    sizes.add(static_cast<double>(predicted), expected);
    if (error >= worst) {
      worst = error;
      worst_at = row.at("model") + " " + row.at("quant") + " (" + unit + ")";
    }
    // Largest error 0.879 % on 2026-11-29 (d33dc98, Meta-Llama-3-8B IQ4_XS, a GiB figure printed to two
    // decimals); 1.5x that would be looser than this 1 %.
    EXPECT_LT(error, 0.01) << row.at("model") << " " << row.at("quant") << ": predicted " << predicted << ", published " << expected;
    ++compared;
  }
  std::printf("GGUF sizes compared with gguf_sizes.csv: %d rows, largest error %.3f %% (%s)\n", compared, 100 * worst, worst_at.c_str());
  sizes.print();
  // About 1.5x what was achieved on 2026-11-29 (d33dc98), so that a regression fails.
  EXPECT_LT(sizes.median(), 0.00074);  // achieved 0.049 %
  EXPECT_LT(sizes.p90(), 0.0026);      // achieved 0.174 %
  EXPECT_GE(compared, 66);  // every catalog row with a size (the README's table says 66)
}

TEST(Quantizer, ExactBytesForLlama3InstructFiles) {
  // gguf_sizes.csv, ddh0's ls -l listing: Meta-Llama-3-8B-Instruct Q4_K_M = 4 920 733 984 bytes.
  const auto arch = find_model("llama3-8b")->arch;
  const auto tensors = model_tensors(arch);
  const Bytes predicted = gguf_file_bytes(arch, tensors, file_type_assignment(arch, tensors, FileType::kQ4_K_M));
  std::printf("Meta-Llama-3-8B-Instruct Q4_K_M: predicted %llu B, real 4920733984 B (%+lld B)\n",
              static_cast<unsigned long long>(predicted), static_cast<long long>(predicted) - 4920733984LL);
  // 128 bytes short on 2026-11-29 (d33dc98; the header's metadata): the bound is 1.5x that.
  EXPECT_NEAR(static_cast<double>(predicted), 4920733984.0, 192.0);
}

TEST(Quantizer, AppliesTheSeventyBillionAndEightExpertRules) {
  const auto llama70 = find_model("llama3-70b")->arch;
  const auto tensors = model_tensors(llama70);
  for (const auto& t : tensors) {
    if (t.name == "blk.10.attn_v.weight") {
      EXPECT_EQ(quantized_type(llama70, t, FileType::kQ4_K_M), GgmlType::kQ5_K);  // 70B: Q4_K -> Q5_K
    }
  }
  const auto mixtral = find_model("mixtral-8x7b")->arch;
  for (const auto& t : model_tensors(mixtral)) {
    if (t.name == "blk.3.attn_k.weight") EXPECT_EQ(quantized_type(mixtral, t, FileType::kQ4_K_M), GgmlType::kQ8_0);
    if (t.name == "blk.3.ffn_up_exps.weight") EXPECT_EQ(quantized_type(mixtral, t, FileType::kQ4_K_M), GgmlType::kQ4_K);
  }
  const auto oss = find_model("gpt-oss-20b")->arch;
  for (const auto& t : model_tensors(oss)) {
    if (t.name == "blk.0.ffn_down_exps.weight") EXPECT_EQ(quantized_type(oss, t, FileType::kMXFP4_MOE), GgmlType::kMXFP4);
    if (t.name == "blk.0.attn_q.weight") EXPECT_EQ(quantized_type(oss, t, FileType::kMXFP4_MOE), GgmlType::kQ8_0);
  }
}

}  // namespace
}  // namespace fitplan
