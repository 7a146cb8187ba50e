#pragma once
// The planner's own declarations, shared by its files (private to core/src). Who does what:
//   planner_recipes.cpp     block recipes (the file-type ladder), the blocks' penalty weights, layouts
//   planner_knapsack.cpp    the exact knapsack over block recipes: options per block, choose() and its upgrades
//   planner_placement.cpp   where one layout's blocks go (GPU / CPU / disk) and the largest all-GPU context
//   planner_search.cpp      the search stages (all-GPU, GPU + RAM, smaller context, disk), uniform files
//   planner_frontier.cpp    the non-dominated (quality, speed, memory) plans
//   planner_report.cpp      a Plan from a search result: figures, verdict, headline and notes
//   planner_objectives.cpp  the plan each objective picks, and the published file that serves it best
//   plan_options.cpp        the request's validation (PlanOptions and the rest)
//   planner.cpp             the enums' names, make_plan / make_frontier / evaluate_plan / max_gpu_context
// PlanEvaluator is what a plan of given decisions needs (evaluate_plan builds only it: no knapsack
// table); Planner adds the knapsack table and the searches.
#include <cstddef>
#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <unordered_map>
#include <vector>

#include "fitplan/calibration.hpp"
#include "fitplan/knapsack.hpp"
#include "fitplan/planner.hpp"

namespace fitplan::planner_internal {

// ------------------------------------------------------------------------------------ what the search settles for

// Settings of the search, not calibrated: each trades planning time against how close the search
// comes to the optimum, and the golden files (tests/golden) pin the plans they give. The verdict's
// speed thresholds are PlanOptions' (usable_tokens_per_second, slow_tokens_per_second).

// Decode speed is estimated with the KV cache this far filled: context / 2, the average depth of a
// conversation that fills the context (the notes say "half the context").
inline constexpr std::uint32_t kDecodeDepthDivisor = 2;
// Contexts are searched in steps of llama.cpp's KV padding: a context between two steps costs the
// memory of the next one (stage 3, max_gpu_context).
inline constexpr std::uint32_t kContextStep = calibration::kKvCellPadding;
// The knapsack's memory axis has at least this many buckets per block, so that rounding each
// block's cost up to a whole bucket (which keeps every solution within budget) stays a small share
// of a block (PlanOptions::knapsack_buckets may ask for more; kMaxKnapsackBuckets caps both).
inline constexpr int kBucketsPerBlock = 16;
// Stage 1: times the all-GPU budget is recomputed for the head recipe the solution has (it settles
// in one or two).
inline constexpr int kHeadRebudgetRounds = 3;
// Stage 2: the budget shrinks to kShrinkKeepPercent % of itself, at most kShrinkAttempts times,
// until the placement fits (the fixed part grows a little when blocks move to the GPU).
inline constexpr int kShrinkAttempts = 12;
inline constexpr Bytes kShrinkKeepPercent = 96;
// Stage 2 with a speed target: at most this many bisection steps over the budget (it stops sooner
// once the interval is one knapsack bucket wide).
inline constexpr int kTargetSearchSteps = 18;
// The frontier: budgets tried per KV type, in geometric steps from the smallest to all the memory.
inline constexpr int kFrontierSteps = 24;
// Objectives: among plans within this share of the best, the most accurate. workload: of the
// shortest time; speed: of the fastest plan; balanced, when Q4_K_M does not fit: of the fastest plan
// within the quality ceiling.
inline constexpr double kWorkloadSlack = 0.05;
inline constexpr double kSpeedSlack = 0.01;
inline constexpr double kBalancedFallbackSlack = 0.05;

// ------------------------------------------------------------------------------------ recipes

// Block recipes the knapsack chooses from, from small to large.
// Options dominated in a block (another is no larger and no worse) are pruned per block before
// the DP, so listing them costs nothing.
inline constexpr FileType kLadder[] = {FileType::kIQ2_XXS, FileType::kQ2_K,   FileType::kIQ2_M,  FileType::kIQ3_XXS, FileType::kQ3_K_S,
                                       FileType::kIQ3_S,   FileType::kIQ3_M,  FileType::kQ3_K_M, FileType::kQ3_K_L,  FileType::kIQ4_XS,
                                       FileType::kQ4_K_S,  FileType::kQ4_K_M, FileType::kQ5_K_S, FileType::kQ5_K_M,  FileType::kQ6_K,
                                       FileType::kQ8_0,    FileType::kF16};

struct Recipe {
  FileType type = FileType::kF16;
  std::vector<GgmlType> types;
  mutable std::optional<WeightsLayout> layout;  // PlanEvaluator::layout_of(): built on first use (most recipes only size blocks)
  std::vector<Bytes> block_bytes;       // weights of each block in memory
  std::vector<Bytes> block_file_bytes;  // each block's tensors in the file (aligned)
  Bytes head_file_bytes = 0;
  double penalty = 0;  // relative perplexity increase, percent
};

KvType kv_type_of(KvPolicy policy);
// The KV cache's share of the quality proxy: K and V weighted by calibration::kKvKeyShare.
double kv_penalty(KvType k, KvType v);

// ------------------------------------------------------------------------------------ placement and search results

// One placement of one layout: where every block goes, with its estimate.
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

// A precision assignment (recipe per block, head recipe), its KV type and context, and its best placement.
struct Scored {
  bool found = false;
  std::vector<int> choice;
  int head = 0;
  KvType kv = KvType::kF16;
  std::uint32_t context = 0;
  Candidate candidate;
  double penalty = 0;
};

// ------------------------------------------------------------------------------------ the evaluator

// Recipes, block weights, layouts, placement and the report: all a plan of given decisions needs.
class PlanEvaluator {
 public:
  // Builds the ladder's recipes (and the published files' types), the blocks' penalty weights and
  // the knapsack's options per block (planner_recipes.cpp); not the knapsack table.
  explicit PlanEvaluator(const PlanRequest& request);

