// The default (balanced) objective, the other objectives, the published file a plan names and the
// one fit vocabulary: the cases of the "actionable plan" issue.
#include <gtest/gtest.h>

#include "fitplan/commands.hpp"
#include "fitplan/planner.hpp"

namespace fitplan {
namespace {

PlanRequest request_for(const char* model, const char* hardware, std::uint32_t context) {
  PlanRequest request{find_model(model).value(), find_hardware(hardware).value(), {}};
  request.options.context_tokens = context;
  request.options.min_context_tokens = std::min<std::uint32_t>(2048, context);
  request.options.compare_baseline = true;
  return request;
}

PlanResult run(const PlanRequest& request) {
  auto result = make_plan(request);
  EXPECT_TRUE(result.has_value()) << (result ? "" : result.error().message);
  return result.value();
}

double tps(const Plan& plan) { return plan.estimate.decode.tokens_per_second; }

// The issue's cases: wherever the uniform Q4_K_M file is usable, the default plan is at least as
// fast as it (and never less accurate than the plan the knapsack finds at that speed).
class DefaultObjective : public ::testing::TestWithParam<std::tuple<const char*, const char*>> {};

TEST_P(DefaultObjective, IsAtLeastAsFastAsUniformQ4KMWhereThatIsUsable) {
  const auto [model, hardware] = GetParam();
  const PlanResult result = run(request_for(model, hardware, 8192));
  ASSERT_TRUE(result.baseline.has_value());
  const Plan& q4 = *result.baseline;
  ASSERT_TRUE(result.plan.feasible);
  EXPECT_EQ(result.plan.context_tokens, 8192u);
  if (q4.usability == Usability::kUsable) {
    EXPECT_GE(tps(result.plan), tps(q4) * (1 - 1e-9)) << model << " on " << hardware;
    EXPECT_LE(result.plan.quality_proxy, q4.quality_proxy + 1e-9) << "as fast, and no less accurate";
  }
  EXPECT_NE(result.objective_rule.find("Default rule (balanced)"), std::string::npos) << result.objective_rule;
}

INSTANTIATE_TEST_SUITE_P(IssueCases, DefaultObjective,
                         ::testing::Values(std::make_tuple("llama3-8b", "rtx4090"), std::make_tuple("llama3-8b", "rtx3050-4g"),
                                           std::make_tuple("llama3-8b", "cpu-2c-24g"), std::make_tuple("llama3-70b", "rtx4090"),
                                           std::make_tuple("llama3.1-70b", "rtx3090"), std::make_tuple("qwen3-30b-a3b", "rtx4060-8g")));

TEST(DefaultObjective, Llama3_8bOnRtx4090IsNotF16) {
  const PlanResult result = run(request_for("llama3-8b", "rtx4090", 8192));
  EXPECT_GT(tps(result.plan), 100.0) << "F16 runs at ~57 tok/s, Q4_K_M at ~127";
  ASSERT_TRUE(result.published.has_value());
  EXPECT_EQ(result.published->file.file_type, FileType::kQ4_K_M);
}

TEST(DefaultObjective, Llama31_70bOnRtx3090IsNotAnImpracticalQ8Plan) {
  const PlanResult result = run(request_for("llama3.1-70b", "rtx3090", 8192));
  // Today's quality objective: a Q8_0-heavy plan at ~0.6 tok/s. The default reaches the "slow" grade
  // within the quality ceiling instead.
  EXPECT_NE(result.plan.usability, Usability::kImpractical);
  EXPECT_LE(result.plan.quality_proxy, 10.0);
  EXPECT_GE(tps(result.plan), tps(*result.baseline));
}

TEST(DefaultObjective, ThePublishedFileStaysWithinTheQualityCeiling) {
  // A faster file far beyond the ceiling (Q3_K_S, +26 % perplexity) is not what balanced names
  // while a file within it (Q4_K_M) runs.
  const PlanResult result = run(request_for("llama3.1-70b", "rtx3090", 8192));
  ASSERT_TRUE(result.published.has_value());
  EXPECT_LE(result.published->plan.quality_proxy, 10.0) << file_type_info(result.published->file.file_type).name;
  EXPECT_TRUE(result.published->plan.feasible);
}

TEST(DefaultObjective, ASpeedTargetKeepsTheSeedScenario) {
  PlanRequest request = request_for("llama3-70b", "rtx4090", 8192);
  request.options.target_tokens_per_second = 3.0;
  const PlanResult balanced = run(request);
  request.options.objective = Objective::kQuality;
  const PlanResult quality = run(request);
  EXPECT_EQ(balanced.plan.n_gpu_layers, quality.plan.n_gpu_layers);
  EXPECT_DOUBLE_EQ(tps(balanced.plan), tps(quality.plan));
  EXPECT_DOUBLE_EQ(balanced.plan.quality_proxy, quality.plan.quality_proxy);
  EXPECT_GE(tps(balanced.plan), 3.0);
}

TEST(Objectives, QualityMaximisesPrecisionAndSpeedMaximisesSpeed) {
  PlanRequest request = request_for("llama3-8b", "rtx4090", 8192);
  request.options.objective = Objective::kQuality;
  const PlanResult quality = run(request);
  EXPECT_LT(quality.plan.quality_proxy, 0.01) << "F16 (or all but F16) fits on a 24 GiB card";
  request.options.objective = Objective::kSpeed;
  const PlanResult speed = run(request);
  request.options.objective = Objective::kBalanced;
  const PlanResult balanced = run(request);
  EXPECT_GT(tps(speed.plan), tps(balanced.plan));
  EXPECT_GT(tps(balanced.plan), tps(quality.plan));
  EXPECT_LT(balanced.plan.quality_proxy, speed.plan.quality_proxy);
}

TEST(Objectives, NamesAndErrors) {
  for (Objective o : {Objective::kBalanced, Objective::kQuality, Objective::kSpeed, Objective::kWorkload}) {
    EXPECT_EQ(parse_objective(to_string(o)).value(), o);
  }
  const auto bad = parse_objective("fastest");
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "objective");
  EXPECT_NE(bad.error().message.find("balanced, quality, speed, workload"), std::string::npos);
  PlanRequest request = request_for("llama3-8b", "rtx4090", 4096);
  request.options.max_quality_loss_percent = -1;
  const auto refused = make_plan(request);
  ASSERT_FALSE(refused);
  EXPECT_EQ(refused.error().field, "maxQualityLoss");
  EXPECT_EQ(PlanOptions{}.objective, Objective::kBalanced);
}

TEST(Published, CatalogModelsNameARealRepositoryWithCommandsThatFetchIt) {
  const PlanResult result = run(request_for("llama3-8b", "rtx4090", 8192));
  ASSERT_TRUE(result.published.has_value());
  const PublishedChoice& p = *result.published;
  const auto& repos = published_repos("llama3-8b");
  bool listed = false;
  for (const auto& repo : repos) listed = listed || repo.repo == p.repo;
  EXPECT_TRUE(listed) << p.repo;
  const std::string tag = p.repo + ":" + file_type_info(p.file.file_type).name;
  EXPECT_EQ(p.llama_server_command.rfind("llama-server -hf " + tag + " -c 8192 -np 1 -ngl ", 0), 0u) << p.llama_server_command;
  EXPECT_NE(p.ollama_command.find("ollama run hf.co/" + tag), std::string::npos) << p.ollama_command;
  EXPECT_NE(p.ollama_command.find("OLLAMA_CONTEXT_LENGTH=8192"), std::string::npos);
  EXPECT_GT(p.file.file_bytes, 4'000'000'000ull);
  // The same uniform Q4_K_M figures as the baseline: one computation.
  ASSERT_TRUE(result.baseline.has_value());
  EXPECT_DOUBLE_EQ(tps(p.plan), tps(*result.baseline));
  EXPECT_DOUBLE_EQ(p.gain_decode_tokens_per_second, tps(result.plan) - tps(p.plan));
}

TEST(Published, AnImportedModelUsesItsOwnFileListAndExactSizes) {
  PlanRequest request = request_for("llama3-8b", "rtx4090", 8192);
  request.model.id = "imported";
  request.model.published = {
      PublishedRepo{"someone/Model-GGUF",
                    "someone",
                    false,
                    "",
                    {{FileType::kQ8_0, 8'540'000'000, "m-Q8_0.gguf"}, {FileType::kQ4_K_M, 4'920'733'984, "m-Q4_K_M.gguf"}},
                    "test"}};
  const PlanResult result = run(request);
  ASSERT_TRUE(result.published.has_value());
  EXPECT_EQ(result.published->repo, "someone/Model-GGUF");
  EXPECT_EQ(result.published->file.file_type, FileType::kQ4_K_M);
  EXPECT_EQ(result.published->file.file_bytes, 4'920'733'984ull);
  EXPECT_TRUE(result.published->file_bytes_exact);
  EXPECT_EQ(result.published->file.file_name, "m-Q4_K_M.gguf");
  request.model.published.clear();
  EXPECT_FALSE(run(request).published.has_value()) << "no repository, no published file";
}

TEST(Verdict, OneVocabularyAndTheShrunkContextInTheHeadline) {
  PlanRequest quality = request_for("deepseek-v3", "rtx4090", 8192);
  quality.options.objective = Objective::kQuality;  // shrinks the context before it streams from disk
  const PlanResult deepseek = run(quality);
  EXPECT_EQ(deepseek.plan.fit, Fit::kDisk);
  EXPECT_LT(deepseek.plan.context_tokens, 8192u);
  EXPECT_NE(deepseek.plan.headline.find("runs only by streaming weights from disk"), std::string::npos) << deepseek.plan.headline;
  EXPECT_NE(deepseek.plan.headline.find("not the 8192 asked"), std::string::npos) << deepseek.plan.headline;
  EXPECT_EQ(deepseek.plan.usability_message.find("it fits"), std::string::npos) << deepseek.plan.usability_message;
  ASSERT_TRUE(deepseek.requirements.has_value()) << "it does not run at the asked context";
  EXPECT_GT(deepseek.requirements->min_total_bytes, 100ull * kGiB);
  EXPECT_GT(deepseek.requirements->q4_k_m_total_bytes, deepseek.requirements->min_total_bytes);
  EXPECT_FALSE(run(request_for("llama3-8b", "rtx4090", 8192)).requirements.has_value()) << "only when it does not run";

  // The default keeps the asked context when a published file runs at it (here only from disk).
  const PlanResult balanced = run(request_for("deepseek-v3", "rtx4090", 8192));
  EXPECT_EQ(balanced.plan.fit, Fit::kDisk);
  EXPECT_EQ(balanced.plan.context_tokens, 8192u);
  EXPECT_EQ(balanced.plan.usability, Usability::kImpractical);
  EXPECT_EQ(run(request_for("llama3-8b", "rtx4090", 8192)).plan.fit, Fit::kGpu);
  EXPECT_EQ(run(request_for("llama3-70b", "rtx4090", 8192)).plan.fit, Fit::kGpuRam);
  PlanRequest none = request_for("deepseek-v3", "rtx3050-4g", 8192);
  none.options.allow_disk = false;
  const PlanResult cannot = run(none);
  EXPECT_EQ(cannot.plan.fit, Fit::kNone);
  EXPECT_EQ(cannot.plan.headline.rfind("Cannot run", 0), 0u) << cannot.plan.headline;
  EXPECT_STREQ(fit_words(Fit::kGpuRam), "fits in GPU + RAM");
}

TEST(CustomBuild, SaysWhatTheMixTakes) {
  const PlanResult result = run(request_for("llama3-70b", "rtx4090", 8192));
  const CustomBuild& build = result.custom_build;
  EXPECT_NEAR(static_cast<double>(build.download_bytes), 2.0 * 70.55e9, 0.02 * 2.0 * 70.55e9);
  EXPECT_GT(build.disk_bytes, build.download_bytes + result.plan.file_bytes);
  EXPECT_GT(build.approx_minutes, 10.0);
  EXPECT_NE(build.assumptions.find("first-order"), std::string::npos);
  EXPECT_FALSE(build.tools.empty());
}

}  // namespace
}  // namespace fitplan
