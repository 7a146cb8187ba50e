// The frontier: plans at geometric budget steps for every KV type, the non-dominated ones kept.
#include <algorithm>
#include <cmath>

#include "fitplan/validation.hpp"
#include "planner_internal.hpp"

namespace fitplan::planner_internal {

std::vector<FrontierPoint> Planner::frontier() {
  std::vector<FrontierPoint> points;
  const std::uint32_t context = options_.context_tokens;
  std::vector<KvType> kvs = options_.kv_policy == KvPolicy::kAuto ? std::vector<KvType>{KvType::kF16, KvType::kQ8_0, KvType::kQ4_0}
                                                                  : std::vector<KvType>{kv_type_of(options_.kv_policy)};
  const Bytes lo = table_->min_feasible_budget();
  const Bytes hi = combined_capacity();
  std::vector<std::string> no_notes;
  for (KvType kv : kvs) {
    if (!validate_kv_types(arch_, kv, kv, true)) continue;
    std::vector<int> previous;
    for (int i = 0; i <= kFrontierSteps; ++i) {
      // Geometric steps: finer where budgets are small.
      const double t = static_cast<double>(i) / kFrontierSteps;
      const Bytes budget = static_cast<Bytes>(static_cast<double>(lo) *
                                              std::pow(static_cast<double>(std::max(hi, lo + 1)) / static_cast<double>(lo), t));
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

std::optional<Plan> Planner::fastest_frontier_plan(double ceiling, double slack) {
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

}  // namespace fitplan::planner_internal
