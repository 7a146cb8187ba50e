#include "fitplan/rank.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "fitplan/capacity.hpp"
#include "fitplan/estimator.hpp"
#include "fitplan/quantizer.hpp"
#include "fitplan/tensors.hpp"
#include "fitplan/text.hpp"

namespace fitplan {

namespace {

std::string lower(std::string text) {
  for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return text;
}

int grade_rank(Usability u) {
  switch (u) {
    case Usability::kUsable: return 0;
    case Usability::kSlow: return 1;
    case Usability::kImpractical: return 2;
    case Usability::kInfeasible: return 3;
  }
  return 3;
}

double tps(const RankRow& row) { return row.plan.feasible ? row.plan.estimate.decode.tokens_per_second : 0; }

// Strict weak order of two rows under `order`; ties fall back to the id (deterministic).
bool before(const RankRow& a, const RankRow& b, RankOrder order, const PlanOptions& o, bool machines) {
  const bool ra = a.plan.feasible, rb = b.plan.feasible;
  if (ra != rb) return ra;
  auto tie = [&] {
    const std::string& ia = machines ? a.plan.hardware_id : a.plan.model_id;
    const std::string& ib = machines ? b.plan.hardware_id : b.plan.model_id;
    return ia != ib ? ia < ib : a.index < b.index;
  };
  auto by = [&](double x, double y, bool larger_first) -> std::optional<bool> {
    if (std::fabs(x - y) <= 1e-9 * std::max(std::fabs(x), std::fabs(y))) return std::nullopt;
    return larger_first ? x > y : x < y;
  };
  std::optional<bool> decided;
  switch (order) {
    case RankOrder::kRecommended: {
      const int ga = grade_rank(a.plan.usability), gb = grade_rank(b.plan.usability);
      if (ga != gb) return ga < gb;
      if (machines) {
        // Speed in 5 % steps (a transitive "as fast"), then the smaller machine.
        const auto step = [](const RankRow& r) {
          return tps(r) > 0 ? static_cast<long>(std::floor(std::log(tps(r)) / std::log(1.05))) : -1000000L;
        };
        if (step(a) != step(b)) return step(a) > step(b);
        if (a.machine_gpu_bytes != b.machine_gpu_bytes) return a.machine_gpu_bytes < b.machine_gpu_bytes;
        if (a.machine_ram_bytes != b.machine_ram_bytes) return a.machine_ram_bytes < b.machine_ram_bytes;
      } else {
        const bool ca = a.plan.context_tokens >= a.asked_context_tokens, cb = b.plan.context_tokens >= b.asked_context_tokens;
        if (ca != cb) return ca;
        const bool qa = a.plan.quality_proxy <= o.max_quality_loss_percent, qb = b.plan.quality_proxy <= o.max_quality_loss_percent;
        if (qa != qb) return qa;
        decided = by(a.effective_params, b.effective_params, true);
      }
      if (!decided) decided = by(tps(a), tps(b), true);
      break;
    }
    case RankOrder::kSpeed: decided = by(tps(a), tps(b), true); break;
    case RankOrder::kQuality: decided = by(a.plan.quality_proxy, b.plan.quality_proxy, false); break;
    case RankOrder::kSize:
      decided = machines ? by(static_cast<double>(a.plan.estimate.total()), static_cast<double>(b.plan.estimate.total()), true)
                         : by(a.effective_params, b.effective_params, true);
      break;
    case RankOrder::kContext: decided = by(a.plan.context_tokens, b.plan.context_tokens, true); break;
    case RankOrder::kMemory:
      decided = by(static_cast<double>(a.plan.estimate.total()), static_cast<double>(b.plan.estimate.total()), false);
      break;
  }
  if (!decided && order != RankOrder::kSpeed) decided = by(tps(a), tps(b), true);
  return decided ? *decided : tie();
}

std::string order_rule(RankOrder order, const PlanOptions& o, bool machines) {
  const std::string last = " Rows that cannot run at all come last.";
  switch (order) {
    case RankOrder::kRecommended:
      if (machines) {
        return "Order (recommended): usable (at least " + format_fixed(o.usable_tokens_per_second, 0) +
               " tok/s) first, then slow, then "
               "impractical; within a grade, the faster (speeds within 5 % count as equal), then the machine with less GPU memory, "
               "then less RAM." +
               last;
      }
      return "Order (recommended): usable (at least " + format_fixed(o.usable_tokens_per_second, 0) + " tok/s) first, then slow (" +
             format_fixed(o.slow_tokens_per_second, 0) +
             "+ tok/s), then impractical; within a grade, the models that reach the asked "
             "context, then those within +" +
             format_fixed(o.max_quality_loss_percent, 1) +
             " % perplexity of F16, then the larger model (effective parameters: the total for dense models, "
             "sqrt(total x active) for mixtures of experts), then the faster." +
             last;
    case RankOrder::kSpeed: return "Order (speed): decode tok/s, fastest first." + last;
    case RankOrder::kQuality: return "Order (quality): the estimated perplexity increase over the model's own F16, smallest first." + last;
    case RankOrder::kSize:
      if (machines) return "Order (size): the plan's memory (GPU + RAM + disk), largest first." + last;
      return "Order (size): effective parameters (the total for dense models, sqrt(total x active) for mixtures of experts), largest "
             "first." +
             last;
    case RankOrder::kContext: return "Order (context): the context the plan reaches, largest first." + last;
    case RankOrder::kMemory: return "Order (memory): the plan's memory (GPU + RAM + disk), smallest first." + last;
  }
  return "";
}

// Every row's position under every order, then the rows in the order asked.
void sort_rows(std::vector<RankRow>& rows, RankOrder order, const PlanOptions& o, bool machines) {
  for (std::size_t k = 0; k < kRankOrders.size(); ++k) {
    std::stable_sort(rows.begin(), rows.end(),
                     [&](const RankRow& a, const RankRow& b) { return before(a, b, kRankOrders[k], o, machines); });
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i].order_ranks[k] = static_cast<int>(i) + 1;
  }
  const auto k = static_cast<std::size_t>(std::find(kRankOrders.begin(), kRankOrders.end(), order) - kRankOrders.begin());
  std::sort(rows.begin(), rows.end(), [&](const RankRow& a, const RankRow& b) { return a.order_ranks[k] < b.order_ranks[k]; });
  for (auto& row : rows) row.rank = row.order_ranks[k];
}

std::array<std::string, kRankOrderCount> order_rules(const PlanOptions& o, bool machines) {
  std::array<std::string, kRankOrderCount> rules;
  for (std::size_t k = 0; k < kRankOrders.size(); ++k) rules[k] = order_rule(kRankOrders[k], o, machines);
  return rules;
}

// One row: make_plan's plan; the published file keeps its figures in the row's own plan when it
// is the plan (balanced picks it), so its own copy is dropped.
Result<RankRow> plan_row(const PlanRequest& request, std::uint32_t asked_context, bool capped, std::uint64_t total, std::uint64_t active) {
  auto result = make_plan(request, PlanDetail::kRow);
  if (!result) return result.error();
  RankRow row;
  row.plan = std::move(result.value().plan);
  row.published = std::move(result.value().published);
  if (row.published) row.published->plan = Plan{};
  row.asked_context_tokens = asked_context;
  row.context_capped = capped;
  row.total_params = total;
  row.active_params = active;
  row.effective_params = effective_params(row.total_params, row.active_params, is_moe(request.model.arch));
  return row;
}

}  // namespace

