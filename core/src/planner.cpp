#include "fitplan/planner.hpp"

#include <algorithm>
#include <optional>

#include "fitplan/commands.hpp"
#include "fitplan/text.hpp"
#include "fitplan/validation.hpp"
#include "planner_internal.hpp"

namespace fitplan {

// The enums' names are their tables' (fitplan/planner.hpp); only the sentence words of a Fit are here.
const char* to_string(KvPolicy policy) noexcept { return enum_name(kKvPolicyNames, policy); }
Result<KvPolicy> parse_kv_policy(const std::string& text) { return parse_enum(kKvPolicyNames, text, "kv", "KV policy"); }
const char* to_string(Objective objective) noexcept { return enum_name(kObjectiveNames, objective); }
Result<Objective> parse_objective(const std::string& text) { return parse_enum(kObjectiveNames, text, "objective", "objective"); }
const char* to_string(Usability usability) noexcept { return enum_name(kUsabilityNames, usability); }
const char* to_string(PlacementKind kind) noexcept { return enum_name(kPlacementKindNames, kind); }
const char* to_string(Fit fit) noexcept { return enum_name(kFitNames, fit); }

const char* fit_words(Fit fit) noexcept {
  switch (fit) {
    case Fit::kGpu: return "fits on the GPU";
    case Fit::kGpuRam: return "fits in GPU + RAM";
    case Fit::kDisk: return "runs only by streaming weights from disk";
    case Fit::kNone: return "cannot run";
  }
  return "cannot run";
}

Tier block_tier(const PlanLayer& layer) noexcept {
  if (layer.attention_tier == Tier::kDisk || layer.ffn_tier == Tier::kDisk) return Tier::kDisk;
  if (layer.attention_tier == Tier::kGpu && layer.ffn_tier == Tier::kGpu) return Tier::kGpu;
  return Tier::kCpu;
}

}  // namespace fitplan

namespace fitplan::planner_internal {

Result<Plan> PlanEvaluator::evaluate_spec(const PlanSpec& spec) {
  const int n = arch_.n_layer;
  if (static_cast<int>(spec.layers.size()) != n) {
    return make_error(ErrorCode::kInvalidArgument, "plan.layers",
                      "'plan.layers' has " + std::to_string(spec.layers.size()) + " entries; the model has " + std::to_string(n) +
                          " blocks");
  }
  if (auto ok = validate_context(arch_, spec.context_tokens, "plan.contextLength"); !ok) return ok.error();
  if (auto ok = validate_kv_types(arch_, spec.kv_type_k, spec.kv_type_v, true); !ok) {
    Error error = ok.error();
    error.field = "plan." + error.field;  // the spec's field (kvCacheTypeK / V), not a request's
    return error;
  }
  Scored s;
  s.choice.resize(static_cast<std::size_t>(n));
  std::vector<BlockPlacement> blocks(static_cast<std::size_t>(n));
  for (int b = 0; b < n; ++b) {
    const auto& layer = spec.layers[static_cast<std::size_t>(b)];
    if (layer.index != b) {
      return make_error(ErrorCode::kInvalidArgument, "plan.layers",
                        "'plan.layers' must list blocks 0.." + std::to_string(n - 1) + " in order");
    }
    if (!has_gpu(hw_) && (layer.attention_tier == Tier::kGpu || layer.ffn_tier == Tier::kGpu)) {
      return make_error(ErrorCode::kInvalidArgument, "plan.layers",
                        "block " + std::to_string(b) + " is on the GPU but the hardware has none");
    }
    const int gpus = has_gpu(hw_) ? hw_.gpu_count : 0;
    if (layer.gpu_index < 0 || layer.gpu_index >= std::max(1, gpus)) {
      return make_error(ErrorCode::kOutOfRange, "plan.layers",
                        "block " + std::to_string(b) + " has gpuIndex " + std::to_string(layer.gpu_index) + "; the machine has " +
                            std::to_string(gpus) + (gpus == 1 ? " GPU" : " GPUs") + " (allowed 0 to " +
                            std::to_string(std::max(0, gpus - 1)) + ")");
    }
    s.choice[static_cast<std::size_t>(b)] = recipe_index(layer.recipe);
    blocks[static_cast<std::size_t>(b)] = {layer.attention_tier, layer.ffn_tier, layer.gpu_index};
  }
  s.head = recipe_index(spec.head_recipe);
  const WeightsLayout layout = layout_for(s.choice, s.head);
  EstimateRequest request = base_request(spec.context_tokens, spec.kv_type_k);
  request.kv.type_v = spec.kv_type_v;
  // llama.cpp offloads the output layer when -ngl exceeds the blocks (n_layer + 1).
  const bool output_on_gpu = spec.n_gpu_layers > n && has_gpu(hw_);
  // An FFN offload's count is its blocks with the FFN off the GPU (to_plan's note states it; the
  // spec's n_cpu_moe is llama.cpp's --n-cpu-moe, 0 for a dense model).
  int offloaded = spec.n_cpu_moe;
  if (spec.placement_kind == PlacementKind::kFfnOffload) {
    offloaded = static_cast<int>(std::count_if(spec.layers.begin(), spec.layers.end(),
                                               [](const PlanLayer& l) { return l.ffn_tier != Tier::kGpu; }));
  }
  s.candidate = evaluate(layout, request, blocks, output_on_gpu, spec.placement_kind, spec.n_gpu_layers, offloaded);
  s.found = true;
  s.kv = spec.kv_type_k;
  s.context = spec.context_tokens;
  Plan plan = to_plan(s, {});
  plan.kv_type_v = spec.kv_type_v;
  plan.feasible = s.candidate.fits;
  if (!plan.feasible) {
    plan.usability = Usability::kInfeasible;
    plan.usability_message = usability_message(plan.usability, 0, options_);
  }
  set_verdict(plan, hw_, options_);
  return plan;
}

}  // namespace fitplan::planner_internal