  // ---- recipes (planner_recipes.cpp)
  Bytes block_bytes(int recipe, int block) const {
    return recipes_[static_cast<std::size_t>(recipe)].block_bytes[static_cast<std::size_t>(block)];
  }
  // Index of `type` in recipes_, building it on first use (the ladder already holds most types).
  int recipe_index(FileType type);
  // Sum of the blocks' weighted penalties of a recipe per block (the quality proxy without the KV cache).
  double choice_penalty(const std::vector<int>& choice) const;
  // The recipe most blocks have (ties: the later recipe).
  int head_recipe_for(const std::vector<int>& choice) const;
  // The head recipe's layout (token_embd, output and whatever else lies outside the blocks) with
  // each block taken from its own recipe, and the file those make.
  WeightsLayout layout_for(const std::vector<int>& choice, int head) const;

  // ---- placement (planner_placement.cpp)
  // Every placement strategy for one precision assignment; the fastest that fits (GPU and RAM).
  // `disk_spill`: may leave weights on disk when nothing fits in RAM (stage 4 only).
  // `all_gpu_only`: only whether everything fits on the GPU (stage 1's searches ask nothing else).
  Candidate place(const WeightsLayout& layout, std::uint32_t context, KvType kv, bool disk_spill = false, bool all_gpu_only = false) const;
  // The largest context (multiple of 256) at which a uniform `file_type` file with `kv_type` fits
  // entirely on the GPU(s); 0 when none does.
  std::uint32_t max_gpu_context(FileType file_type, KvType kv_type);

  // ---- the plan (planner_report.cpp) and a plan of given decisions (planner.cpp)
  Plan to_plan(const Scored& s, std::vector<std::string> notes) const;
  Result<Plan> evaluate_spec(const PlanSpec& spec);
  // A found search result's decisions (evaluate_spec rebuilds to_plan(s)'s figures from them), and
  // its figures without the plan (planner_report.cpp).
  PlanSpec spec_of(const Scored& s) const;
  LeanFrontierPoint lean_point(const Scored& s) const;

 protected:
  // `types`: file_type_assignment() of `type`.
  Recipe build_recipe(FileType type, std::vector<GgmlType> types) const;
  // The recipes of `types` in that order, built in one file_type_assignments() pass.
  std::vector<Recipe> recipes_of(const std::vector<FileType>& types) const;
  // The weights layout of a recipe (every tensor's memory, traffic and compute), built once.
  const WeightsLayout& layout_of(int recipe) const;
  // The knapsack's options per block (planner_knapsack.cpp): groups_, option_recipe_, its cap and resolution.
  void set_block_options(std::size_t ladder_count);

