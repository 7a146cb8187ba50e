// The estimator against what a real llama.cpp build did when it ran the commands Fitplan writes on
// this kind of machine (tests/data/measured/, see its README: llama.cpp master 2026-08-22, a 2-core
// Zen 5 VM, zero-weight GGUF files with the catalog's shapes). Each test prints its accuracy
// (median, p90, max of |error|) per quantity; the README quotes those lines.
#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <string>
#include <vector>

#include "fitplan/placement.hpp"
#include "fitplan/quantizer.hpp"
#include "reference.hpp"

namespace fitplan {
namespace {

using testing::number;
using testing::read_csv;

using testing::Accuracy;

// tests/data/measured/<name>, every row holding the columns the caller reads.
std::vector<testing::CsvRow> measured(const std::string& name, std::initializer_list<const char*> columns) {
  return read_csv("measured/" + name, columns);
}

constexpr std::initializer_list<const char*> kServerColumns = {"model",         "quant",          "n_ctx",  "flags",       "ok",
                                                               "model_buf_mib", "repack_buf_mib", "kv_mib", "compute_mib", "peak_rss_mib"};

bool has_flag(const std::string& flags, const std::string& flag) { return (" " + flags + " ").find(" " + flag + " ") != std::string::npos; }

std::string flag_value(const std::string& flags, const std::string& flag) {
  const std::string key = " " + flag + " ";
  const std::string padded = " " + flags + " ";
  const auto at = padded.rfind(key);  // llama.cpp: the last occurrence wins
  if (at == std::string::npos) return "";
  const auto start = at + key.size();
  return padded.substr(start, padded.find(' ', start) - start);
}

// A MiB figure of the row (0 when the cell is empty: no such buffer).
double mib(const testing::CsvRow& row, const std::string& column) { return number(row, column); }

// The estimate of a measured llama-server run: the catalog model at the row's file type, every
// block on the CPU, with the flags the row ran (the generated command's).
Estimate estimate_of(const testing::CsvRow& row) {
  const auto arch = find_model(row.at("model"))->arch;
  const auto hw = find_hardware("cpu-2c-24g").value();
  const auto tensors = model_tensors(arch);
  const auto layout = weights_layout(arch, tensors, file_type_assignment(arch, tensors, parse_file_type(row.at("quant")).value()));
  const std::string flags = row.at("flags");
  EstimateRequest request;
  request.context_tokens = static_cast<std::uint32_t>(number(row, "n_ctx"));
  request.kv.type_k = parse_kv_type(flag_value(flags, "-ctk")).value();
  request.kv.type_v = parse_kv_type(flag_value(flags, "-ctv")).value();
  request.kv.flash_attention = flag_value(flags, "-fa") != "off";
  request.kv.n_ubatch = std::stoi(flag_value(flags, "-ub"));
  request.blocks = layer_split(arch, hw, 0).blocks;
  request.output_on_gpu = false;
  return estimate(arch, layout, hw, request);
}

TEST(Measured, ServerMemoryOfTheGeneratedCommands) {
  double weights_worst_mib = 0, kv_worst_mib = 0;  // largest |estimated - printed|
  Accuracy weights("weights vs CPU + CPU_REPACK model buffers"), kv("KV cache vs CPU KV buffer"),
      compute("compute buffer vs CPU compute buffer"), total("plan total vs peak RSS (llama-server)");
  int rows = 0;
  std::vector<testing::CsvRow> server;
  ASSERT_NO_FATAL_FAILURE(server = measured("server_memory.csv", kServerColumns));
  for (const auto& row : server) {
    if (row.at("ok") != "1" || has_flag(row.at("flags"), "mmap")) continue;
    ++rows;
    const Estimate e = estimate_of(row);
    const double loaded_mib = mib(row, "model_buf_mib") + mib(row, "repack_buf_mib");
    const std::string label = row.at("model") + " " + row.at("quant") + " n_ctx " + row.at("n_ctx") + " " +
                              flag_value(row.at("flags"), "-ctk") + " -fa " + flag_value(row.at("flags"), "-fa");
    SCOPED_TRACE(label);
    // Weights: every tensor once (a tied output shares token_embd on the CPU), to the byte as printed:
    // two figures printed to 0.01 MiB are within 0.01 of the sum (largest difference 0.0065 MiB on
    // 2026-11-29, d33dc98); the KV buffer, one figure, within 0.005 (achieved 0.0000).
    EXPECT_NEAR(static_cast<double>(e.cpu.weights_bytes) / kMiB, loaded_mib, 0.01);
    EXPECT_NEAR(static_cast<double>(e.cpu.kv_cache_bytes) / kMiB, mib(row, "kv_mib"), 0.005);
    weights_worst_mib = std::max(weights_worst_mib, std::fabs(static_cast<double>(e.cpu.weights_bytes) / kMiB - loaded_mib));
    kv_worst_mib = std::max(kv_worst_mib, std::fabs(static_cast<double>(e.cpu.kv_cache_bytes) / kMiB - mib(row, "kv_mib")));
    weights.add(static_cast<double>(e.cpu.weights_bytes) / kMiB, loaded_mib);
    kv.add(static_cast<double>(e.cpu.kv_cache_bytes) / kMiB, mib(row, "kv_mib"));
    compute.add(static_cast<double>(e.cpu.compute_bytes) / kMiB, mib(row, "compute_mib"));
    // Peak RSS for the flags Fitplan writes (-fa on). The -fa off rows check the compute buffer's size:
    // a 600-token prompt touches only part of their context-sized KQ buffer.
    if (flag_value(row.at("flags"), "-fa") == "on") total.add(static_cast<double>(e.cpu.total()) / kMiB, mib(row, "peak_rss_mib"));
    std::printf("  %-40s compute %7.2f / %7.2f MiB   total %8.1f / peak RSS %8.1f MiB  %+5.1f %%\n", label.c_str(),
                static_cast<double>(e.cpu.compute_bytes) / kMiB, mib(row, "compute_mib"), static_cast<double>(e.cpu.total()) / kMiB,
                mib(row, "peak_rss_mib"), 100 * (static_cast<double>(e.cpu.total()) / kMiB / mib(row, "peak_rss_mib") - 1));
  }
  // Every run of the table counts (26 without mmap, 20 of them -fa on): a shorter table fails here.
  ASSERT_GE(rows, 26);
  ASSERT_GE(total.errors.size(), 20u);
  weights.print();
  kv.print();
  compute.print();
  total.print();
  std::printf("largest difference from the printed MiB: weights %.4f MiB, KV cache %.4f MiB\n", weights_worst_mib, kv_worst_mib);
  // Bounds at about 1.5x what was achieved on 2026-11-29 (d33dc98), so that a regression fails; the
  // maximum of the compute buffer stays at the earlier 10 % (1.5x would be looser). The README's
  // "Estimator accuracy" table quotes these figures.
  EXPECT_LT(compute.median(), 0.0065);  // achieved 0.43 %
  EXPECT_LT(compute.p90(), 0.093);      // achieved 6.18 %
  EXPECT_LT(compute.max(), 0.10);       // achieved 8.43 %
  // The goals were within 3 % of peak RSS (median), 5 % at most; achieved far better.
  EXPECT_LT(total.median(), 0.0032);  // achieved 0.21 %
  EXPECT_LT(total.p90(), 0.026);      // achieved 1.72 %
  EXPECT_LT(total.max(), 0.033);      // achieved 2.21 %
}

// Weights streamed from disk are mapped (--load-mode mmap): CPU repacking would copy the repackable
// tensors into anonymous memory besides the mapped pages, so the commands add --no-repack. Measured:
// the same file and flags with and without it.
TEST(Measured, MappedWeightsStayMappedWithNoRepack) {
  const testing::CsvRow* repacked = nullptr;
  const testing::CsvRow* mapped = nullptr;
  std::vector<testing::CsvRow> rows;
  ASSERT_NO_FATAL_FAILURE(rows = measured("server_memory.csv", kServerColumns));
  for (const auto& row : rows) {
    if (flag_value(row.at("flags"), "--load-mode") != "mmap") continue;
    (has_flag(row.at("flags"), "--no-repack") ? mapped : repacked) = &row;
  }
  ASSERT_TRUE(repacked && mapped);
  const Estimate e = estimate_of(*mapped);
  // With --no-repack the whole (page-cached) file and the buffers: the plan's total (achieved +0.55 %
  // on 2026-11-29, d33dc98; the bound is about 1.5x that).
  EXPECT_NEAR(static_cast<double>(e.cpu.total()) / kMiB, mib(*mapped, "peak_rss_mib"), 0.0083 * mib(*mapped, "peak_rss_mib"));
  EXPECT_DOUBLE_EQ(mib(*mapped, "repack_buf_mib"), 0.0);
  // Without it, the repacked copies come on top: hundreds of MiB more for a 763 MiB file.
  EXPECT_GT(mib(*repacked, "peak_rss_mib") - mib(*mapped, "peak_rss_mib"), 0.8 * mib(*repacked, "repack_buf_mib"));
  std::printf("mmap peak RSS: %.1f MiB with repacking, %.1f MiB with --no-repack (plan %.1f MiB, %+.2f %%)\n",
              mib(*repacked, "peak_rss_mib"), mib(*mapped, "peak_rss_mib"), static_cast<double>(e.cpu.total()) / kMiB,
              100 * (static_cast<double>(e.cpu.total()) / kMiB / mib(*mapped, "peak_rss_mib") - 1));
}

}  // namespace
}  // namespace fitplan

