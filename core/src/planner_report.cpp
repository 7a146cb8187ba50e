// The report: a Plan from a search result, with its figures, the verdict (usable / slow /
// impractical), where it fits, the headline and the notes that explain its decisions.
#include <algorithm>
#include <map>

#include "fitplan/commands.hpp"
#include "fitplan/text.hpp"
#include "planner_internal.hpp"

namespace fitplan::planner_internal {

namespace {

// Appends a block to the plan and counts it under its tier.
void add_layer(Plan& plan, const PlanLayer& layer) {
  switch (block_tier(layer)) {
    case Tier::kGpu: ++plan.gpu_blocks; break;
    case Tier::kCpu: ++plan.cpu_blocks; break;
    case Tier::kDisk: ++plan.disk_blocks; break;
  }
  plan.layers.push_back(layer);
}

// The verdict for a decode speed: usable, slow or impractical (PlanOptions' thresholds).
Usability grade(double tps, const PlanOptions& options) {
  if (tps >= options.usable_tokens_per_second) return Usability::kUsable;
  if (tps >= options.slow_tokens_per_second) return Usability::kSlow;
  return Usability::kImpractical;
}

}  // namespace

std::string usability_message(Usability u, double tps, const PlanOptions& options) {
  std::string speed = "~";  // appended: GCC 12 -O3 warns -Wrestrict on "~" + std::string (a false positive)
  speed += format_fixed(tps, tps < 10 ? 1 : 0) + " tok/s";
  switch (u) {
    case Usability::kUsable: return "usable - interactive chat speed (" + speed + ")";
    case Usability::kSlow: return "slow - usable for batch / non-interactive work (" + speed + ")";
    case Usability::kImpractical:
      return "impractical - at " + speed + " (below " + format_fixed(options.slow_tokens_per_second, 1) +
             " tok/s) it is too slow to recommend";
    case Usability::kInfeasible: return "infeasible - does not fit in GPU + RAM" + std::string(options.allow_disk ? " + disk" : "");
  }
  return "";
}

Fit fit_of(bool feasible, bool on_disk, PlacementKind kind) {
  if (!feasible) return Fit::kNone;
  if (on_disk) return Fit::kDisk;
  return kind == PlacementKind::kAllGpu ? Fit::kGpu : Fit::kGpuRam;
}

void set_verdict(Plan& plan, const Hardware& hw, const PlanOptions& options) {
  plan.requested_context_tokens = options.context_tokens;
  plan.fit = fit_of(plan.feasible, plan.disk_blocks > 0 || plan.estimate.disk_bytes > 0, plan.placement_kind);
  const std::string where = plan.fit == Fit::kGpuRam && !has_gpu(hw) ? "fits in RAM (no GPU)" : fit_words(plan.fit);
  if (plan.fit == Fit::kNone) {
    plan.headline = std::string("Cannot run: it does not fit in ") + (has_gpu(hw) ? "GPU + RAM" : "RAM") +
                    (options.allow_disk ? " even when streaming weights from disk" : " (streaming from disk is off)") + " at " +
                    std::to_string(options.min_context_tokens) + " tokens of context.";
    return;
  }
  const double tps = plan.estimate.decode.tokens_per_second;
  std::string grade_word = to_string(plan.usability);
  grade_word[0] = static_cast<char>(grade_word[0] - 'a' + 'A');
  plan.headline = grade_word + ": ~" + format_fixed(tps, tps < 10 ? 1 : 0) + " tok/s, " + where;
  if (plan.context_tokens < plan.requested_context_tokens) {
    plan.headline += "; context " + std::to_string(plan.context_tokens) + " tokens, not the " +
                     std::to_string(plan.requested_context_tokens) + " asked";
  }
  plan.headline += ".";
}

Plan PlanEvaluator::to_plan(const Scored& s, std::vector<std::string> notes) const {
  Plan plan;
  plan.model_id = model_.id;
  plan.hardware_id = hw_.id;
  plan.capacity = capacity_;
  plan.knapsack_bucket_bytes = bucket_bytes_;
  plan.feasible = s.found;
  if (!s.found) {
    plan.usability = Usability::kInfeasible;
    plan.usability_message = usability_message(plan.usability, 0, options_);
    plan.notes = std::move(notes);
    set_verdict(plan, hw_, options_);
    return plan;
  }
  const auto& c = s.candidate;
  plan.context_tokens = s.context;
  plan.kv_type_k = plan.kv_type_v = s.kv;
  plan.flash_attention = true;
  plan.head_recipe = recipes_[static_cast<std::size_t>(s.head)].type;
  plan.placement_kind = c.kind;
  plan.n_gpu_layers = c.n_gpu_layers;
  plan.n_cpu_moe = c.kind == PlacementKind::kExpertOffload ? c.n_cpu_moe : 0;
  plan.estimate = c.estimate;
  const WeightsLayout layout = layout_for(s.choice, s.head);
  plan.file_bytes = layout.file_bytes;
  for (int b = 0; b < arch_.n_layer; ++b) {
    const auto& r = recipes_[static_cast<std::size_t>(s.choice[static_cast<std::size_t>(b)])];
    PlanLayer layer;
    layer.index = b;
    layer.recipe = r.type;
    layer.attention_tier = c.blocks[static_cast<std::size_t>(b)].attention;
    layer.ffn_tier = c.blocks[static_cast<std::size_t>(b)].ffn;
    layer.gpu_index = c.blocks[static_cast<std::size_t>(b)].gpu_index;
    layer.bytes = r.block_bytes[static_cast<std::size_t>(b)];
    add_layer(plan, layer);
  }
  // The search's own sum (Scored::penalty), so that a lean point and its plan agree to the bit.
  plan.quality_proxy = choice_penalty(s.choice) + kv_penalty(s.kv, s.kv);
  // Tensor overrides for placements -ngl (and --n-cpu-moe) alone cannot express: exactly the -ot
  // patterns the commands pass (one generator, commands.hpp llama_placement).
  plan.tensor_overrides = llama_placement(arch_, hw_, plan).overrides;
  const double tps = c.estimate.decode.tokens_per_second;
  plan.workload_seconds = options_.prompt_tokens / std::max(1e-9, c.estimate.prefill.tokens_per_second) +
                          options_.output_tokens / std::max(1e-9, tps);
  plan.usability = grade(tps, options_);
  plan.usability_message = usability_message(plan.usability, tps, options_);
  // Notes explaining the decisions.
  std::map<FileType, int> histogram;
  for (const auto& l : plan.layers) ++histogram[l.recipe];
  if (histogram.size() > 1) {
    notes.push_back("Mixed precision from the exact knapsack (DP resolution " + format_fixed(to_mib(bucket_bytes_), 1) +
                    " MiB): blocks near the ends, which matter more, keep more bits.");
  }
  if (s.kv != KvType::kF16) {
    const Bytes f16_kv = kv_cache_bytes(arch_, s.context, KvCacheConfig{}).total();
    const Bytes kv_bytes = c.estimate.kv_k_bytes + c.estimate.kv_v_bytes;
    notes.push_back(std::string("KV cache at ") + to_string(s.kv) + " frees " + format_gib(f16_kv > kv_bytes ? f16_kv - kv_bytes : 0) +
                    " compared with f16 (quantized V implies flash attention: -fa on).");
  }
  switch (c.kind) {
    case PlacementKind::kAllGpu: notes.push_back("Every block and the KV cache are on the GPU."); break;
    case PlacementKind::kLayerSplit:
      notes.push_back("The last " + std::to_string(std::min(c.n_gpu_layers, arch_.n_layer)) + " of " + std::to_string(arch_.n_layer) +
                      " blocks run on the GPU (-ngl " + std::to_string(c.n_gpu_layers) + "); the rest run on the CPU from RAM.");
      break;
    case PlacementKind::kExpertOffload:
      notes.push_back("Attention, shared weights and the KV cache stay on the GPU; the routed experts of the first " +
                      std::to_string(c.n_cpu_moe) + " blocks run on the CPU (--n-cpu-moe " + std::to_string(c.n_cpu_moe) +
                      "): only the active experts are read per token.");
      break;
    case PlacementKind::kFfnOffload:
      notes.push_back("Attention and the KV cache of every block stay on the GPU; the FFN weights of " + std::to_string(c.n_cpu_moe) +
                      " blocks run on the CPU (tensor overrides) - faster here than moving whole blocks.");
      break;
    case PlacementKind::kCpuOnly: notes.push_back("CPU only: weights and KV cache in system RAM."); break;
  }
  if (plan.disk_blocks > 0) {
    notes.push_back("WARNING: " + std::to_string(plan.disk_blocks) + " blocks do not fit in RAM and are read from disk through mmap " +
                    "on every token (" + format_gib(c.estimate.disk_bytes) + " at " + format_fixed(hw_.disk_bandwidth_gb_per_s, 1) +
                    " GB/s): expect very slow generation.");
  }
  // The request's own target (not the speeds the balanced objective aims at; make_plan states those).
  const double target = requested_target_;
  const bool uses_target = options_.objective == Objective::kQuality || options_.objective == Objective::kBalanced;
  if (uses_target && target > 0) {
    if (tps >= target) {
      notes.push_back("Decode target " + format_fixed(target, 1) + " tok/s met (" + format_fixed(tps, 2) +
                      " tok/s) with the least aggressive precision that reaches it.");
    } else {
      notes.push_back("Decode target " + format_fixed(target, 1) + " tok/s cannot be met on this hardware; " +
                      "the best reachable speed is " + format_fixed(tps, 2) + " tok/s (this plan).");
    }
  } else if (options_.objective == Objective::kQuality) {
    notes.push_back("No speed target: precision is maximised subject to memory capacity only.");
  }
  static_assert(kDecodeDepthDivisor == 2, "the note says half the context");
  notes.push_back("Decode speed is estimated at half the context filled (" + std::to_string(s.context / kDecodeDepthDivisor) +
                  " tokens); the quality proxy is an estimate from published perplexity tables, not a measurement.");
  if (!has_gpu(hw_)) {
    notes.push_back("On CPUs llama.cpp repacks some types (q4_0, q4_K, iq4_nl) into a second buffer while the mapped file pages stay "
                    "resident: peak RSS can approach twice the file size (the pages are reclaimable cache).");
  }
  plan.notes = std::move(notes);
  set_verdict(plan, hw_, options_);
  return plan;
}

PlanSpec PlanEvaluator::spec_of(const Scored& s) const {
  // The decisions exactly as to_plan() states them.
  const auto& c = s.candidate;
  PlanSpec spec;
  spec.context_tokens = s.context;
  spec.kv_type_k = spec.kv_type_v = s.kv;
  spec.head_recipe = recipes_[static_cast<std::size_t>(s.head)].type;
  spec.layers.resize(static_cast<std::size_t>(arch_.n_layer));
  for (int b = 0; b < arch_.n_layer; ++b) {
    const auto at = static_cast<std::size_t>(b);
    auto& layer = spec.layers[at];
    layer.index = b;
    layer.recipe = recipes_[static_cast<std::size_t>(s.choice[at])].type;
    layer.attention_tier = c.blocks[at].attention;
    layer.ffn_tier = c.blocks[at].ffn;
    layer.gpu_index = c.blocks[at].gpu_index;
    layer.bytes = recipes_[static_cast<std::size_t>(s.choice[at])].block_bytes[at];
  }
  spec.n_gpu_layers = c.n_gpu_layers;
  spec.n_cpu_moe = c.kind == PlacementKind::kExpertOffload ? c.n_cpu_moe : 0;
  spec.placement_kind = c.kind;
  return spec;
}

LeanFrontierPoint PlanEvaluator::lean_point(const Scored& s) const {
  LeanFrontierPoint point;
  const Estimate& e = s.candidate.estimate;
  point.quality_proxy = choice_penalty(s.choice) + kv_penalty(s.kv, s.kv);  // to_plan()'s quality_proxy
  point.decode = e.decode;
  point.prefill_tokens_per_second = e.prefill.tokens_per_second;
  point.total_bytes = e.total();
  point.gpu_bytes = e.gpu_total();
  point.ram_bytes = e.cpu.total();
  point.disk_bytes = e.disk_bytes;
  point.spec = spec_of(s);
  bool on_disk = e.disk_bytes > 0;
  for (const auto& layer : point.spec.layers) on_disk = on_disk || block_tier(layer) == Tier::kDisk;
  point.fit = fit_of(s.found, on_disk, s.candidate.kind);
  // Blocks per recipe, then per file type from the most precise to the least (file_types() order).
  std::vector<int> blocks(recipes_.size(), 0);
  for (int recipe : s.choice) ++blocks[static_cast<std::size_t>(recipe)];
  for (std::size_t r = 0; r < recipes_.size(); ++r) {
    if (blocks[r] > 0) point.histogram.push_back({recipes_[r].type, blocks[r]});
  }
  auto rank = [](FileType type) {
    const auto& types = file_types();
    return std::find_if(types.begin(), types.end(), [&](const FileTypeInfo& info) { return info.type == type; }) - types.begin();
  };
  std::sort(point.histogram.begin(), point.histogram.end(),
            [&](const FileTypeBlocks& a, const FileTypeBlocks& b) { return rank(a.file_type) < rank(b.file_type); });
  return point;
}

}  // namespace fitplan::planner_internal
