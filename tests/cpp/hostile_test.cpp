// Hostile input (issue #16): each case ends in an error naming its field, or in a correct result.
#include <gtest/gtest.h>

#include <cmath>

#include "fitplan/commands.hpp"
#include "fitplan/planner.hpp"
#include "fitplan/tensors.hpp"

namespace fitplan {
namespace {

PlanRequest request_for(const char* model, Hardware hw) {
  PlanRequest request{find_model(model).value(), std::move(hw), {}};
  request.options.context_tokens = 4096;
  request.options.min_context_tokens = 2048;
  return request;
}

Hardware custom_gpu() {
  Hardware hw = find_hardware("rtx4060-8g").value();
  hw.id = "custom";
  return hw;
}

TEST(Hostile, TinyRatesAreRefusedNotInfinite) {
  for (double tflops : {1e-320, 0.05}) {
    Hardware hw = custom_gpu();
    hw.gpu_fp16_tflops = tflops;
    const auto result = make_plan(request_for("llama3-8b", hw));
    ASSERT_FALSE(result.has_value());
    EXPECT_EQ(result.error().field, "hardware.gpuTflops");
  }
  Hardware hw = custom_gpu();
  hw.pcie_bandwidth_gb_per_s = 1e-320;
  const auto pcie = make_plan(request_for("llama3-70b", hw));
  ASSERT_FALSE(pcie.has_value());
  EXPECT_EQ(pcie.error().field, "hardware.pcieBandwidthGBps");
  hw.pcie_bandwidth_gb_per_s = 0;  // not known: still a finite plan
  const auto unknown = make_plan(request_for("llama3-70b", hw));
  ASSERT_TRUE(unknown.has_value()) << unknown.error().message;
  EXPECT_TRUE(std::isfinite(unknown.value().plan.estimate.time_to_first_token_s));
}

TEST(Hostile, VramWithoutAGpuIsRefused) {
  Hardware hw = find_hardware("cpu-2c-24g").value();
  hw.vram_bytes = 8 * kGiB;  // --vram 8 --gpus 0
  const auto result = validate_hardware(hw);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().field, "hardware.gpuCount");
}

TEST(Hostile, VerdictThresholdsBlameTheOneThatMoved) {
  PlanRequest request = request_for("llama3-8b", find_hardware("rtx4090").value());
  request.options.slow_tokens_per_second = 16;  // --slow-tps 16 with the default usable 8
  auto result = make_plan(request);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().field, "slowTps");
  request.options.slow_tokens_per_second = PlanOptions{}.slow_tokens_per_second;
  request.options.usable_tokens_per_second = 1;  // --usable-tps 1 with the default slow 2
  result = make_plan(request);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().field, "usableTps");
}

TEST(Hostile, TensorTablesWithTwinNamesOrOverflowingShapesAreRefused) {
  const auto arch = find_model("qwen2.5-0.5b").value().arch;
  auto tensors = model_tensors(arch);
  std::vector<GgmlType> types(tensors.size(), GgmlType::kF16);
  for (std::size_t i = 0; i < tensors.size(); ++i) types[i] = tensors[i].source_type;
  ASSERT_TRUE(validate_tensor_table(arch, tensors, types).has_value());

  auto twins = tensors;
  twins.push_back(tensors.front());
  auto twin_types = types;
  twin_types.push_back(types.front());
  const auto twin = validate_tensor_table(arch, twins, twin_types);
  ASSERT_FALSE(twin.has_value());
  EXPECT_NE(twin.error().message.find("appears twice"), std::string::npos);

  auto huge = tensors;
  huge.push_back(tensor_spec_from_gguf("blk.0.extra.weight", {1ull << 40, 1ull << 30, 1ull << 20}, GgmlType::kF32));
  auto huge_types = types;
  huge_types.push_back(GgmlType::kF32);
  const auto overflow = validate_tensor_table(arch, huge, huge_types);
  ASSERT_FALSE(overflow.has_value());
  EXPECT_NE(overflow.error().message.find("2^48"), std::string::npos);
}

TEST(Hostile, NonAsciiReachesPythonAsItsCharacters) {
  PlanRequest request = request_for("llama3-8b", find_hardware("rtx4090").value());
  const auto plan = make_plan(request).value().plan;
  CommandOptions options;
  options.hf_repo = "org/модель-\xff";  // Cyrillic, then a byte that is not UTF-8
  const auto commands = make_commands(request.model, request.hardware, plan, options);
  ASSERT_TRUE(commands.has_value()) << commands.error().message;
  EXPECT_NE(commands.value().transformers.text.find("model_id = \"org/\\u043c\\u043e\\u0434\\u0435\\u043b\\u044c-\\ufffd\""),
            std::string::npos)
      << commands.value().transformers.text;
}

}  // namespace
}  // namespace fitplan
