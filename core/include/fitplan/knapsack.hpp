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
  // Tables up to this many cells (group x budget within reach) keep their rows (8 bytes a cell: at
  // most 8 MiB; the catalog's largest model needs a quarter of it); larger ones keep one option
  // per cell (1 byte; 1024 blocks at 16384 buckets would otherwise take ~100 MiB).
  static constexpr std::size_t kMaxKeptCells = std::size_t{1} << 20;
  // Row g: the least penalty of groups 0..g within budget b, for the budgets between the groups'
  // cheapest and dearest reach (row_lo_, row_hi_; below infinite, above the same as at row_hi_),
  // at rows_[row_at_[g] + b - row_lo_[g]] when keep_rows_; else the option that row chose there, at
  // picks_[row_at_[g] + b - row_lo_[g]].
  bool keep_rows_ = true;
  std::vector<double> rows_;
  std::vector<std::int8_t> picks_;
  std::vector<std::size_t> row_lo_;
  std::vector<std::size_t> row_hi_;
  std::vector<std::size_t> row_at_;
  Bytes bucket_bytes_ = 1;
  int buckets_ = 0;
};

}  // namespace fitplan
