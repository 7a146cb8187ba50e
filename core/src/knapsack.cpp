#include "fitplan/knapsack.hpp"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <type_traits>

namespace fitplan {

namespace {
constexpr double kInfinity = std::numeric_limits<double>::infinity();
}

KnapsackTable::KnapsackTable(const std::vector<KnapsackGroup>& groups, Bytes cap_bytes, int buckets) : buckets_(std::max(1, buckets)) {
  bucket_bytes_ = std::max<Bytes>(1, ceil_div(std::max<Bytes>(cap_bytes, 1), static_cast<Bytes>(buckets_)));
  const std::size_t n = groups.size();
  option_buckets_.resize(n);
  penalties_.resize(n);
  for (std::size_t g = 0; g < n; ++g) {
    for (std::size_t o = 0; o < groups[g].costs.size(); ++o) {
      // Rounded up: the bucketed cost is never below the true cost.
      const Bytes b = ceil_div(groups[g].costs[o], bucket_bytes_);
      option_buckets_[g].push_back(b > static_cast<Bytes>(buckets_) ? buckets_ + 1 : static_cast<int>(b));
      penalties_[g].push_back(groups[g].penalties[o]);
    }
  }
  const std::size_t width = static_cast<std::size_t>(buckets_) + 1;
  const std::size_t top = static_cast<std::size_t>(buckets_);
  // Row g of the DP: the least penalty of groups 0..g within each budget. Each row is computed
  // only between its cheapest reach `lo` (below: infinite) and its dearest reach `hi` (above: the
  // same as at `hi`, every option fitting), which is where the rows differ; and no higher than
  // the largest budget less what the later groups' cheapest options take (no solution of any
  // budget reads above it).
  auto cheapest_of = [&](std::size_t g) {
    std::size_t cheapest = width;
    for (const int w : option_buckets_[g]) {
      if (w <= buckets_) cheapest = std::min(cheapest, static_cast<std::size_t>(w));
    }
    return cheapest;
  };
  std::vector<std::size_t> later_cheapest(n + 1, 0);  // [g]: sum of the cheapest options of groups >= g (capped at width)
  for (std::size_t g = n; g-- > 0;) later_cheapest[g] = std::min(width, later_cheapest[g + 1] + cheapest_of(g));
  // Each group's row reaches from its cheapest to its dearest sum (first pass); then the rows
  // (second pass). solve() reads each group's option off the table: from the rows kept, where it
  // finds the option again from the row before (which leaves the loop below one load, add, compare
  // and store per budget and option), or, for tables past kMaxKeptCells, from the option kept per
  // budget (one byte a cell where a row takes eight: the rolling rows are not kept).
  row_lo_.assign(n, 0);
  row_hi_.assign(n, 0);
  row_at_.assign(n, 0);
  std::size_t groups_reached = 0, cells = 0, widest = 1;
  for (std::size_t g = 0, lo = 0, hi = 0; g < n; ++g) {
    std::size_t cheapest = width, dearest = 0;
    for (const int w : option_buckets_[g]) {
      if (w > buckets_) continue;  // never fits
      cheapest = std::min(cheapest, static_cast<std::size_t>(w));
      dearest = std::max(dearest, static_cast<std::size_t>(w));
    }
    if (cheapest == width || lo + cheapest > top) break;  // nothing fits from here on
    const std::size_t room = later_cheapest[g + 1] >= top ? 0 : top - later_cheapest[g + 1];
    if (lo + cheapest > room) break;  // the later groups' cheapest options no longer fit
    lo += cheapest;
    hi = std::min(room, hi + dearest);
    row_lo_[g] = lo;
    row_hi_[g] = hi;
    row_at_[g] = cells;
    cells += hi - lo + 1;
    widest = std::max(widest, hi - lo + 1);
    ++groups_reached;
  }
  const bool feasible = groups_reached == n;
  keep_rows_ = cells <= kMaxKeptCells;
  if (keep_rows_) rows_.assign(feasible ? cells : 0, kInfinity);
  else picks_.assign(feasible ? cells : 0, static_cast<std::int8_t>(-1));
  std::vector<double> rolling[2];  // without kept rows: the rows of groups g - 1 and g
  if (!keep_rows_ && feasible) {
    for (auto& row : rolling) row.assign(widest, kInfinity);
  }
  const double zero = 0.0;
  for (std::size_t g = 0; g < n && feasible; ++g) {
    // Row g - 1 over [lo, hi] (before the first group: penalty 0 at every budget, flat from 0),
    // budget b at from[b - lo]; row g over [next_lo, next_hi], budget b at to[b - next_lo].
    const std::size_t lo = g == 0 ? 0 : row_lo_[g - 1], hi = g == 0 ? 0 : row_hi_[g - 1];
    const std::size_t next_lo = row_lo_[g], next_hi = row_hi_[g];
    const double* from = g == 0 ? &zero : keep_rows_ ? rows_.data() + row_at_[g - 1] : rolling[(g - 1) % 2].data();
    double* to = keep_rows_ ? rows_.data() + row_at_[g] : rolling[g % 2].data();
    if (!keep_rows_) std::fill(to, to + (next_hi - next_lo + 1), kInfinity);
    for (std::size_t o = 0; o < option_buckets_[g].size(); ++o) {
      const int w = option_buckets_[g][o];
      if (w > buckets_) continue;
      const double p = penalties_[g][o];
      const auto shift = static_cast<std::size_t>(w);
      const auto code = static_cast<std::int8_t>(o);
      // Ties keep the earlier option (only a strictly smaller penalty replaces it). Budgets past
      // hi + shift read the previous row's flat top.
      const std::size_t flat = std::min(next_hi, hi + shift);
      const double top_candidate = from[hi - lo] + p;
      auto relax = [&](auto keep_pick, std::int8_t* pick) {
        for (std::size_t b = lo + shift; b <= flat; ++b) {
          const double candidate = from[b - shift - lo] + p;
          const bool take = candidate < to[b - next_lo];
          to[b - next_lo] = take ? candidate : to[b - next_lo];
          if constexpr (decltype(keep_pick)::value) pick[b - next_lo] = take ? code : pick[b - next_lo];
        }
        for (std::size_t b = std::max(lo + shift, flat + 1); b <= next_hi; ++b) {
          const bool take = top_candidate < to[b - next_lo];
          to[b - next_lo] = take ? top_candidate : to[b - next_lo];
          if constexpr (decltype(keep_pick)::value) pick[b - next_lo] = take ? code : pick[b - next_lo];
        }
      };
      if (keep_rows_) relax(std::false_type{}, nullptr);
      else relax(std::true_type{}, picks_.data() + row_at_[g]);
    }
  }
  // The last row over every budget: infinite below its reach, flat above (no groups: 0 everywhere).
  best_.assign(width, n == 0 ? 0.0 : kInfinity);
  if (feasible && n > 0) {
    const std::size_t lo = row_lo_[n - 1], hi = row_hi_[n - 1];
    const double* last = keep_rows_ ? rows_.data() + row_at_[n - 1] : rolling[(n - 1) % 2].data();
    for (std::size_t b = lo; b < width; ++b) best_[b] = last[std::min(b, hi) - lo];
  }
}

int KnapsackTable::budget_buckets(Bytes budget_bytes) const {
  const Bytes b = budget_bytes / bucket_bytes_;  // rounded down: never above the budget
  return static_cast<int>(std::min<Bytes>(b, static_cast<Bytes>(buckets_)));
}

double KnapsackTable::best_penalty(Bytes budget_bytes) const { return best_[static_cast<std::size_t>(budget_buckets(budget_bytes))]; }

std::vector<int> KnapsackTable::solve(Bytes budget_bytes) const {
  std::size_t b = static_cast<std::size_t>(budget_buckets(budget_bytes));
  if (best_[b] == kInfinity) return {};
  std::vector<int> choice(option_buckets_.size(), 0);
  for (std::size_t g = option_buckets_.size(); g-- > 0;) {
    b = std::min(b, row_hi_[g]);  // above the dearest reach the choice is the same
    if (!keep_rows_) {
      const int o = picks_[row_at_[g] + b - row_lo_[g]];  // NOLINT(bugprone-signed-char-misuse): an option index, not a character
      if (o < 0) return {};  // not reached: a finite best_ has an option in every group
      choice[g] = o;
      b -= static_cast<std::size_t>(option_buckets_[g][static_cast<std::size_t>(o)]);
      continue;
    }
    // The option the table's pass kept at b: the first (in order) of the least penalty, from the
    // same sums (row g - 1 at b less the option's cost; flat above its reach, infinite below).
    const std::size_t lo = g == 0 ? 0 : row_lo_[g - 1], hi = g == 0 ? 0 : row_hi_[g - 1];
    auto before = [&](std::size_t at) { return g == 0 ? 0.0 : rows_[row_at_[g - 1] + std::min(at, hi) - lo]; };
    int chosen = -1;
    double least = kInfinity;
    for (std::size_t o = 0; o < option_buckets_[g].size(); ++o) {
      const int w = option_buckets_[g][o];
      if (w > buckets_ || static_cast<std::size_t>(w) > b || b - static_cast<std::size_t>(w) < lo) continue;
      const double candidate = before(b - static_cast<std::size_t>(w)) + penalties_[g][o];
      if (candidate < least) {
        least = candidate;
        chosen = static_cast<int>(o);
      }
    }
    if (chosen < 0) return {};  // not reached: a finite best_ has an option in every group
    choice[g] = chosen;
    b -= static_cast<std::size_t>(option_buckets_[g][static_cast<std::size_t>(chosen)]);
  }
  return choice;
}

Bytes KnapsackTable::min_feasible_budget() const {
  for (std::size_t b = 0; b < best_.size(); ++b) {
    if (best_[b] < kInfinity) return static_cast<Bytes>(b) * bucket_bytes_;
  }
  return std::numeric_limits<Bytes>::max();
}

}  // namespace fitplan