  bool fits(const Estimate& e) const { return fits_capacity(e, hw_, capacity_); }
  bool gpu_fits(const Estimate& e) const { return fits_gpu(e, hw_, capacity_); }
  EstimateRequest base_request(std::uint32_t context, KvType kv) const;
  Candidate evaluate(const WeightsLayout& layout, EstimateRequest request, std::vector<BlockPlacement> blocks, bool output_gpu,
                     PlacementKind kind, int ngl, int n_cpu_moe) const;
  // Moves the CPU-side FFN, then attention, tensors of the first blocks to the disk tier (mmap'd
  // pages that do not stay in RAM) until RAM fits; `fits` stays false when even that fails.
  Candidate spill_to_disk(const WeightsLayout& layout, const EstimateRequest& request, const Candidate& base) const;
  // All the memory there is for the model: every GPU's share and the RAM (the RAM alone without a
  // discrete GPU).
  Bytes combined_capacity() const;

  mutable int split_hint_ = -1;    // place(): the last layer split's block count (where its next search starts)
  mutable int offload_hint_ = -1;  // place(): the last FFN / expert offload's GPU block count
  double requested_target_ = 0;  // the request's target (options_ carries the one being searched for)

  const ModelPreset& model_;
  const ModelArchitecture& arch_;
  const Hardware& hw_;
  PlanOptions options_;
  std::shared_ptr<const std::vector<TensorSpec>> tensors_;  // model_tensors(arch_)
  Capacity capacity_;
  Bytes header_bytes_;  // the GGUF header of every file this model gives (an imported file's own, else predicted)
  std::vector<Recipe> recipes_;
  std::vector<double> weight_;  // each block's share of the parameters times its sensitivity: its penalty weight
  std::vector<KnapsackGroup> groups_;            // the knapsack's options per block (costs, weighted penalties)
  std::vector<std::vector<int>> option_recipe_;  // [block][knapsack option] -> index into recipes_
  Bytes cap_ = 1;          // the knapsack's largest budget
  int buckets_ = 1;        // and its resolution
  Bytes bucket_bytes_ = 1;  // the bytes of one bucket (Plan::knapsack_bucket_bytes)
};

// ------------------------------------------------------------------------------------ the planner

// The evaluator with the knapsack table and the searches.
class Planner : public PlanEvaluator {
 public:
  // The evaluator, then the knapsack table over its block options (planner_knapsack.cpp).
  explicit Planner(const PlanRequest& request);

  // ---- knapsack (planner_knapsack.cpp)
  // Knapsack options -> recipe indices, then spend the budget the bucket rounding left unused:
  // upgrade blocks (best penalty saved per byte first) while the exact total stays within budget.
  // Memoised per budget: the frontier asks the same budgets once per KV type.
  std::vector<int> choose(Bytes budget) const;
  // The smallest recipe of every block among those the floor allows (stage 4: disk spill).
  std::vector<int> smallest_choice() const;

  // ---- search (planner_search.cpp)
  // The most accurate plan (or, with a target, the most accurate that reaches it) at the requested
  // context, else at a smaller one, else with weights streamed from disk.
  Plan plan(std::vector<std::string>& notes);
  // The uniform baseline file (PlanOptions::baseline_file_type) as it runs best here.
  Plan baseline();
  // Every block at `type` at the requested context (computed once per type and Planner).
  const Plan& uniform_plan(FileType type);
  // The plan with `target` as its decode-speed target (quality stays the criterion among the plans
  // that reach it; all placement stages compete).
  Plan plan_with_target(double target, std::vector<std::string>& notes);
  // What would run the model at the asked context: the smallest weights the floor allows, and Q4_K_M.
  Requirements requirements();

  // ---- frontier (planner_frontier.cpp)
  // The frontier's search results: every non-dominated (quality, decode speed, memory) one at the
  // requested context, sorted by quality proxy (the most accurate first).
  std::vector<Scored> frontier_search();
  // Those as plans, and as lean points (the same order, the same figures).
  std::vector<FrontierPoint> frontier();
  std::vector<LeanFrontierPoint> lean_frontier();
  // Among frontier plans with quality proxy <= ceiling: the fastest, then the most accurate within
  // `slack` of its speed. Empty when none qualifies.
  std::optional<Plan> fastest_frontier_plan(double ceiling, double slack);

