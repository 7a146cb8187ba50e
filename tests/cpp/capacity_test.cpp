// The memory kept back from the planner (fitplan/capacity.hpp) and presets with host figures of
// their own (override_hardware).
#include <gtest/gtest.h>

#include "fitplan/analysis.hpp"
#include "fitplan/capacity.hpp"
#include "fitplan/hardware.hpp"
#include "fitplan/planner.hpp"

namespace fitplan {
namespace {

TEST(Capacity, DefaultReserveIsTheNamedConstants) {
  const Hardware hw = find_hardware("rtx4090").value();  // 24 GiB VRAM, 64 GiB RAM
  const Capacity c = usable_capacity(hw);
  EXPECT_EQ(c.os_reserve_bytes, hw.ram_bytes / capacity::kOsReserveRamDivisor);
  EXPECT_EQ(c.ram_bytes, hw.ram_bytes - c.os_reserve_bytes);
  EXPECT_EQ(c.gpu_margin_bytes, capacity::kGpuMarginMaxBytes);
  EXPECT_EQ(c.gpu_bytes_per_device, hw.vram_bytes - capacity::kGpuMarginMaxBytes);

  // Small machines: the floor of the OS reserve, and a sixteenth of a small card.
  Hardware small = hw;
  small.ram_bytes = 8 * kGiB;
  small.vram_bytes = 4 * kGiB;
  const Capacity s = usable_capacity(small);
  EXPECT_EQ(s.os_reserve_bytes, capacity::kOsReserveMinBytes);
  EXPECT_EQ(s.gpu_margin_bytes, 4 * kGiB / capacity::kGpuMarginVramDivisor);
}

TEST(Capacity, UnifiedMemoryKeepsNoGpuMarginAndCpuOnlyNone) {
  const Capacity m2 = usable_capacity(find_hardware("m2-max").value());
  EXPECT_EQ(m2.gpu_margin_bytes, 0u);
  const Capacity cpu = usable_capacity(find_hardware("cpu-32g").value());
  EXPECT_EQ(cpu.gpu_margin_bytes, 0u);
  EXPECT_EQ(cpu.gpu_bytes_per_device, 0u);
  EXPECT_EQ(cpu.os_reserve_bytes, 32 * kGiB / capacity::kOsReserveRamDivisor);
}

TEST(Capacity, TheReserveCanBeSetAndIsChecked) {
  Hardware hw = find_hardware("rtx4090").value();
  hw.os_reserve_bytes = 4 * kGiB;
  hw.gpu_margin_bytes = 1 * kGiB;
  ASSERT_TRUE(validate_hardware(hw));
  const Capacity c = usable_capacity(hw);
  EXPECT_EQ(c.os_reserve_bytes, 4 * kGiB);
  EXPECT_EQ(c.ram_bytes, 60 * kGiB);
  EXPECT_EQ(c.gpu_margin_bytes, 1 * kGiB);
  EXPECT_EQ(c.gpu_bytes_per_device, 23 * kGiB);
  hw.os_reserve_bytes = 0;
  hw.gpu_margin_bytes = 0;
  EXPECT_EQ(usable_capacity(hw).ram_bytes, hw.ram_bytes);
  EXPECT_EQ(usable_capacity(hw).gpu_bytes_per_device, hw.vram_bytes);

  hw.os_reserve_bytes = hw.ram_bytes;
  auto bad = validate_hardware(hw);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "hardware.osReserveBytes");
  hw.os_reserve_bytes.reset();
  hw.gpu_margin_bytes = hw.vram_bytes;
  bad = validate_hardware(hw);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "hardware.gpuMarginBytes");

  Hardware cpu = find_hardware("cpu-32g").value();
  cpu.gpu_margin_bytes = 0;
  bad = validate_hardware(cpu);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "hardware.gpuMarginBytes");
}

TEST(Capacity, AnalysisAndPlansCarryTheReserve) {
  AnalyzeRequest request;
  request.model = find_model("llama3-8b").value();
  request.hardware = find_hardware("rtx4090").value();
  const Analysis analysis = analyze(request).value();
  EXPECT_EQ(analysis.capacity.os_reserve_bytes, usable_capacity(request.hardware).os_reserve_bytes);
  EXPECT_EQ(analysis.capacity.gpu_bytes_per_device, usable_capacity(request.hardware).gpu_bytes_per_device);

  PlanRequest plan_request{request.model, request.hardware, {}};
  plan_request.hardware.os_reserve_bytes = 8 * kGiB;
  const Plan plan = make_plan(plan_request).value().plan;
  EXPECT_EQ(plan.capacity.os_reserve_bytes, 8 * kGiB);
  EXPECT_EQ(plan.capacity.ram_bytes, 56 * kGiB);
}