double effective_params(std::uint64_t total_params, std::uint64_t active_params, bool moe) {
  const auto total = static_cast<double>(total_params);
  return moe ? std::sqrt(total * static_cast<double>(active_params)) : total;
}

Result<RankModelsResult> rank_models(const RankModelsRequest& request) {
  if (request.models.empty()) return Error{ErrorCode::kInvalidArgument, "models", "'models' is empty: give at least one model to rank"};
  if (!(request.filter.max_params_b >= 0) || !std::isfinite(request.filter.max_params_b)) {
    return Error{ErrorCode::kInvalidArgument, "filter.max_params_b",
                 "the largest model size must be a number of billions of parameters >= 0"};
  }
  if (auto ok = validate_hardware(request.hardware); !ok) return ok.error();
  const std::string family = lower(request.filter.family);
  RankModelsResult result;
  std::vector<std::string> families;
  for (std::size_t i = 0; i < request.models.size(); ++i) {
    const ModelPreset& model = request.models[i];
    if (std::find(families.begin(), families.end(), model.family) == families.end()) families.push_back(model.family);
    const bool family_ok = family.empty() || lower(model.family).find(family) != std::string::npos;
    const ParamCounts params = param_counts(model.arch);
    const bool size_ok = request.filter.max_params_b <= 0 || static_cast<double>(params.total) <= request.filter.max_params_b * 1e9;
    if (!family_ok || !size_ok) {
      ++result.filtered_out;
      continue;
    }
    PlanRequest plan_request{model, request.hardware, request.options};
    auto& o = plan_request.options;
    const auto model_max = static_cast<std::uint32_t>(model.arch.n_ctx_train);
    const bool capped = o.context_tokens > model_max;
    o.context_tokens = std::min(o.context_tokens, model_max);
    o.min_context_tokens = std::min(o.min_context_tokens, o.context_tokens);
    auto row = plan_row(plan_request, o.context_tokens, capped, params.total, params.active);
    if (!row) {
      Error e = row.error();
      e.message = "model '" + model.id + "': " + e.message;
      return e;
    }
    row.value().index = static_cast<int>(i);
    result.rows.push_back(std::move(row.value()));
  }
  if (result.rows.empty()) {
    std::string what = family.empty() ? "" : "family '" + request.filter.family + "'";
    if (request.filter.max_params_b > 0)
      what += (what.empty() ? "" : " and ") + std::string("at most ") + format_fixed(request.filter.max_params_b, 1) + " B parameters";
    return Error{ErrorCode::kInvalidArgument, family.empty() ? "filter.max_params_b" : "filter.family",
                 "no model matches " + what + "; families: " + join(families, ", ")};
  }
  sort_rows(result.rows, request.order, request.options, false);
  result.order_rules = order_rules(request.options, false);
  result.order_rule = order_rule(request.order, request.options, false);
  return result;
}

