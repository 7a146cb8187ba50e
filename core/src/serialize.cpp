#include "fitplan/serialize.hpp"

#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "fitplan/capacity.hpp"
#include "fitplan/json_writer.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/quantizer.hpp"
#include "fitplan/request_fields.hpp"
#include "fitplan/tensors.hpp"
#include "fitplan/text.hpp"

namespace fitplan {

namespace {

// The writer's text, or kInternal when a count would not be exact in JavaScript.
Result<std::string> finish(const JsonWriter& w) {
  if (w.inexact())
    return make_error(ErrorCode::kInternal, "", "internal error: a byte count above 2^53 cannot cross into JavaScript exactly");
  return w.str();
}

void write_strings(JsonWriter& w, const std::string& key, const std::vector<std::string>& values) {
  w.key(key).begin_array();
  for (const auto& v : values) w.value(v);
  w.end_array();
}

template <typename E, std::size_t N>
void write_names(JsonWriter& w, const std::string& key, const EnumTable<E, N>& table) {
  write_strings(w, key, enum_names(table));
}

// ------------------------------------------------------------------------------------ catalogs

void write_architecture(JsonWriter& w, const ModelArchitecture& a) {
  w.begin_object();
  w.field("family", to_string(a.family));
  w.field("ggufArch", a.gguf_arch);
  for (const auto& f : architecture_int_fields()) w.field(f.name, a.*f.member);
  for (const auto& f : architecture_flag_fields()) w.field(f.name, a.*f.member);
  w.end_object();
}

// The short model record results carry; `close` false leaves the object open for more fields.
void write_model_summary(JsonWriter& w, const ModelPreset& m, bool close = true) {
  const ParamCounts params = param_counts(m.arch);
  w.begin_object();
  w.field("id", m.id);
  w.field("name", m.name);
  w.field("totalParams", params.total);
  w.field("activeParams", params.active);
  if (close) w.end_object();
}

// The full catalog entry of models(): the summary plus grouping, limits and hyperparameters.
void write_model(JsonWriter& w, const ModelPreset& m) {
  write_model_summary(w, m, false);
  w.field("family", m.family);
  w.field("maxContext", m.arch.n_ctx_train);
  w.field("moe", is_moe(m.arch));
  w.field("slidingWindow", m.arch.sliding_window > 0);
  w.field("mla", is_mla(m.arch));
  w.field("source", m.source);
  w.key("architecture");
  write_architecture(w, m.arch);
  w.end_object();
}

void write_hardware(JsonWriter& w, const Hardware& h) {
  w.begin_object();
  w.field("id", h.id);
  w.field("name", h.name);
  w.field("family", h.family);
  w.field("backend", to_string(h.backend));
  w.field("gpuCount", h.gpu_count);
  w.field("vramBytes", h.vram_bytes);
  w.field("ramBytes", h.ram_bytes);
  w.field("gpuBandwidthGBps", h.gpu_bandwidth_gb_per_s);
  w.field("ramBandwidthGBps", h.ram_bandwidth_gb_per_s);
  w.field("diskBandwidthGBps", h.disk_bandwidth_gb_per_s);
  w.field("gpuTflops", h.gpu_fp16_tflops);
  w.field("pcieBandwidthGBps", h.pcie_bandwidth_gb_per_s);
  w.field("cpuCores", h.cpu_cores);
  w.field("unifiedMemory", h.unified_memory);
  w.field("source", h.source);
  w.end_object();
}

// ------------------------------------------------------------------------------------ analyze

void write_speed(JsonWriter& w, std::string_view prefix, const SpeedEstimate& speed) {
  std::string key(prefix);  // one string for the three names
  key += "TokensPerSecond";
  const std::size_t base = key.size();
  w.field(key, speed.tokens_per_second);
  w.field(key.append("Low"), speed.low);
  w.field(key.replace(base, std::string::npos, "High"), speed.high);
}

// One analysis row; bits per weight over the model's `total_params`. `label`: the imported file's.
void write_file_type_row(JsonWriter& w, const FileTypeAnalysis& row, double total_params, bool label) {
  w.begin_object();
  w.field("fileType", file_type_info(row.file_type).name);
  w.field("weightsBytes", row.weights_bytes);
  w.field("kvCacheBytes", row.kv_cache_bytes);
  w.field("computeBytes", row.compute_bytes);
  w.field("overheadBytes", row.overhead_bytes);
  w.field("totalBytes", row.total_bytes);
  w.field("gpuLayers", row.gpu_layers);
  w.field("fitsVram", row.fits_vram);
  w.field("fitsMemory", row.fits_memory);
  write_speed(w, "decode", row.decode);
  write_speed(w, "prefill", row.prefill);
  w.field("qualityRelPplPercent", row.quality_rel_ppl_percent);
  w.field("bitsPerWeight", total_params > 0 ? static_cast<double>(row.weights_bytes) * 8.0 / total_params : 0.0);
  if (label) w.field("label", row.label);
  w.end_object();
}

// ------------------------------------------------------------------------------------ plans

void write_tier_memory(JsonWriter& w, const TierMemory& m, Bytes capacity) {
  w.begin_object();
  w.field("weightsBytes", m.weights_bytes);
  w.field("kvCacheBytes", m.kv_cache_bytes);
  w.field("computeBytes", m.compute_bytes);
  w.field("outputBytes", m.output_bytes);
  w.field("overheadBytes", m.overhead_bytes);
  w.field("totalBytes", m.total());
  w.field("capacityBytes", capacity);
  // Negative when the tier is over its capacity.
  w.field("headroomBytes", capacity >= m.total() ? static_cast<double>(capacity - m.total()) : -static_cast<double>(m.total() - capacity));
  w.end_object();
}

// Blocks per file type, in the order the layers first name them.
std::vector<std::pair<FileType, int>> blocks_per_file_type(const Plan& p) {
  std::vector<std::pair<FileType, int>> counts;
  for (const auto& l : p.layers) {
    auto it = counts.begin();
    while (it != counts.end() && it->first != l.recipe) ++it;
    if (it == counts.end()) counts.emplace_back(l.recipe, 1);
    else ++it->second;
  }
  return counts;
}

// One plan as a JSON object (wasm/src/types.ts, Plan), left open for the caller's fields.
void write_plan_open(JsonWriter& w, const Plan& p, std::uint32_t prompt_tokens) {
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
    w.field("bytes", l.bytes);
    w.end_object();
  }
  w.end_array();
  w.key("histogram").begin_object();
  for (const auto& [type, count] : blocks_per_file_type(p)) w.field(file_type_info(type).name, count);
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
  w.field("diskBytes", p.estimate.disk_bytes);
  w.field("gpuTotalBytes", p.estimate.gpu_total());
  w.field("totalBytes", p.estimate.total());
  w.field("kvCacheKBytes", p.estimate.kv_k_bytes);
  w.field("kvCacheVBytes", p.estimate.kv_v_bytes);
  w.field("osReserveBytes", p.capacity.os_reserve_bytes);
  w.field("gpuMarginBytes", p.capacity.gpu_margin_bytes);
  w.end_object();
  w.field("fileBytes", p.file_bytes);
  write_speed(w, "decode", p.estimate.decode);
  write_speed(w, "prefill", p.estimate.prefill);
  w.field("promptTokens", prompt_tokens);
  w.field("timeToFirstTokenSeconds", p.estimate.time_to_first_token_s);
  w.field("qualityProxy", p.quality_proxy);
  w.key("usability").begin_object();
  w.field("grade", to_string(p.usability));
  w.field("message", p.usability_message);
  w.end_object();
  write_strings(w, "notes", p.notes);
  w.field("knapsackBucketBytes", p.knapsack_bucket_bytes);
  w.field("workloadSeconds", p.workload_seconds);
  w.field("maxGpuContext", p.max_gpu_context_tokens);
  w.field("fit", to_string(p.fit));
  w.field("requestedContextLength", p.requested_context_tokens);
  w.field("headline", p.headline);
}

void write_plan(JsonWriter& w, const Plan& p, std::uint32_t prompt_tokens) {
  write_plan_open(w, p, prompt_tokens);
  w.end_object();
}

// The published file the plan names (wasm/src/types.ts, PublishedChoice).
void write_published(JsonWriter& w, const PublishedChoice& p, std::uint32_t prompt_tokens) {
  w.begin_object();
  w.field("repo", p.repo);
  w.field("publisher", p.publisher);
  w.field("official", p.official);
  w.field("variant", p.variant);
  w.field("source", p.source);
  w.field("fileType", file_type_info(p.file.file_type).name);
  w.field("fileName", p.file.file_name);
  w.field("fileBytes", p.file.file_bytes);
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
}

void write_custom_build(JsonWriter& w, const CustomBuild& b) {
  w.begin_object();
  w.field("startsFrom", b.starts_from);
  w.field("downloadBytes", b.download_bytes);
  w.field("diskBytes", b.disk_bytes);
  write_strings(w, "tools", b.tools);
  w.field("needsImatrix", b.needs_imatrix);
  w.field("approxMinutes", b.approx_minutes);
  w.field("assumptions", b.assumptions);
  w.end_object();
}

// ------------------------------------------------------------------------------------ rankings

// The fields of a ranking row (wasm/src/types.ts, RankedRow): the plan's figures without its
// per-block detail (plan() of the row's model and machine gives the whole plan).
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
  w.field("totalParams", row.total_params);
  w.field("activeParams", row.active_params);
  w.field("effectiveParams", row.effective_params);
  w.field("maxContext", model.arch.n_ctx_train);
  w.field("moe", is_moe(model.arch));
  w.end_object();
  w.key("hardware").begin_object();
  w.field("id", hw.id);
  w.field("name", hw.name);
  w.field("family", hw.family);
  w.field("vramBytes", hw.vram_bytes);
  w.field("gpuCount", hw.gpu_count);
  w.field("ramBytes", hw.ram_bytes);
  w.field("unifiedMemory", hw.unified_memory);
  w.end_object();
  w.field("feasible", p.feasible);
  w.field("grade", to_string(p.usability));
  w.field("headline", p.headline);
  w.field("fit", to_string(p.fit));
  w.field("placementKind", to_string(p.placement_kind));
  write_speed(w, "decode", p.estimate.decode);
  write_speed(w, "prefill", p.estimate.prefill);
  w.field("qualityProxy", p.quality_proxy);
  w.field("contextLength", p.context_tokens);
  w.field("askedContextLength", row.asked_context_tokens);
  w.field("contextCapped", row.context_capped);
  w.field("kvCacheType", to_string(p.kv_type_k));
  w.field("baseFileType", file_type_info(p.head_recipe).name);
  w.field("fileBytes", p.file_bytes);
  w.field("gpuBytes", p.estimate.gpu_total());
  w.field("ramBytes", p.estimate.cpu.total());
  w.field("diskBytes", p.estimate.disk_bytes);
  w.field("totalBytes", p.estimate.total());
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
    w.field("fileBytes", f.file.file_bytes);
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

void write_command(JsonWriter& w, const RuntimeCommand& c) {
  w.begin_object();
  w.field("runtime", c.runtime);
  w.field("text", c.text);
  write_strings(w, "files", c.files);
  write_strings(w, "caveats", c.caveats);
  w.field("targets", c.targets);
  w.field("applicable", c.applicable);
  w.end_object();
}

// A request field as contract() lists it (wasm/src/fields.ts, RequestField).
void write_request_field(JsonWriter& w, const RequestField& f) {
  w.begin_object();
  w.field("group", to_string(f.group));
  w.field("name", f.name);
  if (!f.gib_name.empty()) w.field("gibName", f.gib_name);
  w.field("kind", to_string(f.kind));
  w.field("unit", f.unit);
  if (f.kind == FieldKind::kInteger || f.kind == FieldKind::kNumber || f.kind == FieldKind::kBytes) {
    w.field("min", f.min);
    w.field("max", f.max);
  }
  if (f.min_exclusive) w.field("minExclusive", true);
  if (f.zero_allowed) w.field("zeroAllowed", true);
  if (f.required) w.field("required", true);
  if (!f.choices.empty()) write_strings(w, "choices", f.choices);
  if (!f.default_text.empty()) {
    // Typed as the field is: a number, a boolean, or the name / text.
    w.key("default");
    if (f.kind == FieldKind::kInteger || f.kind == FieldKind::kNumber) w.value(std::strtod(f.default_text.c_str(), nullptr));
    else if (f.kind == FieldKind::kBoolean) w.value(f.default_text == "true");
    else w.value(f.default_text);
  }
  if (!f.default_rule.empty()) w.field("defaultRule", f.default_rule);
  if (f.with_preset) w.field("withPreset", true);
  w.field("help", f.help);
  w.end_object();
}

}  // namespace

