// The exact knapsack over block recipes: each block's options (dominated ones pruned), the DP
// table over them (knapsack.hpp), and choose(), which spends what the table's rounding leaves.
#include <algorithm>

#include "planner_internal.hpp"

namespace fitplan::planner_internal {

void PlanEvaluator::set_block_options(std::size_t ladder_count) {
  // One knapsack group per block; options map back to recipes_ through option_recipe_.
  groups_.assign(static_cast<std::size_t>(arch_.n_layer), {});
  option_recipe_.resize(groups_.size());
  Bytes largest_total = 0;
  for (int b = 0; b < arch_.n_layer; ++b) {
    auto& g = groups_[static_cast<std::size_t>(b)];
    Bytes largest = 0;
    for (std::size_t r = 0; r < ladder_count; ++r) {
      const Bytes cost = block_bytes(static_cast<int>(r), b);
      const double penalty = weight_[static_cast<std::size_t>(b)] * recipes_[r].penalty;
      bool dominated = false;
      for (std::size_t q = 0; q < ladder_count && !dominated; ++q) {
        const Bytes other_cost = block_bytes(static_cast<int>(q), b);
        const double other_penalty = weight_[static_cast<std::size_t>(b)] * recipes_[q].penalty;
        dominated = q != r && other_cost <= cost && other_penalty <= penalty && (other_cost < cost || other_penalty < penalty || q < r);
      }
      if (dominated) continue;
      g.costs.push_back(cost);
      g.penalties.push_back(penalty);
      option_recipe_[static_cast<std::size_t>(b)].push_back(static_cast<int>(r));
      largest = std::max(largest, cost);
    }
    largest_total += largest;
  }
  // The DP axis only needs to reach the largest budget ever asked for: all the memory there is.
  cap_ = std::max<Bytes>(1, std::min(largest_total, combined_capacity()));
  // Resolution: at least `knapsack_buckets`, and kBucketsPerBlock buckets per block.
  buckets_ = std::min(kMaxKnapsackBuckets, std::max(options_.knapsack_buckets, kBucketsPerBlock * arch_.n_layer));
  bucket_bytes_ = KnapsackTable({}, cap_, buckets_).bucket_bytes();  // the table's resolution, without its DP
}

Planner::Planner(const PlanRequest& request) : PlanEvaluator(request) {
  table_ = std::make_unique<KnapsackTable>(groups_, cap_, buckets_);
  upgrades_from_.resize(recipes_.size());
}

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
  // byte first; an upgrade larger than what the budget has left now can never be taken (used
  // only grows). The upgrades come from one sorted list per recipe the blocks start at, merged.
  const Bytes left = budget - used;
  const std::vector<int> start = choice;
  struct Cursor {
    const std::vector<Upgrade>* list;
    std::size_t at;
  };
  std::vector<Cursor> cursors;
  std::vector<bool> listed(recipes_.size(), false);
  for (int r : start) {
    if (listed[static_cast<std::size_t>(r)]) continue;
    listed[static_cast<std::size_t>(r)] = true;
    cursors.push_back({&upgrades_from(r), 0});
  }
  auto eligible = [&](const Upgrade& u) { return u.from == start[static_cast<std::size_t>(u.block)] && u.extra_bytes <= left; };
  for (;;) {
    const Upgrade* next = nullptr;
    Cursor* from = nullptr;
    for (auto& c : cursors) {
      while (c.at < c.list->size() && !eligible((*c.list)[c.at])) ++c.at;
      if (c.at < c.list->size() && (!next || upgrade_before((*c.list)[c.at], *next))) {
        next = &(*c.list)[c.at];
        from = &c;
      }
    }
    if (!next) break;
    ++from->at;
    const Upgrade& u = *next;
    const auto b = static_cast<std::size_t>(u.block);
    const Bytes current = block_bytes(choice[b], u.block);
    const Bytes cost = block_bytes(u.recipe, u.block);
    if (recipes_[static_cast<std::size_t>(u.recipe)].penalty >= recipes_[static_cast<std::size_t>(choice[b])].penalty) continue;
    if (cost <= current || used + (cost - current) > budget) continue;
    used += cost - current;
    choice[b] = u.recipe;
  }
  return choice;
}

bool Planner::upgrade_before(const Upgrade& a, const Upgrade& b) {
  if (a.gain != b.gain) return a.gain > b.gain;
  return a.block != b.block ? a.block < b.block : a.recipe < b.recipe;
}

const std::vector<Planner::Upgrade>& Planner::upgrades_from(int from) const {
  auto& list = upgrades_from_[static_cast<std::size_t>(from)];
  if (list) return *list;
  list.emplace();
  const double from_penalty = recipes_[static_cast<std::size_t>(from)].penalty;
  for (std::size_t b = 0; b < option_recipe_.size(); ++b) {
    const auto& options = option_recipe_[b];
    if (std::find(options.begin(), options.end(), from) == options.end()) continue;
    const Bytes current = block_bytes(from, static_cast<int>(b));
    for (int r : options) {
      const Bytes cost = block_bytes(r, static_cast<int>(b));
      const double saved = weight_[b] * (from_penalty - recipes_[static_cast<std::size_t>(r)].penalty);
      if (saved > 0 && cost > current)
        list->push_back({saved / static_cast<double>(cost - current), static_cast<int>(b), from, r, cost - current});
    }
  }
  std::sort(list->begin(), list->end(), upgrade_before);
  return *list;
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
