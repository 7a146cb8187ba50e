#include "fitplan/planner.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <map>
#include <memory>
#include <optional>
#include <tuple>
#include <unordered_map>

#include "fitplan/calibration.hpp"
#include "fitplan/commands.hpp"

#include "fitplan/knapsack.hpp"
#include "fitplan/placement.hpp"
#include "fitplan/quantizer.hpp"
#include "fitplan/text.hpp"
#include "fitplan/validation.hpp"

namespace fitplan {

const char* to_string(KvPolicy policy) noexcept {
  switch (policy) {
    case KvPolicy::kAuto: return "auto";
    case KvPolicy::kF16: return "f16";
    case KvPolicy::kQ8_0: return "q8_0";
    case KvPolicy::kQ4_0: return "q4_0";
  }
  return "auto";
}

Result<KvPolicy> parse_kv_policy(const std::string& text) {
  for (KvPolicy p : {KvPolicy::kAuto, KvPolicy::kF16, KvPolicy::kQ8_0, KvPolicy::kQ4_0}) {
    if (text == to_string(p)) return p;
  }
  return make_error(ErrorCode::kInvalidArgument, "kv", "unknown KV policy '" + text + "'; allowed: auto, f16, q8_0, q4_0");
}

namespace {
struct ObjectiveRow {
  Objective objective;
  const char* name;
};
constexpr ObjectiveRow kObjectives[] = {
    {Objective::kBalanced, "balanced"}, {Objective::kQuality, "quality"}, {Objective::kSpeed, "speed"}, {Objective::kWorkload, "workload"}};
}  // namespace

const char* to_string(Objective objective) noexcept {
  for (const auto& row : kObjectives) {
    if (row.objective == objective) return row.name;
  }
  return "balanced";
}

Result<Objective> parse_objective(const std::string& text) {
  std::vector<std::string> names;
  for (const auto& row : kObjectives) {
    if (text == row.name) return row.objective;
    names.push_back(row.name);
  }
  return make_error(ErrorCode::kInvalidArgument, "objective", "unknown objective '" + text + "'; allowed: " + join(names, ", "));
}

namespace {
struct FitRow {
  Fit fit;
  const char* name;   // API value
  const char* words;  // the same in a sentence
};
constexpr FitRow kFits[] = {{Fit::kGpu, "gpu", "fits on the GPU"},
                            {Fit::kGpuRam, "gpu+ram", "fits in GPU + RAM"},
                            {Fit::kDisk, "disk", "runs only by streaming weights from disk"},
                            {Fit::kNone, "none", "cannot run"}};
const FitRow& fit_row(Fit fit) noexcept {
  for (const auto& row : kFits) {
    if (row.fit == fit) return row;
  }
  return kFits[3];
}
}  // namespace

const char* to_string(Fit fit) noexcept { return fit_row(fit).name; }
const char* fit_words(Fit fit) noexcept { return fit_row(fit).words; }

const char* to_string(Usability usability) noexcept {
  switch (usability) {
    case Usability::kUsable: return "usable";
    case Usability::kSlow: return "slow";
    case Usability::kImpractical: return "impractical";
    case Usability::kInfeasible: return "infeasible";
  }
  return "infeasible";
}

Tier block_tier(const PlanLayer& layer) noexcept {
  if (layer.attention_tier == Tier::kDisk || layer.ffn_tier == Tier::kDisk) return Tier::kDisk;
  if (layer.attention_tier == Tier::kGpu && layer.ffn_tier == Tier::kGpu) return Tier::kGpu;
  return Tier::kCpu;
}

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

}  // namespace

const char* to_string(PlacementKind kind) noexcept {
  switch (kind) {
    case PlacementKind::kAllGpu: return "all-gpu";
    case PlacementKind::kLayerSplit: return "layer-split";
    case PlacementKind::kExpertOffload: return "expert-offload";
    case PlacementKind::kFfnOffload: return "ffn-offload";
    case PlacementKind::kCpuOnly: return "cpu-only";
  }
  return "all-gpu";
}

std::vector<double> default_block_sensitivity(int n_layer) {
  // U-shaped: 1 + (2x - 1)^2 over the depth x in [0, 1], normalised to mean 1. The first and last
  // blocks weigh twice the middle ones (the same intuition as llama.cpp's use_more_bits, which
  // gives the first and last eighth more bits).
  std::vector<double> s(static_cast<std::size_t>(n_layer), 1.0);
  if (n_layer <= 1) return s;
  double sum = 0;
  for (int i = 0; i < n_layer; ++i) {
    const double x = static_cast<double>(i) / (n_layer - 1);
    s[static_cast<std::size_t>(i)] = 1.0 + (2 * x - 1) * (2 * x - 1);
    sum += s[static_cast<std::size_t>(i)];
  }
  for (auto& v : s) v *= n_layer / sum;
  return s;
}

namespace {

// Block recipes the knapsack chooses from, from small to large.
// Options dominated in a block (another is no larger and no worse) are pruned per block before
// the DP, so listing them costs nothing.
constexpr FileType kLadder[] = {FileType::kIQ2_XXS, FileType::kQ2_K,   FileType::kIQ2_M,  FileType::kIQ3_XXS,
                                FileType::kQ3_K_S,  FileType::kIQ3_S,  FileType::kIQ3_M,  FileType::kQ3_K_M,
                                FileType::kQ3_K_L,  FileType::kIQ4_XS, FileType::kQ4_K_S, FileType::kQ4_K_M,
                                FileType::kQ5_K_S,  FileType::kQ5_K_M, FileType::kQ6_K,   FileType::kQ8_0,
                                FileType::kF16};

struct Recipe {
  FileType type;
  std::vector<GgmlType> types;
  mutable std::optional<WeightsLayout> layout;  // Planner::layout_of(): built on first use (most recipes only size blocks)
  std::vector<Bytes> block_bytes;       // weights of each block in memory
  std::vector<Bytes> block_file_bytes;  // each block's tensors in the file (aligned)
  Bytes head_file_bytes = 0;
  double penalty = 0;  // relative perplexity increase, percent
};

KvType kv_type_of(KvPolicy policy) {
  switch (policy) {
    case KvPolicy::kQ8_0: return KvType::kQ8_0;
    case KvPolicy::kQ4_0: return KvType::kQ4_0;
    default: return KvType::kF16;
  }
}

double kv_penalty(KvType k, KvType v) {
  return calibration::kKvKeyShare * kv_rel_ppl_percent(k) + (1 - calibration::kKvKeyShare) * kv_rel_ppl_percent(v);
}

struct Candidate {
  bool valid = false;
  bool fits = false;
  PlacementKind kind = PlacementKind::kAllGpu;
  std::vector<BlockPlacement> blocks;
  bool output_on_gpu = false;
  int n_gpu_layers = 0;
  int n_cpu_moe = 0;
  Estimate estimate;
};

class Planner {
 public:
  Planner(const PlanRequest& request)
      : requested_target_(request.options.target_tokens_per_second), model_(request.model), arch_(request.model.arch),
        hw_(request.hardware), options_(request.options),
        tensors_(model_tensors(arch_)), capacity_(usable_capacity(hw_)),
        // An imported file's own header: the mix llama-quantize writes from it keeps its metadata.
        header_bytes_(model_.user_file && model_.user_file->header_bytes > 0 ? model_.user_file->header_bytes
                                                                              : gguf_header_bytes(arch_, tensors_)) {
    const double floor_penalty = file_type_info(options_.min_quant).rel_ppl_percent;
    std::vector<FileType> ladder(std::begin(kLadder), std::end(kLadder));
    if (arch_.family == ArchFamily::kGptOss) ladder.insert(ladder.end() - 3, FileType::kMXFP4_MOE);
    std::vector<FileType> allowed;
    for (FileType type : ladder) {
      if (file_type_info(type).rel_ppl_percent <= floor_penalty + 1e-9) allowed.push_back(type);
    }
    // The published files' other types are planned too (published_choice): their recipes are
    // assigned in the same pass, after the ladder's, and are not knapsack options.
    const std::size_t ladder_count = allowed.size();
    for (const auto& repo : model_.published) {
      for (const auto& file : repo.files) {
        if (std::find(allowed.begin(), allowed.end(), file.file_type) != allowed.end()) continue;
        if (file_type_info(file.file_type).rel_ppl_percent > floor_penalty + 1e-9) continue;
        allowed.push_back(file.file_type);
      }
    }
    auto assignments = file_type_assignments(arch_, tensors_, allowed);
    for (std::size_t i = 0; i < allowed.size(); ++i) recipes_.push_back(build_recipe(allowed[i], std::move(assignments[i])));
    sensitivity_ = options_.block_sensitivity.empty() ? default_block_sensitivity(arch_.n_layer) : options_.block_sensitivity;
    // Share of each block in the model's parameters, times its sensitivity.
    double total = 0;
    std::vector<double> params(static_cast<std::size_t>(arch_.n_layer));
    for (int b = 0; b < arch_.n_layer; ++b) {
      params[static_cast<std::size_t>(b)] = static_cast<double>(block_bytes(static_cast<int>(ladder_count - 1), b));
      total += params[static_cast<std::size_t>(b)];
    }
    weight_.resize(params.size());
    for (std::size_t b = 0; b < params.size(); ++b) weight_[b] = params[b] / total * sensitivity_[b];
    // One knapsack group per block; options map back to recipes_ through option_recipe_.
    std::vector<KnapsackGroup> groups(static_cast<std::size_t>(arch_.n_layer));
    option_recipe_.resize(groups.size());
    Bytes largest_total = 0;
    for (int b = 0; b < arch_.n_layer; ++b) {
      auto& g = groups[static_cast<std::size_t>(b)];
      Bytes largest = 0;
      for (std::size_t r = 0; r < ladder_count; ++r) {
        const Bytes cost = block_bytes(static_cast<int>(r), b);
        const double penalty = weight_[static_cast<std::size_t>(b)] * recipes_[r].penalty;
        bool dominated = false;
        for (std::size_t q = 0; q < ladder_count && !dominated; ++q) {
          const Bytes other_cost = block_bytes(static_cast<int>(q), b);
          const double other_penalty = weight_[static_cast<std::size_t>(b)] * recipes_[q].penalty;
          dominated = q != r && other_cost <= cost && other_penalty <= penalty && (other_cost < cost || other_penalty < penalty || q < r);
        }
        if (dominated) continue;
        g.costs.push_back(cost);
        g.penalties.push_back(penalty);
        option_recipe_[static_cast<std::size_t>(b)].push_back(static_cast<int>(r));
        largest = std::max(largest, cost);
      }
      largest_total += largest;
    }
    // The DP axis only needs to reach the largest budget ever asked for: all the memory there is.
    const Bytes cap = std::max<Bytes>(1, std::min(largest_total, combined_capacity()));
    // Resolution: at least `knapsack_buckets`, and 16 buckets per block so rounding each block's
    // cost up to a bucket (which keeps every solution within budget) stays a small share of a block.
    const int buckets = std::min(kMaxKnapsackBuckets, std::max(options_.knapsack_buckets, 16 * arch_.n_layer));
    table_ = std::make_unique<KnapsackTable>(groups, cap, buckets);
    upgrades_from_.resize(recipes_.size());
  }