 private:
  // The order upgrades are taken in: penalty saved per extra byte, best first; ties by block, then
  // target recipe.
  struct Upgrade {
    double gain;  // penalty saved per extra byte, from the recipe the block starts at
    int block;
    int recipe;   // recipe it moves to
  };
  std::vector<int> choose_uncached(Bytes budget) const;

  // `all_gpu_only`: the placement only when everything fits on the GPU (else not found).
  Scored solve_at(Bytes budget, std::uint32_t context, KvType kv, bool all_gpu_only = false) const;
  // solve_at() of a choice already made: its head recipe and their layout (layout_for) given.
  Scored score(std::vector<int> choice, int head, const WeightsLayout& layout, std::uint32_t context, KvType kv,
               bool all_gpu_only = false) const;
  // Fixed bytes besides block weights: estimate with every block at the smallest recipe.
  // `head`: the recipe of token_embd / output (-1: the smallest blocks' own).
  // Memoised: every search at a context asks the same few.
  Bytes fixed_bytes(std::uint32_t context, KvType kv, bool all_gpu, int head = -1) const;
  Bytes fixed_bytes_uncached(std::uint32_t context, KvType kv, bool all_gpu, int head) const;
  // The best plan at one context: all-GPU first, then VRAM + RAM; with a target, the largest
  // budget (highest quality) whose placement meets it.
  Scored best_at(std::uint32_t context, std::vector<std::string>& notes, bool record) const;
  // Every block at one file type, at `context`: the first KV type of the policy's order (f16, q8_0,
  // q4_0) whose best placement fits in GPU + RAM; else, when disk is allowed, the smallest KV with
  // the weights that do not fit streamed from disk.
  Scored uniform_at(FileType type, std::uint32_t context);
  // Bytes (GPU + RAM + disk) of a configuration at the requested context, fitting or not.
  Bytes total_bytes_of(const std::vector<int>& choice, int head, KvType kv) const;

  bool all_stages_ = false;  // best_at: a plan on the GPU alone does not end the search (stage 2 competes)
  std::map<FileType, Plan> uniform_plans_;  // uniform_plan() per file type: the floor, the published files, the baseline
  std::unique_ptr<KnapsackTable> table_;
  mutable std::unordered_map<Bytes, std::vector<int>> chosen_;  // choose() per budget
  mutable std::map<std::tuple<std::uint32_t, KvType, bool, int>, Bytes> fixed_;  // fixed_bytes() per question
};

// ------------------------------------------------------------------------------------ objectives (planner_objectives.cpp)

// The plan an objective chooses, the rule that chose it in one sentence, and (balanced) the speed
// it had to reach.
struct Choice {
  Plan plan;
  std::string rule;
  double floor = 0;
};

// Which of two runnable uniform files serves the objective better (a: true).
bool serves_better(const Plan& a, const Plan& b, const PlanOptions& o, double floor);
// speed and workload: the most accurate frontier point within the slack of the fastest speed or the
// shortest workload time (empty when nothing fits at the requested context).
std::optional<Choice> frontier_choice(Planner& planner, const PlanOptions& o);
// balanced without a target: the most accurate plan at least as fast as the uniform Q4_K_M file,
// raised to the best speed grade (usable, else slow) a plan within the quality ceiling reaches.
Choice balanced_choice(Planner& planner, const PlanOptions& o, std::vector<std::string>& notes);
// The published file type that serves the objective best, run as it is (the first repository,
// official ones first, that publishes it; the others listed beside it).
std::optional<PublishedChoice> published_choice(Planner& planner, const PlanRequest& request, double floor);

// ------------------------------------------------------------------------------------ the request (plan_options.cpp)

// The model, the hardware and every PlanOptions field within range.
Result<bool> validate_request(const PlanRequest& request);

// ------------------------------------------------------------------------------------ the report (planner_report.cpp)

// The verdict in words, with the speed.
std::string usability_message(Usability u, double tps, const PlanOptions& options);
// Where a plan's memory lives (one vocabulary for every view): `on_disk` when any block or byte
// streams from disk.
Fit fit_of(bool feasible, bool on_disk, PlacementKind kind);
// Where the plan's memory lives (fit_of) and the answer in one sentence.
void set_verdict(Plan& plan, const Hardware& hw, const PlanOptions& options);

}  // namespace fitplan::planner_internal
