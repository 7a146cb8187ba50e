// Embind entry points of the fitplan_core WebAssembly module. No logic lives here: each entry
// point reads its request (convert.hpp), calls the core and converts the result into the
// { ok, error, value } envelope. The raw module's TypeScript shape is wasm/src/native/fitplan_core.d.mts;
// keep the two in step (tests/wasm/conformance.test.ts checks it).
#include <emscripten/bind.h>

#include <cstdint>
#include <limits>
#include <string>

#include "convert.hpp"
#include "fitplan/analysis.hpp"
#include "fitplan/hardware.hpp"
#include "fitplan/model.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/quant.hpp"
#include "fitplan/quantizer.hpp"
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

// KV-cache type of a request; the core's error names "kvType", the request's field is `key`.
KvType read_kv_type(const ObjectReader& request, const std::string& key) {
  auto kv = parse_kv_type(request.string(key));
  if (!kv) fail(kv.error().code, request.field(key), kv.error().message);
  return kv.value();
}

val models_js() {
  return guarded([] { return array_of(model_catalog(), [](const ModelPreset& m) { return to_js(m); }); });
}

val hardware_js() {
  return guarded([] { return array_of(hardware_catalog(), [](const Hardware& h) { return to_js(h); }); });
}

// analyze({ model, hardware, contextLength, kvCacheType, promptTokens })
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


val tier_memory_to_js(const TierMemory& m, Bytes capacity) {
  val out = val::object();
  out.set("weightsBytes", exact_double(m.weights_bytes));
  out.set("kvCacheBytes", exact_double(m.kv_cache_bytes));
  out.set("computeBytes", exact_double(m.compute_bytes));
  out.set("outputBytes", exact_double(m.output_bytes));
  out.set("overheadBytes", exact_double(m.overhead_bytes));
  out.set("totalBytes", exact_double(m.total()));
  out.set("capacityBytes", exact_double(capacity));
  out.set("headroomBytes", capacity >= m.total() ? exact_double(capacity - m.total()) : -exact_double(m.total() - capacity));
  return out;
}

const char* layer_tier(const PlanLayer& l) {
  if (l.attention_tier == Tier::kDisk || l.ffn_tier == Tier::kDisk) return "disk";
  if (l.attention_tier == Tier::kGpu && l.ffn_tier == Tier::kGpu) return "gpu";
  return "cpu";
}

