// The objectives: the plan balanced, quality, speed and workload each pick, the rule that picked it,
// and the published file that serves the same objective best.
#include <algorithm>
#include <cmath>
#include <limits>

#include "fitplan/commands.hpp"
#include "fitplan/text.hpp"
#include "planner_internal.hpp"

namespace fitplan::planner_internal {

namespace {

bool meets(const Plan& plan, double target) { return plan.feasible && plan.estimate.decode.tokens_per_second >= target * (1 - 1e-9); }

std::string tps_text(double tps) { return format_fixed(tps, tps < 10 ? 1 : 0) + " tok/s"; }

// A slack as the rules state it: 0.05 -> "5 %".
std::string percent_text(double fraction) { return std::to_string(std::lround(fraction * 100)) + " %"; }

}  // namespace

bool serves_better(const Plan& a, const Plan& b, const PlanOptions& o, double floor) {
  if (!b.feasible) return a.feasible;
  if (!a.feasible) return false;
  if ((a.fit == Fit::kDisk) != (b.fit == Fit::kDisk)) return b.fit == Fit::kDisk;
  if (a.context_tokens != b.context_tokens) return a.context_tokens > b.context_tokens;
  const double ta = a.estimate.decode.tokens_per_second, tb = b.estimate.decode.tokens_per_second;
  auto by_quality_within = [&](double slack, double ka, double kb, bool smaller_is_better) {
    const double best = smaller_is_better ? std::min(ka, kb) : std::max(ka, kb);
    const bool a_close = smaller_is_better ? ka <= best * (1 + slack) : ka >= best * (1 - slack);
    const bool b_close = smaller_is_better ? kb <= best * (1 + slack) : kb >= best * (1 - slack);
    if (a_close != b_close) return a_close;
    return a.quality_proxy < b.quality_proxy - 1e-12 || (std::fabs(a.quality_proxy - b.quality_proxy) <= 1e-12 && ta > tb);
  };
  switch (o.objective) {
    case Objective::kWorkload: return by_quality_within(kWorkloadSlack, a.workload_seconds, b.workload_seconds, true);
    case Objective::kSpeed: return by_quality_within(kSpeedSlack, ta, tb, false);
    case Objective::kQuality:
    case Objective::kBalanced: {
      if (o.objective == Objective::kBalanced && o.target_tokens_per_second <= 0) {
        // The quality ceiling comes first: a faster file beyond it is not what balanced recommends.
        const bool ca = a.quality_proxy <= o.max_quality_loss_percent, cb = b.quality_proxy <= o.max_quality_loss_percent;
        if (ca != cb) return ca;
      }
      const double need = o.target_tokens_per_second > 0 ? o.target_tokens_per_second : floor;
      if (need > 0) {
        const bool ma = meets(a, need), mb = meets(b, need);
        if (ma != mb) return ma;
        if (!ma) return ta > tb;  // neither is fast enough: the faster
      } else if (o.objective == Objective::kBalanced) {
        return by_quality_within(0.0, ta, tb, false);
      }
      return a.quality_proxy < b.quality_proxy - 1e-12 || (std::fabs(a.quality_proxy - b.quality_proxy) <= 1e-12 && ta > tb);
    }
  }
  return false;
}

std::optional<Choice> frontier_choice(Planner& planner, const PlanOptions& o) {
  const bool workload = o.objective == Objective::kWorkload;
  const double slack = workload ? kWorkloadSlack : kSpeedSlack;
  const auto points = planner.frontier();
  double best_time = std::numeric_limits<double>::infinity(), best_speed = 0;
  for (const auto& p : points) {
    best_time = std::min(best_time, p.plan.workload_seconds);
    best_speed = std::max(best_speed, p.decode_tokens_per_second);
  }
  const FrontierPoint* best = nullptr;
  for (const auto& p : points) {
    const bool close = workload ? p.plan.workload_seconds <= best_time * (1 + slack)
                                : p.decode_tokens_per_second >= best_speed * (1 - slack);
    if (close && (!best || p.quality_proxy < best->quality_proxy - 1e-12)) best = &p;
  }
  if (!best) return std::nullopt;
  Choice c{best->plan, "", 0};
  if (workload) {
    c.rule = "Objective workload: the shortest time for " + std::to_string(o.prompt_tokens) + " prompt + " +
             std::to_string(o.output_tokens) + " output tokens; among plans within " + percent_text(kWorkloadSlack) +
             " of it, the most accurate.";
    c.plan.notes.insert(c.plan.notes.begin(),
                        "Fastest plan for the workload of " + std::to_string(o.prompt_tokens) + " prompt tokens and " +
                            std::to_string(o.output_tokens) + " output tokens: " + format_fixed(c.plan.workload_seconds, 2) +
                            " s in all (prefill counts too), the best quality within " + percent_text(kWorkloadSlack) +
                            " of the fastest plan's " + format_fixed(best_time, 2) + " s; the speed target is not used.");
  } else {
    c.rule = "Objective speed: the fastest plan that fits; among plans within " + percent_text(kSpeedSlack) +
             " of its speed, the most accurate.";
    c.plan.notes.insert(c.plan.notes.begin(), c.rule);
  }
  return c;
}

Choice balanced_choice(Planner& planner, const PlanOptions& o, std::vector<std::string>& notes) {
  Choice c;
  std::string ceiling = "+";  // appended: GCC 12 -O3 warns -Wrestrict on "+" + std::string (a false positive)
  ceiling += format_fixed(o.max_quality_loss_percent, 1) + " % perplexity";
  const Plan& q4 = planner.uniform_plan(FileType::kQ4_K_M);
  const bool q4_runs = q4.feasible && q4.fit != Fit::kDisk && q4.context_tokens == o.context_tokens;
  std::string reason;
  if (q4_runs) {
    c.floor = q4.estimate.decode.tokens_per_second;
    reason = "as fast as the standard Q4_K_M file would run here (" + tps_text(c.floor) + ")";
  }
  bool planned = false;
  for (const double grade : {o.usable_tokens_per_second, o.slow_tokens_per_second}) {
    if (c.floor >= grade) break;
    std::vector<std::string> grade_notes;
    Plan reached = planner.plan_with_target(grade, grade_notes);
    if (!meets(reached, grade) || reached.quality_proxy > o.max_quality_loss_percent || reached.context_tokens != o.context_tokens)
      continue;
    c.floor = grade;
    reason = std::string("the ") + (grade == o.usable_tokens_per_second ? "usable" : "slow-but-workable") + " speed of " + tps_text(grade) +
             ", which a plan within " + ceiling + " reaches" +
             (q4_runs ? " (the Q4_K_M file would reach only " + tps_text(q4.estimate.decode.tokens_per_second) + ")" : "");
    c.plan = std::move(reached);
    notes = std::move(grade_notes);
    planned = true;
    break;
  }
  if (c.floor > 0) {
    if (!planned) c.plan = planner.plan_with_target(c.floor, notes);
    // The knapsack's speed search is not exact where speed is not monotone in bytes (CPU kernels
    // differ per type): the uniform Q4_K_M file itself always qualifies.
    if (q4_runs && !meets(c.plan, c.floor) && meets(q4, c.floor)) c.plan = q4;
    c.rule = "Default rule (balanced): the most accurate plan that runs at least " + reason + ".";
  } else if (auto fastest = planner.fastest_frontier_plan(o.max_quality_loss_percent, kBalancedFallbackSlack)) {
    // Q4_K_M does not fit at this context: the fastest plan within the quality ceiling.
    c.plan = *fastest;
    c.rule = "Default rule (balanced): the Q4_K_M file does not fit in GPU + RAM at " + std::to_string(o.context_tokens) +
             " tokens, so the fastest plan within " + ceiling + " (the most accurate within " + percent_text(kBalancedFallbackSlack) +
             " of its speed).";
  } else {
    c.plan = planner.plan(notes);
    c.rule = "Default rule (balanced): nothing within " + ceiling + " fits at " + std::to_string(o.context_tokens) +
             " tokens, so the most accurate plan that runs at all (smaller context or weights streamed from disk).";
  }
  c.plan.notes.insert(c.plan.notes.begin(), c.rule);
  return c;
}

std::optional<PublishedChoice> published_choice(Planner& planner, const PlanRequest& request, double floor) {
  const PlanOptions& o = request.options;
  const double quality_floor = file_type_info(o.min_quant).rel_ppl_percent;
  std::optional<PublishedChoice> best;
  std::vector<FileType> seen;
  for (const auto& repo : request.model.published) {
    for (const auto& file : repo.files) {
      if (std::find(seen.begin(), seen.end(), file.file_type) != seen.end()) {
        if (best && file.file_type == best->file.file_type) best->other_repos.push_back(repo.repo);
        continue;
      }
      seen.push_back(file.file_type);
      if (file_type_info(file.file_type).rel_ppl_percent > quality_floor + 1e-9) continue;
      const Plan& plan = planner.uniform_plan(file.file_type);
      if (best && !serves_better(plan, best->plan, o, floor)) continue;
      best.emplace();
      best->repo = repo.repo;
      best->publisher = repo.publisher;
      best->official = repo.official;
      best->variant = repo.variant;
      best->source = repo.source;
      best->file = file;
      best->file_bytes_exact = file.file_bytes > 0;
      if (!best->file_bytes_exact) best->file.file_bytes = plan.file_bytes;
      best->plan = plan;
    }
  }
  if (best && best->plan.feasible) {
    const DownloadCommands d = make_download_commands(request.model, request.hardware, best->plan, best->repo, best->file.file_type);
    best->llama_server_command = d.llama_server;
    best->ollama_command = d.ollama;
    best->command_caveats = d.caveats;
  }
  return best;
}

}  // namespace fitplan::planner_internal
