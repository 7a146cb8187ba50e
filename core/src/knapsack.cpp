#include "fitplan/knapsack.hpp"

#include <algorithm>
#include <limits>

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
  // Two rows of the DP: groups < g (`previous`) and groups <= g (`current`). Each row is computed
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
  std::vector<double> previous(width, 0.0);
  std::vector<double> current(width, kInfinity);
  choice_.resize(n);
  choice_lo_.assign(n, 0);
  choice_hi_.assign(n, 0);
  std::size_t lo = 0, hi = 0;
  bool feasible = true;
  for (std::size_t g = 0; g < n && feasible; ++g) {
    std::size_t cheapest = width, dearest = 0;
    for (const int w : option_buckets_[g]) {
      if (w > buckets_) continue;  // never fits
      cheapest = std::min(cheapest, static_cast<std::size_t>(w));
      dearest = std::max(dearest, static_cast<std::size_t>(w));
    }
    if (cheapest == width || lo + cheapest > top) {
      feasible = false;  // nothing fits from here on
      break;
    }
    const std::size_t room = later_cheapest[g + 1] >= top ? 0 : top - later_cheapest[g + 1];
    if (lo + cheapest > room) {
      feasible = false;  // the later groups' cheapest options no longer fit
      break;
    }
    const std::size_t next_lo = lo + cheapest, next_hi = std::min(room, hi + dearest);
    auto& chosen = choice_[g];
    chosen.resize(next_hi - next_lo + 1);
    choice_lo_[g] = next_lo;
    choice_hi_[g] = next_hi;
    std::fill(current.begin() + static_cast<std::ptrdiff_t>(next_lo), current.begin() + static_cast<std::ptrdiff_t>(next_hi) + 1,
              kInfinity);
    std::fill(chosen.begin(), chosen.end(), static_cast<std::int8_t>(-1));
    for (std::size_t o = 0; o < option_buckets_[g].size(); ++o) {
      const int w = option_buckets_[g][o];
      if (w > buckets_) continue;
      const double p = penalties_[g][o];
      const auto shift = static_cast<std::size_t>(w);
      const auto code = static_cast<std::int8_t>(o);
      // Ties keep the earlier option (only a strictly smaller penalty replaces it). Budgets past
      // hi + shift read the previous row's flat top.
      const std::size_t flat = std::min(next_hi, hi + shift);
      const double* from = previous.data();
      double* to = current.data();
      std::int8_t* pick = chosen.data();
      for (std::size_t b = lo + shift; b <= flat; ++b) {
        const double candidate = from[b - shift] + p;
        const bool take = candidate < to[b];
        to[b] = take ? candidate : to[b];
        pick[b - next_lo] = take ? code : pick[b - next_lo];
      }
      const double top_candidate = previous[hi] + p;
      for (std::size_t b = std::max(lo + shift, flat + 1); b <= next_hi; ++b) {
        const bool take = top_candidate < to[b];
        to[b] = take ? top_candidate : to[b];
        pick[b - next_lo] = take ? code : pick[b - next_lo];
      }
    }
    lo = next_lo;
    hi = next_hi;
    previous.swap(current);
  }
  // The last row over every budget: infinite below `lo`, flat above `hi`.
  best_.assign(width, kInfinity);
  if (feasible) {
    for (std::size_t b = lo; b < width; ++b) best_[b] = previous[std::min(b, hi)];
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
    b = std::min(b, choice_hi_[g]);  // above the dearest reach the choice is the same
    const int o = choice_[g][b - choice_lo_[g]];  // NOLINT(bugprone-signed-char-misuse): an option index, not a character
    choice[g] = o;
    b -= static_cast<std::size_t>(option_buckets_[g][static_cast<std::size_t>(o)]);
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
