#pragma once
// The co-scheduler: per-block precision (exact knapsack), KV precision, context, GPU/CPU/disk
// placement and MoE expert offload, chosen together for one model on one machine.
#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "fitplan/analysis.hpp"
#include "fitplan/estimator.hpp"
#include "fitplan/hardware.hpp"
#include "fitplan/model.hpp"
#include "fitplan/published.hpp"
#include "fitplan/quant.hpp"

namespace fitplan {

enum class KvPolicy { kAuto, kF16, kQ8_0, kQ4_0 };
inline constexpr EnumTable<KvPolicy, 4> kKvPolicyNames{
    {{KvPolicy::kAuto, "auto"}, {KvPolicy::kF16, "f16"}, {KvPolicy::kQ8_0, "q8_0"}, {KvPolicy::kQ4_0, "q4_0"}}};
const char* to_string(KvPolicy policy) noexcept;
Result<KvPolicy> parse_kv_policy(const std::string& text);

enum class Usability { kUsable, kSlow, kImpractical, kInfeasible };
inline constexpr EnumTable<Usability, 4> kUsabilityNames{{{Usability::kUsable, "usable"},
                                                          {Usability::kSlow, "slow"},
                                                          {Usability::kImpractical, "impractical"},
                                                          {Usability::kInfeasible, "infeasible"}}};

// What the plan optimises.
// - balanced (the default): the most accurate plan that runs at least as fast as the standard
//   Q4_K_M file would on this machine, or at the "usable" speed when Q4_K_M is slower and a plan
//   within max_quality_loss_percent reaches it (see balanced_rule()); with a speed target, the
//   most accurate plan that reaches the target (as quality does).
// - quality: the most accurate plan that fits (and reaches the speed target, if any).
// - speed: the fastest plan; among plans within 1 % of it, the most accurate.
// - workload: the shortest total time for prompt_tokens in and output_tokens out.
enum class Objective { kBalanced, kQuality, kSpeed, kWorkload };
inline constexpr EnumTable<Objective, 4> kObjectiveNames{{{Objective::kBalanced, "balanced"},
                                                          {Objective::kQuality, "quality"},
                                                          {Objective::kSpeed, "speed"},
                                                          {Objective::kWorkload, "workload"}}};
const char* to_string(Objective objective) noexcept;
Result<Objective> parse_objective(const std::string& text);
const char* to_string(Usability usability) noexcept;

// Resolution of the knapsack's memory axis: PlanOptions::knapsack_buckets (validated within these)
// and the planner's own 16 buckets per block stay within 16 .. kMaxKnapsackBuckets.
inline constexpr int kMinKnapsackBuckets = 16;
inline constexpr int kMaxKnapsackBuckets = 16384;

struct PlanOptions {
  std::uint32_t context_tokens = 8192;
  std::uint32_t min_context_tokens = 2048;   // the context may shrink down to this, never below
  double target_tokens_per_second = 0;       // 0 = no decode-speed target: maximise quality
  KvPolicy kv_policy = KvPolicy::kAuto;
  FileType min_quant = FileType::kQ2_K;      // lowest precision a block may get
  bool allow_disk = true;                    // mmap spill to disk as a last resort
  std::uint32_t prompt_tokens = 512;         // for prefill speed and time to first token
  std::uint32_t output_tokens = 256;         // workload output length (fastest-plan questions)
  Objective objective = Objective::kBalanced;
  // balanced: the quality loss (estimated perplexity increase vs F16, percent) a plan may have to
  // reach the usable speed, or to fit at all when Q4_K_M does not.
  double max_quality_loss_percent = 10.0;
  double usable_tokens_per_second = 8.0;     // verdict thresholds
  double slow_tokens_per_second = 2.0;
  std::vector<double> block_sensitivity;     // optional: one weight per block (default U-shape)
  bool compare_baseline = false;             // also compute the uniform baseline
  FileType baseline_file_type = FileType::kQ4_K_M;
  int knapsack_buckets = 1024;               // resolution of the DP memory axis
};

// The options of a request that asks `context_tokens` and leaves every other field out: the
// defaults above, with the context floor at most the context (min(2048, context_tokens)).
inline PlanOptions default_plan_options(std::uint32_t context_tokens) {
  PlanOptions options;
  options.context_tokens = context_tokens;
  options.min_context_tokens = std::min(options.min_context_tokens, context_tokens);
  return options;
}

struct PlanRequest {
  ModelPreset model;
  Hardware hardware;
  PlanOptions options;
};

struct PlanLayer {
  int index = 0;
  FileType recipe = FileType::kQ4_K_M;  // llama.cpp file-type recipe applied to this block's tensors
  Tier attention_tier = Tier::kGpu;     // attention tensors + this block's KV cache
  Tier ffn_tier = Tier::kGpu;           // FFN (dense) or routed experts (MoE)
  int gpu_index = 0;
  Bytes bytes = 0;                      // weights of the block at its recipe
};

// Where a block runs as a whole: disk if any of it streams from disk, gpu if all of it is on a GPU,
// cpu otherwise (e.g. attention on the GPU but experts on the CPU).
Tier block_tier(const PlanLayer& layer) noexcept;

enum class PlacementKind { kAllGpu, kLayerSplit, kExpertOffload, kFfnOffload, kCpuOnly };
inline constexpr EnumTable<PlacementKind, 5> kPlacementKindNames{{{PlacementKind::kAllGpu, "all-gpu"},
                                                                  {PlacementKind::kLayerSplit, "layer-split"},
                                                                  {PlacementKind::kExpertOffload, "expert-offload"},
                                                                  {PlacementKind::kFfnOffload, "ffn-offload"},
                                                                  {PlacementKind::kCpuOnly, "cpu-only"}}};
const char* to_string(PlacementKind kind) noexcept;

// Where a plan's memory lives, in one vocabulary for every view: everything on the GPU(s), GPU +
// system RAM (or RAM alone on a CPU machine), weights streamed from disk on every token, or not at all.
enum class Fit { kGpu, kGpuRam, kDisk, kNone };
inline constexpr EnumTable<Fit, 4> kFitNames{{{Fit::kGpu, "gpu"}, {Fit::kGpuRam, "gpu+ram"}, {Fit::kDisk, "disk"}, {Fit::kNone, "none"}}};
const char* to_string(Fit fit) noexcept;      // "gpu", "gpu+ram", "disk", "none"
const char* fit_words(Fit fit) noexcept;      // "fits on the GPU", "fits in GPU + RAM", ...

struct Plan {
  bool feasible = false;
  std::string model_id;
  std::string hardware_id;
  std::uint32_t context_tokens = 0;
  KvType kv_type_k = KvType::kF16;
  KvType kv_type_v = KvType::kF16;
  bool flash_attention = true;
  FileType head_recipe = FileType::kQ4_K_M;  // base file type (token_embd, output, unlisted tensors)
  std::vector<PlanLayer> layers;
  PlacementKind placement_kind = PlacementKind::kAllGpu;
  int n_gpu_layers = 0;          // llama.cpp -ngl
  int n_cpu_moe = 0;             // llama.cpp --n-cpu-moe (MoE expert offload of the first N blocks)
  int gpu_blocks = 0, cpu_blocks = 0, disk_blocks = 0;
  std::vector<std::string> tensor_overrides;  // llama.cpp -ot patterns (regex=BUFTYPE)
  Estimate estimate;
  Bytes file_bytes = 0;
  double quality_proxy = 0;      // estimated relative perplexity increase vs F16, percent
  Usability usability = Usability::kInfeasible;
  std::string usability_message;
  std::vector<std::string> notes;
  Bytes knapsack_bucket_bytes = 0;  // DP resolution
  Capacity capacity;
  double workload_seconds = 0;   // prompt_tokens / prefill + output_tokens / decode
  std::uint32_t max_gpu_context_tokens = 0;  // largest context fully on the GPU at this plan's base type and KV type
  Fit fit = Fit::kNone;
  std::uint32_t requested_context_tokens = 0;  // the context asked for (context_tokens may be smaller)
  std::string headline;          // the answer in one sentence: speed, grade, where it fits, context
};

// The published GGUF file that best serves the same objective, run as it is (one file type for
// every block, the best placement and KV cache for it), and what the custom mix gains over it.
struct PublishedChoice {
  std::string repo;              // Hugging Face repository id
  std::string publisher;
  bool official = false;
  std::string variant;           // e.g. "Instruct" when the file holds a variant of the preset's model
  std::string source;
  PublishedFile file;            // file_bytes: exact when known, else the predicted size
  bool file_bytes_exact = false;
  std::vector<std::string> other_repos;  // other repositories publishing the same file type
  Plan plan;                     // the uniform file as it runs here
  double gain_decode_tokens_per_second = 0;  // custom mix minus this file (positive: the mix is faster)
  double gain_quality_proxy = 0;             // this file minus the custom mix (positive: the mix is more accurate)
  std::int64_t gain_context_tokens = 0;      // custom mix minus this file
  std::string llama_server_command;          // fetches and runs it: llama-server -hf <repo>:<TYPE> + the plan's flags
  std::string ollama_command;                // ollama serve (context, KV) + ollama run hf.co/<repo>:<TYPE>
  std::vector<std::string> command_caveats;
};

// What building the custom mix takes (first-order: the time assumes the stated rates).
struct CustomBuild {
  std::string starts_from;  // in words: "the original weights (safetensors of ORG/NAME), converted to an F16 GGUF" or "your F16 file NAME"
  Bytes download_bytes = 0;  // the original weights (BF16 safetensors, 2 bytes per parameter), or the imported file from its URL
  Bytes disk_bytes = 0;  // peak disk: original weights + F16 GGUF + the mix (an imported file: it + the mix)
  std::vector<std::string> tools;
  bool needs_imatrix = false;
  double approx_minutes = 0;
  std::string assumptions;  // the rates the time assumes
};

// What would run the model at the asked context when nothing does here.
struct Requirements {
  Bytes min_total_bytes = 0;  // smallest weights the precision floor allows + KV + buffers (GPU + RAM)
  Bytes q4_k_m_total_bytes = 0;  // the same for a uniform Q4_K_M file with an f16 KV cache
};

struct FrontierPoint {
  double quality_proxy = 0;
  double decode_tokens_per_second = 0;
  Bytes total_bytes = 0;
  Plan plan;
};

struct PlanResult {
  Plan plan;
  std::optional<Plan> baseline;  // uniform file type with the most GPU layers that fit
  std::optional<PublishedChoice> published;  // empty when no published file is known for the model
  CustomBuild custom_build;
  std::optional<Requirements> requirements;  // only when the plan does not run at the asked context in GPU + RAM
  std::string objective_rule;  // the rule that chose the plan, in one sentence, with its figures
};

Result<PlanResult> make_plan(const PlanRequest& request);
// kRow: the plan and its published file only (no custom build, requirements, baseline or
// max_gpu_context_tokens): what a ranking row needs, with the same plan make_plan returns.
enum class PlanDetail { kFull, kRow };
Result<PlanResult> make_plan(const PlanRequest& request, PlanDetail detail);
// Every non-dominated (quality, decode speed, memory) plan on this hardware.
Result<std::vector<FrontierPoint>> make_frontier(const PlanRequest& request);

// The decisions of a plan, without its figures: enough to rebuild and re-estimate it (a plan that
// went through JSON, or one a user edited).
struct PlanSpec {
  std::uint32_t context_tokens = 0;
  KvType kv_type_k = KvType::kF16;
  KvType kv_type_v = KvType::kF16;
  FileType head_recipe = FileType::kQ4_K_M;
  std::vector<PlanLayer> layers;  // recipe, attention_tier, ffn_tier, gpu_index of every block
  int n_gpu_layers = 0;  // the output layer is on the GPU when this exceeds the blocks
  int n_cpu_moe = 0;
  PlacementKind placement_kind = PlacementKind::kLayerSplit;
};
// Rebuilds the plan and its estimate from `spec` (validated: one layer per block, tiers the
// hardware has, fits checked). The figures are the core's own, never the caller's.
Result<Plan> evaluate_plan(const PlanRequest& request, const PlanSpec& spec);

// How many blocks of a plan have one file type.
struct FileTypeBlocks {
  FileType file_type = FileType::kQ4_K_M;
  int blocks = 0;
};

// One frontier point without its plan: what a chart or a table of the frontier shows, and the
// decisions that rebuild the whole plan. make_frontier() builds a Plan for every point (its
// layers, notes, tensor overrides and headline; ~11 KB of JSON each, ~1 KB for this); the page
// needs one plan, the one the user picks, and evaluate_plan(request, spec) gives exactly that
// point's plan.
struct LeanFrontierPoint {
  double quality_proxy = 0;  // estimated relative perplexity increase vs F16, percent
  SpeedEstimate decode;  // at half the context filled, with its band
  double prefill_tokens_per_second = 0;  // for the request's prompt_tokens
  Bytes total_bytes = 0;  // GPU + RAM + disk
  Bytes gpu_bytes = 0;  // every GPU together
  Bytes ram_bytes = 0;
  Bytes disk_bytes = 0;  // weights streamed from disk (mmap)
  Fit fit = Fit::kNone;
  std::vector<FileTypeBlocks> histogram;  // blocks per file type, the most precise type first (file_types() order)
  PlanSpec spec;  // context, KV types, base file type, every block's type and tiers, the placement
};

// make_frontier()'s points without their plans, in the same order with the same figures.
Result<std::vector<LeanFrontierPoint>> make_lean_frontier(const PlanRequest& request);

// The file types the optimizer chooses each block's precision from, most compact first (gpt-oss's
// MXFP4_MOE is added for that family). PlanOptions::min_quant cuts it by quality: a type is allowed
// when its measured perplexity increase is at most the floor's.
std::vector<FileType> plan_ladder();

// The U-shaped default sensitivity: first and last blocks weigh more; mean 1.
std::vector<double> default_block_sensitivity(int n_layer);

// The largest context that stays fully on the GPU for a uniform file type and KV type (0 if none).
std::uint32_t max_gpu_context(const ModelPreset& model, const Hardware& hw, FileType file_type, KvType kv_type);

}  // namespace fitplan
