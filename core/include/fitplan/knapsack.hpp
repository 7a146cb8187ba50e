#pragma once
// Exact multiple-choice knapsack: choose one option per group (one precision per transformer
// block) to minimise the summed penalty with the summed cost under a budget. Dynamic programming
// over a bucketed cost axis; every cost is rounded UP to whole buckets, so a solution never
// exceeds its budget. One pass yields the optimum for every budget up to the cap.
#include <cstdint>
#include <vector>

#include "fitplan/units.hpp"

namespace fitplan {

struct KnapsackGroup {
  std::vector<Bytes> costs;       // one per option
  std::vector<double> penalties;  // one per option
};

class KnapsackTable {
 public:
  // cap_bytes: the largest budget that will be queried; buckets: resolution of the cost axis.
  KnapsackTable(const std::vector<KnapsackGroup>& groups, Bytes cap_bytes, int buckets);

  Bytes bucket_bytes() const { return bucket_bytes_; }
  // Optimal choice per group for `budget_bytes` (<= cap); empty when no choice fits.
  std::vector<int> solve(Bytes budget_bytes) const;
  // Optimal penalty for `budget_bytes`; +infinity when infeasible.
  double best_penalty(Bytes budget_bytes) const;
  // Smallest budget (in bytes, a whole number of buckets) with a feasible solution.
  Bytes min_feasible_budget() const;

 private:
  int budget_buckets(Bytes budget_bytes) const;
  std::vector<std::vector<int>> option_buckets_;   // [group][option]
  std::vector<std::vector<double>> penalties_;
  std::vector<double> best_;                        // [buckets + 1]: min penalty of all groups within b
  // [group][b - choice_lo_[group]]: option chosen for group g at budget b, for the budgets between
  // the group's cheapest and dearest reach (choice_lo_, choice_hi_); above, the choice at the dearest.
  std::vector<std::vector<std::int8_t>> choice_;
  std::vector<std::size_t> choice_lo_;
  std::vector<std::size_t> choice_hi_;
  Bytes bucket_bytes_ = 1;
  int buckets_ = 0;
};

}  // namespace fitplan
