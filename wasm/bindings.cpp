// Embind entry points of the fitplan_core WebAssembly module. No logic lives here: each entry
// point reads its request (convert.hpp), calls the core and converts the result into the
// { ok, error, value } envelope. The raw module's TypeScript shape is wasm/src/native/fitplan_core.d.mts;
// keep the two in step (tests/wasm/conformance.test.ts checks it).
#include <emscripten/bind.h>

#include <algorithm>
#include <array>
#include <cstdint>
#include <limits>
#include <string>

#include "convert.hpp"
#include "json_writer.hpp"
#include "fitplan/analysis.hpp"
#include "fitplan/commands.hpp"
#include "fitplan/hardware.hpp"
#include "fitplan/model.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/quant.hpp"
#include "fitplan/quantizer.hpp"
#include "fitplan/rank.hpp"
#include "fitplan/tensors.hpp"

namespace fitplan::js {
namespace {

val file_type_to_js(const FileTypeAnalysis& row, double total_params) {
  val out = val::object();
  out.set("fileType", std::string(file_type_info(row.file_type).name));
  out.set("weightsBytes", exact_double(row.weights_bytes));
  out.set("kvCacheBytes", exact_double(row.kv_cache_bytes));
  out.set("computeBytes", exact_double(row.compute_bytes));
  out.set("overheadBytes", exact_double(row.overhead_bytes));
  out.set("totalBytes", exact_double(row.total_bytes));
  out.set("gpuLayers", row.gpu_layers);
  out.set("fitsVram", row.fits_vram);
  out.set("fitsMemory", row.fits_memory);
  out.set("decodeTokensPerSecond", row.decode.tokens_per_second);
  out.set("decodeTokensPerSecondLow", row.decode.low);
  out.set("decodeTokensPerSecondHigh", row.decode.high);
  out.set("prefillTokensPerSecond", row.prefill.tokens_per_second);
  out.set("prefillTokensPerSecondLow", row.prefill.low);
  out.set("prefillTokensPerSecondHigh", row.prefill.high);
  out.set("qualityRelPplPercent", row.quality_rel_ppl_percent);
  out.set("bitsPerWeight", total_params > 0 ? static_cast<double>(row.weights_bytes) * 8.0 / total_params : 0.0);
  return out;
}

// What the rows had to fit in and the reserve kept back (Analysis.capacity in types.ts).
val capacity_to_js(const Capacity& c) {
  val out = val::object();
  out.set("gpuCapacityBytes", exact_double(c.gpu_bytes_per_device));
  out.set("ramCapacityBytes", exact_double(c.ram_bytes));
  out.set("osReserveBytes", exact_double(c.os_reserve_bytes));
  out.set("gpuMarginBytes", exact_double(c.gpu_margin_bytes));
  return out;
}

// KV-cache type of a request; the core's error names "kvType", the request's field is `key`.
KvType read_kv_type(const ObjectReader& request, const std::string& key) {
  auto kv = parse_kv_type(request.string(key));
  if (!kv) fail(kv.error().code, request.field(key), kv.error().message);
  return kv.value();
}

// `fileTypes` of analyze(): absent = the default list, 'all', or an array of file-type names
// (the core resolves the names and names `fileTypes` when one is unknown).
std::vector<std::string> read_file_type_names(const ObjectReader& request, const std::string& key) {
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

val models_js() {
  return guarded([] { return array_of(model_catalog(), [](const ModelPreset& m) { return to_js(m); }); });
}

val hardware_js() {
  return guarded([] { return array_of(hardware_catalog(), [](const Hardware& h) { return to_js(h); }); });
}

// analyze({ model, hardware, contextLength, kvCacheType, promptTokens, fileTypes? })
val analyze_js(val request_value) {
  return guarded([&] {
    const ObjectReader request = request_reader(request_value);
    constexpr auto kMaxTokens = static_cast<std::int64_t>(std::numeric_limits<std::uint32_t>::max());
    AnalyzeRequest core_request;
    core_request.model = read_model(request);
    core_request.file = read_model_file(request, core_request.model);
    core_request.hardware = read_hardware(request);
    core_request.context_tokens = static_cast<std::uint32_t>(request.integer("contextLength", 1, kMaxTokens));
    core_request.kv_type = read_kv_type(request, "kvCacheType");
    core_request.prompt_tokens = static_cast<std::uint32_t>(request.integer("promptTokens", 1, kMaxTokens));
    core_request.file_types = read_file_type_names(request, "fileTypes");

    auto result = fitplan::analyze(core_request);
    if (!result) {
      Error error = result.error();
      // analyze() has one KV type for K and V; the core's checks name them separately.
      if (error.field == "kvCacheTypeK" || error.field == "kvCacheTypeV") error.field = "kvCacheType";
      throw InputError(std::move(error));
    }
    const Analysis& analysis = result.value();
    const double total = static_cast<double>(total_params(core_request.model.arch));

    val out = val::object();
    out.set("model", model_summary(core_request.model));
    out.set("hardware", to_js(core_request.hardware));
    out.set("contextLength", analysis.context_tokens);
    out.set("kvCacheType", std::string(to_string(analysis.kv_type)));
    out.set("capacity", capacity_to_js(analysis.capacity));
    out.set("fileTypes", array_of(analysis.file_types, [&](const FileTypeAnalysis& row) { return file_type_to_js(row, total); }));
    // The imported GGUF (model.file) as it is: a fileTypes row with the file's label.
    if (analysis.file) {
      val file = file_type_to_js(*analysis.file, total);
      file.set("label", analysis.file->label);
      out.set("file", file);
    } else {
      out.set("file", val::null());
    }
    return out;
  });
}


void write_tier_memory(JsonWriter& w, const TierMemory& m, Bytes capacity) {
  w.begin_object();
  w.field("weightsBytes", exact_double(m.weights_bytes));
  w.field("kvCacheBytes", exact_double(m.kv_cache_bytes));
  w.field("computeBytes", exact_double(m.compute_bytes));
  w.field("outputBytes", exact_double(m.output_bytes));
  w.field("overheadBytes", exact_double(m.overhead_bytes));
  w.field("totalBytes", exact_double(m.total()));
  w.field("capacityBytes", exact_double(capacity));
  w.field("headroomBytes", capacity >= m.total() ? exact_double(capacity - m.total()) : -exact_double(m.total() - capacity));
  w.end_object();
}

void write_strings(JsonWriter& w, const std::string& key, const std::vector<std::string>& values) {
  w.key(key).begin_array();
  for (const auto& v : values) w.value(v);
  w.end_array();
}

// One plan as a JSON object (see wasm/src/types.ts, Plan). `extra` appends request-level fields.
void write_plan(JsonWriter& w, const Plan& p, std::uint32_t prompt_tokens) {
  w.begin_object();
  w.field("feasible", p.feasible);
  w.field("model", p.model_id);
  w.field("hardware", p.hardware_id);
  w.field("contextLength", p.context_tokens);
  w.field("kvCacheTypeK", to_string(p.kv_type_k));
  w.field("kvCacheTypeV", to_string(p.kv_type_v));
  w.field("flashAttention", p.flash_attention);
  w.field("baseFileType", file_type_info(p.head_recipe).name);
  w.key("layers").begin_array();
  for (const auto& l : p.layers) {
    w.begin_object();
    w.field("index", l.index);
    w.field("type", file_type_info(l.recipe).name);
    w.field("tier", to_string(block_tier(l)));
    w.field("attentionTier", to_string(l.attention_tier));
    w.field("ffnTier", to_string(l.ffn_tier));
    w.field("gpuIndex", l.gpu_index);
    w.field("bytes", exact_double(l.bytes));
    w.end_object();
  }
  w.end_array();
  // Histogram in first-seen order of the ladder (small to large as layers list them).
  std::vector<std::pair<std::string, int>> histogram;
  for (const auto& l : p.layers) {
    const std::string name = file_type_info(l.recipe).name;
    bool found = false;
    for (auto& [n, count] : histogram) {
      if (n == name) {
        ++count;
        found = true;
      }
    }
    if (!found) histogram.emplace_back(name, 1);
  }
  w.key("histogram").begin_object();
  for (const auto& [name, count] : histogram) w.field(name, count);
  w.end_object();
  w.key("placement").begin_object();
  w.field("gpu", p.gpu_blocks);
  w.field("cpu", p.cpu_blocks);
  w.field("disk", p.disk_blocks);
  w.field("nGpuLayers", p.n_gpu_layers);
  w.field("nCpuMoe", p.n_cpu_moe);
  w.field("kind", to_string(p.placement_kind));
  write_strings(w, "tensorOverrides", p.tensor_overrides);
  w.end_object();
  w.key("memory").begin_object();
  w.key("gpus").begin_array();
  for (const auto& g : p.estimate.gpus) write_tier_memory(w, g, p.capacity.gpu_bytes_per_device);
  w.end_array();
  w.key("cpu");
  write_tier_memory(w, p.estimate.cpu, p.capacity.ram_bytes);
  w.field("diskBytes", exact_double(p.estimate.disk_bytes));
  w.field("gpuTotalBytes", exact_double(p.estimate.gpu_total()));
  w.field("totalBytes", exact_double(p.estimate.total()));
  w.field("kvCacheKBytes", exact_double(p.estimate.kv_k_bytes));
  w.field("kvCacheVBytes", exact_double(p.estimate.kv_v_bytes));
  w.field("osReserveBytes", exact_double(p.capacity.os_reserve_bytes));
  w.field("gpuMarginBytes", exact_double(p.capacity.gpu_margin_bytes));
  w.end_object();
  w.field("fileBytes", exact_double(p.file_bytes));
  w.field("decodeTokensPerSecond", p.estimate.decode.tokens_per_second);
  w.field("decodeTokensPerSecondLow", p.estimate.decode.low);
  w.field("decodeTokensPerSecondHigh", p.estimate.decode.high);
  w.field("prefillTokensPerSecond", p.estimate.prefill.tokens_per_second);
  w.field("prefillTokensPerSecondLow", p.estimate.prefill.low);
  w.field("prefillTokensPerSecondHigh", p.estimate.prefill.high);
  w.field("promptTokens", prompt_tokens);
  w.field("timeToFirstTokenSeconds", p.estimate.time_to_first_token_s);
  w.field("qualityProxy", p.quality_proxy);
  w.key("usability").begin_object();
  w.field("grade", to_string(p.usability));
  w.field("message", p.usability_message);
  w.end_object();
  write_strings(w, "notes", p.notes);
  w.field("knapsackBucketBytes", exact_double(p.knapsack_bucket_bytes));
  w.field("workloadSeconds", p.workload_seconds);
  w.field("maxGpuContext", p.max_gpu_context_tokens);
  w.field("fit", to_string(p.fit));
  w.field("requestedContextLength", p.requested_context_tokens);
  w.field("headline", p.headline);
}

// The published file the plan names (see wasm/src/types.ts, PublishedChoice).
void write_published(JsonWriter& w, const PublishedChoice& p, std::uint32_t prompt_tokens) {
  w.begin_object();
  w.field("repo", p.repo);
  w.field("publisher", p.publisher);
  w.field("official", p.official);
  w.field("variant", p.variant);
  w.field("source", p.source);
  w.field("fileType", file_type_info(p.file.file_type).name);
  w.field("fileName", p.file.file_name);
  w.field("fileBytes", exact_double(p.file.file_bytes));
  w.field("fileBytesExact", p.file_bytes_exact);
  write_strings(w, "otherRepos", p.other_repos);
  w.field("gainDecodeTokensPerSecond", p.gain_decode_tokens_per_second);
  w.field("gainQualityProxy", p.gain_quality_proxy);
  w.field("gainContextLength", static_cast<double>(p.gain_context_tokens));
  w.key("commands").begin_object();
  w.field("llamaServer", p.llama_server_command);
  w.field("ollama", p.ollama_command);
  write_strings(w, "caveats", p.command_caveats);
  w.end_object();
  w.key("plan");
  write_plan(w, p.plan, prompt_tokens);
  w.end_object();
  w.end_object();
}

void write_custom_build(JsonWriter& w, const CustomBuild& b) {
  w.begin_object();
  w.field("startsFrom", b.starts_from);
  w.field("downloadBytes", exact_double(b.download_bytes));
  w.field("diskBytes", exact_double(b.disk_bytes));
  write_strings(w, "tools", b.tools);
  w.field("needsImatrix", b.needs_imatrix);
  w.field("approxMinutes", b.approx_minutes);
  w.field("assumptions", b.assumptions);
  w.end_object();
}

val parse_json(const std::string& text) { return val::global("JSON").call<val>("parse", text); }

PlanOptions read_plan_options(const ObjectReader& request);

PlanRequest read_plan_request(const ObjectReader& request) {
  PlanRequest core;
  core.model = read_model(request);
  core.hardware = read_hardware(request);
  core.options = read_plan_options(request);
  return core;
}

// The options of plan(), frontier() and the rankings: contextLength and the optional fields.
PlanOptions read_plan_options(const ObjectReader& request) {
  constexpr auto kMaxTokens = static_cast<std::int64_t>(std::numeric_limits<std::uint32_t>::max());
  PlanOptions o;
  o.context_tokens = static_cast<std::uint32_t>(request.integer("contextLength", 1, kMaxTokens));
  o.min_context_tokens = request.has("minContextLength")
                             ? static_cast<std::uint32_t>(request.integer("minContextLength", 1, kMaxTokens))
                             : std::min<std::uint32_t>(2048, o.context_tokens);
  if (request.has("targetTps")) o.target_tokens_per_second = request.number("targetTps", 0, 100000);
  if (request.has("kv")) {
    auto policy = parse_kv_policy(request.string("kv"));
    if (!policy) fail(policy.error().code, request.field("kv"), policy.error().message);
    o.kv_policy = policy.value();
  }
  if (request.has("minQuant")) {
    auto floor = parse_file_type(request.string("minQuant"));
    if (!floor) fail(floor.error().code, request.field("minQuant"), floor.error().message);
    o.min_quant = floor.value();
  }
  if (request.has("allowDisk")) o.allow_disk = request.boolean("allowDisk");
  if (request.has("promptTokens")) o.prompt_tokens = static_cast<std::uint32_t>(request.integer("promptTokens", 1, kMaxTokens));
  if (request.has("outputTokens")) o.output_tokens = static_cast<std::uint32_t>(request.integer("outputTokens", 1, kMaxTokens));
  if (request.has("maxQualityLoss")) o.max_quality_loss_percent = request.number("maxQualityLoss", 0, 1000);
  if (request.has("usableTps")) o.usable_tokens_per_second = request.number("usableTps", 0.001, 100000);
  if (request.has("slowTps")) o.slow_tokens_per_second = request.number("slowTps", 0.001, 100000);
  if (request.has("compare")) o.compare_baseline = request.boolean("compare");
  if (request.has("objective")) {
    auto objective = parse_objective(request.string("objective"));
    if (!objective) fail(objective.error().code, request.field("objective"), objective.error().message);
    o.objective = objective.value();
  }
  if (request.has("blockSensitivity")) {
    val list = request.get("blockSensitivity");
    if (!list.isArray()) fail(ErrorCode::kInvalidArgument, request.field("blockSensitivity"), "'blockSensitivity' must be an array of numbers");
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

// plan({ model, hardware, contextLength, targetTps?, kv?, minQuant?, allowDisk?, compare?, ... })
val plan_js(val request_value) {
  return guarded([&] {
    const PlanRequest core = read_plan_request(request_reader(request_value));
    auto result = unwrap(make_plan(core));
    JsonWriter w;
    write_plan(w, result.plan, core.options.prompt_tokens);
    w.field("hardwareName", core.hardware.name);
    w.field("targetTps", core.options.target_tokens_per_second);
    w.key("baseline");
    if (result.baseline) {
      write_plan(w, *result.baseline, core.options.prompt_tokens);
      w.end_object();
    } else {
      w.null();
    }
    w.field("objectiveRule", result.objective_rule);
    w.key("published");
    if (result.published) write_published(w, *result.published, core.options.prompt_tokens);
    else w.null();
    w.key("customBuild");
    write_custom_build(w, result.custom_build);
    w.key("requirements");
    if (result.requirements) {
      w.begin_object();
      w.field("minTotalBytes", exact_double(result.requirements->min_total_bytes));
      w.field("q4KMTotalBytes", exact_double(result.requirements->q4_k_m_total_bytes));
      w.end_object();
    } else {
      w.null();
    }
    w.end_object();
    return parse_json(w.str());
  });
}

// frontier(request): every non-dominated (quality, decode speed, memory) point with its plan.
val frontier_js(val request_value) {
  return guarded([&] {
    const PlanRequest core = read_plan_request(request_reader(request_value));
    auto points = unwrap(make_frontier(core));
    JsonWriter w;
    w.begin_array();
    for (const auto& p : points) {
      w.begin_object();
      w.field("qualityProxy", p.quality_proxy);
      w.field("decodeTokensPerSecond", p.decode_tokens_per_second);
      w.field("totalBytes", exact_double(p.total_bytes));
      w.key("plan");
      write_plan(w, p.plan, core.options.prompt_tokens);
      w.end_object();
      w.end_object();
    }
    w.end_array();
    return parse_json(w.str());
  });
}

// The fields of a ranking row (see wasm/src/types.ts, RankedRow): the plan's figures without its
// per-block detail (planner.plan() of the row's model and machine gives the whole plan).
void write_rank_row(JsonWriter& w, const RankRow& row, const ModelPreset& model, const Hardware& hw) {
  const Plan& p = row.plan;
  w.begin_object();
  w.field("rank", row.rank);
  w.key("ranks").begin_object();
  for (std::size_t k = 0; k < kRankOrders.size(); ++k) w.field(to_string(kRankOrders[k]), row.order_ranks[k]);
  w.end_object();
  w.key("model").begin_object();
  w.field("id", model.id);
  w.field("name", model.name);
  w.field("family", model.family);
  w.field("totalParams", static_cast<double>(row.total_params));
  w.field("activeParams", static_cast<double>(row.active_params));
  w.field("effectiveParams", row.effective_params);
  w.field("maxContext", model.arch.n_ctx_train);
  w.field("moe", is_moe(model.arch));
  w.end_object();
  w.key("hardware").begin_object();
  w.field("id", hw.id);
  w.field("name", hw.name);
  w.field("family", hw.family);
  w.field("vramBytes", exact_double(hw.vram_bytes));
  w.field("gpuCount", hw.gpu_count);
  w.field("ramBytes", exact_double(hw.ram_bytes));
  w.field("unifiedMemory", hw.unified_memory);
  w.end_object();
  w.field("feasible", p.feasible);
  w.field("grade", to_string(p.usability));
  w.field("headline", p.headline);
  w.field("fit", to_string(p.fit));
  w.field("placementKind", to_string(p.placement_kind));
  w.field("decodeTokensPerSecond", p.estimate.decode.tokens_per_second);
  w.field("decodeTokensPerSecondLow", p.estimate.decode.low);
  w.field("decodeTokensPerSecondHigh", p.estimate.decode.high);
  w.field("prefillTokensPerSecond", p.estimate.prefill.tokens_per_second);
  w.field("prefillTokensPerSecondLow", p.estimate.prefill.low);
  w.field("prefillTokensPerSecondHigh", p.estimate.prefill.high);
  w.field("qualityProxy", p.quality_proxy);
  w.field("contextLength", p.context_tokens);
  w.field("askedContextLength", row.asked_context_tokens);
  w.field("contextCapped", row.context_capped);
  w.field("kvCacheType", to_string(p.kv_type_k));
  w.field("baseFileType", file_type_info(p.head_recipe).name);
  w.field("fileBytes", exact_double(p.file_bytes));
  w.field("gpuBytes", exact_double(p.estimate.gpu_total()));
  w.field("ramBytes", exact_double(p.estimate.cpu.total()));
  w.field("diskBytes", exact_double(p.estimate.disk_bytes));
  w.field("totalBytes", exact_double(p.estimate.total()));
  bool uniform = !p.layers.empty();
  for (const auto& l : p.layers) uniform = uniform && l.recipe == p.head_recipe;
  w.field("uniform", uniform);
  w.key("published");
  if (row.published) {
    const auto& f = *row.published;
    w.begin_object();
    w.field("repo", f.repo);
    w.field("publisher", f.publisher);
    w.field("official", f.official);
    w.field("fileType", file_type_info(f.file.file_type).name);
    w.field("fileBytes", exact_double(f.file.file_bytes));
    w.field("fileBytesExact", f.file_bytes_exact);
    w.field("isPlan", uniform && f.file.file_type == p.head_recipe);
    w.key("commands").begin_object();
    w.field("llamaServer", f.llama_server_command);
    w.field("ollama", f.ollama_command);
    w.end_object();
    w.end_object();
  } else {
    w.null();
  }
  w.end_object();
}

// The fields both rankings open with: the order, its rule, and every order's rule.
void write_ranking_head(JsonWriter& w, RankOrder order, const std::string& rule, const std::array<std::string, kRankOrderCount>& rules) {
  w.begin_object();
  w.field("order", to_string(order));
  w.field("orderRule", rule);
  w.key("orderRules").begin_object();
  for (std::size_t k = 0; k < kRankOrders.size(); ++k) w.field(to_string(kRankOrders[k]), rules[k]);
  w.end_object();
}

RankOrder read_rank_order(const ObjectReader& request) {
  if (!request.has("order")) return RankOrder::kRecommended;
  auto order = parse_rank_order(request.string("order"));
  if (!order) fail(order.error().code, request.field("order"), order.error().message);
  return order.value();
}

// rankModels({ models: [id | model object], hardware, contextLength, family?, maxParamsB?, order?, ...plan options })
val rank_models_js(val request_value) {
  return guarded([&] {
    const ObjectReader request = request_reader(request_value);
    RankModelsRequest core;
    core.hardware = read_hardware(request);
    if (!request.get("models").isArray()) fail(ErrorCode::kInvalidArgument, "models", "'models' must be an array of model ids or model objects");
    const val list = request.get("models");
    const int n = list["length"].as<int>();
    for (int i = 0; i < n; ++i) core.models.push_back(read_model_value(list[i], "models[" + std::to_string(i) + "]"));
    core.options = read_plan_options(request);
    core.filter.family = request.string_or("family", "");
    if (request.has("maxParamsB")) core.filter.max_params_b = request.number("maxParamsB", 0, 1e6);
    core.order = read_rank_order(request);
    const auto result = unwrap(rank_models(core));
    JsonWriter w;
    write_ranking_head(w, core.order, result.order_rule, result.order_rules);
    w.field("filteredOut", result.filtered_out);
    w.key("rows").begin_array();
    for (const auto& row : result.rows) {
      write_rank_row(w, row, core.models[static_cast<std::size_t>(row.index)], core.hardware);
    }
    w.end_array();
    w.end_object();
    return parse_json(w.str());
  });
}

// rankHardware({ model, machines?: [id | machine], contextLength, order?, includeInfeasible?, ...plan options })
val rank_hardware_js(val request_value) {
  return guarded([&] {
    const ObjectReader request = request_reader(request_value);
    RankHardwareRequest core;
    core.model = read_model(request);
    if (request.has("machines")) {
      if (!request.get("machines").isArray()) fail(ErrorCode::kInvalidArgument, "machines", "'machines' must be an array of hardware ids or machine objects");
      const val list = request.get("machines");
      const int n = list["length"].as<int>();
      for (int i = 0; i < n; ++i) core.machines.push_back(read_hardware_value(list[i], "machines[" + std::to_string(i) + "]"));
    } else {
      core.machines = hardware_catalog();
    }
    core.options = read_plan_options(request);
    core.order = read_rank_order(request);
    if (request.has("includeInfeasible")) core.include_infeasible = request.boolean("includeInfeasible");
    const auto result = unwrap(rank_hardware(core));
    JsonWriter w;
    write_ranking_head(w, core.order, result.order_rule, result.order_rules);
    w.field("leftOut", result.left_out);
    w.key("rows").begin_array();
    for (const auto& row : result.rows) {
      write_rank_row(w, row, core.model, core.machines[static_cast<std::size_t>(row.index)]);
    }
    w.end_array();
    w.field("needsTokensPerSecond", result.needs_tokens_per_second);
    w.key("needs").begin_array();
    for (const auto& need : result.needs) {
      w.begin_object();
      w.field("fileType", file_type_info(need.file_type).name);
      w.field("fileBytes", exact_double(need.file_bytes));
      w.field("qualityProxy", need.quality_proxy);
      w.field("vramBytes", exact_double(need.vram_bytes));
      w.field("gpuBandwidthGBps", need.gpu_bandwidth_gb_per_s);
      w.field("gpuRamBytes", exact_double(need.gpu_ram_bytes));
      w.end_object();
    }
    w.end_array();
    w.end_object();
    return parse_json(w.str());
  });
}

// tensorTable({ model, fileType }): every GGUF tensor of the model (loader order) with the type
// llama-quantize gives it in a whole file of `fileType`: [{ name, dims, type }]. dims as a GGUF
// header stores them (dims[0] = row length). Raw module only (tests write GGUF headers from it).
val tensor_table_js(val request_value) {
  return guarded([&] {
    const ObjectReader request = request_reader(request_value);
    const ModelPreset model = read_model(request);
    auto file_type = parse_file_type(request.string("fileType"));
    if (!file_type) fail(file_type.error().code, request.field("fileType"), file_type.error().message);
    const auto tensors = model_tensors(model.arch);
    const auto types = file_type_assignment(model.arch, tensors, file_type.value());
    val out = val::array();
    for (std::size_t i = 0; i < tensors.size(); ++i) {
      val tensor = val::object();
      tensor.set("name", tensors[i].name);
      val dims = val::array();
      for (int k = 0; k < tensors[i].n_dims; ++k) dims.call<void>("push", exact_double(tensors[i].ne[static_cast<std::size_t>(k)]));
      tensor.set("dims", dims);
      tensor.set("type", std::string(type_info(types[i]).name));
      out.call<void>("push", tensor);
    }
    return out;
  });
}

Tier read_tier(const ObjectReader& reader, const std::string& key) {
  const std::string text = reader.string(key);
  if (text == "gpu") return Tier::kGpu;
  if (text == "cpu") return Tier::kCpu;
  if (text == "disk") return Tier::kDisk;
  fail(ErrorCode::kInvalidArgument, reader.field(key), "'" + reader.field(key) + "' is '" + text + "'; allowed: gpu, cpu, disk");
}

PlacementKind read_placement_kind(const std::string& text, const std::string& field) {
  for (PlacementKind k : {PlacementKind::kAllGpu, PlacementKind::kLayerSplit, PlacementKind::kExpertOffload, PlacementKind::kFfnOffload,
                          PlacementKind::kCpuOnly}) {
    if (text == to_string(k)) return k;
  }
  fail(ErrorCode::kInvalidArgument, field, "unknown placement kind '" + text + "'");
}

FileType read_file_type(const ObjectReader& reader, const std::string& key) {
  auto type = parse_file_type(reader.string(key));
  if (!type) fail(type.error().code, reader.field(key), type.error().message);
  return type.value();
}

KvType read_kv(const ObjectReader& reader, const std::string& key) {
  auto type = parse_kv_type(reader.string(key));
  if (!type) fail(type.error().code, reader.field(key), type.error().message);
  return type.value();
}

// The decisions of a plan object (as plan() returned it); its figures are recomputed by the core.
PlanSpec read_plan_spec(const ObjectReader& plan) {
  constexpr auto kMaxTokens = static_cast<std::int64_t>(std::numeric_limits<std::uint32_t>::max());
  PlanSpec spec;
  spec.context_tokens = static_cast<std::uint32_t>(plan.integer("contextLength", 1, kMaxTokens));
  spec.kv_type_k = read_kv(plan, "kvCacheTypeK");
  spec.kv_type_v = read_kv(plan, "kvCacheTypeV");
  spec.head_recipe = read_file_type(plan, "baseFileType");
  plan.for_each_object("layers", "a layer object", [&](const ObjectReader& layer) {
    PlanLayer l;
    l.index = static_cast<int>(layer.integer("index", 0, 100000));
    l.recipe = read_file_type(layer, "type");
    l.attention_tier = read_tier(layer, "attentionTier");
    l.ffn_tier = read_tier(layer, "ffnTier");
    l.gpu_index = layer.has("gpuIndex") ? static_cast<int>(layer.integer("gpuIndex", 0, 64)) : 0;
    spec.layers.push_back(l);
  });
  if (plan.type_of("placement") != "object" || plan.get("placement").isNull()) fail(ErrorCode::kInvalidArgument, plan.field("placement"), "'placement' must be an object");
  const ObjectReader placement(plan.get("placement"), plan.field("placement") + ".");
  spec.n_gpu_layers = static_cast<int>(placement.integer("nGpuLayers", 0, 100000));
  spec.n_cpu_moe = placement.has("nCpuMoe") ? static_cast<int>(placement.integer("nCpuMoe", 0, 100000)) : 0;
  spec.placement_kind = read_placement_kind(placement.string("kind"), placement.field("kind"));
  spec.output_on_gpu = spec.n_gpu_layers > static_cast<int>(spec.layers.size());
  return spec;
}

val runtime_command_to_js(const RuntimeCommand& c) {
  val out = val::object();
  out.set("runtime", c.runtime);
  out.set("text", c.text);
  out.set("files", array_of(c.files, [](const std::string& f) { return val(f); }));
  out.set("caveats", array_of(c.caveats, [](const std::string& f) { return val(f); }));
  out.set("targets", c.targets);
  out.set("applicable", c.applicable);
  return out;
}

// commands({ request, plan, options? }): the runtime commands that realise `plan` (from plan() or a
// frontier point) for the model and hardware of `request`.
val commands_js(val request_value) {
  return guarded([&] {
    const ObjectReader outer = request_reader(request_value);
    if (outer.type_of("request") != "object" || outer.get("request").isNull()) fail(ErrorCode::kInvalidArgument, "request", "'request' (the plan's request) must be an object");
    if (outer.type_of("plan") != "object" || outer.get("plan").isNull()) fail(ErrorCode::kInvalidArgument, "plan", "'plan' must be a plan object returned by plan() or frontier()");
    const PlanRequest core = read_plan_request(ObjectReader(outer.get("request"), ""));
    const PlanSpec spec = read_plan_spec(ObjectReader(outer.get("plan"), "plan."));
    const Plan plan = unwrap(evaluate_plan(core, spec));
    CommandOptions options;
    if (outer.has("options")) {
      if (outer.type_of("options") != "object" || outer.get("options").isNull()) fail(ErrorCode::kInvalidArgument, "options", "'options' must be an object");
      const ObjectReader o(outer.get("options"), "options.");
      options.model_path = o.string_or("modelPath", "");
      options.source_path = o.string_or("sourcePath", "");
      options.hf_repo = o.string_or("hfRepo", "");
      options.imatrix_path = o.string_or("imatrixPath", "");
      if (o.has("llamaCppBuild")) {
        auto build = parse_llama_cpp_build(o.string("llamaCppBuild"));
        if (!build) fail(build.error().code, o.field("llamaCppBuild"), build.error().message);
        options.llama_cpp_build = build.value();
      }
      if (o.has("threads")) options.threads = static_cast<int>(o.integer("threads", 0, 4096));
      if (o.has("port")) options.port = static_cast<int>(o.integer("port", 1, 65535));
    }
    const Commands commands = unwrap(make_commands(core.model, core.hardware, plan, options));
    val out = val::object();
    out.set("llamaCpp", runtime_command_to_js(commands.llama_cpp));
    out.set("llamaQuantize", runtime_command_to_js(commands.llama_quantize));
    out.set("ollama", runtime_command_to_js(commands.ollama));
    out.set("transformers", runtime_command_to_js(commands.transformers));
    out.set("vllm", runtime_command_to_js(commands.vllm));
    out.set("mlx", runtime_command_to_js(commands.mlx));
    return out;
  });
}

}  // namespace
}  // namespace fitplan::js

EMSCRIPTEN_BINDINGS(fitplan_core) {
  emscripten::function("models", &fitplan::js::models_js);
  emscripten::function("hardware", &fitplan::js::hardware_js);
  emscripten::function("analyze", &fitplan::js::analyze_js);
  emscripten::function("plan", &fitplan::js::plan_js);
  emscripten::function("frontier", &fitplan::js::frontier_js);
  emscripten::function("commands", &fitplan::js::commands_js);
  emscripten::function("tensorTable", &fitplan::js::tensor_table_js);
  emscripten::function("rankModels", &fitplan::js::rank_models_js);
  emscripten::function("rankHardware", &fitplan::js::rank_hardware_js);
}
