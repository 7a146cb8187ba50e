#pragma once
// The API's JSON for every result, in the shapes wasm/src/types.ts declares: the one serializer.
// The WebAssembly binding returns these texts (parsed once in JavaScript) and the native golden
// tests compare them with the shared golden files, so both read the same bytes. Every function
// fails with kInternal when a count would not be exact in JavaScript (above 2^53), which the
// core's checks rule out.
#include <string>
#include <vector>

#include "fitplan/analysis.hpp"
#include "fitplan/commands.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/rank.hpp"
#include "fitplan/result.hpp"

namespace fitplan {

// models(): every catalog model with its architecture; hardware(): every catalog machine.
Result<std::string> models_json();
Result<std::string> hardware_json();

// analyze(): the analysis of `request`.
Result<std::string> analysis_json(const AnalyzeRequest& request, const Analysis& analysis);

// plan(): the plan, its baseline, published file, custom build and requirements.
Result<std::string> plan_result_json(const PlanRequest& request, const PlanResult& result);

// frontier(): every point with its plan.
Result<std::string> frontier_json(const PlanRequest& request, const std::vector<FrontierPoint>& points);

// leanFrontier(): every point's figures and decisions, its blocks as runs of equal decisions.
Result<std::string> lean_frontier_json(const std::vector<LeanFrontierPoint>& points);

// evaluatePlan(): one plan, e.g. a lean frontier point's, rebuilt from its decisions.
Result<std::string> plan_json(const PlanRequest& request, const Plan& plan);

// rankModels() / rankHardware().
Result<std::string> rank_models_json(const RankModelsRequest& request, const RankModelsResult& result);
Result<std::string> rank_hardware_json(const RankHardwareRequest& request, const RankHardwareResult& result);

// commands(): every runtime's command.
Result<std::string> commands_json(const Commands& commands);

// tensorTable(): every GGUF tensor of `model` in a whole file of `file_type` ({ name, dims, type }).
Result<std::string> tensor_table_json(const ModelArchitecture& arch, FileType file_type);

// contract(): the tables the TypeScript layer derives from (enum names, request fields,
// architecture fields, constants of the API's defaults); see wasm/src/generated/contract.ts.
Result<std::string> contract_json();

}  // namespace fitplan
