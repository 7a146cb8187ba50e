#pragma once
// What can I run, what should I buy: every model on one machine, or one model on every machine,
// each row the planner's own plan under the objective (make_plan), in an order stated in words.
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "fitplan/planner.hpp"

namespace fitplan {

// How rows are ordered. Rows whose plan cannot run at all always come last.
// - recommended: usable, then slow, then impractical; within a grade, the plans that reach the asked
//   context, then those within the quality ceiling, then the larger model (effective parameters),
//   then the faster. For machines: the grade, then the faster (speeds within 5 % of each other count
//   as equal), then the less GPU memory, then the less RAM: the least machine that runs it as well.
// - speed: decode tok/s, fastest first.
// - quality: the estimated perplexity increase over F16, smallest first.
// - size: effective parameters, largest first (machines: total memory, largest first).
// - context: the context the plan reaches, largest first.
// - memory: the plan's memory (GPU + RAM + disk), smallest first.
enum class RankOrder { kRecommended, kSpeed, kQuality, kSize, kContext, kMemory };
inline constexpr std::size_t kRankOrderCount = 6;
inline constexpr EnumTable<RankOrder, kRankOrderCount> kRankOrderNames{{{RankOrder::kRecommended, "recommended"},
                                                                        {RankOrder::kSpeed, "speed"},
                                                                        {RankOrder::kQuality, "quality"},
                                                                        {RankOrder::kSize, "size"},
                                                                        {RankOrder::kContext, "context"},
                                                                        {RankOrder::kMemory, "memory"}}};
// Every order, in the table's order (the index of an order in per-order arrays).
inline constexpr std::array<RankOrder, kRankOrderCount> kRankOrders = [] {
  std::array<RankOrder, kRankOrderCount> orders{};
  for (std::size_t k = 0; k < kRankOrderCount; ++k) orders[k] = kRankOrderNames[k].value;
  return orders;
}();
inline const char* to_string(RankOrder order) noexcept { return enum_name(kRankOrderNames, order); }
inline Result<RankOrder> parse_rank_order(const std::string& text) { return parse_enum(kRankOrderNames, text, "order", "order"); }

// The effective parameter count used to compare models of different shapes: the total for a dense
// model, sqrt(total x active) for a mixture of experts (a rule of thumb for the dense model of
// similar quality, not a measurement).
double effective_params(std::uint64_t total_params, std::uint64_t active_params, bool moe);

// One ranked row: the plan make_plan returns (objective, options as asked) and its published file.
struct RankRow {
  int rank = 0;                  // 1-based position in the order asked
  std::array<int, kRankOrderCount> order_ranks{};  // 1-based position under every order (index: kRankOrders), so a
                                                   // page can re-sort without asking again or sorting by itself
  int index = 0;                 // position of the row's model (rank_models) or machine (rank_hardware) in the request
  Plan plan;
  std::optional<PublishedChoice> published;  // the file to download (its plan left empty: see `plan`)
  std::uint32_t asked_context_tokens = 0;    // the context asked of this row (the model's maximum when smaller)
  bool context_capped = false;   // the model's maximum context is below the context asked of the ranking
  std::uint64_t total_params = 0;   // of the row's model (counted once: it walks every tensor)
  std::uint64_t active_params = 0;
  double effective_params = 0;
  Bytes machine_gpu_bytes = 0;   // rank_hardware: the machine's GPU memory (all GPUs; unified: the GPU's share)
  Bytes machine_ram_bytes = 0;   // rank_hardware: its RAM
};

// Filters over the models ranked; empty / 0 = no filter.
struct ModelFilter {
  std::string family;            // case-insensitive: a model whose family contains it ("qwen" -> Qwen 2, Qwen 2.5, Qwen 3)
  double max_params_b = 0;       // total parameters, billions
};

struct RankModelsRequest {
  std::vector<ModelPreset> models;  // the catalog and any imported models
  Hardware hardware;
  PlanOptions options;              // context_tokens: asked of every model (capped at each model's maximum)
  ModelFilter filter;
  RankOrder order = RankOrder::kRecommended;
};

struct RankModelsResult {
  std::string order_rule;        // the order in one sentence
  std::array<std::string, kRankOrderCount> order_rules;  // every order's sentence (index: kRankOrders)
  std::vector<RankRow> rows;
  int filtered_out = 0;          // models the filter left out
};

// Every model of the request on its machine. The error names the field ("filter.family" when the
// filter leaves nothing, "options.context_tokens", ...).
Result<RankModelsResult> rank_models(const RankModelsRequest& request);

// What running the model takes, for one uniform file type at the asked context with an f16 KV
// cache (first-order: one CUDA GPU of the needed size, the estimator's own speed model).
struct MachineNeed {
  FileType file_type = FileType::kQ4_K_M;
  Bytes file_bytes = 0;
  double quality_proxy = 0;           // estimated perplexity increase over F16, percent
  Bytes vram_bytes = 0;               // one GPU holding everything, its default margin included
  double gpu_bandwidth_gb_per_s = 0;  // that GPU's memory bandwidth for the speed asked (0: no single GPU reaches it)
  Bytes gpu_ram_bytes = 0;            // GPU + RAM together (weights, KV, buffers), before the OS's own RAM
};

struct RankHardwareRequest {
  ModelPreset model;
  std::vector<Hardware> machines;
  PlanOptions options;           // target_tokens_per_second: the speed the needs are sized for (0: the usable speed)
  RankOrder order = RankOrder::kRecommended;
  bool include_infeasible = false;  // rows whose plan cannot run at all (left out by default)
};

struct RankHardwareResult {
  std::string order_rule;
  std::array<std::string, kRankOrderCount> order_rules;
  std::vector<RankRow> rows;
  int left_out = 0;              // machines that cannot run it at all (when not included)
  double needs_tokens_per_second = 0;  // the speed the needs are sized for
  std::vector<MachineNeed> needs;      // Q8_0 ... Q2_K (those the precision floor allows; the native type too)
};

Result<RankHardwareResult> rank_hardware(const RankHardwareRequest& request);

}  // namespace fitplan
