#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <random>

#include "fitplan/knapsack.hpp"

namespace fitplan {
namespace {

// Brute force over every combination with the same bucketed costs: the DP must match its optimum.
double brute_force(const std::vector<KnapsackGroup>& groups, Bytes bucket, Bytes budget, std::vector<int>& best_choice) {
  double best = std::numeric_limits<double>::infinity();
  std::vector<int> choice(groups.size(), 0);
  const Bytes budget_buckets = budget / bucket;
  while (true) {
    Bytes cost = 0;
    double penalty = 0;
    for (std::size_t g = 0; g < groups.size(); ++g) {
      cost += ceil_div(groups[g].costs[static_cast<std::size_t>(choice[g])], bucket);
      penalty += groups[g].penalties[static_cast<std::size_t>(choice[g])];
    }
    if (cost <= budget_buckets && penalty < best - 1e-12) {
      best = penalty;
      best_choice = choice;
    }
    std::size_t g = 0;
    while (g < groups.size() && ++choice[g] == static_cast<int>(groups[g].costs.size())) choice[g++] = 0;
    if (g == groups.size()) break;
  }
  return best;
}

TEST(Knapsack, OptimalAndWithinBudgetOnRandomInstancesForEveryBudget) {
  std::mt19937 rng(12345);
  for (int instance = 0; instance < 60; ++instance) {
    const int n_groups = 1 + static_cast<int>(rng() % 5);
    std::vector<KnapsackGroup> groups(static_cast<std::size_t>(n_groups));
    Bytes cap = 0;
    for (auto& g : groups) {
      const int options = 1 + static_cast<int>(rng() % 4);
      Bytes largest = 0;
      for (int o = 0; o < options; ++o) {
        g.costs.push_back(1 + rng() % 1000);
        g.penalties.push_back(static_cast<double>(rng() % 1000) / 10.0);
        largest = std::max(largest, g.costs.back());
      }
      cap += largest;
    }
    const int buckets = 8 + static_cast<int>(rng() % 120);
    KnapsackTable table(groups, cap, buckets);
    for (Bytes budget = 0; budget <= cap; budget += std::max<Bytes>(1, cap / 37)) {
      std::vector<int> expected_choice;
      const double expected = brute_force(groups, table.bucket_bytes(), budget, expected_choice);
      const auto choice = table.solve(budget);
      if (std::isinf(expected)) {
        EXPECT_TRUE(choice.empty()) << "instance " << instance << " budget " << budget;
        continue;
      }
      ASSERT_EQ(choice.size(), groups.size());
      Bytes cost = 0;
      double penalty = 0;
      for (std::size_t g = 0; g < groups.size(); ++g) {
        ASSERT_GE(choice[g], 0);  // never below the floor: only listed options are chosen
        ASSERT_LT(choice[g], static_cast<int>(groups[g].costs.size()));
        cost += groups[g].costs[static_cast<std::size_t>(choice[g])];
        penalty += groups[g].penalties[static_cast<std::size_t>(choice[g])];
      }
      EXPECT_LE(cost, budget) << "over budget: instance " << instance;
      EXPECT_NEAR(penalty, expected, 1e-9) << "not optimal: instance " << instance << " budget " << budget;
      EXPECT_NEAR(table.best_penalty(budget), expected, 1e-9);
    }
  }
}

TEST(Knapsack, BucketResolutionIsStatedAndCostsRoundUp) {
  std::vector<KnapsackGroup> groups = {{{100, 250}, {1.0, 0.0}}, {{100, 250}, {1.0, 0.0}}};
  KnapsackTable table(groups, 500, 5);
  EXPECT_EQ(table.bucket_bytes(), 100u);
  // 250 rounds up to 3 buckets: 250 + 100 = 350 needs 4 buckets (400 bytes).
  EXPECT_EQ(table.solve(399), (std::vector<int>{0, 0}));
  EXPECT_EQ(table.solve(400).size(), 2u);
  EXPECT_NEAR(table.best_penalty(400), 1.0, 1e-12);
  EXPECT_TRUE(table.solve(199).empty());
  EXPECT_EQ(table.min_feasible_budget(), 200u);
}

// A table too large to keep its rows (here ~2M cells: groups x budgets within reach) keeps one
// option per cell instead: the same optimum. Every group: 1 bucket at penalty w, or 5 buckets at 0,
// with w rising by group, so the optimum upgrades the heaviest groups the budget allows.
TEST(Knapsack, ATableTooLargeToKeepItsRowsSolvesTheSame) {
  constexpr int kGroups = 1024;
  std::vector<KnapsackGroup> groups(kGroups);
  for (int g = 0; g < kGroups; ++g) groups[static_cast<std::size_t>(g)] = {{1, 5}, {1.0 + g, 0.0}};
  KnapsackTable table(groups, 5 * kGroups, 5 * kGroups);
  ASSERT_EQ(table.bucket_bytes(), 1u);
  EXPECT_EQ(table.min_feasible_budget(), static_cast<Bytes>(kGroups));
  for (const int upgrades : {0, 1, 7, 500, kGroups}) {
    const Bytes budget = static_cast<Bytes>(kGroups + 4 * upgrades);
    const auto choice = table.solve(budget);
    ASSERT_EQ(choice.size(), groups.size());
    double penalty = 0;
    for (int g = 0; g < kGroups; ++g) {
      // The upgraded groups are the last (heaviest) ones.
      EXPECT_EQ(choice[static_cast<std::size_t>(g)], g >= kGroups - upgrades ? 1 : 0) << upgrades << " upgrades, group " << g;
      penalty += groups[static_cast<std::size_t>(g)].penalties[static_cast<std::size_t>(choice[static_cast<std::size_t>(g)])];
    }
    EXPECT_EQ(table.best_penalty(budget), penalty);
  }
}

}  // namespace
}  // namespace fitplan