Result<std::string> models_json() {
  JsonWriter w;
  w.begin_array();
  for (const auto& m : model_catalog()) write_model(w, m);
  w.end_array();
  return finish(w);
}

Result<std::string> hardware_json() {
  JsonWriter w;
  w.begin_array();
  for (const auto& h : hardware_catalog()) write_hardware(w, h);
  w.end_array();
  return finish(w);
}

Result<std::string> analysis_json(const AnalyzeRequest& request, const Analysis& analysis) {
  const auto total = static_cast<double>(total_params(request.model.arch));
  JsonWriter w;
  w.begin_object();
  w.key("model");
  write_model_summary(w, request.model);
  w.key("hardware");
  write_hardware(w, request.hardware);
  w.field("contextLength", analysis.context_tokens);
  w.field("kvCacheType", to_string(analysis.kv_type));
  w.key("capacity").begin_object();
  w.field("gpuCapacityBytes", analysis.capacity.gpu_bytes_per_device);
  w.field("ramCapacityBytes", analysis.capacity.ram_bytes);
  w.field("osReserveBytes", analysis.capacity.os_reserve_bytes);
  w.field("gpuMarginBytes", analysis.capacity.gpu_margin_bytes);
  w.end_object();
  w.key("fileTypes").begin_array();
  for (const auto& row : analysis.file_types) write_file_type_row(w, row, total, false);
  w.end_array();
  // The imported GGUF (model.file) as it is: a fileTypes row with the file's label.
  w.key("file");
  if (analysis.file) write_file_type_row(w, *analysis.file, total, true);
  else w.null();
  w.end_object();
  return finish(w);
}