  Bytes block_bytes(int recipe, int block) const {
    return recipes_[static_cast<std::size_t>(recipe)].block_bytes[static_cast<std::size_t>(block)];
  }

  // Knapsack options -> recipe indices, then spend the budget the bucket rounding left unused:
  // upgrade blocks (best penalty saved per byte first) while the exact total stays within budget.
  // Memoised per budget: the frontier asks the same budgets once per KV type.
  std::vector<int> choose(Bytes budget) const {
    if (auto hit = chosen_.find(budget); hit != chosen_.end()) return hit->second;
    std::vector<int> choice = choose_uncached(budget);
    chosen_.emplace(budget, choice);
    return choice;
  }

  std::vector<int> choose_uncached(Bytes budget) const {
    const std::vector<int> options = table_->solve(budget);
    if (options.empty()) return {};
    std::vector<int> choice(options.size());
    Bytes used = 0;
    for (std::size_t b = 0; b < options.size(); ++b) {
      choice[b] = option_recipe_[b][static_cast<std::size_t>(options[b])];
      used += block_bytes(choice[b], static_cast<int>(b));
    }
    // One pass over every upgrade from the blocks' current recipes, best penalty saved per extra
    // byte first; an upgrade larger than what the budget has left now can never be taken (used
    // only grows). The upgrades come from one sorted list per recipe the blocks start at, merged.
    const Bytes left = budget - used;
    const std::vector<int> start = choice;
    struct Cursor {
      const std::vector<Upgrade>* list;
      std::size_t at;
    };
    std::vector<Cursor> cursors;
    std::vector<bool> listed(recipes_.size(), false);
    for (int r : start) {
      if (listed[static_cast<std::size_t>(r)]) continue;
      listed[static_cast<std::size_t>(r)] = true;
      cursors.push_back({&upgrades_from(r), 0});
    }
    auto eligible = [&](const Upgrade& u) { return u.from == start[static_cast<std::size_t>(u.block)] && u.extra_bytes <= left; };
    for (;;) {
      const Upgrade* next = nullptr;
      Cursor* from = nullptr;
      for (auto& c : cursors) {
        while (c.at < c.list->size() && !eligible((*c.list)[c.at])) ++c.at;
        if (c.at < c.list->size() && (!next || upgrade_before((*c.list)[c.at], *next))) {
          next = &(*c.list)[c.at];
          from = &c;
        }
      }
      if (!next) break;
      ++from->at;
      const Upgrade& u = *next;
      const auto b = static_cast<std::size_t>(u.block);
      const Bytes current = block_bytes(choice[b], u.block);
      const Bytes cost = block_bytes(u.recipe, u.block);
      if (recipes_[static_cast<std::size_t>(u.recipe)].penalty >= recipes_[static_cast<std::size_t>(choice[b])].penalty) continue;
      if (cost <= current || used + (cost - current) > budget) continue;
      used += cost - current;
      choice[b] = u.recipe;
    }
    return choice;
  }

  // The order upgrades are taken in: penalty saved per extra byte, best first; ties by block, then
  // target recipe.
  struct Upgrade {
    double gain;       // penalty saved per extra byte
    int block;
    int from;          // recipe the block has
    int recipe;        // recipe it moves to
    Bytes extra_bytes;
  };
  static bool upgrade_before(const Upgrade& a, const Upgrade& b) {
    if (a.gain != b.gain) return a.gain > b.gain;
    return a.block != b.block ? a.block < b.block : a.recipe < b.recipe;
  }

  // Every upgrade of every block that has `from` among its options (to a costlier option that loses
  // less quality), in upgrade_before order; built on first use (a choice starts from a few recipes).
  const std::vector<Upgrade>& upgrades_from(int from) const {
    auto& list = upgrades_from_[static_cast<std::size_t>(from)];
    if (list) return *list;
    list.emplace();
    const double from_penalty = recipes_[static_cast<std::size_t>(from)].penalty;
    for (std::size_t b = 0; b < option_recipe_.size(); ++b) {
      const auto& options = option_recipe_[b];
      if (std::find(options.begin(), options.end(), from) == options.end()) continue;
      const Bytes current = block_bytes(from, static_cast<int>(b));
      for (int r : options) {
        const Bytes cost = block_bytes(r, static_cast<int>(b));
        const double saved = weight_[b] * (from_penalty - recipes_[static_cast<std::size_t>(r)].penalty);
        if (saved > 0 && cost > current) list->push_back({saved / static_cast<double>(cost - current), static_cast<int>(b), from, r, cost - current});
      }
    }
    std::sort(list->begin(), list->end(), upgrade_before);
    return *list;
  }

  // The smallest recipe of every block among those the floor allows (stage 4: disk spill).
  std::vector<int> smallest_choice() const {
    std::vector<int> choice(option_recipe_.size());
    for (std::size_t b = 0; b < option_recipe_.size(); ++b) {
      int best = option_recipe_[b].front();
      for (int r : option_recipe_[b]) {
        if (block_bytes(r, static_cast<int>(b)) < block_bytes(best, static_cast<int>(b))) best = r;
      }
      choice[b] = best;
    }
    return choice;
  }

  double choice_penalty(const std::vector<int>& choice) const {
    double penalty = 0;
    for (std::size_t b = 0; b < choice.size(); ++b) penalty += weight_[b] * recipes_[static_cast<std::size_t>(choice[b])].penalty;
    return penalty;
  }

  Plan plan(std::vector<std::string>& notes);
  std::vector<FrontierPoint> frontier();
  Plan baseline();
  Result<Plan> evaluate_spec(const PlanSpec& spec);

