// Google Benchmark: the core's hot entry points on the reference cases.
// Run: build/native/tests/fitplan_bench --benchmark_repetitions=5 --benchmark_report_aggregates_only=true
#include <benchmark/benchmark.h>

#include "fitplan/analysis.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/rank.hpp"
#include "fitplan/serialize.hpp"

namespace fitplan {
namespace {

void BM_AnalyzeLlama31_70bOnRtx4090(benchmark::State& state) {
  AnalyzeRequest request{find_model("llama3.1-70b").value(), find_hardware("rtx4090").value(), 8192, KvType::kF16, 512};
  for (auto _ : state) benchmark::DoNotOptimize(analyze(request));
}
BENCHMARK(BM_AnalyzeLlama31_70bOnRtx4090)->Unit(benchmark::kMillisecond);

PlanRequest plan_request() {
  PlanRequest request{find_model("llama3.1-70b").value(), find_hardware("rtx4090").value(), {}};
  request.options.context_tokens = 8192;
  request.options.target_tokens_per_second = 3;
  return request;
}

void BM_PlanLlama31_70bOnRtx4090(benchmark::State& state) {
  const auto request = plan_request();
  for (auto _ : state) benchmark::DoNotOptimize(make_plan(request));
}
BENCHMARK(BM_PlanLlama31_70bOnRtx4090)->Unit(benchmark::kMillisecond);

// The default objective (no target): the Q4_K_M floor, the speed grades, every published file.
void BM_PlanDefaultLlama31_70bOnRtx4090(benchmark::State& state) {
  auto request = plan_request();
  request.options.target_tokens_per_second = 0;
  for (auto _ : state) benchmark::DoNotOptimize(make_plan(request));
}
BENCHMARK(BM_PlanDefaultLlama31_70bOnRtx4090)->Unit(benchmark::kMillisecond);

void BM_FrontierLlama31_70bOnRtx4090(benchmark::State& state) {
  const auto request = plan_request();
  for (auto _ : state) benchmark::DoNotOptimize(make_frontier(request));
}
BENCHMARK(BM_FrontierLlama31_70bOnRtx4090)->Unit(benchmark::kMillisecond);

// The same points without their plans (what a frontier chart needs), and their JSON.
void BM_LeanFrontierLlama31_70bOnRtx4090(benchmark::State& state) {
  const auto request = plan_request();
  for (auto _ : state) benchmark::DoNotOptimize(lean_frontier_json(make_lean_frontier(request).value()));
}
BENCHMARK(BM_LeanFrontierLlama31_70bOnRtx4090)->Unit(benchmark::kMillisecond);

// Issue #10's budget case: every catalog model ranked on one machine (the page's "What can I run").
void BM_RankModelsOnRtx4090(benchmark::State& state) {
  RankModelsRequest request{model_catalog(), find_hardware("rtx4090").value(), {}, {}, RankOrder::kRecommended};
  request.options.context_tokens = 8192;
  for (auto _ : state) benchmark::DoNotOptimize(rank_models(request));
}
BENCHMARK(BM_RankModelsOnRtx4090)->Unit(benchmark::kMillisecond);

// "What should I buy": one model on every catalog machine.
void BM_RankHardwareQwen3_32b(benchmark::State& state) {
  RankHardwareRequest request{find_model("qwen3-32b").value(), hardware_catalog(), {}, RankOrder::kRecommended, false};
  request.options.context_tokens = 8192;
  for (auto _ : state) benchmark::DoNotOptimize(rank_hardware(request));
}
BENCHMARK(BM_RankHardwareQwen3_32b)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace fitplan
