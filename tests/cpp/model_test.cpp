#include <gtest/gtest.h>

#include <cmath>
#include <set>

#include "fitplan/model.hpp"

namespace fitplan {
namespace {

TEST(ModelCatalog, KeepsTheOriginalPlannersIds) {
  for (const char* id : {"llama3-8b", "llama3-70b", "llama2-7b", "llama2-13b", "mistral-7b", "qwen2-7b", "phi3-mini",
                         "gemma2-9b", "llama3.1-8b", "llama3.1-70b", "llama3.1-405b", "llama3.2-1b", "llama3.2-3b",
                         "qwen2.5-0.5b", "qwen2.5-7b", "qwen2.5-14b", "qwen2.5-32b", "qwen2.5-72b", "qwen3-8b",
                         "qwen3-14b", "qwen3-32b", "qwen3-30b-a3b", "qwen3-235b-a22b", "mixtral-8x7b",
                         "mistral-nemo-12b", "mistral-small-24b", "gemma2-2b", "gemma2-27b", "gemma3-4b", "gemma3-12b",
                         "gemma3-27b", "phi4-14b", "gpt-oss-20b", "gpt-oss-120b", "deepseek-v3"}) {
    EXPECT_TRUE(find_model(id).has_value()) << id;
  }
}

TEST(ModelCatalog, IdsAreUniqueAndArchitecturesValid) {
  std::set<std::string> ids;
  for (const auto& preset : model_catalog()) {
    EXPECT_TRUE(ids.insert(preset.id).second) << "duplicate id " << preset.id;
    auto valid = validate_architecture(preset.arch);
    EXPECT_TRUE(valid.has_value()) << preset.id << ": " << (valid ? "" : valid.error().message);
  }
}

TEST(ModelCatalog, ParameterCountsMatchPublishedTotalsWithinHalfAPercent) {
  for (const auto& preset : model_catalog()) {
    const double derived_b = static_cast<double>(total_params(preset.arch)) / 1e9;
    const double error = std::fabs(derived_b - preset.published_params_b) / preset.published_params_b;
    EXPECT_LT(error, 0.005) << preset.id << ": derived " << derived_b << " B, published " << preset.published_params_b << " B";
  }
}

TEST(ModelCatalog, ActiveParametersOfMixturesOfExperts) {
  // Model cards: gpt-oss-20b 3.6 B active, DeepSeek-V3 37 B, Mixtral 8x7B 12.9 B. Qwen3-30B-A3B's
  // "3.3 B activated" includes the 0.31 B input embedding, which we leave out (a lookup).
  auto near = [](const char* id, double expected_b, double tolerance) {
    const double active = static_cast<double>(active_params(find_model(id)->arch)) / 1e9;
    EXPECT_NEAR(active, expected_b, expected_b * tolerance) << id;
  };
  near("qwen3-30b-a3b", 3.3 - 151936.0 * 2048 / 1e9, 0.03);
  near("gpt-oss-20b", 3.6, 0.06);
  near("deepseek-v3", 37.0, 0.06);
  near("mixtral-8x7b", 12.9, 0.03);
}

TEST(ModelCatalog, UnknownIdListsTheClosestIds) {
  auto result = find_model("llama3-7b");
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kUnknownId);
  EXPECT_EQ(result.error().field, "model");
  EXPECT_NE(result.error().message.find("llama3-8b"), std::string::npos) << result.error().message;
}

TEST(ModelArchitecture, ValidationNamesTheField) {
  ModelArchitecture arch = find_model("llama3-8b")->arch;
  arch.n_head_kv = 7;
  auto result = validate_architecture(arch);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().field, "model.nHeadKv");
  arch = find_model("llama3-8b")->arch;
  arch.n_layer = -3;
  EXPECT_EQ(validate_architecture(arch).error().field, "model.nLayer");
}

}  // namespace
}  // namespace fitplan