 private:
  // Index of `type` in recipes_, building it on first use (the ladder already holds most types).
  int recipe_index(FileType type) {
    for (std::size_t i = 0; i < recipes_.size(); ++i) {
      if (recipes_[i].type == type) return static_cast<int>(i);
    }
    recipes_.push_back(build_recipe(type, file_type_assignment(arch_, tensors_, type)));
    return static_cast<int>(recipes_.size() - 1);
  }

  // The largest context (multiple of 256) at which a uniform `file_type` file with `kv_type` fits
  // entirely on the GPU(s); 0 when none does.
  std::uint32_t max_gpu_context(FileType file_type, KvType kv_type) {
    if (!has_gpu(hw_)) return 0;
    const WeightsLayout& layout = layout_of(recipe_index(file_type));
    const LayerSplit split = layer_split(arch_, hw_, arch_.n_layer + 1);
    auto fits_at = [&](std::uint32_t context) {
      EstimateRequest e = base_request(context, kv_type);
      e.blocks = split.blocks;
      e.output_on_gpu = true;
      return fits(estimate(arch_, layout, hw_, e));
    };
    std::uint32_t lo = 0, hi = static_cast<std::uint32_t>(arch_.n_ctx_train);
    if (fits_at(hi)) return hi;
    while (hi - lo > 256) {
      const std::uint32_t mid = static_cast<std::uint32_t>((lo + hi) / 2 / 256 * 256);
      if (mid <= lo) break;
      if (fits_at(mid)) lo = mid;
      else hi = mid;
    }
    return lo;
  }

  // `types`: file_type_assignment() of `type`.
  Recipe build_recipe(FileType type, std::vector<GgmlType> types) const {
    Recipe r;
    r.type = type;
    r.types = std::move(types);
    r.block_bytes.assign(static_cast<std::size_t>(arch_.n_layer), 0);
    r.block_file_bytes.assign(static_cast<std::size_t>(arch_.n_layer), 0);
    for (std::size_t i = 0; i < tensors_.size(); ++i) {
      const Bytes bytes = tensor_bytes(tensors_[i], r.types[i]);
      const Bytes file_bytes = pad_to(bytes, calibration::kGgufAlignment);  // gguf_tensor_data_bytes()
      if (tensors_[i].block >= 0) {
        r.block_bytes[static_cast<std::size_t>(tensors_[i].block)] += bytes;
        r.block_file_bytes[static_cast<std::size_t>(tensors_[i].block)] += file_bytes;
      } else {
        r.head_file_bytes += file_bytes;
      }
    }
    r.penalty = file_type_info(type).rel_ppl_percent;
    return r;
  }

  // The weights layout of a recipe (every tensor's memory, traffic and compute), built once.
  const WeightsLayout& layout_of(int recipe) const {
    const Recipe& r = recipes_[static_cast<std::size_t>(recipe)];
    if (!r.layout) r.layout = weights_layout(arch_, tensors_, r.types, header_bytes_);
    return *r.layout;
  }

  // The recipe most blocks have (ties: the later recipe).
  int head_recipe_for(const std::vector<int>& choice) const {
    std::vector<int> counts(recipes_.size(), 0);
    for (int c : choice) ++counts[static_cast<std::size_t>(c)];
    int best = choice.empty() ? 0 : choice.front();
    for (std::size_t c = 0; c < counts.size(); ++c) {
      const int n = counts[c], at_best = counts[static_cast<std::size_t>(best)];
      if (n > 0 && (n > at_best || (n == at_best && static_cast<int>(c) > best))) best = static_cast<int>(c);
    }
    return best;
  }

  // The head recipe's layout (token_embd, output and whatever else lies outside the blocks) with
  // each block taken from its own recipe, and the file those make.
  WeightsLayout layout_for(const std::vector<int>& choice, int head) const {
    WeightsLayout layout = layout_of(head);
    layout.file_bytes = recipes_[static_cast<std::size_t>(head)].head_file_bytes + header_bytes_;
    for (std::size_t b = 0; b < choice.size(); ++b) {
      const auto& recipe = recipes_[static_cast<std::size_t>(choice[b])];
      if (choice[b] != head) layout.blocks[b] = layout_of(choice[b]).blocks[b];
      layout.file_bytes += recipe.block_file_bytes[b];
    }
    return layout;
  }

  bool fits(const Estimate& e) const { return fits_capacity(e, hw_, capacity_); }
  bool gpu_fits(const Estimate& e) const { return fits_gpu(e, hw_, capacity_); }

  EstimateRequest base_request(std::uint32_t context, KvType kv) const {
    EstimateRequest r;
    r.context_tokens = context;
    r.kv.type_k = kv;
    r.kv.type_v = kv;
    r.kv.flash_attention = true;
    r.decode_depth_tokens = context / 2;
    r.prompt_tokens = std::min(options_.prompt_tokens, context);
    return r;
  }

  Candidate evaluate(const WeightsLayout& layout, EstimateRequest request, std::vector<BlockPlacement> blocks, bool output_gpu,
                     PlacementKind kind, int ngl, int n_cpu_moe) const {
    Candidate c;
    c.valid = true;
    c.kind = kind;
    assign_gpu_devices(blocks, has_gpu(hw_) ? hw_.gpu_count : 0);
    request.blocks = std::move(blocks);
    request.output_on_gpu = output_gpu;
    c.output_on_gpu = output_gpu;
    c.n_gpu_layers = ngl;
    c.n_cpu_moe = n_cpu_moe;
    c.estimate = estimate(arch_, layout, hw_, request);
    c.blocks = std::move(request.blocks);
    c.fits = fits(c.estimate);
    return c;
  }

