// The exact knapsack over block recipes: each block's options (dominated ones pruned), the DP
// table over them (knapsack.hpp), and choose(), which spends what the table's rounding leaves.
#include <algorithm>
#include <limits>

#include "planner_internal.hpp"

namespace fitplan::planner_internal {

void PlanEvaluator::set_block_options(std::size_t ladder_count) {
  // One knapsack group per block; options map back to recipes_ through option_recipe_.
  groups_.assign(static_cast<std::size_t>(arch_.n_layer), {});
  option_recipe_.resize(groups_.size());
  Bytes largest_total = 0;
  // A recipe is dominated when another is no larger and no worse (exact ties: the earlier recipe
  // stays). In the order (cost, penalty, recipe) a recipe is dominated exactly when one before it
  // has no larger penalty, so one sorted sweep per block finds the options (not every pair).
  std::vector<std::size_t> order(ladder_count);
  std::vector<bool> kept(ladder_count);
  for (int b = 0; b < arch_.n_layer; ++b) {
    auto& g = groups_[static_cast<std::size_t>(b)];
    auto cost = [&](std::size_t r) { return block_bytes(static_cast<int>(r), b); };
    auto penalty = [&](std::size_t r) { return weight_[static_cast<std::size_t>(b)] * recipes_[r].penalty; };
    for (std::size_t r = 0; r < ladder_count; ++r) order[r] = r;
    std::sort(order.begin(), order.end(), [&](std::size_t a, std::size_t c) {
      if (cost(a) != cost(c)) return cost(a) < cost(c);
      if (penalty(a) != penalty(c)) return penalty(a) < penalty(c);
      return a < c;
    });
    double least_before = std::numeric_limits<double>::infinity();
    for (std::size_t r : order) {
      kept[r] = penalty(r) < least_before;
      least_before = std::min(least_before, penalty(r));
    }
    Bytes largest = 0;
    for (std::size_t r = 0; r < ladder_count; ++r) {
      if (!kept[r]) continue;
      g.costs.push_back(cost(r));
      g.penalties.push_back(penalty(r));
      option_recipe_[static_cast<std::size_t>(b)].push_back(static_cast<int>(r));
      largest = std::max(largest, cost(r));
    }
    largest_total += largest;
  }
  // The DP axis only needs to reach the largest budget ever asked for: all the memory there is.
  cap_ = std::max<Bytes>(1, std::min(largest_total, combined_capacity()));
  // Resolution: at least `knapsack_buckets`, and kBucketsPerBlock buckets per block.
  buckets_ = std::min(kMaxKnapsackBuckets, std::max(options_.knapsack_buckets, kBucketsPerBlock * arch_.n_layer));
  bucket_bytes_ = KnapsackTable({}, cap_, buckets_).bucket_bytes();  // the table's resolution, without its DP
}

Planner::Planner(const PlanRequest& request) : PlanEvaluator(request) { table_ = std::make_unique<KnapsackTable>(groups_, cap_, buckets_); }

std::vector<int> Planner::choose(Bytes budget) const {
  if (auto hit = chosen_.find(budget); hit != chosen_.end()) return hit->second;
  std::vector<int> choice = choose_uncached(budget);
  chosen_.emplace(budget, choice);
  return choice;
}

std::vector<int> Planner::choose_uncached(Bytes budget) const {
  const std::vector<int> options = table_->solve(budget);
  if (options.empty()) return {};
  std::vector<int> choice(options.size());
  Bytes used = 0;
  for (std::size_t b = 0; b < options.size(); ++b) {
    choice[b] = option_recipe_[b][static_cast<std::size_t>(options[b])];
    used += block_bytes(choice[b], static_cast<int>(b));
  }
  // One pass over every upgrade from the blocks' current recipes, best penalty saved per extra
  // byte first (ties: by block, then recipe). An upgrade larger than what the budget has left now can never be
  // taken (used only grows), so only those within it are listed.
  const Bytes left = budget - used;
  std::vector<Upgrade> upgrades;
  for (std::size_t b = 0; b < choice.size(); ++b) {
    const int block = static_cast<int>(b);
    const double from_penalty = recipes_[static_cast<std::size_t>(choice[b])].penalty;
    const Bytes current = block_bytes(choice[b], block);
    for (int r : option_recipe_[b]) {
      const Bytes cost = block_bytes(r, block);
      const double saved = weight_[b] * (from_penalty - recipes_[static_cast<std::size_t>(r)].penalty);
      if (saved > 0 && cost > current && cost - current <= left)
        upgrades.push_back({saved / static_cast<double>(cost - current), block, r});
    }
  }
  // Listed by block, then recipe (option_recipe_ is in recipe order): a stable sort by gain alone
  // keeps the ties in that order, with the cheaper comparison (the sort is most of choose()).
  std::stable_sort(upgrades.begin(), upgrades.end(), [](const Upgrade& a, const Upgrade& b) { return a.gain > b.gain; });
  for (const Upgrade& u : upgrades) {
    const auto b = static_cast<std::size_t>(u.block);
    const Bytes current = block_bytes(choice[b], u.block);
    const Bytes cost = block_bytes(u.recipe, u.block);
    // An earlier upgrade of the same block may have gone further already.
    if (recipes_[static_cast<std::size_t>(u.recipe)].penalty >= recipes_[static_cast<std::size_t>(choice[b])].penalty) continue;
    if (cost <= current || used + (cost - current) > budget) continue;
    used += cost - current;
    choice[b] = u.recipe;
  }
  return choice;
}

std::vector<int> Planner::smallest_choice() const {
  std::vector<int> choice(option_recipe_.size());
  for (std::size_t b = 0; b < option_recipe_.size(); ++b) {
    int best = option_recipe_[b].front();
    for (int r : option_recipe_[b]) {
      if (block_bytes(r, static_cast<int>(b)) < block_bytes(best, static_cast<int>(b))) best = r;
    }
    choice[b] = best;
  }
  return choice;
}

}  // namespace fitplan::planner_internal
