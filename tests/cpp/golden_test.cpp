// Golden cases shared with tests/wasm/golden.test.ts: tests/golden/*.json hold a request in the
// TypeScript API's shape and the expected result (a subset of the API's fields, same names).
// Native and WebAssembly must both reproduce every expected value exactly.
// FITPLAN_UPDATE_GOLDEN=1 rewrites the expected values from the native build.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "fitplan/analysis.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/rank.hpp"

namespace fitplan {
namespace {

using nlohmann::ordered_json;

ordered_json analyze_json(const ordered_json& request) {
  AnalyzeRequest core;
  core.model = find_model(request.at("model").get<std::string>()).value();
  core.hardware = find_hardware(request.at("hardware").get<std::string>()).value();
  core.context_tokens = request.at("contextLength").get<std::uint32_t>();
  core.kv_type = parse_kv_type(request.value("kvCacheType", "f16")).value();
  core.prompt_tokens = request.value("promptTokens", 512u);
  const Analysis analysis = analyze(core).value();
  ordered_json out;
  out["contextLength"] = analysis.context_tokens;
  out["kvCacheType"] = to_string(analysis.kv_type);
  out["fileTypes"] = ordered_json::array();
  for (const auto& row : analysis.file_types) {
    out["fileTypes"].push_back({{"fileType", file_type_info(row.file_type).name},
                                {"weightsBytes", row.weights_bytes},
                                {"kvCacheBytes", row.kv_cache_bytes},
                                {"computeBytes", row.compute_bytes},
                                {"overheadBytes", row.overhead_bytes},
                                {"totalBytes", row.total_bytes},
                                {"gpuLayers", row.gpu_layers},
                                {"fitsVram", row.fits_vram},
                                {"fitsMemory", row.fits_memory},
                                {"decodeTokensPerSecond", row.decode.tokens_per_second},
                                {"prefillTokensPerSecond", row.prefill.tokens_per_second}});
  }
  return out;
}

PlanRequest plan_request(const ordered_json& request) {
  PlanRequest core{find_model(request.at("model").get<std::string>()).value(),
                   find_hardware(request.at("hardware").get<std::string>()).value(), {}};
  auto& o = core.options;
  o.context_tokens = request.at("contextLength").get<std::uint32_t>();
  o.min_context_tokens = request.value("minContextLength", std::min<std::uint32_t>(2048, o.context_tokens));
  o.target_tokens_per_second = request.value("targetTps", 0.0);
  o.kv_policy = parse_kv_policy(request.value("kv", "auto")).value();
  if (request.contains("minQuant")) o.min_quant = parse_file_type(request.at("minQuant").get<std::string>()).value();
  o.allow_disk = request.value("allowDisk", true);
  o.compare_baseline = request.value("compare", false);
  return core;
}

ordered_json plan_json(const Plan& plan) {
  ordered_json out;
  out["feasible"] = plan.feasible;
  out["contextLength"] = plan.context_tokens;
  out["kvCacheTypeK"] = to_string(plan.kv_type_k);
  out["kvCacheTypeV"] = to_string(plan.kv_type_v);
  out["layers"] = ordered_json::array();
  for (const auto& l : plan.layers) {
    out["layers"].push_back({{"index", l.index}, {"type", file_type_info(l.recipe).name}, {"tier", to_string(block_tier(l))}});
  }
  out["placement"] = {{"gpu", plan.gpu_blocks}, {"cpu", plan.cpu_blocks}, {"disk", plan.disk_blocks},
                      {"nGpuLayers", plan.n_gpu_layers}, {"nCpuMoe", plan.n_cpu_moe}};
  out["decodeTokensPerSecond"] = plan.estimate.decode.tokens_per_second;
  out["prefillTokensPerSecond"] = plan.estimate.prefill.tokens_per_second;
  out["qualityProxy"] = plan.quality_proxy;
  out["usability"] = {{"grade", to_string(plan.usability)}};
  return out;
}

// A ranking row as the API's RankedRow names its fields (a subset).
ordered_json rank_row_json(const RankRow& row) {
  ordered_json out;
  out["rank"] = row.rank;
  out["model"] = {{"id", row.plan.model_id}};
  out["hardware"] = {{"id", row.plan.hardware_id}};
  out["grade"] = to_string(row.plan.usability);
  out["decodeTokensPerSecond"] = row.plan.estimate.decode.tokens_per_second;
  out["qualityProxy"] = row.plan.quality_proxy;
  out["contextLength"] = row.plan.context_tokens;
  out["published"] = row.published ? ordered_json{{"repo", row.published->repo}, {"fileType", file_type_info(row.published->file.file_type).name}}
                                   : ordered_json(nullptr);
  return out;
}

// rank-models: { hardware, contextLength?, family?, maxParamsB?, order? } over the whole catalog;
// rank-hardware: { model, contextLength, machines: [ids], order? }.
ordered_json rank_json(const std::string& kind, const ordered_json& request) {
  PlanOptions o;
  o.context_tokens = request.value("contextLength", 8192u);
  o.min_context_tokens = std::min<std::uint32_t>(2048, o.context_tokens);
  o.target_tokens_per_second = request.value("targetTps", 0.0);
  const RankOrder order = parse_rank_order(request.value("order", "recommended")).value();
  ordered_json out;
  std::vector<RankRow> rows;
  if (kind == "rank-models") {
    RankModelsRequest core{model_catalog(), find_hardware(request.at("hardware").get<std::string>()).value(), o, {}, order};
    core.filter.family = request.value("family", "");
    core.filter.max_params_b = request.value("maxParamsB", 0.0);
    auto result = rank_models(core).value();
    out["orderRule"] = result.order_rule;
    rows = std::move(result.rows);
  } else {
    RankHardwareRequest core{find_model(request.at("model").get<std::string>()).value(), {}, o, order};
    for (const auto& id : request.at("machines")) core.machines.push_back(find_hardware(id.get<std::string>()).value());
    auto result = rank_hardware(core).value();
    out["orderRule"] = result.order_rule;
    out["needs"] = ordered_json::array();
    for (const auto& n : result.needs) {
      out["needs"].push_back({{"fileType", file_type_info(n.file_type).name}, {"vramBytes", n.vram_bytes},
                              {"gpuBandwidthGBps", n.gpu_bandwidth_gb_per_s}, {"gpuRamBytes", n.gpu_ram_bytes}});
    }
    rows = std::move(result.rows);
  }
  out["rows"] = ordered_json::array();
  for (const auto& row : rows) out["rows"].push_back(rank_row_json(row));
  return out;
}

ordered_json compute(const ordered_json& golden) {
  const std::string kind = golden.at("kind");
  const auto& request = golden.at("request");
  if (kind == "analyze") return analyze_json(request);
  if (kind == "rank-models" || kind == "rank-hardware") return rank_json(kind, request);
  if (kind == "plan") {
    const auto result = make_plan(plan_request(request)).value();
    ordered_json out = plan_json(result.plan);
    if (result.baseline) out["baseline"] = plan_json(*result.baseline);
    return out;
  }
  const auto points = make_frontier(plan_request(request)).value();
  ordered_json out = ordered_json::array();
  for (const auto& p : points) {
    out.push_back({{"qualityProxy", p.quality_proxy}, {"decodeTokensPerSecond", p.decode_tokens_per_second}, {"totalBytes", p.total_bytes}});
  }
  return out;
}

TEST(Golden, NativeResultsEqualTheSharedGoldenCases) {
  const bool update = std::getenv("FITPLAN_UPDATE_GOLDEN") != nullptr;
  int cases = 0;
  for (const auto& entry : std::filesystem::directory_iterator(FITPLAN_GOLDEN_DIR)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    ordered_json golden = ordered_json::parse(in);
    const ordered_json actual = compute(golden);
    if (update) {
      golden["expected"] = actual;
      std::ofstream(entry.path()) << golden.dump(2) << "\n";
    } else {
      EXPECT_EQ(actual, golden.at("expected")) << entry.path().filename();
    }
    ++cases;
  }
  EXPECT_GE(cases, 6);
}

}  // namespace
}  // namespace fitplan