Result<std::string> plan_result_json(const PlanRequest& request, const PlanResult& result) {
  const std::uint32_t prompt = request.options.prompt_tokens;
  JsonWriter w;
  write_plan_open(w, result.plan, prompt);
  w.field("hardwareName", request.hardware.name);
  w.field("targetTps", request.options.target_tokens_per_second);
  w.key("baseline");
  if (result.baseline) write_plan(w, *result.baseline, prompt);
  else w.null();
  w.field("objectiveRule", result.objective_rule);
  w.key("published");
  if (result.published) write_published(w, *result.published, prompt);
  else w.null();
  w.key("customBuild");
  write_custom_build(w, result.custom_build);
  w.key("requirements");
  if (result.requirements) {
    w.begin_object();
    w.field("minTotalBytes", result.requirements->min_total_bytes);
    w.field("q4KMTotalBytes", result.requirements->q4_k_m_total_bytes);
    w.end_object();
  } else {
    w.null();
  }
  w.end_object();
  return finish(w);
}

Result<std::string> frontier_json(const PlanRequest& request, const std::vector<FrontierPoint>& points) {
  JsonWriter w;
  w.begin_array();
  for (const auto& p : points) {
    w.begin_object();
    w.field("qualityProxy", p.quality_proxy);
    w.field("decodeTokensPerSecond", p.decode_tokens_per_second);
    w.field("totalBytes", p.total_bytes);
    w.key("plan");
    write_plan(w, p.plan, request.options.prompt_tokens);
    w.end_object();
  }
  w.end_array();
  return finish(w);
}

