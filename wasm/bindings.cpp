// Embind entry points of the fitplan_core WebAssembly module. No logic lives here: each entry
// point reads its request (requests.hpp, through the core's request-field table), calls the core
// and returns the core's own JSON (fitplan/serialize.hpp, the one serializer, which the native
// golden tests read too) in the { ok, error, value } envelope (convert.hpp). The raw module's
// TypeScript shape is wasm/src/native/fitplan_core.d.mts; keep the two in step
// (tests/wasm/conformance.test.ts checks it).
#include <emscripten/bind.h>

#include <string>
#include <utility>

#include "convert.hpp"
#include "fitplan/analysis.hpp"
#include "fitplan/commands.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/rank.hpp"
#include "fitplan/serialize.hpp"
#include "requests.hpp"

namespace fitplan::js {
namespace {

// The core's JSON text of a result, parsed once into JavaScript values.
val json_value(Result<std::string> text) { return val::global("JSON").call<val>("parse", unwrap(std::move(text))); }

val models_js() {
  return guarded([] { return json_value(models_json()); });
}

val hardware_js() {
  return guarded([] { return json_value(hardware_json()); });
}

val analyze_js(val request_value) {
  return guarded([&] {
    const AnalyzeRequest request = read_analyze_request(request_reader(request_value));
    auto result = fitplan::analyze(request);
    if (!result) {
      Error error = result.error();
      // analyze() has one KV type for K and V; the core's checks name them separately.
      if (error.field == "kvCacheTypeK" || error.field == "kvCacheTypeV") error.field = "kvCacheType";
      throw InputError(std::move(error));
    }
    return json_value(analysis_json(request, result.value()));
  });
}

val plan_js(val request_value) {
  return guarded([&] {
    const PlanRequest request = read_plan_request(request_reader(request_value));
    return json_value(plan_result_json(request, unwrap(make_plan(request))));
  });
}

// Every non-dominated (quality, decode speed, memory) point with its plan.
val frontier_js(val request_value) {
  return guarded([&] {
    const PlanRequest request = read_plan_request(request_reader(request_value));
    return json_value(frontier_json(request, unwrap(make_frontier(request))));
  });
}

// frontier()'s points without their plans: figures, histogram and decisions (the blocks as runs).
val lean_frontier_js(val request_value) {
  return guarded([&] {
    const PlanRequest request = read_plan_request(request_reader(request_value));
    return json_value(lean_frontier_json(unwrap(make_lean_frontier(request))));
  });
}

// evaluatePlan({ request, plan }): the whole plan of `plan`'s decisions (a plan, or a leanFrontier()
// point) for its request, every figure recomputed by the core.
val evaluate_plan_js(val request_value) {
  return guarded([&] {
    const PlanSpecRequest request = read_plan_spec_request(request_reader(request_value));
    return json_value(plan_json(request.request, evaluated_plan(request)));
  });
}

val rank_models_js(val request_value) {
  return guarded([&] {
    const RankModelsRequest request = read_rank_models_request(request_reader(request_value));
    return json_value(rank_models_json(request, unwrap(rank_models(request))));
  });
}

val rank_hardware_js(val request_value) {
  return guarded([&] {
    const RankHardwareRequest request = read_rank_hardware_request(request_reader(request_value));
    return json_value(rank_hardware_json(request, unwrap(rank_hardware(request))));
  });
}

// tensorTable({ model, fileType }): every GGUF tensor of the model (loader order) with the type
// llama-quantize gives it in a whole file of `fileType`: [{ name, dims, type }], dims as a GGUF
// header stores them (dims[0] = row length). Raw module only (tests write GGUF headers from it).
val tensor_table_js(val request_value) {
  return guarded([&] {
    const ObjectReader request = request_reader(request_value);
    const ModelPreset model = read_model(request);
    return json_value(tensor_table_json(model.arch, read_file_type(request, "fileType")));
  });
}

// The runtime commands that realise `plan` (from plan() or a frontier point) for the model and
// hardware of its request; the plan's figures are re-estimated by the core, never trusted.
val commands_js(val request_value) {
  return guarded([&] {
    const CommandsRequest request = read_commands_request(request_reader(request_value));
    const Plan plan = evaluated_plan(request.plan);
    const PlanRequest& core = request.plan.request;
    return json_value(commands_json(unwrap(make_commands(core.model, core.hardware, plan, request.options))));
  });
}

// The core's tables that the TypeScript layer, the CLI, the page and the README derive from
// (wasm/src/generated/contract.ts is generated from it; tests/wasm/contract.test.ts checks it is current).
val contract_js() {
  return guarded([] { return json_value(contract_json()); });
}

}  // namespace
}  // namespace fitplan::js

EMSCRIPTEN_BINDINGS(fitplan_core) {
  emscripten::function("models", &fitplan::js::models_js);
  emscripten::function("hardware", &fitplan::js::hardware_js);
  emscripten::function("analyze", &fitplan::js::analyze_js);
  emscripten::function("plan", &fitplan::js::plan_js);
  emscripten::function("frontier", &fitplan::js::frontier_js);
  emscripten::function("leanFrontier", &fitplan::js::lean_frontier_js);
  emscripten::function("evaluatePlan", &fitplan::js::evaluate_plan_js);
  emscripten::function("commands", &fitplan::js::commands_js);
  emscripten::function("tensorTable", &fitplan::js::tensor_table_js);
  emscripten::function("rankModels", &fitplan::js::rank_models_js);
  emscripten::function("rankHardware", &fitplan::js::rank_hardware_js);
  emscripten::function("contract", &fitplan::js::contract_js);
}
