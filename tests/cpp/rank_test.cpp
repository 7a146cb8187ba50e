// Rankings (core/src/rank.cpp): every model on one machine, one model on every machine.
#include <gtest/gtest.h>

#include <algorithm>

#include "fitplan/rank.hpp"

namespace fitplan {
namespace {

std::vector<ModelPreset> models(std::initializer_list<const char*> ids) {
  std::vector<ModelPreset> out;
  for (const char* id : ids) out.push_back(find_model(id).value());
  return out;
}

RankModelsRequest on(const char* hardware, std::vector<ModelPreset> list) {
  RankModelsRequest request;
  request.models = std::move(list);
  request.hardware = find_hardware(hardware).value();
  request.options.context_tokens = 8192;
  return request;
}

int position(const RankModelsResult& result, const std::string& id) {
  for (const auto& row : result.rows) {
    if (row.plan.model_id == id) return row.rank;
  }
  return -1;
}

TEST(RankModels, A24GiBGpuRanksAUsable32BAboveAnImpractical70B) {
  const auto result = rank_models(on("rtx4090", models({"llama3.1-70b", "qwen2.5-32b", "llama3.1-405b"}))).value();
  ASSERT_EQ(result.rows.size(), 3u);
  EXPECT_EQ(result.rows[0].plan.model_id, "qwen2.5-32b");
  EXPECT_EQ(result.rows[0].plan.usability, Usability::kUsable);
  EXPECT_NE(result.rows[1].plan.usability, Usability::kUsable);  // the 70B spills into RAM: slow at best
  EXPECT_LT(position(result, "qwen2.5-32b"), position(result, "llama3.1-70b"));
  EXPECT_LT(position(result, "llama3.1-70b"), position(result, "llama3.1-405b"));
  for (std::size_t i = 0; i < result.rows.size(); ++i) EXPECT_EQ(result.rows[i].rank, static_cast<int>(i) + 1);
}

TEST(RankModels, ACpuBoxRanksSmallModelsFirst) {
  const auto result =
      rank_models(on("cpu-ddr5-dual-32g", models({"llama3.1-70b", "qwen2.5-32b", "llama3.1-8b", "qwen2.5-0.5b", "llama3.2-3b"}))).value();
  ASSERT_EQ(result.rows.size(), 5u);
  // Every usable row is a small model; the 32B and 70B come after them.
  EXPECT_LT(position(result, "llama3.2-3b"), position(result, "qwen2.5-32b"));
  EXPECT_LT(position(result, "qwen2.5-0.5b"), position(result, "qwen2.5-32b"));
  EXPECT_EQ(result.rows.back().plan.model_id, "llama3.1-70b");
  EXPECT_EQ(result.rows.front().plan.usability, Usability::kUsable);
  EXPECT_LE(total_params(find_model(result.rows.front().plan.model_id)->arch), 9'000'000'000ull);
}

TEST(RankModels, EachRowIsThePlanMakePlanGives) {
  const auto request = on("rtx4060-8g", models({"qwen3-30b-a3b", "llama3.1-8b"}));
  const auto result = rank_models(request).value();
  for (const auto& row : result.rows) {
    PlanRequest single{find_model(row.plan.model_id).value(), request.hardware, request.options};
    const auto full = make_plan(single).value();
    EXPECT_EQ(row.plan.estimate.decode.tokens_per_second, full.plan.estimate.decode.tokens_per_second) << row.plan.model_id;
    EXPECT_EQ(row.plan.quality_proxy, full.plan.quality_proxy) << row.plan.model_id;
    EXPECT_EQ(row.plan.context_tokens, full.plan.context_tokens) << row.plan.model_id;
    ASSERT_TRUE(row.published.has_value());
    EXPECT_EQ(row.published->repo, full.published->repo);
    EXPECT_EQ(row.published->file.file_type, full.published->file.file_type);
  }
}

TEST(RankModels, ContextAboveAModelsMaximumIsCappedAndSaid) {
  auto request = on("rtx4090", models({"llama2-7b", "llama3.1-8b"}));
  request.options.context_tokens = 32768;
  const auto result = rank_models(request).value();
  for (const auto& row : result.rows) {
    if (row.plan.model_id == "llama2-7b") {
      EXPECT_TRUE(row.context_capped);
      EXPECT_EQ(row.asked_context_tokens, 4096u);
      EXPECT_EQ(row.plan.context_tokens, 4096u);
    } else {
      EXPECT_FALSE(row.context_capped);
      EXPECT_EQ(row.asked_context_tokens, 32768u);
    }
  }
  // The model that reaches the asked context ranks first within the grade.
  EXPECT_EQ(result.rows.front().plan.model_id, "llama3.1-8b");
}

TEST(RankModels, FiltersKeepTheFamilyAndSizeAsked) {
  auto request = on("rtx4090", model_catalog());
  request.filter.family = "QWEN";
  request.filter.max_params_b = 15;
  const auto result = rank_models(request).value();
  ASSERT_FALSE(result.rows.empty());
  EXPECT_EQ(result.filtered_out + static_cast<int>(result.rows.size()), static_cast<int>(model_catalog().size()));
  for (const auto& row : result.rows) {
    const auto model = find_model(row.plan.model_id).value();
    EXPECT_NE(model.family.find("Qwen"), std::string::npos) << model.id;
    EXPECT_LE(static_cast<double>(total_params(model.arch)), 15e9) << model.id;
  }
}

TEST(RankModels, AFilterThatLeavesNothingNamesTheFieldAndTheFamilies) {
  auto request = on("rtx4090", models({"llama3.1-8b", "qwen2.5-7b"}));
  request.filter.family = "falcon";
  const auto result = rank_models(request);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().field, "filter.family");
  EXPECT_NE(result.error().message.find("Llama 3.1"), std::string::npos);
  request.filter.family = "";
  request.filter.max_params_b = 0.1;
  EXPECT_EQ(rank_models(request).error().field, "filter.max_params_b");
  request.models.clear();
  EXPECT_EQ(rank_models(request).error().field, "models");
}

TEST(RankModels, EveryOrderSortsByItsKeyAndStatesIt) {
  const auto list = models({"llama3.1-8b", "qwen2.5-0.5b", "qwen2.5-32b", "gemma2-9b", "qwen3-30b-a3b"});
  auto request = on("rtx4090", list);
  request.order = RankOrder::kSpeed;
  auto result = rank_models(request).value();
  for (std::size_t i = 1; i < result.rows.size(); ++i) {
    EXPECT_GE(result.rows[i - 1].plan.estimate.decode.tokens_per_second, result.rows[i].plan.estimate.decode.tokens_per_second);
  }
  EXPECT_NE(result.order_rule.find("speed"), std::string::npos);
  request.order = RankOrder::kQuality;
  result = rank_models(request).value();
  for (std::size_t i = 1; i < result.rows.size(); ++i) EXPECT_LE(result.rows[i - 1].plan.quality_proxy, result.rows[i].plan.quality_proxy);
  request.order = RankOrder::kSize;
  result = rank_models(request).value();
  for (std::size_t i = 1; i < result.rows.size(); ++i) EXPECT_GE(result.rows[i - 1].effective_params, result.rows[i].effective_params);
  EXPECT_EQ(result.rows.front().plan.model_id, "qwen2.5-32b");
  // A mixture of experts counts sqrt(total x active): Qwen3-30B-A3B is about a 9.6B dense model.
  const auto& arch = find_model("qwen3-30b-a3b")->arch;
  const double moe = effective_params(total_params(arch), active_params(arch), is_moe(arch));
  EXPECT_GT(moe, 9e9);
  EXPECT_LT(moe, 10.5e9);
  // Every row carries its position under every order, and every order's rule comes with the ranking.
  for (std::size_t k = 0; k < kRankOrders.size(); ++k) {
    request.order = kRankOrders[k];
    const auto sorted = rank_models(request).value();
    EXPECT_EQ(sorted.order_rules, result.order_rules);
    EXPECT_EQ(sorted.order_rule, result.order_rules[k]);
    for (const auto& row : sorted.rows) {
      const auto same = std::find_if(result.rows.begin(), result.rows.end(),
                                     [&](const RankRow& r) { return r.plan.model_id == row.plan.model_id; });
      EXPECT_EQ(row.rank, same->order_ranks[k]) << row.plan.model_id << " " << to_string(kRankOrders[k]);
    }
  }
  EXPECT_EQ(parse_rank_order("fastest").error().field, "order");
  for (const char* name : {"recommended", "speed", "quality", "size", "context", "memory"}) {
    EXPECT_STREQ(to_string(parse_rank_order(name).value()), name);
  }
}

TEST(RankHardware, TheLeastMachineAtTheSameSpeedComesFirstAndWhatCannotRunIsLeftOut) {
  RankHardwareRequest request;
  request.model = find_model("qwen3-32b").value();
  for (const char* id : {"h100-sxm", "rtx5090", "rtx4060-8g", "cpu-ddr4-dual-16g"}) request.machines.push_back(find_hardware(id).value());
  request.options.context_tokens = 8192;
  const auto result = rank_hardware(request).value();
  // Every machine is ranked or counted as left out (a 16 GiB CPU box streams it from disk at best).
  ASSERT_EQ(result.rows.size() + static_cast<std::size_t>(result.left_out), 4u);
  // The RTX 5090 (32 GiB) and the H100 (80 GiB) run it about as fast: the smaller machine first.
  EXPECT_EQ(result.rows[0].plan.hardware_id, "rtx5090");
  EXPECT_EQ(result.rows[1].plan.hardware_id, "h100-sxm");
  EXPECT_NE(result.order_rule.find("less GPU memory"), std::string::npos);
}

TEST(RankHardware, NeedsGrowWithPrecisionAndTheSpeedAsked) {
  RankHardwareRequest request;
  request.model = find_model("llama3.1-8b").value();
  request.machines = {find_hardware("rtx4090").value()};
  request.options.context_tokens = 8192;
  const auto slow = rank_hardware(request).value();
  ASSERT_GE(slow.needs.size(), 5u);
  EXPECT_EQ(slow.needs_tokens_per_second, 8.0);  // the usable speed by default
  EXPECT_EQ(slow.needs.front().file_type, FileType::kQ8_0);
  for (std::size_t i = 1; i < slow.needs.size(); ++i) {
    EXPECT_LT(slow.needs[i].vram_bytes, slow.needs[i - 1].vram_bytes);
    EXPECT_LT(slow.needs[i].gpu_bandwidth_gb_per_s, slow.needs[i - 1].gpu_bandwidth_gb_per_s);
    EXPECT_LT(slow.needs[i].file_bytes, slow.needs[i - 1].file_bytes);
  }
  // The Q4_K_M file (4.9 GB) with an 8192-token f16 cache (1 GiB) needs about 6.5 GiB of VRAM.
  const auto& q4 = *std::find_if(slow.needs.begin(), slow.needs.end(),
                                 [](const MachineNeed& n) { return n.file_type == FileType::kQ4_K_M; });
  EXPECT_GT(to_gib(q4.vram_bytes), 6.0);
  EXPECT_LT(to_gib(q4.vram_bytes), 7.5);
  request.options.target_tokens_per_second = 80;
  const auto fast = rank_hardware(request).value();
  EXPECT_EQ(fast.needs_tokens_per_second, 80.0);
  EXPECT_GT(fast.needs[3].gpu_bandwidth_gb_per_s, slow.needs[3].gpu_bandwidth_gb_per_s * 5);
  // Beyond what per-token fixed costs allow: no single GPU reaches it.
  request.options.target_tokens_per_second = 5000;
  EXPECT_EQ(rank_hardware(request).value().needs[0].gpu_bandwidth_gb_per_s, 0);
}

}  // namespace
}  // namespace fitplan