Result<std::string> lean_frontier_json(const std::vector<LeanFrontierPoint>& points) {
  JsonWriter w;
  w.begin_array();
  for (const auto& p : points) {
    const PlanSpec& spec = p.spec;
    w.begin_object();
    w.field("qualityProxy", p.quality_proxy);
    write_speed(w, "decode", p.decode);
    w.field("prefillTokensPerSecond", p.prefill_tokens_per_second);
    w.field("totalBytes", p.total_bytes);
    w.field("gpuBytes", p.gpu_bytes);
    w.field("ramBytes", p.ram_bytes);
    w.field("diskBytes", p.disk_bytes);
    w.field("fit", to_string(p.fit));
    // The decisions under a plan's own names, so that the point reads as a plan spec (read_plan_spec).
    w.field("contextLength", spec.context_tokens);
    w.field("kvCacheTypeK", to_string(spec.kv_type_k));
    w.field("kvCacheTypeV", to_string(spec.kv_type_v));
    w.field("baseFileType", file_type_info(spec.head_recipe).name);
    w.key("histogram").begin_object();
    for (const auto& h : p.histogram) w.field(file_type_info(h.file_type).name, h.blocks);
    w.end_object();
    w.key("placement").begin_object();
    w.field("kind", to_string(spec.placement_kind));
    w.field("nGpuLayers", spec.n_gpu_layers);
    w.field("nCpuMoe", spec.n_cpu_moe);
    w.end_object();
    // The blocks' types and tiers as runs of consecutive equal blocks, in block order: ~10x
    // shorter than a plan's layers (a block's type changes every few blocks, its tiers once or
    // twice), and apart, because they change at different blocks. A block's GPU follows from the
    // tiers (assign_gpu_devices).
    auto write_runs = [&](const char* key, auto same, auto write) {
      w.key(key).begin_array();
      for (std::size_t from = 0; from < spec.layers.size();) {
        std::size_t to = from + 1;
        while (to < spec.layers.size() && same(spec.layers[to], spec.layers[from])) ++to;
        w.begin_object();
        write(spec.layers[from]);
        w.field("count", static_cast<int>(to - from));
        w.end_object();
        from = to;
      }
      w.end_array();
    };
    write_runs(
        "typeRuns", [](const PlanLayer& a, const PlanLayer& b) { return a.recipe == b.recipe; },
        [&](const PlanLayer& l) { w.field("type", file_type_info(l.recipe).name); });
    write_runs(
        "tierRuns", [](const PlanLayer& a, const PlanLayer& b) { return a.attention_tier == b.attention_tier && a.ffn_tier == b.ffn_tier; },
        [&](const PlanLayer& l) {
          w.field("attentionTier", to_string(l.attention_tier));
          w.field("ffnTier", to_string(l.ffn_tier));
        });
    w.end_object();
  }
  w.end_array();
  return finish(w);
}

