#include "fitplan/knapsack.hpp"

#include <algorithm>
#include <limits>

namespace fitplan {

namespace {
constexpr double kInfinity = std::numeric_limits<double>::infinity();
}

KnapsackTable::KnapsackTable(const std::vector<KnapsackGroup>& groups, Bytes cap_bytes, int buckets)
    : buckets_(std::max(1, buckets)) {
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
  best_.assign(n + 1, std::vector<double>(width, kInfinity));
  choice_.assign(n, std::vector<std::int8_t>(width, -1));
  std::fill(best_[0].begin(), best_[0].end(), 0.0);
  for (std::size_t g = 0; g < n; ++g) {
    const auto& previous = best_[g];
    auto& current = best_[g + 1];
    auto& chosen = choice_[g];
    for (std::size_t o = 0; o < option_buckets_[g].size(); ++o) {
      const int w = option_buckets_[g][o];
      if (w > buckets_) continue;
      const double p = penalties_[g][o];
      for (std::size_t b = static_cast<std::size_t>(w); b < width; ++b) {
        const double candidate = previous[b - static_cast<std::size_t>(w)] + p;
        if (candidate < current[b]) {
          current[b] = candidate;
          chosen[b] = static_cast<std::int8_t>(o);
        }
      }
    }
  }
}

int KnapsackTable::budget_buckets(Bytes budget_bytes) const {
  const Bytes b = budget_bytes / bucket_bytes_;  // rounded down: never above the budget
  return static_cast<int>(std::min<Bytes>(b, static_cast<Bytes>(buckets_)));
}

double KnapsackTable::best_penalty(Bytes budget_bytes) const {
  return best_.back()[static_cast<std::size_t>(budget_buckets(budget_bytes))];
}

std::vector<int> KnapsackTable::solve(Bytes budget_bytes) const {
  int b = budget_buckets(budget_bytes);
  if (best_.back()[static_cast<std::size_t>(b)] == kInfinity) return {};
  std::vector<int> choice(option_buckets_.size(), 0);
  for (std::size_t g = option_buckets_.size(); g-- > 0;) {
    const int o = choice_[g][static_cast<std::size_t>(b)];
    choice[g] = o;
    b -= option_buckets_[g][static_cast<std::size_t>(o)];
  }
  return choice;
}

Bytes KnapsackTable::min_feasible_budget() const {
  const auto& last = best_.back();
  for (std::size_t b = 0; b < last.size(); ++b) {
    if (last[b] < kInfinity) return static_cast<Bytes>(b) * bucket_bytes_;
  }
  return std::numeric_limits<Bytes>::max();
}

}  // namespace fitplan