namespace fitplan {

using namespace planner_internal;

Result<PlanResult> make_plan(const PlanRequest& request) { return make_plan(request, PlanDetail::kFull); }

Result<PlanResult> make_plan(const PlanRequest& request, PlanDetail detail) {
  if (auto ok = validate_request(request); !ok) return ok.error();
  Planner planner(request);
  const PlanOptions& o = request.options;
  std::vector<std::string> notes;
  PlanResult result;
  std::optional<Choice> choice;
  if (o.objective == Objective::kWorkload || o.objective == Objective::kSpeed) {
    choice = frontier_choice(planner, o);
  } else if (o.objective == Objective::kBalanced && o.target_tokens_per_second <= 0) {
    choice = balanced_choice(planner, o, notes);
  } else if (o.target_tokens_per_second > 0) {
    choice = Choice{planner.plan(notes),
                    "The most accurate plan that reaches the target of " + format_fixed(o.target_tokens_per_second, 1) +
                        " tok/s (or the fastest, when none does).",
                    0};
  }
  if (!choice) choice = Choice{planner.plan(notes), "Objective quality: the most accurate plan that fits, whatever its speed.", 0};
  result.plan = std::move(choice->plan);
  result.objective_rule = std::move(choice->rule);

  result.published = published_choice(planner, request, choice->floor);
  // balanced: no per-block mix should lose to a published file run as it is (the knapsack's speed
  // search is approximate where speed is not monotone in bytes, and a mix may need a smaller context).
  if (o.objective == Objective::kBalanced && result.published && serves_better(result.published->plan, result.plan, o, choice->floor)) {
    result.plan = result.published->plan;
    result.plan.notes.insert(result.plan.notes.begin(), {result.objective_rule, std::string("No per-block mix beats the published ") +
                                                                                    file_type_info(result.published->file.file_type).name +
                                                                                    " file here: the plan is that file as it is."});
  }
  if (result.published && result.plan.feasible && result.published->plan.feasible) {
    auto& p = *result.published;
    p.gain_decode_tokens_per_second = result.plan.estimate.decode.tokens_per_second - p.plan.estimate.decode.tokens_per_second;
    p.gain_quality_proxy = p.plan.quality_proxy - result.plan.quality_proxy;
    p.gain_context_tokens = static_cast<std::int64_t>(result.plan.context_tokens) - static_cast<std::int64_t>(p.plan.context_tokens);
  }
  if (detail == PlanDetail::kRow) return result;  // a row shows neither max_gpu_context_tokens nor what follows
  if (result.plan.feasible) {
    result.plan.max_gpu_context_tokens = planner.max_gpu_context(result.plan.head_recipe, result.plan.kv_type_k);
  }
  if (o.compare_baseline) result.baseline = planner.baseline();
  if (result.plan.fit == Fit::kNone || result.plan.fit == Fit::kDisk || result.plan.context_tokens < o.context_tokens) {
    result.requirements = planner.requirements();
  }
  result.custom_build = custom_build_of(request.model, request.hardware, result.plan);
  return result;
}

Result<std::vector<FrontierPoint>> make_frontier(const PlanRequest& request) {
  if (auto ok = validate_request(request); !ok) return ok.error();
  Planner planner(request);
  return planner.frontier();
}

Result<std::vector<LeanFrontierPoint>> make_lean_frontier(const PlanRequest& request) {
  if (auto ok = validate_request(request); !ok) return ok.error();
  Planner planner(request);
  return planner.lean_frontier();
}

Result<Plan> evaluate_plan(const PlanRequest& request, const PlanSpec& spec) {
  if (auto ok = validate_request(request); !ok) return ok.error();
  PlanEvaluator evaluator(request);  // recipes, layouts and placement: no knapsack table, no search
  return evaluator.evaluate_spec(spec);
}

std::uint32_t max_gpu_context(const ModelPreset& model, const Hardware& hw, FileType file_type, KvType kv_type) {
  PlanRequest request{model, hw, {}};
  request.options.min_quant = FileType::kF16;  // a one-recipe ladder: the cheapest evaluator to build
  PlanEvaluator evaluator(request);
  return evaluator.max_gpu_context(file_type, kv_type);
}

}  // namespace fitplan