namespace {

// One CUDA GPU large enough for anything, with the given bandwidth: the machine the needs are sized on.
Hardware need_machine(double gpu_bandwidth) {
  Hardware hw;
  hw.id = "need";
  hw.name = "one GPU of the needed size";
  hw.backend = Backend::kCuda;
  hw.gpu_count = 1;
  hw.vram_bytes = 4096 * kGiB;
  hw.gpu_bandwidth_gb_per_s = gpu_bandwidth;
  hw.gpu_fp16_tflops = 165;          // an RTX 4090's dense FP16 (FP32 accumulate): prefill only
  hw.pcie_bandwidth_gb_per_s = 32;
  hw.ram_bytes = 4096 * kGiB;
  hw.ram_bandwidth_gb_per_s = 89.6;
  hw.disk_bandwidth_gb_per_s = 7;
  hw.cpu_cores = 8;
  return hw;
}

MachineNeed need_for(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors, Bytes header_bytes, FileType type,
                     const PlanOptions& o, double target) {
  MachineNeed need;
  need.file_type = type;
  need.quality_proxy = file_type_info(type).rel_ppl_percent;
  const auto types = file_type_assignment(arch, tensors, type);
  const WeightsLayout layout = weights_layout(arch, tensors, types, header_bytes);
  need.file_bytes = layout.file_bytes;
  EstimateRequest e;
  e.context_tokens = o.context_tokens;
  e.decode_depth_tokens = o.context_tokens / 2;
  e.prompt_tokens = std::min(o.prompt_tokens, o.context_tokens);
  e.blocks.assign(static_cast<std::size_t>(arch.n_layer), BlockPlacement{Tier::kGpu, Tier::kGpu, 0});
  e.output_on_gpu = true;
  auto decode_at = [&](double bandwidth) { return estimate(arch, layout, need_machine(bandwidth), e); };
  const Estimate at_any = decode_at(1000);
  const Bytes gpu = at_any.gpu_total();
  // VRAM with the default margin min(512 MiB, VRAM / 16) kept free (fitplan/capacity.hpp).
  const Bytes margin_max = capacity::kGpuMarginMaxBytes;
  need.vram_bytes = gpu >= margin_max * (capacity::kGpuMarginVramDivisor - 1)
                        ? gpu + margin_max
                        : ceil_div(gpu * capacity::kGpuMarginVramDivisor, capacity::kGpuMarginVramDivisor - 1);
  need.gpu_ram_bytes = gpu + at_any.cpu.total();
  // The least bandwidth reaching the target (decode grows with bandwidth; fixed per-token costs may
  // cap it below the target, then no single GPU reaches it).
  double lo = 1, hi = 100000;
  if (decode_at(hi).decode.tokens_per_second < target) return need;
  for (int i = 0; i < 40 && hi - lo > 0.5; ++i) {
    const double mid = std::sqrt(lo * hi);
    if (decode_at(mid).decode.tokens_per_second >= target) hi = mid;
    else lo = mid;
  }
  need.gpu_bandwidth_gb_per_s = std::ceil(hi);
  return need;
}

}  // namespace