  // Largest k in [0, n] with pred(k) true (-1 when none), assuming pred is monotone (true then
  // false as k grows). `hint` (-1: none) is where to start looking: the answer of the previous
  // search, which successive placements of similar layouts rarely move by much, so galloping out
  // from it takes a few evaluations where bisecting [0, n] takes log2(n). The last k for which
  // pred returned true is the answer.
  template <typename Pred>
  static int largest_true(int n, int hint, Pred pred) {
    int lo = 0, hi = n;  // pred(lo) true once known; every k > hi false
    if (hint < 0 || hint > n) {
      if (!pred(0)) return -1;
    } else if (pred(hint)) {
      lo = hint;
      for (int step = 1; lo < hi; step *= 2) {
        const int next = std::min(hi, lo + step);
        if (!pred(next)) {
          hi = next - 1;
          break;
        }
        lo = next;
      }
    } else {
      hi = hint - 1;
      for (int step = 1;; step *= 2) {
        const int next = std::max(0, hint - step);
        if (pred(next)) {
          lo = next;
          break;
        }
        if (next == 0) return -1;
        hi = next - 1;
      }
    }
    while (lo < hi) {
      const int mid = (lo + hi + 1) / 2;
      if (pred(mid)) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  // Every placement strategy for one precision assignment; the fastest that fits (GPU and RAM).
  // `disk_spill`: may leave weights on disk when nothing fits in RAM (stage 4 only).
  // `all_gpu_only`: only whether everything fits on the GPU (stage 1's searches ask nothing else).
  Candidate place(const WeightsLayout& layout, std::uint32_t context, KvType kv, bool disk_spill = false, bool all_gpu_only = false) const {
    const EstimateRequest request = base_request(context, kv);
    const int n = arch_.n_layer;
    std::vector<Candidate> options;
    if (!has_gpu(hw_)) {
      options.push_back(evaluate(layout, request, std::vector<BlockPlacement>(static_cast<std::size_t>(n), {Tier::kCpu, Tier::kCpu, 0}),
                                 false, PlacementKind::kCpuOnly, 0, 0));
    } else {
      auto split_at = [&](int ngl) {
        const LayerSplit split = layer_split(arch_, hw_, ngl);
        return evaluate(layout, request, split.blocks, split.output_on_gpu, ngl > n ? PlacementKind::kAllGpu : PlacementKind::kLayerSplit, ngl, 0);
      };
      Candidate all = split_at(n + 1);
      if (all.fits || all_gpu_only) return all;
      // Layer split: the most blocks (from the end) whose GPU share fits. The search's last
      // candidate that fits is the answer (its lower end only moves up to one that fits).
      Candidate split;
      const int ngl = largest_true(n + 1, split_hint_, [&](int k) {
        Candidate c = split_at(k);
        if (!gpu_fits(c.estimate)) return false;
        split = std::move(c);
        return true;
      });
      split_hint_ = ngl;
      if (ngl >= 0) options.push_back(std::move(split));
      // Attention + KV of every block on the GPU, FFN / experts of the last m blocks too.
      auto hot_cold = [&](int m) {
        std::vector<BlockPlacement> blocks(static_cast<std::size_t>(n));
        for (int b = 0; b < n; ++b) blocks[static_cast<std::size_t>(b)] = {Tier::kGpu, b >= n - m ? Tier::kGpu : Tier::kCpu, 0};
        return evaluate(layout, request, blocks, true, is_moe(arch_) ? PlacementKind::kExpertOffload : PlacementKind::kFfnOffload,
                        n + 1, n - m);
      };
      Candidate offload;
      const int m = largest_true(n, offload_hint_, [&](int k) {
        Candidate c = hot_cold(k);
        if (!gpu_fits(c.estimate)) return false;
        offload = std::move(c);
        return true;
      });
      offload_hint_ = m;
      if (m >= 0) options.push_back(std::move(offload));
    }
    Candidate best;
    for (auto& c : options) {
      if (!c.fits) continue;
      if (!best.valid || c.estimate.decode.tokens_per_second > best.estimate.decode.tokens_per_second) best = c;
    }
    if (best.valid) return best;
    // Nothing fits in RAM: spill to disk (mmap) the CPU-side tensors of the first blocks.
    if (disk_spill && options_.allow_disk && !options.empty()) {
      Candidate base = options.front();
      for (auto& c : options) {
        if (c.estimate.cpu.total() < base.estimate.cpu.total()) base = c;
      }
      Candidate spilled = spill_to_disk(layout, request, base);
      if (spilled.fits) return spilled;
    }
    Candidate none;
    if (!options.empty()) none = options.front();
    none.fits = false;
    return none;
  }

  // Moves the CPU-side FFN, then attention, tensors of the first blocks to the disk tier (mmap'd
  // pages that do not stay in RAM) until RAM fits; `fits` stays false when even that fails.
  Candidate spill_to_disk(const WeightsLayout& layout, const EstimateRequest& request, const Candidate& base) const {
    std::vector<BlockPlacement> blocks = base.blocks;
    const int n = arch_.n_layer;
    for (int pass = 0; pass < 2; ++pass) {
      for (int b = 0; b < n; ++b) {
        auto& p = blocks[static_cast<std::size_t>(b)];
        Tier& tier = pass == 0 ? p.ffn : p.attention;
        if (tier != Tier::kCpu) continue;
        tier = Tier::kDisk;
        Candidate c = evaluate(layout, request, blocks, base.output_on_gpu, base.kind, base.n_gpu_layers, base.n_cpu_moe);
        if (c.fits) return c;
      }
    }
    Candidate none = base;
    none.fits = false;
    return none;
  }

  struct Scored {
    bool found = false;
    std::vector<int> choice;
    int head = 0;
    KvType kv = KvType::kF16;
    std::uint32_t context = 0;
    Candidate candidate;
    double penalty = 0;
    Bytes budget = 0;
  };

  // Fixed memory (not block weights) of a configuration, per tier, from a probe estimate.
  Bytes combined_capacity() const {
    if (!has_gpu(hw_)) return capacity_.ram_bytes;
    if (hw_.unified_memory) return capacity_.ram_bytes;
    return capacity_.gpu_bytes_per_device * static_cast<Bytes>(hw_.gpu_count) + capacity_.ram_bytes;
  }

  // `all_gpu_only`: the placement only when everything fits on the GPU (else not found).
  Scored solve_at(Bytes budget, std::uint32_t context, KvType kv, bool all_gpu_only = false) const {
    Scored s;
    s.choice = choose(budget);
    if (s.choice.empty()) return s;
    s.head = head_recipe_for(s.choice);
    const WeightsLayout layout = layout_for(s.choice, s.head);
    s.candidate = place(layout, context, kv, false, all_gpu_only);
    s.found = s.candidate.fits;
    s.kv = kv;
    s.context = context;
    s.budget = budget;
    s.penalty = choice_penalty(s.choice) + kv_penalty(kv, kv);
    return s;
  }

  // Fixed bytes besides block weights: estimate with every block at the smallest recipe.
  // `head`: the recipe of token_embd / output (-1: the smallest blocks' own).
  // Memoised: every search at a context asks the same few.
  Bytes fixed_bytes(std::uint32_t context, KvType kv, bool all_gpu, int head = -1) const {
    const auto key = std::make_tuple(context, kv, all_gpu, head);
    if (auto hit = fixed_.find(key); hit != fixed_.end()) return hit->second;
    const Bytes bytes = fixed_bytes_uncached(context, kv, all_gpu, head);
    fixed_.emplace(key, bytes);
    return bytes;
  }

  Bytes fixed_bytes_uncached(std::uint32_t context, KvType kv, bool all_gpu, int head) const {
    const std::vector<int> smallest = smallest_choice();
    const WeightsLayout layout = layout_for(smallest, head >= 0 ? head : smallest.front());
    EstimateRequest request = base_request(context, kv);
    const LayerSplit split = layer_split(arch_, hw_, all_gpu ? arch_.n_layer + 1 : 0);
    request.blocks = split.blocks;
    request.output_on_gpu = split.output_on_gpu;
    const Estimate e = estimate(arch_, layout, hw_, request);
    Bytes blocks = 0;
    for (const auto& b : layout.blocks) blocks += b.attention.bytes + b.ffn.bytes;
    // All on the GPU: only the GPU's own fixed bytes compete with the blocks for VRAM (token_embd
    // and the host buffers live in RAM). Otherwise everything competes for GPU + RAM.
    const Bytes total = all_gpu ? e.gpu_total() : e.total();
    return total > blocks ? total - blocks : 0;
  }

  // The best plan at one context: all-GPU first, then VRAM + RAM; with a target, the largest
  // budget (highest quality) whose placement meets it.
  Scored best_at(std::uint32_t context, std::vector<std::string>& notes, bool record) const {
    std::vector<KvType> kvs;
    if (options_.kv_policy == KvPolicy::kAuto) kvs = {KvType::kF16, KvType::kQ8_0, KvType::kQ4_0};
    else kvs = {kv_type_of(options_.kv_policy)};
    const double target = options_.target_tokens_per_second;
    Scored best;
    auto better = [&](const Scored& a, const Scored& b) {
      if (!b.found) return a.found;
      if (!a.found) return false;
      if (target > 0) {
        const bool ma = a.candidate.estimate.decode.tokens_per_second >= target;
        const bool mb = b.candidate.estimate.decode.tokens_per_second >= target;
        if (ma != mb) return ma;
        if (!ma) return a.candidate.estimate.decode.tokens_per_second > b.candidate.estimate.decode.tokens_per_second;
      }
      return a.penalty < b.penalty - 1e-12;
    };
    // Stage 1: everything on the GPU.
    if (has_gpu(hw_)) {
      for (KvType kv : kvs) {
        if (!validate_kv_types(arch_, kv, kv, true)) continue;
        const Bytes gpu_cap = hw_.unified_memory ? capacity_.gpu_bytes_per_device
                                                 : capacity_.gpu_bytes_per_device * static_cast<Bytes>(hw_.gpu_count);
        const Bytes fixed = fixed_bytes(context, kv, true);
        if (gpu_cap <= fixed) continue;
        // The largest budget whose plan stays entirely on the GPU (binary search: the fixed part
        // estimate is approximate, the placement check is exact).
        auto all_gpu = [&](const Scored& s) { return s.found && s.candidate.kind == PlacementKind::kAllGpu; };
        Bytes hi = gpu_cap - fixed;
        Scored s = solve_at(hi, context, kv, true);
        // The head (output, token_embd) follows the blocks' recipe: re-budget with the head the
        // solution actually has, a few times (it settles in one or two).
        for (int iteration = 0; iteration < 3 && !s.choice.empty(); ++iteration) {
          const Bytes head_fixed = fixed_bytes(context, kv, true, s.head);
          if (head_fixed >= gpu_cap) break;
          const Bytes rebudget = gpu_cap - head_fixed;
          if (rebudget == hi) break;
          Scored again = solve_at(rebudget, context, kv, true);
          if (again.choice.empty()) break;
          hi = rebudget;
          s = again;
        }
        if (!all_gpu(s)) {
          Bytes lo = table_->min_feasible_budget();
          Scored at_lo = lo <= hi ? solve_at(lo, context, kv, true) : Scored{};
          if (!all_gpu(at_lo)) continue;
          s = at_lo;
          while (hi - lo > table_->bucket_bytes()) {
            const Bytes mid = lo + (hi - lo) / 2;
            Scored m = solve_at(mid, context, kv, true);
            if (all_gpu(m)) {
              s = m;
              lo = mid;
            } else {
              hi = mid;
            }
          }
        }
        if (target <= 0 || s.candidate.estimate.decode.tokens_per_second >= target) {
          if (better(s, best)) best = s;
        }
      }
      if (best.found && !all_stages_) {
        if (record) notes.push_back("Everything fits on the GPU at " + std::to_string(context) + " tokens of context.");
        return best;
      }
    }
    // Stage 2: VRAM + RAM (expert / FFN offload or layer split), or RAM alone.
    for (KvType kv : kvs) {
      if (!validate_kv_types(arch_, kv, kv, true)) continue;
      const Bytes fixed = fixed_bytes(context, kv, false);
      const Bytes cap = combined_capacity();
      if (cap <= fixed) continue;
      Bytes top = cap - fixed;
      // Shrink until the placement fits (the fixed part grows a little when blocks move).
      Scored s;
      for (int attempt = 0; attempt < 12; ++attempt) {
        s = solve_at(top, context, kv);
        if (s.choice.empty() || s.found) break;
        top = top * 96 / 100;
      }
      if (!s.found) {
        // Disk spill may still place it.
        continue;
      }
      if (target > 0 && s.candidate.estimate.decode.tokens_per_second < target) {
        // Dual search: a smaller budget moves bytes onto the GPU (faster, lower precision).
        Bytes lo = table_->min_feasible_budget(), hi = top;
        Scored fastest = solve_at(lo, context, kv);
        Scored met;
        for (int iter = 0; iter < 18 && lo + table_->bucket_bytes() < hi; ++iter) {
          const Bytes mid = lo + (hi - lo) / 2;
          Scored m = solve_at(mid, context, kv);
          if (m.found && m.candidate.estimate.decode.tokens_per_second >= target) {
            met = m;
            lo = mid;
          } else {
            hi = mid;
          }
        }
        if (met.found) s = met;
        else if (fastest.found && fastest.candidate.estimate.decode.tokens_per_second > s.candidate.estimate.decode.tokens_per_second) s = fastest;
      }
      if (better(s, best)) best = s;
    }
    return best;
  }

  Plan to_plan(const Scored& s, std::vector<std::string> notes) const;

 public:
  // Every block at one file type, at `context`: the first KV type of the policy's order (f16, q8_0,
  // q4_0) whose best placement fits in GPU + RAM; else, when disk is allowed, the smallest KV with
  // the weights that do not fit streamed from disk.
  Scored uniform_at(FileType type, std::uint32_t context) {
    Scored s;
    const int r = recipe_index(type);
    s.choice.assign(static_cast<std::size_t>(arch_.n_layer), r);
    s.head = r;
    const WeightsLayout layout = layout_for(s.choice, s.head);
    std::vector<KvType> kvs = options_.kv_policy == KvPolicy::kAuto ? std::vector<KvType>{KvType::kF16, KvType::kQ8_0, KvType::kQ4_0}
                                                                    : std::vector<KvType>{kv_type_of(options_.kv_policy)};
    for (int disk = 0; disk < 2 && !s.found; ++disk) {
      if (disk == 1 && !options_.allow_disk) break;
      for (std::size_t i = 0; i < kvs.size() && !s.found; ++i) {
        // With disk allowed, the smallest KV first: the least that streams from disk.
        const KvType kv = disk == 1 ? kvs[kvs.size() - 1 - i] : kvs[i];
        if (!validate_kv_types(arch_, kv, kv, true)) continue;
        Candidate c = place(layout, context, kv, disk == 1);
        if (!c.fits) continue;
        s.found = true;
        s.candidate = c;
        s.kv = kv;
        s.context = context;
        s.penalty = choice_penalty(s.choice) + kv_penalty(kv, kv);
      }
    }
    return s;
  }

  // Every block at `type` at the requested context (computed once per type and Planner).
  const Plan& uniform_plan(FileType type) {
    auto [at, inserted] = uniform_plans_.try_emplace(type);
    if (inserted) {
      at->second = to_plan(uniform_at(type, options_.context_tokens), {});
      at->second.notes.insert(at->second.notes.begin(), std::string("Every block at ") + file_type_info(type).name + ", one file type throughout.");
    }
    return at->second;
  }

  // The plan with `target` as its decode-speed target (quality stays the criterion among the plans
  // that reach it; all placement stages compete).
  Plan plan_with_target(double target, std::vector<std::string>& notes) {
    const double saved = options_.target_tokens_per_second;
    options_.target_tokens_per_second = target;
    all_stages_ = true;
    Plan p = plan(notes);
    all_stages_ = false;
    options_.target_tokens_per_second = saved;
    return p;
  }

  // Among frontier plans with quality proxy <= ceiling: the fastest, then the most accurate within
  // `slack` of its speed. Empty when none qualifies.
  std::optional<Plan> fastest_frontier_plan(double ceiling, double slack) {
    const auto points = frontier();
    double fastest = 0;
    for (const auto& p : points) {
      if (p.quality_proxy <= ceiling) fastest = std::max(fastest, p.decode_tokens_per_second);
    }
    const FrontierPoint* best = nullptr;
    for (const auto& p : points) {
      if (p.quality_proxy > ceiling || p.decode_tokens_per_second < fastest * (1 - slack)) continue;
      if (!best || p.quality_proxy < best->quality_proxy) best = &p;
    }
    if (!best) return std::nullopt;
    return best->plan;
  }

  // Bytes (GPU + RAM + disk) of a configuration at the requested context, fitting or not.
  Bytes total_bytes_of(const std::vector<int>& choice, int head, KvType kv) const {
    const Candidate c = place(layout_for(choice, head), options_.context_tokens, kv);
    return c.estimate.total();
  }

  Requirements requirements() {
    Requirements r;
    const std::vector<int> smallest = smallest_choice();
    const KvType smallest_kv = options_.kv_policy == KvPolicy::kAuto ? KvType::kQ4_0 : kv_type_of(options_.kv_policy);
    r.min_total_bytes = total_bytes_of(smallest, head_recipe_for(smallest), validate_kv_types(arch_, smallest_kv, smallest_kv, true) ? smallest_kv : KvType::kF16);
    const int q4 = recipe_index(FileType::kQ4_K_M);
    r.q4_k_m_total_bytes = total_bytes_of(std::vector<int>(static_cast<std::size_t>(arch_.n_layer), q4), q4, KvType::kF16);
    return r;
  }

 private:
  mutable int split_hint_ = -1;    // place(): the last layer split's block count (where its next search starts)
  mutable int offload_hint_ = -1;  // place(): the last FFN / expert offload's GPU block count
  bool all_stages_ = false;  // best_at: a plan on the GPU alone does not end the search (stage 2 competes)
  double requested_target_ = 0;  // the request's target (options_ carries the one being searched for)
  std::map<FileType, Plan> uniform_plans_;  // uniform_plan() per file type: the floor, the published files, the baseline

  const ModelPreset& model_;
  const ModelArchitecture& arch_;
  const Hardware& hw_;
  PlanOptions options_;
  std::vector<TensorSpec> tensors_;
  Capacity capacity_;
  Bytes header_bytes_;  // the GGUF header of every file this model gives (an imported file's own, else predicted)
  std::vector<Recipe> recipes_;
  std::vector<double> sensitivity_;
  std::vector<double> weight_;
  std::unique_ptr<KnapsackTable> table_;
  std::vector<std::vector<int>> option_recipe_;  // [block][knapsack option] -> index into recipes_
  mutable std::vector<std::optional<std::vector<Upgrade>>> upgrades_from_;  // upgrades_from() per recipe
  mutable std::unordered_map<Bytes, std::vector<int>> chosen_;  // choose() per budget
  mutable std::map<std::tuple<std::uint32_t, KvType, bool, int>, Bytes> fixed_;  // fixed_bytes() per question

  friend Result<PlanResult> fitplan::make_plan(const PlanRequest&, PlanDetail);
  friend Result<std::vector<FrontierPoint>> fitplan::make_frontier(const PlanRequest&);
  friend std::uint32_t fitplan::max_gpu_context(const ModelPreset&, const Hardware&, FileType, KvType);
  friend Result<Plan> fitplan::evaluate_plan(const PlanRequest&, const PlanSpec&);
};

Usability grade(double tps, const PlanOptions& options) {
  if (tps >= options.usable_tokens_per_second) return Usability::kUsable;
  if (tps >= options.slow_tokens_per_second) return Usability::kSlow;
  return Usability::kImpractical;
}

std::string usability_message(Usability u, double tps, const PlanOptions& options) {
  const std::string speed = "~" + format_fixed(tps, tps < 10 ? 1 : 0) + " tok/s";
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

// Where the plan's memory lives (one vocabulary for every view) and the answer in one sentence.
void set_verdict(Plan& plan, const Hardware& hw, const PlanOptions& options) {
  plan.requested_context_tokens = options.context_tokens;
  if (!plan.feasible) plan.fit = Fit::kNone;
  else if (plan.disk_blocks > 0 || plan.estimate.disk_bytes > 0) plan.fit = Fit::kDisk;
  else if (plan.placement_kind == PlacementKind::kAllGpu) plan.fit = Fit::kGpu;
  else plan.fit = Fit::kGpuRam;
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

Plan Planner::to_plan(const Scored& s, std::vector<std::string> notes) const {
  Plan plan;
  plan.model_id = model_.id;
  plan.hardware_id = hw_.id;
  plan.capacity = capacity_;
  plan.knapsack_bucket_bytes = table_->bucket_bytes();
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
  double quality = 0;
  for (int b = 0; b < arch_.n_layer; ++b) {
    const auto& r = recipes_[static_cast<std::size_t>(s.choice[static_cast<std::size_t>(b)])];
    PlanLayer layer;
    layer.index = b;
    layer.recipe = r.type;
    layer.attention_tier = c.blocks[static_cast<std::size_t>(b)].attention;
    layer.ffn_tier = c.blocks[static_cast<std::size_t>(b)].ffn;
    layer.gpu_index = c.blocks[static_cast<std::size_t>(b)].gpu_index;
    layer.bytes = r.block_bytes[static_cast<std::size_t>(b)];
    quality += weight_[static_cast<std::size_t>(b)] * r.penalty;
    add_layer(plan, layer);
  }
  quality += kv_penalty(s.kv, s.kv);
  plan.quality_proxy = quality;
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
    notes.push_back("Mixed precision from the exact knapsack (DP resolution " + format_fixed(to_mib(table_->bucket_bytes()), 1) +
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
  notes.push_back("Decode speed is estimated at half the context filled (" + std::to_string(s.context / 2) +
                  " tokens); the quality proxy is an estimate from published perplexity tables, not a measurement.");
  if (!has_gpu(hw_)) {
    notes.push_back("On CPUs llama.cpp repacks some types (q4_0, q4_K, iq4_nl) into a second buffer while the mapped file pages stay "
                    "resident: peak RSS can approach twice the file size (the pages are reclaimable cache).");
  }
  plan.notes = std::move(notes);
  set_verdict(plan, hw_, options_);
  return plan;
}

Plan Planner::plan(std::vector<std::string>& notes) {
  const std::uint32_t requested = options_.context_tokens;
  Scored s = best_at(requested, notes, true);
  if (!s.found && options_.min_context_tokens < requested) {
    // Stage 3: the largest context (binary search, multiples of 256) that fits.
    std::uint32_t lo = options_.min_context_tokens, hi = requested;
    Scored at_lo = best_at(lo, notes, false);
    if (at_lo.found) {
      s = at_lo;
      while (hi - lo > 256) {
        const std::uint32_t mid = static_cast<std::uint32_t>(pad_to((lo + hi) / 2, 256));
        if (mid >= hi || mid <= lo) break;
        Scored m = best_at(mid, notes, false);
        if (m.found) {
          s = m;
          lo = mid;
        } else {
          hi = mid;
        }
      }
      notes.push_back("The requested context of " + std::to_string(requested) + " tokens does not fit; shrunk to " +
                      std::to_string(s.context) + " tokens (floor " + std::to_string(options_.min_context_tokens) + ").");
    }
  }
  if (!s.found && options_.allow_disk) {
    // Stage 4: the smallest weights the floor allows, with whatever does not fit in RAM left on
    // disk (mmap) at the floor context.
    const std::uint32_t context = options_.min_context_tokens;
    std::vector<KvType> kvs = options_.kv_policy == KvPolicy::kAuto ? std::vector<KvType>{KvType::kQ4_0, KvType::kQ8_0, KvType::kF16}
                                                                    : std::vector<KvType>{kv_type_of(options_.kv_policy)};
    for (KvType kv : kvs) {
      if (!validate_kv_types(arch_, kv, kv, true)) continue;
      Scored d;
      d.choice = smallest_choice();
      d.head = head_recipe_for(d.choice);
      d.candidate = place(layout_for(d.choice, d.head), context, kv, true);
      if (!d.candidate.fits) continue;
      d.found = true;
      d.kv = kv;
      d.context = context;
      d.penalty = choice_penalty(d.choice) + kv_penalty(kv, kv);
      s = d;
      notes.push_back(d.candidate.estimate.disk_bytes > 0
                          ? "Does not fit in GPU + RAM even at the floor precision and context: spilled to disk."
                          : "Fits only with the smallest weights the precision floor allows and the floor context.");
      break;
    }
  }
  return to_plan(s, notes);
}

Plan Planner::baseline() {
  // The uniform file type as it runs best here (the same computation as a published file of that
  // type, so every view shows the same figures).
  const FileType type = options_.baseline_file_type;
  Plan plan = uniform_plan(type);
  plan.notes.front() = std::string("Uniform ") + file_type_info(type).name +
                       " (every block at one type), the first KV type that fits and its fastest placement.";
  return plan;
}

Result<Plan> Planner::evaluate_spec(const PlanSpec& spec) {
  const int n = arch_.n_layer;
  if (static_cast<int>(spec.layers.size()) != n) {
    return make_error(ErrorCode::kInvalidArgument, "plan.layers",
                      "'plan.layers' has " + std::to_string(spec.layers.size()) + " entries; the model has " + std::to_string(n) + " blocks");
  }
  if (auto ok = validate_context(arch_, spec.context_tokens, "plan.contextLength"); !ok) return ok.error();
  if (auto ok = validate_kv_types(arch_, spec.kv_type_k, spec.kv_type_v, true); !ok) return ok.error();
  Scored s;
  s.choice.resize(static_cast<std::size_t>(n));
  std::vector<BlockPlacement> blocks(static_cast<std::size_t>(n));
  for (int b = 0; b < n; ++b) {
    const auto& layer = spec.layers[static_cast<std::size_t>(b)];
    if (layer.index != b) {
      return make_error(ErrorCode::kInvalidArgument, "plan.layers", "'plan.layers' must list blocks 0.." + std::to_string(n - 1) + " in order");
    }
    if (!has_gpu(hw_) && (layer.attention_tier == Tier::kGpu || layer.ffn_tier == Tier::kGpu)) {
      return make_error(ErrorCode::kInvalidArgument, "plan.layers", "block " + std::to_string(b) + " is on the GPU but the hardware has none");
    }
    const int gpus = has_gpu(hw_) ? hw_.gpu_count : 0;
    if (layer.gpu_index < 0 || layer.gpu_index >= std::max(1, gpus)) {
      return make_error(ErrorCode::kOutOfRange, "plan.layers",
                        "block " + std::to_string(b) + " has gpuIndex " + std::to_string(layer.gpu_index) + "; the machine has " +
                            std::to_string(gpus) + (gpus == 1 ? " GPU" : " GPUs") + " (allowed 0 to " + std::to_string(std::max(0, gpus - 1)) + ")");
    }
    s.choice[static_cast<std::size_t>(b)] = recipe_index(layer.recipe);
    blocks[static_cast<std::size_t>(b)] = {layer.attention_tier, layer.ffn_tier, layer.gpu_index};
  }
  s.head = recipe_index(spec.head_recipe);
  const WeightsLayout layout = layout_for(s.choice, s.head);
  EstimateRequest request = base_request(spec.context_tokens, spec.kv_type_k);
  request.kv.type_v = spec.kv_type_v;
  s.candidate = evaluate(layout, request, blocks, spec.output_on_gpu && has_gpu(hw_), spec.placement_kind, spec.n_gpu_layers, spec.n_cpu_moe);
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

std::vector<FrontierPoint> Planner::frontier() {
  std::vector<FrontierPoint> points;
  const std::uint32_t context = options_.context_tokens;
  std::vector<KvType> kvs = options_.kv_policy == KvPolicy::kAuto ? std::vector<KvType>{KvType::kF16, KvType::kQ8_0, KvType::kQ4_0}
                                                                  : std::vector<KvType>{kv_type_of(options_.kv_policy)};
  const Bytes lo = table_->min_feasible_budget();
  const Bytes hi = combined_capacity();
  constexpr int kSteps = 24;
  std::vector<std::string> no_notes;
  for (KvType kv : kvs) {
    if (!validate_kv_types(arch_, kv, kv, true)) continue;
    std::vector<int> previous;
    for (int i = 0; i <= kSteps; ++i) {
      // Geometric steps: finer where budgets are small.
      const double t = static_cast<double>(i) / kSteps;
      const Bytes budget = static_cast<Bytes>(static_cast<double>(lo) * std::pow(static_cast<double>(std::max(hi, lo + 1)) / static_cast<double>(lo), t));
      Scored s = solve_at(budget, context, kv);
      if (!s.found || s.choice == previous) continue;
      previous = s.choice;
      FrontierPoint p;
      p.plan = to_plan(s, no_notes);
      p.quality_proxy = p.plan.quality_proxy;
      p.decode_tokens_per_second = p.plan.estimate.decode.tokens_per_second;
      p.total_bytes = p.plan.estimate.total();
      points.push_back(std::move(p));
    }
  }
  // Keep the non-dominated points: lower quality proxy, higher speed, lower memory.
  std::vector<FrontierPoint> front;
  for (std::size_t i = 0; i < points.size(); ++i) {
    bool dominated = false;
    for (std::size_t j = 0; j < points.size() && !dominated; ++j) {
      if (i == j) continue;
      const auto& a = points[j];
      const auto& b = points[i];
      const bool no_worse = a.quality_proxy <= b.quality_proxy && a.decode_tokens_per_second >= b.decode_tokens_per_second &&
                            a.total_bytes <= b.total_bytes;
      const bool better = a.quality_proxy < b.quality_proxy || a.decode_tokens_per_second > b.decode_tokens_per_second ||
                          a.total_bytes < b.total_bytes;
      dominated = no_worse && better;
    }
    if (!dominated) front.push_back(points[i]);
  }
  std::sort(front.begin(), front.end(), [](const auto& a, const auto& b) { return a.quality_proxy < b.quality_proxy; });
  return front;
}

Result<bool> validate_request(const PlanRequest& request) {
  if (auto ok = validate_architecture(request.model.arch); !ok) return ok.error();
  if (auto ok = validate_hardware(request.hardware); !ok) return ok.error();
  const auto& o = request.options;
  if (auto ok = validate_context(request.model.arch, o.context_tokens, "contextLength"); !ok) return ok.error();
  if (o.min_context_tokens < 1 || o.min_context_tokens > o.context_tokens) {
    return make_error(ErrorCode::kOutOfRange, "minContextLength",
                      "'minContextLength' must be between 1 and the context length (" + std::to_string(o.context_tokens) + ")");
  }
  if (!std::isfinite(o.target_tokens_per_second) || o.target_tokens_per_second < 0 || o.target_tokens_per_second > 100000) {
    return make_error(ErrorCode::kOutOfRange, "targetTps", "'targetTps' must be between 0 (no target) and 100000 tok/s");
  }
  if (o.output_tokens < 1 || o.output_tokens > (1u << 24)) {
    return make_error(ErrorCode::kOutOfRange, "outputTokens", "'outputTokens' must be between 1 and 16777216");
  }
  if (o.prompt_tokens < 1 || o.prompt_tokens > (1u << 24)) {
    return make_error(ErrorCode::kOutOfRange, "promptTokens", "'promptTokens' must be between 1 and 16777216");
  }
  if (!std::isfinite(o.slow_tokens_per_second) || !(o.slow_tokens_per_second > 0) || o.slow_tokens_per_second > 100000) {
    return make_error(ErrorCode::kOutOfRange, "slowTps", "'slowTps' must be above 0 and at most 100000 tok/s");
  }
  if (!std::isfinite(o.usable_tokens_per_second) || !(o.usable_tokens_per_second > o.slow_tokens_per_second) ||
      o.usable_tokens_per_second > 100000) {
    // Blame the threshold the caller moved: a raised slowTps, else usableTps.
    const bool slow_moved = o.slow_tokens_per_second != PlanOptions{}.slow_tokens_per_second;
    const std::string values = "'slowTps' is " + format_fixed(o.slow_tokens_per_second, 2) + " and 'usableTps' " +
                               format_fixed(o.usable_tokens_per_second, 2) + " tok/s";
    return make_error(ErrorCode::kOutOfRange, slow_moved ? "slowTps" : "usableTps",
                      slow_moved ? "'slowTps' must be below 'usableTps' (the verdict grades need 0 < slowTps < usableTps); " + values
                                 : "'usableTps' must be above 'slowTps' (the verdict grades need 0 < slowTps < usableTps); " + values);
  }
  if (!o.block_sensitivity.empty()) {
    if (o.block_sensitivity.size() != static_cast<std::size_t>(request.model.arch.n_layer)) {
      return make_error(ErrorCode::kInvalidArgument, "blockSensitivity",
                        "'blockSensitivity' needs one value per block (" + std::to_string(request.model.arch.n_layer) + ")");
    }
    for (double v : o.block_sensitivity) {
      if (!std::isfinite(v) || v < 0) return make_error(ErrorCode::kOutOfRange, "blockSensitivity", "sensitivities must be finite and >= 0");
    }
  }
  if (!std::isfinite(o.max_quality_loss_percent) || o.max_quality_loss_percent < 0 || o.max_quality_loss_percent > 1000) {
    return make_error(ErrorCode::kOutOfRange, "maxQualityLoss",
                      "'maxQualityLoss' must be between 0 and 1000 (percent perplexity increase over F16)");
  }
  if (o.knapsack_buckets < kMinKnapsackBuckets || o.knapsack_buckets > kMaxKnapsackBuckets) {
    return make_error(ErrorCode::kOutOfRange, "knapsackBuckets",
                      "'knapsackBuckets' must be between " + std::to_string(kMinKnapsackBuckets) + " and " + std::to_string(kMaxKnapsackBuckets));
  }
  return true;
}

}  // namespace

namespace {

constexpr double kWorkloadSlack = 0.05;  // workload: the best quality within 5 % of the shortest time
constexpr double kSpeedSlack = 0.01;     // speed: the best quality within 1 % of the fastest plan

bool meets(const Plan& plan, double target) { return plan.feasible && plan.estimate.decode.tokens_per_second >= target * (1 - 1e-9); }

// Which of two runnable uniform files serves the objective better (a: true).
bool serves_better(const Plan& a, const Plan& b, const PlanOptions& o, double floor) {
  if (!b.feasible) return a.feasible;
  if (!a.feasible) return false;
  if ((a.fit == Fit::kDisk) != (b.fit == Fit::kDisk)) return b.fit == Fit::kDisk;
  if (a.context_tokens != b.context_tokens) return a.context_tokens > b.context_tokens;
  const double ta = a.estimate.decode.tokens_per_second, tb = b.estimate.decode.tokens_per_second;
  auto by_quality_within = [&](double slack, double ka, double kb, bool smaller_is_better) {
    const double best = smaller_is_better ? std::min(ka, kb) : std::max(ka, kb);
    const bool a_close = smaller_is_better ? ka <= best * (1 + slack) : ka >= best * (1 - slack);
    const bool b_close = smaller_is_better ? kb <= best * (1 + slack) : kb >= best * (1 - slack);
    if (a_close != b_close) return a_close;
    return a.quality_proxy < b.quality_proxy - 1e-12 || (std::fabs(a.quality_proxy - b.quality_proxy) <= 1e-12 && ta > tb);
  };
  switch (o.objective) {
    case Objective::kWorkload: return by_quality_within(kWorkloadSlack, a.workload_seconds, b.workload_seconds, true);
    case Objective::kSpeed: return by_quality_within(kSpeedSlack, ta, tb, false);
    case Objective::kQuality:
    case Objective::kBalanced: {
      if (o.objective == Objective::kBalanced && o.target_tokens_per_second <= 0) {
        // The quality ceiling comes first: a faster file beyond it is not what balanced recommends.
        const bool ca = a.quality_proxy <= o.max_quality_loss_percent, cb = b.quality_proxy <= o.max_quality_loss_percent;
        if (ca != cb) return ca;
      }
      const double need = o.target_tokens_per_second > 0 ? o.target_tokens_per_second : floor;
      if (need > 0) {
        const bool ma = meets(a, need), mb = meets(b, need);
        if (ma != mb) return ma;
        if (!ma) return ta > tb;  // neither is fast enough: the faster
      } else if (o.objective == Objective::kBalanced) {
        return by_quality_within(0.0, ta, tb, false);
      }
      return a.quality_proxy < b.quality_proxy - 1e-12 || (std::fabs(a.quality_proxy - b.quality_proxy) <= 1e-12 && ta > tb);
    }
  }
  return false;
}

std::string tps_text(double tps) { return format_fixed(tps, tps < 10 ? 1 : 0) + " tok/s"; }

// The plan an objective chooses, the rule that chose it in one sentence, and (balanced) the speed
// it had to reach.
struct Choice {
  Plan plan;
  std::string rule;
  double floor = 0;
};

// speed and workload: the most accurate frontier point within the slack of the fastest speed or the
// shortest workload time (empty when nothing fits at the requested context).
std::optional<Choice> frontier_choice(Planner& planner, const PlanOptions& o) {
  const bool workload = o.objective == Objective::kWorkload;
  const double slack = workload ? kWorkloadSlack : kSpeedSlack;
  const auto points = planner.frontier();
  double best_time = std::numeric_limits<double>::infinity(), best_speed = 0;
  for (const auto& p : points) {
    best_time = std::min(best_time, p.plan.workload_seconds);
    best_speed = std::max(best_speed, p.decode_tokens_per_second);
  }
  const FrontierPoint* best = nullptr;
  for (const auto& p : points) {
    const bool close = workload ? p.plan.workload_seconds <= best_time * (1 + slack) : p.decode_tokens_per_second >= best_speed * (1 - slack);
    if (close && (!best || p.quality_proxy < best->quality_proxy - 1e-12)) best = &p;
  }
  if (!best) return std::nullopt;
  Choice c{best->plan, "", 0};
  if (workload) {
    c.rule = "Objective workload: the shortest time for " + std::to_string(o.prompt_tokens) + " prompt + " + std::to_string(o.output_tokens) +
             " output tokens; among plans within 5 % of it, the most accurate.";
    c.plan.notes.insert(c.plan.notes.begin(), "Fastest plan for the workload of " + std::to_string(o.prompt_tokens) + " prompt tokens and " +
                                                  std::to_string(o.output_tokens) + " output tokens: " + format_fixed(c.plan.workload_seconds, 2) +
                                                  " s in all (prefill counts too), the best quality within 5 % of the fastest plan's " +
                                                  format_fixed(best_time, 2) + " s; the speed target is not used.");
  } else {
    c.rule = "Objective speed: the fastest plan that fits; among plans within 1 % of its speed, the most accurate.";
    c.plan.notes.insert(c.plan.notes.begin(), c.rule);
  }
  return c;
}

// balanced without a target: the most accurate plan at least as fast as the uniform Q4_K_M file,
// raised to the best speed grade (usable, else slow) a plan within the quality ceiling reaches.
Choice balanced_choice(Planner& planner, const PlanOptions& o, std::vector<std::string>& notes) {
  Choice c;
  const std::string ceiling = "+" + format_fixed(o.max_quality_loss_percent, 1) + " % perplexity";
  const Plan& q4 = planner.uniform_plan(FileType::kQ4_K_M);
  const bool q4_runs = q4.feasible && q4.fit != Fit::kDisk && q4.context_tokens == o.context_tokens;
  std::string reason;
  if (q4_runs) {
    c.floor = q4.estimate.decode.tokens_per_second;
    reason = "as fast as the standard Q4_K_M file would run here (" + tps_text(c.floor) + ")";
  }
  bool planned = false;
  for (const double grade : {o.usable_tokens_per_second, o.slow_tokens_per_second}) {
    if (c.floor >= grade) break;
    std::vector<std::string> grade_notes;
    Plan reached = planner.plan_with_target(grade, grade_notes);
    if (!meets(reached, grade) || reached.quality_proxy > o.max_quality_loss_percent || reached.context_tokens != o.context_tokens) continue;
    c.floor = grade;
    reason = std::string("the ") + (grade == o.usable_tokens_per_second ? "usable" : "slow-but-workable") + " speed of " + tps_text(grade) +
             ", which a plan within " + ceiling + " reaches" +
             (q4_runs ? " (the Q4_K_M file would reach only " + tps_text(q4.estimate.decode.tokens_per_second) + ")" : "");
    c.plan = std::move(reached);
    notes = std::move(grade_notes);
    planned = true;
    break;
  }
  if (c.floor > 0) {
    if (!planned) c.plan = planner.plan_with_target(c.floor, notes);
    // The knapsack's speed search is not exact where speed is not monotone in bytes (CPU kernels
    // differ per type): the uniform Q4_K_M file itself always qualifies.
    if (q4_runs && !meets(c.plan, c.floor) && meets(q4, c.floor)) c.plan = q4;
    c.rule = "Default rule (balanced): the most accurate plan that runs at least " + reason + ".";
  } else if (auto fastest = planner.fastest_frontier_plan(o.max_quality_loss_percent, kWorkloadSlack)) {
    // Q4_K_M does not fit at this context: the fastest plan within the quality ceiling.
    c.plan = *fastest;
    c.rule = "Default rule (balanced): the Q4_K_M file does not fit in GPU + RAM at " + std::to_string(o.context_tokens) +
             " tokens, so the fastest plan within " + ceiling + " (the most accurate within 5 % of its speed).";
  } else {
    c.plan = planner.plan(notes);
    c.rule = "Default rule (balanced): nothing within " + ceiling + " fits at " + std::to_string(o.context_tokens) +
             " tokens, so the most accurate plan that runs at all (smaller context or weights streamed from disk).";
  }
  c.plan.notes.insert(c.plan.notes.begin(), c.rule);
  return c;
}

// The published file type that serves the objective best, run as it is (the first repository,
// official ones first, that publishes it; the others listed beside it).
std::optional<PublishedChoice> published_choice(Planner& planner, const PlanRequest& request, double floor) {
  const PlanOptions& o = request.options;
  const double quality_floor = file_type_info(o.min_quant).rel_ppl_percent;
  std::optional<PublishedChoice> best;
  std::vector<FileType> seen;
  for (const auto& repo : request.model.published) {
    for (const auto& file : repo.files) {
      if (std::find(seen.begin(), seen.end(), file.file_type) != seen.end()) {
        if (best && file.file_type == best->file.file_type) best->other_repos.push_back(repo.repo);
        continue;
      }
      seen.push_back(file.file_type);
      if (file_type_info(file.file_type).rel_ppl_percent > quality_floor + 1e-9) continue;
      const Plan& plan = planner.uniform_plan(file.file_type);
      if (best && !serves_better(plan, best->plan, o, floor)) continue;
      best.emplace();
      best->repo = repo.repo;
      best->publisher = repo.publisher;
      best->official = repo.official;
      best->variant = repo.variant;
      best->source = repo.source;
      best->file = file;
      best->file_bytes_exact = file.file_bytes > 0;
      if (!best->file_bytes_exact) best->file.file_bytes = plan.file_bytes;
      best->plan = plan;
    }
  }
  if (best && best->plan.feasible) {
    const DownloadCommands d = make_download_commands(request.model, request.hardware, best->plan, best->repo, best->file.file_type);
    best->llama_server_command = d.llama_server;
    best->ollama_command = d.ollama;
    best->command_caveats = d.caveats;
  }
  return best;
}

}  // namespace

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
    choice = Choice{planner.plan(notes), "The most accurate plan that reaches the target of " + format_fixed(o.target_tokens_per_second, 1) +
                                             " tok/s (or the fastest, when none does).", 0};
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

Result<Plan> evaluate_plan(const PlanRequest& request, const PlanSpec& spec) {
  if (auto ok = validate_request(request); !ok) return ok.error();
  Planner planner(request);
  return planner.evaluate_spec(spec);
}

std::uint32_t max_gpu_context(const ModelPreset& model, const Hardware& hw, FileType file_type, KvType kv_type) {
  PlanRequest request{model, hw, {}};
  request.options.min_quant = FileType::kF16;  // a one-recipe ladder: the cheapest Planner to build
  Planner planner(request);
  return planner.max_gpu_context(file_type, kv_type);
}

}  // namespace fitplan
