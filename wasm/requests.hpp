#pragma once
// Requests of the binding's entry points read into the core's request structs: each field through
// ObjectReader (convert.hpp) with the range, unit and default of the core's request-field table
// (fitplan/request_fields.hpp), each error naming the field as the caller spelled it. Only
// bindings.cpp includes this file.
#include <algorithm>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "convert.hpp"
#include "fitplan/analysis.hpp"
#include "fitplan/commands.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/rank.hpp"
#include "fitplan/request_fields.hpp"

namespace fitplan::js {

// `fileTypes` of analyze(): absent = the default list, 'all', or an array of file-type names
// (the core resolves the names and names `fileTypes` when one is unknown).
inline std::vector<std::string> read_file_type_names(const ObjectReader& request, const std::string& key) {
  if (!request.has(key)) return {};
  const std::string field = request.field(key);
  const std::string what = "'all' or an array of llama.cpp file type names";
  if (request.type_of(key) == "string") {
    if (request.string(key) != "all") fail(ErrorCode::kInvalidArgument, field, "'" + field + "' must be " + what);
    return {"all"};
  }
  const val list = request.get(key);
  if (!list.isArray()) fail(ErrorCode::kInvalidArgument, field, "'" + field + "' must be " + what);
  const int n = list["length"].as<int>();
  constexpr int kMaxNames = 256;
  if (n > kMaxNames) fail(ErrorCode::kOutOfRange, field, "'" + field + "' has " + std::to_string(n) + " names; allowed at most 256");
  std::vector<std::string> names;
  for (int i = 0; i < n; ++i) {
    const std::string at = field + "[" + std::to_string(i) + "]";
    if (list[i].typeOf().as<std::string>() != "string") fail(ErrorCode::kInvalidArgument, at, "'" + at + "' must be a file type name");
    names.push_back(list[i].as<std::string>());
  }
  return names;
}

inline const RequestField& plan_field(std::string_view name) { return request_field(FieldGroup::kPlan, name); }

// The options of plan(), frontier() and the rankings: contextLength and the optional fields; each
// field's range comes from the core's table, each default from PlanOptions.
inline PlanOptions read_plan_options(const ObjectReader& request) {
  PlanOptions o = default_plan_options(static_cast<std::uint32_t>(request.integer(plan_field("contextLength"))));
  if (request.has("minContextLength")) o.min_context_tokens = static_cast<std::uint32_t>(request.integer(plan_field("minContextLength")));
  if (request.has("targetTps")) o.target_tokens_per_second = request.number(plan_field("targetTps"));
  if (request.has("kv")) o.kv_policy = request.choice(plan_field("kv"), parse_kv_policy);
  if (request.has("minQuant"))
    o.min_quant = request.choice(plan_field("minQuant"), [](const std::string& t) { return parse_file_type(t); });
  if (request.has("allowDisk")) o.allow_disk = request.boolean("allowDisk");
  if (request.has("promptTokens")) o.prompt_tokens = static_cast<std::uint32_t>(request.integer(plan_field("promptTokens")));
  if (request.has("outputTokens")) o.output_tokens = static_cast<std::uint32_t>(request.integer(plan_field("outputTokens")));
  if (request.has("maxQualityLoss")) o.max_quality_loss_percent = request.number(plan_field("maxQualityLoss"));
  if (request.has("usableTps")) o.usable_tokens_per_second = request.number(plan_field("usableTps"));
  if (request.has("slowTps")) o.slow_tokens_per_second = request.number(plan_field("slowTps"));
  if (request.has("compare")) o.compare_baseline = request.boolean("compare");
  if (request.has("objective")) o.objective = request.choice(plan_field("objective"), parse_objective);
  if (request.has("blockSensitivity")) {
    val list = request.get("blockSensitivity");
    if (!list.isArray())
      fail(ErrorCode::kInvalidArgument, request.field("blockSensitivity"), "'blockSensitivity' must be an array of numbers");
    const int n = list["length"].as<int>();
    for (int i = 0; i < n; ++i) {
      val v = list[i];
      if (v.typeOf().as<std::string>() != "number") {
        fail(ErrorCode::kInvalidArgument, request.field("blockSensitivity"), "'blockSensitivity' must contain only numbers");
      }
      o.block_sensitivity.push_back(v.as<double>());
    }
  }
  return o;
}

inline PlanRequest read_plan_request(const ObjectReader& request) {
  PlanRequest core;
  core.model = read_model(request);
  core.hardware = read_hardware(request);
  core.options = read_plan_options(request);
  return core;
}

// analyze({ model, hardware, contextLength, kvCacheType, promptTokens, fileTypes? })
inline AnalyzeRequest read_analyze_request(const ObjectReader& request) {
  const auto field = [](std::string_view name) -> const RequestField& { return request_field(FieldGroup::kAnalyze, name); };
  AnalyzeRequest core;
  core.model = read_model(request);
  core.file = read_model_file(request, core.model);
  core.hardware = read_hardware(request);
  core.context_tokens = static_cast<std::uint32_t>(request.integer(field("contextLength")));
  core.kv_type = request.choice(field("kvCacheType"), parse_kv_type);
  core.prompt_tokens = static_cast<std::uint32_t>(request.integer(field("promptTokens")));
  core.file_types = read_file_type_names(request, "fileTypes");
  return core;
}

inline RankOrder read_rank_order(const ObjectReader& request) {
  return request.has("order") ? request.choice(request_field(FieldGroup::kRank, "order"), parse_rank_order) : RankModelsRequest{}.order;
}

// rankModels({ models: [id | model object], hardware, contextLength, family?, maxParamsB?, order?, ...plan options })
inline RankModelsRequest read_rank_models_request(const ObjectReader& request) {
  RankModelsRequest core;
  core.hardware = read_hardware(request);
  if (!request.get("models").isArray())
    fail(ErrorCode::kInvalidArgument, "models", "'models' must be an array of model ids or model objects");
  const val list = request.get("models");
  const int n = list["length"].as<int>();
  for (int i = 0; i < n; ++i) core.models.push_back(read_model_value(list[i], "models[" + std::to_string(i) + "]"));
  core.options = read_plan_options(request);
  core.filter.family = request.string_or("family", "");
  if (request.has("maxParamsB")) core.filter.max_params_b = request.number(request_field(FieldGroup::kRank, "maxParamsB"));
  core.order = read_rank_order(request);
  return core;
}

// rankHardware({ model, machines?: [id | machine], contextLength, order?, includeInfeasible?, ...plan options })
inline RankHardwareRequest read_rank_hardware_request(const ObjectReader& request) {
  RankHardwareRequest core;
  core.model = read_model(request);
  if (request.has("machines")) {
    if (!request.get("machines").isArray())
      fail(ErrorCode::kInvalidArgument, "machines", "'machines' must be an array of hardware ids or machine objects");
    const val list = request.get("machines");
    const int n = list["length"].as<int>();
    for (int i = 0; i < n; ++i) core.machines.push_back(read_hardware_value(list[i], "machines[" + std::to_string(i) + "]"));
  } else {
    core.machines = hardware_catalog();
  }
  core.options = read_plan_options(request);
  core.order = read_rank_order(request);
  if (request.has("includeInfeasible")) core.include_infeasible = request.boolean("includeInfeasible");
  return core;
}

// A name of `table` in the field `key` of `reader`; the error names the field and lists the names.
template <typename E, std::size_t N>
E read_name(const ObjectReader& reader, const std::string& key, const EnumTable<E, N>& table, const std::string& what) {
  auto value = parse_enum(table, reader.string(key), reader.field(key), what);
  if (!value) throw InputError(value.error());
  return value.value();
}

inline FileType read_file_type(const ObjectReader& reader, const std::string& key) {
  auto type = parse_file_type(reader.string(key));
  if (!type) fail(type.error().code, reader.field(key), type.error().message);
  return type.value();
}

inline KvType read_kv(const ObjectReader& reader, const std::string& key) {
  auto type = parse_kv_type(reader.string(key));
  if (!type) fail(type.error().code, reader.field(key), type.error().message);
  return type.value();
}

// Runs of consecutive blocks (a lean frontier point's typeRuns / tierRuns): `read` takes each run's
// own fields into the block it is given; the runs must count the model's `n_layer` blocks.
template <typename Read>
void read_runs(const ObjectReader& plan, const std::string& key, const std::string& what, std::vector<PlanLayer>& layers, int n_layer,
               Read&& read) {
  const std::string field = plan.field(key);
  int block = 0;
  plan.for_each_object(key, what, [&](const ObjectReader& run) {
    const auto count = static_cast<int>(run.integer("count", 1, 100000));
    if (block + count > n_layer)
      fail(ErrorCode::kInvalidArgument, field, "'" + field + "' counts more blocks than the model's " + std::to_string(n_layer));
    for (int b = block; b < block + count; ++b) read(run, layers[static_cast<std::size_t>(b)]);
    block += count;
  });
  if (block != n_layer) {
    fail(ErrorCode::kInvalidArgument, field,
         "'" + field + "' counts " + std::to_string(block) + " blocks; the model has " + std::to_string(n_layer));
  }
}

// The decisions of a plan object (as plan() returned it), or of a lean frontier point (its blocks
// as typeRuns and tierRuns, which must count the model's `n_layer` blocks); the figures are
// recomputed by the core.
inline PlanSpec read_plan_spec(const ObjectReader& plan, int n_layer) {
  constexpr auto kMaxTokens = static_cast<std::int64_t>(std::numeric_limits<std::uint32_t>::max());
  PlanSpec spec;
  spec.context_tokens = static_cast<std::uint32_t>(plan.integer("contextLength", 1, kMaxTokens));
  spec.kv_type_k = read_kv(plan, "kvCacheTypeK");
  spec.kv_type_v = read_kv(plan, "kvCacheTypeV");
  spec.head_recipe = read_file_type(plan, "baseFileType");
  if (plan.has("layers") || !(plan.has("typeRuns") || plan.has("tierRuns"))) {
    plan.for_each_object("layers", "a layer object", [&](const ObjectReader& layer) {
      PlanLayer l;
      l.index = static_cast<int>(layer.integer("index", 0, 100000));
      l.recipe = read_file_type(layer, "type");
      l.attention_tier = read_name(layer, "attentionTier", kTierNames, "tier");
      l.ffn_tier = read_name(layer, "ffnTier", kTierNames, "tier");
      l.gpu_index = layer.has("gpuIndex") ? static_cast<int>(layer.integer("gpuIndex", 0, 64)) : 0;
      spec.layers.push_back(l);
    });
  } else {
    // The GPU of each block follows from the tiers (the core assigns it).
    spec.layers.resize(static_cast<std::size_t>(std::max(0, n_layer)));
    for (int b = 0; b < n_layer; ++b) spec.layers[static_cast<std::size_t>(b)].index = b;
    read_runs(plan, "typeRuns", "a run object { type, count }", spec.layers, n_layer,
              [](const ObjectReader& run, PlanLayer& l) { l.recipe = read_file_type(run, "type"); });
    read_runs(plan, "tierRuns", "a run object { attentionTier, ffnTier, count }", spec.layers, n_layer,
              [](const ObjectReader& run, PlanLayer& l) {
                l.attention_tier = read_name(run, "attentionTier", kTierNames, "tier");
                l.ffn_tier = read_name(run, "ffnTier", kTierNames, "tier");
              });
  }
  if (plan.type_of("placement") != "object" || plan.get("placement").isNull())
    fail(ErrorCode::kInvalidArgument, plan.field("placement"), "'placement' must be an object");
  const ObjectReader placement(plan.get("placement"), plan.field("placement") + ".");
  spec.n_gpu_layers = static_cast<int>(placement.integer("nGpuLayers", 0, 100000));
  spec.n_cpu_moe = placement.has("nCpuMoe") ? static_cast<int>(placement.integer("nCpuMoe", 0, 100000)) : 0;
  spec.placement_kind = read_name(placement, "kind", kPlacementKindNames, "placement kind");
  return spec;
}

// evaluatePlan({ request, plan }) and the first two fields of commands(): a plan's request and its
// decisions (a plan object, or a lean frontier point).
struct PlanSpecRequest {
  PlanRequest request;
  PlanSpec spec;
  bool runs = false;  // the blocks came as plan.typeRuns / tierRuns (the core's errors about their tiers name plan.layers)
};

inline PlanSpecRequest read_plan_spec_request(const ObjectReader& outer) {
  if (outer.type_of("request") != "object" || outer.get("request").isNull())
    fail(ErrorCode::kInvalidArgument, "request", "'request' (the plan's request) must be an object");
  if (outer.type_of("plan") != "object" || outer.get("plan").isNull())
    fail(ErrorCode::kInvalidArgument, "plan", "'plan' must be a plan object returned by plan() or frontier(), or a leanFrontier() point");
  PlanSpecRequest core;
  core.request = read_plan_request(ObjectReader(outer.get("request"), ""));
  const ObjectReader plan(outer.get("plan"), "plan.");
  core.spec = read_plan_spec(plan, core.request.model.arch.n_layer);
  core.runs = !plan.has("layers") && (plan.has("typeRuns") || plan.has("tierRuns"));
  return core;
}

// The plan of a PlanSpecRequest (evaluate_plan), its errors about the blocks naming the field the
// caller gave them in (runs read right leave the core only the tiers to refuse: a GPU the machine lacks).
inline Plan evaluated_plan(const PlanSpecRequest& request) {
  auto plan = evaluate_plan(request.request, request.spec);
  if (!plan && request.runs && plan.error().field == "plan.layers") {
    Error error = plan.error();
    error.field = "plan.tierRuns";
    throw InputError(std::move(error));
  }
  return unwrap(std::move(plan));
}

// commands({ request, plan, options? }): the plan's request, its decisions and the command options.
struct CommandsRequest {
  PlanSpecRequest plan;
  CommandOptions options;
};

inline CommandsRequest read_commands_request(const ObjectReader& outer) {
  PlanSpecRequest plan = read_plan_spec_request(outer);
  CommandsRequest core{std::move(plan), {}};
  if (outer.has("options")) {
    if (outer.type_of("options") != "object" || outer.get("options").isNull())
      fail(ErrorCode::kInvalidArgument, "options", "'options' must be an object");
    const ObjectReader o(outer.get("options"), "options.");
    const auto field = [](std::string_view name) -> const RequestField& { return request_field(FieldGroup::kCommands, name); };
    CommandOptions& options = core.options;
    options.model_path = o.string_or("modelPath", options.model_path);
    options.source_path = o.string_or("sourcePath", options.source_path);
    options.hf_repo = o.string_or("hfRepo", options.hf_repo);
    options.imatrix_path = o.string_or("imatrixPath", options.imatrix_path);
    if (o.has("llamaCppBuild")) options.llama_cpp_build = o.choice(field("llamaCppBuild"), parse_llama_cpp_build);
    if (o.has("threads")) options.threads = static_cast<int>(o.integer(field("threads")));
    if (o.has("port")) options.port = static_cast<int>(o.integer(field("port")));
  }
  return core;
}

}  // namespace fitplan::js