Result<std::string> plan_json(const PlanRequest& request, const Plan& plan) {
  JsonWriter w;
  write_plan(w, plan, request.options.prompt_tokens);
  return finish(w);
}

Result<std::string> rank_models_json(const RankModelsRequest& request, const RankModelsResult& result) {
  JsonWriter w;
  write_ranking_head(w, request.order, result.order_rule, result.order_rules);
  w.field("filteredOut", result.filtered_out);
  w.key("rows").begin_array();
  for (const auto& row : result.rows) write_rank_row(w, row, request.models[static_cast<std::size_t>(row.index)], request.hardware);
  w.end_array();
  w.end_object();
  return finish(w);
}

Result<std::string> rank_hardware_json(const RankHardwareRequest& request, const RankHardwareResult& result) {
  JsonWriter w;
  write_ranking_head(w, request.order, result.order_rule, result.order_rules);
  w.field("leftOut", result.left_out);
  w.key("rows").begin_array();
  for (const auto& row : result.rows) write_rank_row(w, row, request.model, request.machines[static_cast<std::size_t>(row.index)]);
  w.end_array();
  w.field("needsTokensPerSecond", result.needs_tokens_per_second);
  w.key("needs").begin_array();
  for (const auto& need : result.needs) {
    w.begin_object();
    w.field("fileType", file_type_info(need.file_type).name);
    w.field("fileBytes", need.file_bytes);
    w.field("qualityProxy", need.quality_proxy);
    w.field("vramBytes", need.vram_bytes);
    w.field("gpuBandwidthGBps", need.gpu_bandwidth_gb_per_s);
    w.field("gpuRamBytes", need.gpu_ram_bytes);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return finish(w);
}

Result<std::string> commands_json(const Commands& commands) {
  JsonWriter w;
  w.begin_object();
  const std::pair<const char*, const RuntimeCommand*> runtimes[] = {
      {"llamaCpp", &commands.llama_cpp}, {"llamaQuantize", &commands.llama_quantize},
      {"ollama", &commands.ollama},      {"transformers", &commands.transformers},
      {"vllm", &commands.vllm},          {"mlx", &commands.mlx}};
  for (const auto& [key, command] : runtimes) {
    w.key(key);
    write_command(w, *command);
  }
  w.end_object();
  return finish(w);
}

Result<std::string> tensor_table_json(const ModelArchitecture& arch, FileType file_type) {
  const auto tensors = model_tensors(arch);
  const auto types = file_type_assignment(arch, tensors, file_type);
  JsonWriter w;
  w.begin_array();
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    w.begin_object();
    w.field("name", tensors[i].name);
    w.key("dims").begin_array();
    for (int k = 0; k < tensors[i].n_dims; ++k) w.value(tensors[i].ne[static_cast<std::size_t>(k)]);
    w.end_array();
    w.field("type", type_info(types[i]).name);
    w.end_object();
  }
  w.end_array();
  return finish(w);
}