TEST(HardwareOverrides, APresetWithTheRamYouHave) {
  const Hardware preset = find_hardware("rtx4090").value();
  HardwareOverrides o;
  o.ram_bytes = 32 * kGiB;
  const Hardware hw = override_hardware(preset, o).value();
  EXPECT_EQ(hw.id, "rtx4090");
  EXPECT_EQ(hw.name, "NVIDIA GeForce RTX 4090 (24 GiB) + 32 GiB RAM");
  EXPECT_EQ(hw.ram_bytes, 32 * kGiB);
  EXPECT_EQ(hw.vram_bytes, preset.vram_bytes);
  EXPECT_EQ(hw.gpu_bandwidth_gb_per_s, preset.gpu_bandwidth_gb_per_s);
  EXPECT_EQ(hw.ram_bandwidth_gb_per_s, preset.ram_bandwidth_gb_per_s);
  EXPECT_LT(usable_capacity(hw).ram_bytes, usable_capacity(preset).ram_bytes);

  o.ram_bandwidth_gb_per_s = 60;
  o.cpu_cores = 12;
  o.gpu_count = 2;
  o.os_reserve_bytes = 4 * kGiB;
  const Hardware more = override_hardware(preset, o).value();
  EXPECT_EQ(more.name, "2x NVIDIA GeForce RTX 4090 (24 GiB each) + 32 GiB RAM (RAM 60 GB/s, 12 CPU cores, 4 GiB kept for the OS)");
  EXPECT_EQ(more.gpu_count, 2);
  EXPECT_EQ(usable_capacity(more).os_reserve_bytes, 4 * kGiB);

  HardwareOverrides one;
  one.gpu_count = 1;
  EXPECT_EQ(override_hardware(find_hardware("2x-rtx3090").value(), one).value().name, "NVIDIA GeForce RTX 3090 (24 GiB) + 128 GiB DDR4");
  // Nothing given: the preset itself.
  EXPECT_EQ(override_hardware(preset, {}).value().name, preset.name);
}

TEST(HardwareOverrides, LessRamMeansLessFitsAndPlansWithinIt) {
  const ModelPreset model = find_model("llama3-70b").value();
  const Hardware preset = find_hardware("rtx4090").value();
  HardwareOverrides small;
  small.ram_bytes = 32 * kGiB;
  HardwareOverrides large;
  large.ram_bytes = 128 * kGiB;
  const Hardware with32 = override_hardware(preset, small).value();
  const Hardware with128 = override_hardware(preset, large).value();

  // A 70B Q8_0 file (~70 GiB) fits 24 GiB VRAM + 115 GiB of usable RAM, not + 28.8 GiB.
  AnalyzeRequest request;
  request.model = model;
  request.hardware = with32;
  const auto q8 = [](const Analysis& a) {
    for (const auto& row : a.file_types) {
      if (row.file_type == FileType::kQ8_0) return row;
    }
    return FileTypeAnalysis{};
  };
  EXPECT_FALSE(q8(analyze(request).value()).fits_memory);
  request.hardware = with128;
  EXPECT_TRUE(q8(analyze(request).value()).fits_memory);

  for (const Hardware& hw : {with32, with128}) {
    const Plan plan = make_plan(PlanRequest{model, hw, {}}).value().plan;
    ASSERT_TRUE(plan.feasible) << hw.name;
    EXPECT_EQ(plan.capacity.ram_bytes, usable_capacity(hw).ram_bytes) << hw.name;
    EXPECT_LE(plan.estimate.cpu.total(), plan.capacity.ram_bytes) << hw.name;
  }
}

TEST(HardwareOverrides, RefusedWhereTheyMakeNoSense) {
  HardwareOverrides ram;
  ram.ram_bytes = 32 * kGiB;
  auto m2 = override_hardware(find_hardware("m2-max").value(), ram);
  ASSERT_FALSE(m2);
  EXPECT_EQ(m2.error().field, "hardware.ramBytes");
  EXPECT_NE(m2.error().message.find("unified-memory"), std::string::npos) << m2.error().message;

  HardwareOverrides gpus;
  gpus.gpu_count = 2;
  auto cpu = override_hardware(find_hardware("cpu-32g").value(), gpus);
  ASSERT_FALSE(cpu);
  EXPECT_EQ(cpu.error().field, "hardware.gpuCount");
  gpus.gpu_count = 0;
  auto none = override_hardware(find_hardware("rtx4090").value(), gpus);
  ASSERT_FALSE(none);
  EXPECT_EQ(none.error().field, "hardware.gpuCount");

  // Range checks name the field too.
  HardwareOverrides zero;
  zero.ram_bytes = 0;
  auto bad = override_hardware(find_hardware("rtx4090").value(), zero);
  ASSERT_FALSE(bad);
  EXPECT_EQ(bad.error().field, "hardware.ramBytes");

  // Disk and cores are host figures on a unified machine too.
  HardwareOverrides disk;
  disk.disk_bandwidth_gb_per_s = 3;
  EXPECT_TRUE(override_hardware(find_hardware("m2-max").value(), disk));
}

}  // namespace
}  // namespace fitplan
