// Golden cases shared with tests/wasm/golden.test.ts: tests/golden/*.json hold a request in the
// TypeScript API's shape and the expected result (a subset of the API's fields, same names).
// The result is the core's own JSON (fitplan/serialize.hpp, what the WebAssembly binding returns),
// projected onto the expected subset; native and WebAssembly must both reproduce every value exactly.
// FITPLAN_UPDATE_GOLDEN=1 rewrites the expected values (the same subset) from the native build.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "fitplan/analysis.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/rank.hpp"
#include "fitplan/request_fields.hpp"
#include "fitplan/serialize.hpp"

namespace fitplan {
namespace {

using nlohmann::ordered_json;

// The parts of `actual` that `shape` has: its keys of objects, element by element in arrays.
ordered_json project(const ordered_json& actual, const ordered_json& shape) {
  if (shape.is_object() && actual.is_object()) {
    ordered_json out = ordered_json::object();
    for (const auto& [key, value] : shape.items()) out[key] = actual.contains(key) ? project(actual.at(key), value) : ordered_json();
    return out;
  }
  if (shape.is_array() && actual.is_array() && !shape.empty()) {
    ordered_json out = ordered_json::array();
    for (std::size_t i = 0; i < actual.size(); ++i) out.push_back(project(actual[i], shape[std::min(i, shape.size() - 1)]));
    return out;
  }
  return actual;
}

ordered_json parsed(const Result<std::string>& text) { return ordered_json::parse(text.value()); }

// The golden requests name catalog ids only; each key must be a field of the core's table, and the
// options start from the core's defaults (PlanOptions, AnalyzeRequest), as the binding's do.
void expect_field(FieldGroup group, const std::string& key) {
  EXPECT_NE(find_request_field(group, key), nullptr) << "golden request key '" << key << "' is not a request field";
}

PlanOptions plan_options(const ordered_json& request, std::uint32_t fallback_context) {
  PlanOptions o = default_plan_options(request.value("contextLength", fallback_context));
  for (const auto& [key, value] : request.items()) {
    if (key == "model" || key == "hardware" || key == "machines" || key == "family") continue;
    expect_field(FieldGroup::kPlan, key);
    if (key == "minContextLength") o.min_context_tokens = value.get<std::uint32_t>();
    if (key == "targetTps") o.target_tokens_per_second = value.get<double>();
    if (key == "kv") o.kv_policy = parse_kv_policy(value.get<std::string>()).value();
    if (key == "compare") o.compare_baseline = value.get<bool>();
  }
  return o;
}

ordered_json compute(const std::string& kind, const ordered_json& request) {
  if (kind == "analyze") {
    AnalyzeRequest core;
    core.model = find_model(request.at("model").get<std::string>()).value();
    core.hardware = find_hardware(request.at("hardware").get<std::string>()).value();
    for (const auto& [key, value] : request.items()) {
      if (key == "model" || key == "hardware") continue;
      expect_field(FieldGroup::kAnalyze, key);
      if (key == "contextLength") core.context_tokens = value.get<std::uint32_t>();
      if (key == "kvCacheType") core.kv_type = parse_kv_type(value.get<std::string>()).value();
      if (key == "promptTokens") core.prompt_tokens = value.get<std::uint32_t>();
    }
    return parsed(analysis_json(core, analyze(core).value()));
  }
  if (kind == "rank-models") {
    RankModelsRequest core{model_catalog(),
                           find_hardware(request.at("hardware").get<std::string>()).value(),
                           plan_options(request, PlanOptions{}.context_tokens),
                           {},
                           RankOrder::kRecommended};
    core.filter.family = request.value("family", "");
    return parsed(rank_models_json(core, rank_models(core).value()));
  }
  if (kind == "rank-hardware") {
    RankHardwareRequest core{
        find_model(request.at("model").get<std::string>()).value(), {}, plan_options(request, PlanOptions{}.context_tokens)};
    for (const auto& id : request.at("machines")) core.machines.push_back(find_hardware(id.get<std::string>()).value());
    return parsed(rank_hardware_json(core, rank_hardware(core).value()));
  }
  const PlanRequest core{find_model(request.at("model").get<std::string>()).value(),
                         find_hardware(request.at("hardware").get<std::string>()).value(), plan_options(request, 0)};
  if (kind == "plan") return parsed(plan_result_json(core, make_plan(core).value()));
  if (kind == "lean-frontier") return parsed(lean_frontier_json(make_lean_frontier(core).value()));
  return parsed(frontier_json(core, make_frontier(core).value()));
}

TEST(Golden, NativeResultsEqualTheSharedGoldenCases) {
  const bool update = std::getenv("FITPLAN_UPDATE_GOLDEN") != nullptr;
  int cases = 0;
  for (const auto& entry : std::filesystem::directory_iterator(FITPLAN_GOLDEN_DIR)) {
    if (entry.path().extension() != ".json") continue;
    std::ifstream in(entry.path());
    ordered_json golden = ordered_json::parse(in);
    const ordered_json& expected = golden.at("expected");
    ASSERT_FALSE(expected.empty()) << entry.path().filename() << ": an empty expectation tests nothing";
    const ordered_json actual = project(compute(golden.at("kind"), golden.at("request")), expected);
    if (update) {
      golden["expected"] = actual;
      std::ofstream(entry.path()) << golden.dump(2) << "\n";
    } else {
      EXPECT_EQ(actual, expected) << entry.path().filename();
    }
    ++cases;
  }
  EXPECT_GE(cases, 10);
}

}  // namespace
}  // namespace fitplan