Result<std::string> contract_json() {
  JsonWriter w;
  w.begin_object();
  w.key("enums").begin_object();
  write_names(w, "errorCode", kErrorCodeNames);
  write_names(w, "backend", kBackendNames);
  write_names(w, "archFamily", kArchFamilyNames);
  write_names(w, "kvCacheType", kKvTypeNames);
  write_names(w, "kvPolicy", kKvPolicyNames);
  write_names(w, "objective", kObjectiveNames);
  write_names(w, "usability", kUsabilityNames);
  write_names(w, "placementKind", kPlacementKindNames);
  write_names(w, "fit", kFitNames);
  write_names(w, "tier", kTierNames);
  write_names(w, "rankOrder", kRankOrderNames);
  write_names(w, "llamaCppBuild", kLlamaCppBuildNames);
  write_names(w, "fieldGroup", kFieldGroupNames);
  w.key("fileType").begin_array();
  for (const auto& info : file_types()) w.value(info.name);
  w.end_array();
  w.end_object();

  w.key("fields").begin_array();
  for (const auto& f : request_fields()) write_request_field(w, f);
  w.end_array();

  w.key("architectureFields").begin_array();
  for (const auto& f : architecture_int_fields()) {
    w.begin_object();
    w.field("name", f.name);
    w.field("min", f.min);
    w.field("max", f.max);
    w.field("required", f.required);
    w.end_object();
  }
  w.end_array();
  w.key("architectureFlags").begin_array();
  for (const auto& f : architecture_flag_fields()) {
    w.begin_object();
    w.field("name", f.name);
    w.field("default", ModelArchitecture{}.*f.member);
    w.end_object();
  }
  w.end_array();

  const CustomHardwareDefaults custom{};
  const auto gib = [](Bytes bytes) { return static_cast<double>(bytes) / static_cast<double>(kGiB); };
  w.key("constants").begin_object();
  w.field("tflopsPerGBps", custom.tflops_per_gb_per_s);
  w.field("osReserveMinGiB", gib(capacity::kOsReserveMinBytes));
  w.field("osReserveRamDivisor", static_cast<double>(capacity::kOsReserveRamDivisor));
  w.field("gpuMarginMaxGiB", gib(capacity::kGpuMarginMaxBytes));
  w.field("gpuMarginVramDivisor", static_cast<double>(capacity::kGpuMarginVramDivisor));
  w.field("maxIdLength", static_cast<double>(kMaxIdLength));
  w.end_object();
  // The optimizer's precision ladder (minQuant's meaningful choices), most compact first, with each
  // type's measured whole-file perplexity increase.
  w.key("planLadder").begin_array();
  for (FileType type : plan_ladder()) {
    const FileTypeInfo& info = file_type_info(type);
    w.begin_object();
    w.field("name", info.name);
    w.field("relPplPercent", info.rel_ppl_percent);
    w.end_object();
  }
  w.end_array();
  w.end_object();
  return finish(w);
}

}  // namespace fitplan
