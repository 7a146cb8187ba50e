#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "fitplan/placement.hpp"
#include "fitplan/quantizer.hpp"
#include "reference.hpp"

namespace fitplan {
namespace {

using testing::catalog_id_for;
using testing::median;
using testing::number;
using testing::quantile;
using testing::read_csv;

struct SpeedCase {
  std::string label;
  Hardware hardware;
  std::string model_id;
  FileType file_type;
  std::uint32_t depth;  // average KV depth during the test: tg128 -> 64, tg512 -> 256
  double measured_tokens_per_second;
  double measured_prefill_tokens_per_second = 0;  // pp512
};

Estimate predicted(const SpeedCase& c, std::uint32_t prompt) {
  const auto arch = find_model(c.model_id)->arch;
  const auto tensors = model_tensors(arch);
  const auto layout = weights_layout(arch, tensors, file_type_assignment(arch, tensors, c.file_type));
  EstimateRequest request;
  request.context_tokens = 1024;
  const auto split = layer_split(arch, c.hardware, has_gpu(c.hardware) ? arch.n_layer + 1 : 0);
  request.blocks = split.blocks;
  request.output_on_gpu = split.output_on_gpu;
  request.decode_depth_tokens = c.depth;
  request.prompt_tokens = prompt;
  return estimate(arch, layout, c.hardware, request);
}

double predicted_decode(const SpeedCase& c) { return predicted(c, 512).decode.tokens_per_second; }

// A row's decode figure and the average KV depth it was measured at: tg128 -> 64, else tg512 -> 256.
std::pair<double, std::uint32_t> decode_figure(const testing::CsvRow& row) {
  const double tg128 = number(row, "tg128_tps");
  if (tg128 > 0) return {tg128, 64};
  return {number(row, "other_tg_tps"), 256};
}

// Every row of cuda_tg.csv and apple_silicon_tg.csv with a catalog model and a decode figure. A
// missing or empty table is a fatal failure (wrap the call in ASSERT_NO_FATAL_FAILURE).
std::vector<SpeedCase> gpu_cases() {
  std::vector<SpeedCase> cases;
  for (const auto& row :
       read_csv("reference/cuda_tg.csv", {"gpu", "gpu_count", "model", "quant", "pp512_tps", "tg128_tps", "other_tg_tps"})) {
    const std::string id = catalog_id_for(row.at("model"));
    const auto [tg, depth] = decode_figure(row);
    if (id.empty() || tg == 0) continue;
    const std::string gpu = row.at("gpu");
    Hardware hw = find_hardware(gpu == "RTX 3090" ? "rtx3090" : gpu == "RTX 4090" ? "rtx4090" : "a100-80g-pcie").value();
    hw.gpu_count = static_cast<int>(number(row, "gpu_count"));
    cases.push_back({gpu + " x" + row.at("gpu_count") + " " + row.at("model") + " " + row.at("quant"), hw, id,
                     parse_file_type(row.at("quant")).value(), depth, tg, number(row, "pp512_tps")});
  }
  for (const auto& row : read_csv("reference/apple_silicon_tg.csv",
                                  {"chip", "gpu_cores", "bandwidth_gbs", "model", "quant", "pp512_tps", "tg128_tps", "other_tg_tps"})) {
    const std::string id = catalog_id_for(row.at("model"));
    const auto [tg, depth] = decode_figure(row);
    if (id.empty() || tg == 0) continue;
    // Decode depends on the chip's bandwidth (the row's own figure); memory is made ample.
    Hardware hw = find_hardware("m2-ultra").value();
    hw.gpu_bandwidth_gb_per_s = hw.ram_bandwidth_gb_per_s = number(row, "bandwidth_gbs");
    hw.ram_bytes = hw.vram_bytes = 192ull * kGiB;
    // Apple GPU FP16 TFLOPS = cores x 128 ALUs x 2 FLOPs x clock (M1 1.278 GHz, M2 1.398 GHz),
    // when the row states its core count.
    const double cores = number(row, "gpu_cores");
    const double clock_ghz = row.at("chip").rfind("M1", 0) == 0 ? 1.278 : 1.398;
    if (cores > 0) hw.gpu_fp16_tflops = cores * 128 * 2 * clock_ghz / 1000;
    cases.push_back({row.at("chip") + " " + row.at("gpu_cores") + "c " + row.at("model") + " " + row.at("quant"), hw, id,
                     parse_file_type(row.at("quant")).value(), depth, tg, cores > 0 ? number(row, "pp512_tps") : 0});
  }
  return cases;
}

TEST(DecodeSpeed, ComparedWithEveryRowOfTheCudaAndAppleTables) {
  std::vector<SpeedCase> cases;
  ASSERT_NO_FATAL_FAILURE(cases = gpu_cases());
  std::vector<double> errors;
  for (const auto& c : cases) {
    const double predicted = predicted_decode(c);
    const double error = (predicted - c.measured_tokens_per_second) / c.measured_tokens_per_second;
    std::printf("  %-64s measured %7.2f  estimated %7.2f tok/s  %+6.1f%%\n", c.label.c_str(), c.measured_tokens_per_second, predicted,
                100 * error);
    errors.push_back(std::fabs(error));
  }
  ASSERT_GE(errors.size(), 91u);  // every row with a catalog model and a decode figure
  const double mdape = median(errors, "GPU decode errors");
  const double p90 = quantile(errors, 0.9, "GPU decode errors");
  std::printf("decode MdAPE over %zu rows (cuda_tg.csv + apple_silicon_tg.csv): %.2f%%, p90 %.2f%%\n", errors.size(), 100 * mdape,
              100 * p90);
  // About 1.5x what was achieved on 2026-11-29 (d33dc98), so that a regression fails.
  EXPECT_LT(mdape, 0.081);  // achieved 5.43 %
  EXPECT_LT(p90, 0.25);     // achieved 16.37 %
}

TEST(PrefillSpeed, ComparedWithEveryPp512RowOfTheCudaAndAppleTables) {
  std::vector<SpeedCase> cases;
  ASSERT_NO_FATAL_FAILURE(cases = gpu_cases());
  std::vector<double> errors;
  int covered = 0;
  for (const auto& c : cases) {
    if (c.measured_prefill_tokens_per_second <= 0) continue;
    const SpeedEstimate prefill = predicted(c, 512).prefill;
    const double estimated = prefill.tokens_per_second;
    if (c.measured_prefill_tokens_per_second >= prefill.low && c.measured_prefill_tokens_per_second <= prefill.high) ++covered;
    const double error = (estimated - c.measured_prefill_tokens_per_second) / c.measured_prefill_tokens_per_second;
    std::printf("  %-64s pp512 measured %8.1f  estimated %8.1f tok/s  %+6.1f%%\n", c.label.c_str(), c.measured_prefill_tokens_per_second,
                estimated, 100 * error);
    errors.push_back(std::fabs(error));
  }
  ASSERT_GE(errors.size(), 88u);  // every such row with a pp512 figure
  const double mdape = median(errors, "GPU prefill errors");
  std::printf("prefill MdAPE over %zu pp512 rows: %.2f%%; the band covers %d rows (%.1f %%)\n", errors.size(), 100 * mdape, covered,
              100.0 * covered / static_cast<double>(errors.size()));
  // The band covered 76 of 88 rows (86.4 %) on 2026-11-29 (d33dc98); 1.5x the 12 misses would be
  // looser than this bound.
  EXPECT_GE(covered, 0.8 * static_cast<double>(errors.size()));
  // Prefill is a first-order compute estimate (the band is ±35 %, calibration.hpp): achieved 14.97 % on
  // 2026-11-29 (d33dc98), the bound about 1.5x that.
  EXPECT_LT(mdape, 0.22);
}

TEST(DecodeSpeed, ComparedWithTheCpuMeasurementsOfThisMachineKind) {
  // llamacpp_cpu/bench.csv: llama-bench tg128, 2 threads (Llama-3.2-1B shapes without rope_freqs,
  // Qwen2.5-0.5B shapes in the llama architecture).
  auto llama = find_model("llama3.2-1b")->arch;
  llama.rope_freqs = false;
  auto qwen = find_model("qwen2.5-0.5b")->arch;
  qwen.family = ArchFamily::kLlama;
  qwen.attn_qkv_bias = false;
  const auto hw = find_hardware("cpu-2c-24g").value();
  std::vector<testing::CsvRow> rows;
  ASSERT_NO_FATAL_FAILURE(rows = read_csv("reference/llamacpp_cpu/bench.csv", {"model", "quant", "tg128_tps"}));
  std::vector<double> errors;
  for (const auto& row : rows) {
    const auto& arch = row.at("model") == "llama-3.2-1b" ? llama : qwen;
    const auto tensors = model_tensors(arch);
    const auto layout = weights_layout(arch, tensors,
                                       file_type_assignment(arch, tensors, parse_file_type(row.at("quant")).value(), {false}));
    EstimateRequest request;
    request.context_tokens = 1024;
    request.blocks = layer_split(arch, hw, 0).blocks;
    request.output_on_gpu = false;
    request.decode_depth_tokens = 64;
    const double predicted = estimate(arch, layout, hw, request).decode.tokens_per_second;
    const double measured = number(row, "tg128_tps");
    std::printf("  cpu-2c %-14s %-7s measured %6.2f  estimated %6.2f tok/s  %+6.1f%%\n", row.at("model").c_str(), row.at("quant").c_str(),
                measured, predicted, 100 * (predicted - measured) / measured);
    errors.push_back(std::fabs(predicted - measured) / measured);
  }
  ASSERT_EQ(errors.size(), 18u);
  const double mdape = median(errors, "CPU decode errors (llamacpp_cpu/bench.csv)");
  std::printf("cpu decode MdAPE over %zu rows: %.2f%%\n", errors.size(), 100 * mdape);
  // These rows come from an older build loading with mmap (llama-bench's default); the constants
  // are fitted on tests/data/measured/cpu_bench.csv, the generated commands' settings on a current
  // build (tests/cpp/measured_test.cpp). Both agree for Q8_0 and F16 (within 2 %); the repacked
  // types and the smallest model ran up to a third faster in this older table.
  // Achieved 16.24 % on 2026-11-29 (d33dc98); the bound is about 1.5x that.
  EXPECT_LT(mdape, 0.24);
}

}  // namespace
}  // namespace fitplan
