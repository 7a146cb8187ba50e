// The frontier: plans at geometric budget steps for every KV type, the non-dominated ones kept.
#include <algorithm>
#include <cmath>

#include "fitplan/validation.hpp"
#include "planner_internal.hpp"

namespace fitplan::planner_internal {

std::vector<Scored> Planner::frontier_search() {
  std::vector<Scored> found;
  const std::uint32_t context = options_.context_tokens;
  std::vector<KvType> kvs = options_.kv_policy == KvPolicy::kAuto ? std::vector<KvType>{KvType::kF16, KvType::kQ8_0, KvType::kQ4_0}
                                                                  : std::vector<KvType>{kv_type_of(options_.kv_policy)};
  const Bytes lo = table_->min_feasible_budget();
  const Bytes hi = combined_capacity();
  // The precision assignment of every budget step, its head recipe and layout: the same for every
  // KV type (solve_at() would build each layout once per KV type).
  struct Step {
    std::vector<int> choice;
    int head = 0;
    WeightsLayout layout;
  };
  std::vector<Step> steps;
  for (int i = 0; i <= kFrontierSteps; ++i) {
    // Geometric steps: finer where budgets are small.
    const double t = static_cast<double>(i) / kFrontierSteps;
    const Bytes budget = static_cast<Bytes>(static_cast<double>(lo) *
                                            std::pow(static_cast<double>(std::max(hi, lo + 1)) / static_cast<double>(lo), t));
    Step step;
    step.choice = choose(budget);
    if (step.choice.empty()) continue;  // below the smallest feasible budget
    step.head = head_recipe_for(step.choice);
    step.layout = layout_for(step.choice, step.head);
    steps.push_back(std::move(step));
  }
  for (KvType kv : kvs) {
    if (!validate_kv_types(arch_, kv, kv, true)) continue;
    const std::vector<int>* previous = nullptr;  // the last choice placed: a repeat would place the same way
    for (const Step& step : steps) {
      if (previous && step.choice == *previous) continue;
      Scored s = score(step.choice, step.head, step.layout, context, kv);
      if (!s.found) continue;
      previous = &step.choice;
      found.push_back(std::move(s));
    }
  }
  // Keep the non-dominated points: lower quality proxy, higher speed, lower memory. The quality
  // proxy is to_plan()'s (Scored::penalty is the same sum), the speed and memory its estimate's.
  struct Figures {
    double quality, speed;
    Bytes memory;
  };
  std::vector<Figures> figures;
  figures.reserve(found.size());
  for (const Scored& s : found) figures.push_back({s.penalty, s.candidate.estimate.decode.tokens_per_second, s.candidate.estimate.total()});
  std::vector<Scored> front;
  for (std::size_t i = 0; i < found.size(); ++i) {
    bool dominated = false;
    for (std::size_t j = 0; j < found.size() && !dominated; ++j) {
      if (i == j) continue;
      const Figures& a = figures[j];
      const Figures& b = figures[i];
      const bool no_worse = a.quality <= b.quality && a.speed >= b.speed && a.memory <= b.memory;
      const bool better = a.quality < b.quality || a.speed > b.speed || a.memory < b.memory;
      dominated = no_worse && better;
    }
    if (!dominated) front.push_back(std::move(found[i]));  // found[i] is not read again (figures hold its values)
  }
  std::sort(front.begin(), front.end(), [](const Scored& a, const Scored& b) { return a.penalty < b.penalty; });
  return front;
}

std::vector<FrontierPoint> Planner::frontier() {
  std::vector<FrontierPoint> points;
  for (const Scored& s : frontier_search()) {
    FrontierPoint p;
    p.plan = to_plan(s, {});
    p.quality_proxy = p.plan.quality_proxy;
    p.decode_tokens_per_second = p.plan.estimate.decode.tokens_per_second;
    p.total_bytes = p.plan.estimate.total();
    points.push_back(std::move(p));
  }
  return points;
}

std::vector<LeanFrontierPoint> Planner::lean_frontier() {
  std::vector<LeanFrontierPoint> points;
  for (const Scored& s : frontier_search()) points.push_back(lean_point(s));
  return points;
}

std::optional<Plan> Planner::fastest_frontier_plan(double ceiling, double slack) {
  // Chosen on the search results; only the chosen one becomes a plan.
  const auto points = frontier_search();
  auto speed = [](const Scored& s) { return s.candidate.estimate.decode.tokens_per_second; };
  double fastest = 0;
  for (const auto& p : points) {
    if (p.penalty <= ceiling) fastest = std::max(fastest, speed(p));
  }
  const Scored* best = nullptr;
  for (const auto& p : points) {
    if (p.penalty > ceiling || speed(p) < fastest * (1 - slack)) continue;
    if (!best || p.penalty < best->penalty) best = &p;
  }
  if (!best) return std::nullopt;
  return to_plan(*best, {});
}

}  // namespace fitplan::planner_internal