Result<RankHardwareResult> rank_hardware(const RankHardwareRequest& request) {
  if (request.machines.empty()) return Error{ErrorCode::kInvalidArgument, "machines", "'machines' is empty: give at least one machine"};
  RankHardwareResult result;
  const PlanOptions& o = request.options;
  const ParamCounts params = param_counts(request.model.arch);
  for (std::size_t i = 0; i < request.machines.size(); ++i) {
    const Hardware& hw = request.machines[i];
    auto row = plan_row(PlanRequest{request.model, hw, o}, o.context_tokens, false, params.total, params.active);
    if (!row) {
      Error e = row.error();
      if (e.field.starts_with("hardware") || e.field.empty()) e.message = "machine '" + hw.id + "': " + e.message;
      return e;
    }
    row.value().index = static_cast<int>(i);
    row.value().machine_gpu_bytes = !has_gpu(hw) ? 0 : hw.unified_memory ? hw.vram_bytes : hw.vram_bytes * static_cast<Bytes>(hw.gpu_count);
    row.value().machine_ram_bytes = hw.ram_bytes;
    if (!row.value().plan.feasible && !request.include_infeasible) {
      ++result.left_out;
      continue;
    }
    result.rows.push_back(std::move(row.value()));
  }
  sort_rows(result.rows, request.order, o, true);
  result.order_rules = order_rules(o, true);
  result.order_rule = order_rule(request.order, o, true);
  result.needs_tokens_per_second = o.target_tokens_per_second > 0 ? o.target_tokens_per_second : o.usable_tokens_per_second;
  const auto tensors = model_tensors(request.model.arch);
  const Bytes header = gguf_header_bytes(request.model.arch, tensors);
  const double floor_penalty = file_type_info(o.min_quant).rel_ppl_percent;
  std::vector<FileType> types = {FileType::kQ8_0,   FileType::kQ6_K,   FileType::kQ5_K_M,
                                 FileType::kQ4_K_M, FileType::kQ3_K_M, FileType::kQ2_K};
  if (request.model.arch.family == ArchFamily::kGptOss) types.insert(types.begin() + 3, FileType::kMXFP4_MOE);
  for (FileType type : types) {
    if (file_type_info(type).rel_ppl_percent > floor_penalty + 1e-9) continue;
    result.needs.push_back(need_for(request.model.arch, tensors, header, type, o, result.needs_tokens_per_second));
  }
  return result;
}

}  // namespace fitplan