namespace fitplan {
namespace {

// "llama3.2-1b-Q4_K_M" -> {"llama3.2-1b", Q4_K_M}
std::pair<std::string, FileType> model_and_type(const std::string& name) {
  const auto dash = name.find_last_of('-');
  return {name.substr(0, dash), parse_file_type(name.substr(dash + 1)).value()};
}

Estimate bench_estimate(const testing::CsvRow& row) {
  const auto [model, file_type] = model_and_type(row.at("file"));
  const auto arch = find_model(model)->arch;
  const auto hw = find_hardware("cpu-2c-24g").value();
  const auto tensors = model_tensors(arch);
  const auto layout = weights_layout(arch, tensors, file_type_assignment(arch, tensors, file_type));
  const auto depth = static_cast<std::uint32_t>(number(row, "n_depth"));
  const auto gen = static_cast<std::uint32_t>(number(row, "n_gen"));
  const auto prompt = static_cast<std::uint32_t>(number(row, "n_prompt"));
  EstimateRequest request;
  request.context_tokens = depth + std::max(gen, prompt);
  request.kv.type_k = parse_kv_type(row.at("type_k")).value();
  request.kv.type_v = parse_kv_type(row.at("type_v")).value();
  request.kv.n_outputs = 512;  // llama-bench reserves a whole ubatch of logits (no effect on speed)
  request.blocks = layer_split(arch, hw, 0).blocks;
  request.output_on_gpu = false;
  request.decode_depth_tokens = depth + gen / 2;
  request.prompt_tokens = std::max<std::uint32_t>(1, prompt);
  return estimate(arch, layout, hw, request);
}

TEST(Measured, CpuDecodeAndPrefillOfTheGeneratedSettings) {
  std::map<std::string, Accuracy> decode_by_size;
  Accuracy decode("cpu decode (llama-bench tg, all rows)"), prefill("cpu prefill (llama-bench pp512)");
  int prefill_rows = 0, prefill_covered = 0, decode_covered = 0;
  std::vector<testing::CsvRow> bench;
  ASSERT_NO_FATAL_FAILURE(bench = measured("cpu_bench.csv", {"file", "n_prompt", "n_gen", "n_depth", "type_k", "type_v", "avg_ts"}));
  for (const auto& row : bench) {
    const Estimate e = bench_estimate(row);
    const double measured_tps = number(row, "avg_ts");
    const bool is_prefill = number(row, "n_prompt") > 0;
    const SpeedEstimate& speed = is_prefill ? e.prefill : e.decode;
    std::printf("  %-22s %-4s depth %5s KV %-5s measured %7.2f  estimated %7.2f tok/s  %+6.1f %%  band %.1f-%.1f\n", row.at("file").c_str(),
                is_prefill ? "pp" : "tg", row.at("n_depth").c_str(), row.at("type_k").c_str(), measured_tps, speed.tokens_per_second,
                100 * (speed.tokens_per_second / measured_tps - 1), speed.low, speed.high);
    const bool covered = measured_tps >= speed.low && measured_tps <= speed.high;
    if (is_prefill) {
      prefill.add(speed.tokens_per_second, measured_tps);
      ++prefill_rows;
      prefill_covered += covered ? 1 : 0;
    } else {
      decode.add(speed.tokens_per_second, measured_tps);
      const std::string model = model_and_type(row.at("file")).first;
      decode_by_size.try_emplace(model, "  cpu decode " + model).first->second.add(speed.tokens_per_second, measured_tps);
      decode_covered += covered ? 1 : 0;
    }
  }
  ASSERT_GE(decode.errors.size(), 26u);  // every row of the table (26 tg, 4 pp)
  ASSERT_GE(prefill_rows, 4);
  decode.print();
  for (const auto& [model, accuracy] : decode_by_size) {
    accuracy.print();
    // The goal, per model size (achieved on 2026-11-29, d33dc98: 1B 7.84 %, 3B 6.95 %, 8B
    // 8.04 %; 1.5x would be looser than the goal).
    EXPECT_LE(accuracy.median(), 0.10) << model;
  }
  prefill.print();
  std::printf("decode band covers %d of %zu rows; prefill band covers %d of %d rows\n", decode_covered, decode.errors.size(),
              prefill_covered, prefill_rows);
  // All rows, at about 1.5x what was achieved on 2026-11-29 (d33dc98), the median capped at the goal.
  EXPECT_LE(decode.median(), 0.10);   // achieved 7.14 %
  EXPECT_LE(decode.p90(), 0.24);      // achieved 16.15 %
  EXPECT_LE(prefill.median(), 0.18);  // achieved 12.21 %
  EXPECT_LE(prefill.max(), 0.33);     // achieved 22.06 %
  // The decode band missed 3 of 26 rows: at most 4.
  EXPECT_LE(static_cast<int>(decode.errors.size()) - decode_covered, 4);
  EXPECT_GE(prefill_covered, 0.8 * prefill_rows);
}

}  // namespace
}  // namespace fitplan