val plan_to_js(const Plan& p, std::uint32_t prompt_tokens) {
  val out = val::object();
  out.set("feasible", p.feasible);
  out.set("model", p.model_id);
  out.set("hardware", p.hardware_id);
  out.set("contextLength", p.context_tokens);
  out.set("kvCacheTypeK", std::string(to_string(p.kv_type_k)));
  out.set("kvCacheTypeV", std::string(to_string(p.kv_type_v)));
  out.set("flashAttention", p.flash_attention);
  out.set("baseFileType", std::string(file_type_info(p.head_recipe).name));
  out.set("layers", array_of(p.layers, [](const PlanLayer& l) {
    val layer = val::object();
    layer.set("index", l.index);
    layer.set("type", std::string(file_type_info(l.recipe).name));
    layer.set("tier", std::string(layer_tier(l)));
    layer.set("attentionTier", std::string(to_string(l.attention_tier)));
    layer.set("ffnTier", std::string(to_string(l.ffn_tier)));
    layer.set("gpuIndex", l.gpu_index);
    layer.set("bytes", exact_double(l.bytes));
    return layer;
  }));
  val histogram = val::object();
  for (const auto& l : p.layers) {
    const std::string name = file_type_info(l.recipe).name;
    histogram.set(name, histogram[name].isUndefined() ? 1 : histogram[name].as<int>() + 1);
  }
  out.set("histogram", histogram);
  val placement = val::object();
  placement.set("gpu", p.gpu_blocks);
  placement.set("cpu", p.cpu_blocks);
  placement.set("disk", p.disk_blocks);
  placement.set("nGpuLayers", p.n_gpu_layers);
  placement.set("nCpuMoe", p.n_cpu_moe);
  placement.set("kind", std::string(to_string(p.placement_kind)));
  std::vector<std::string> overrides = p.tensor_overrides;
  placement.set("tensorOverrides", array_of(overrides, [](const std::string& o) { return val(o); }));
  out.set("placement", placement);
  val memory = val::object();
  memory.set("gpus", array_of(p.estimate.gpus, [&](const TierMemory& m) { return tier_memory_to_js(m, p.capacity.gpu_bytes_per_device); }));
  memory.set("cpu", tier_memory_to_js(p.estimate.cpu, p.capacity.ram_bytes));
  memory.set("diskBytes", exact_double(p.estimate.disk_bytes));
  memory.set("gpuTotalBytes", exact_double(p.estimate.gpu_total()));
  memory.set("totalBytes", exact_double(p.estimate.gpu_total() + p.estimate.cpu.total() + p.estimate.disk_bytes));
  memory.set("kvCacheKBytes", exact_double(p.estimate.kv_k_bytes));
  memory.set("kvCacheVBytes", exact_double(p.estimate.kv_v_bytes));
  out.set("memory", memory);
  out.set("fileBytes", exact_double(p.file_bytes));
  out.set("decodeTokensPerSecond", p.estimate.decode.tokens_per_second);
  out.set("decodeTokensPerSecondLow", p.estimate.decode.low);
  out.set("decodeTokensPerSecondHigh", p.estimate.decode.high);
  out.set("prefillTokensPerSecond", p.estimate.prefill.tokens_per_second);
  out.set("prefillTokensPerSecondLow", p.estimate.prefill.low);
  out.set("prefillTokensPerSecondHigh", p.estimate.prefill.high);
  out.set("promptTokens", prompt_tokens);
  out.set("timeToFirstTokenSeconds", p.estimate.time_to_first_token_s);
  out.set("qualityProxy", p.quality_proxy);
  val usability = val::object();
  usability.set("grade", std::string(to_string(p.usability)));
  usability.set("message", p.usability_message);
  out.set("usability", usability);
  out.set("notes", array_of(p.notes, [](const std::string& n) { return val(n); }));
  out.set("knapsackBucketBytes", exact_double(p.knapsack_bucket_bytes));
  out.set("workloadSeconds", p.workload_seconds);
  out.set("maxGpuContext", p.max_gpu_context_tokens);
  return out;
}

PlanRequest read_plan_request(const ObjectReader& request) {
  constexpr auto kMaxTokens = static_cast<std::int64_t>(std::numeric_limits<std::uint32_t>::max());
  PlanRequest core;
  core.model = read_model(request);
  core.hardware = read_hardware(request);
  auto& o = core.options;
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
  return core;
}

// plan({ model, hardware, contextLength, targetTps?, kv?, minQuant?, allowDisk?, compare?, ... })
val plan_js(val request_value) {
  return guarded([&] {
    const PlanRequest core = read_plan_request(request_reader(request_value));
    auto result = unwrap(make_plan(core));
    val out = plan_to_js(result.plan, core.options.prompt_tokens);
    out.set("targetTps", core.options.target_tokens_per_second);
    out.set("baseline", result.baseline ? plan_to_js(*result.baseline, core.options.prompt_tokens) : val::null());
    return out;
  });
}

// frontier(request): every non-dominated (quality, decode speed, memory) point with its plan.
val frontier_js(val request_value) {
  return guarded([&] {
    const PlanRequest core = read_plan_request(request_reader(request_value));
    auto points = unwrap(make_frontier(core));
    return array_of(points, [&](const FrontierPoint& p) {
      val point = val::object();
      point.set("qualityProxy", p.quality_proxy);
      point.set("decodeTokensPerSecond", p.decode_tokens_per_second);
      point.set("totalBytes", exact_double(p.total_bytes));
      point.set("plan", plan_to_js(p.plan, core.options.prompt_tokens));
      return point;
    });
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

}  // namespace
}  // namespace fitplan::js

EMSCRIPTEN_BINDINGS(fitplan_core) {
  emscripten::function("models", &fitplan::js::models_js);
  emscripten::function("hardware", &fitplan::js::hardware_js);
  emscripten::function("analyze", &fitplan::js::analyze_js);
  emscripten::function("plan", &fitplan::js::plan_js);
  emscripten::function("frontier", &fitplan::js::frontier_js);
  emscripten::function("tensorTable", &fitplan::js::tensor_table_js);
}
