// The built-in hardware catalog (core/data/hardware.tsv, compiled into core/src/hardware_catalog.cpp by the build):
// every preset passes validate_hardware and plans a small model, ids are unique and lowercase-hyphenated, the
// conventions of core/data/README.md hold for every preset, the text cells come through the build intact, a few rows
// keep every field to the byte, and the workstation, datacenter, Instinct, RTX 50, Apple, Strix Halo and laptop
// presets carry the figures their sources give.
#include <gtest/gtest.h>

#include <cmath>
#include <set>
#include <string>
#include <tuple>
#include <utility>

#include "fitplan/hardware.hpp"
#include "fitplan/model.hpp"
#include "fitplan/planner.hpp"

namespace fitplan {
namespace {

bool is_id(const std::string& id) {
  if (id.empty() || id.front() == '-' || id.back() == '-' || id.find("--") != std::string::npos) return false;
  for (char c : id) {
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  }
  return true;
}

Bytes metal_working_set(Bytes ram) { return ram <= 36 * kGiB ? ram / 3 * 2 : ram / 4 * 3; }

TEST(HardwareCatalog, EveryPresetValidatesAndNamesItsSource) {
  ASSERT_FALSE(hardware_catalog().empty());
  for (const auto& hw : hardware_catalog()) {
    const auto ok = validate_hardware(hw);
    EXPECT_TRUE(ok) << hw.id << ": " << (ok ? "" : ok.error().message);
    EXPECT_FALSE(hw.name.empty()) << hw.id;
    EXPECT_FALSE(hw.family.empty()) << hw.id;
    EXPECT_FALSE(hw.source.empty()) << hw.id;
    EXPECT_FALSE(hw.os_reserve_bytes.has_value()) << hw.id;
    EXPECT_FALSE(hw.gpu_margin_bytes.has_value()) << hw.id;
  }
}

TEST(HardwareCatalog, IdsAreUniqueLowercaseHyphenatedAndFound) {
  std::set<std::string> ids;
  for (const auto& hw : hardware_catalog()) {
    EXPECT_TRUE(is_id(hw.id)) << "'" << hw.id << "'";
    EXPECT_TRUE(ids.insert(hw.id).second) << "duplicate id " << hw.id;
    const auto found = find_hardware(hw.id);
    ASSERT_TRUE(found) << hw.id;
    EXPECT_EQ(found->name, hw.name);
  }
}

TEST(HardwareCatalog, EveryPresetFollowsTheHeaderConventions) {
  for (const auto& hw : hardware_catalog()) {
    SCOPED_TRACE(hw.id);
    if (hw.backend == Backend::kCpu) {
      // CPU-only machines: no GPU figure at all.
      EXPECT_EQ(hw.gpu_count, 0);
      EXPECT_EQ(hw.vram_bytes, 0u);
      EXPECT_EQ(hw.gpu_bandwidth_gb_per_s, 0.0);
      EXPECT_EQ(hw.gpu_fp16_tflops, 0.0);
      EXPECT_EQ(hw.pcie_bandwidth_gb_per_s, 0.0);
      EXPECT_FALSE(hw.unified_memory);
      continue;
    }
    EXPECT_GE(hw.gpu_count, 1);
    EXPECT_GT(hw.vram_bytes, 0u);
    EXPECT_GT(hw.gpu_fp16_tflops, 0.0);
    EXPECT_GT(hw.gpu_bandwidth_gb_per_s, 0.0);
    if (hw.unified_memory) {
      // Unified memory: the whole pool is ram_bytes, the GPU's share is part of it, one bandwidth, no PCIe link.
      EXPECT_EQ(hw.gpu_count, 1);
      EXPECT_LE(hw.vram_bytes, hw.ram_bytes);
      EXPECT_EQ(hw.gpu_bandwidth_gb_per_s, hw.ram_bandwidth_gb_per_s);
      EXPECT_EQ(hw.pcie_bandwidth_gb_per_s, 0.0);
    } else {
      EXPECT_GT(hw.pcie_bandwidth_gb_per_s, 0.0);
    }
    if (hw.backend == Backend::kMetal) {
      EXPECT_TRUE(hw.unified_memory);
      EXPECT_EQ(hw.vram_bytes, metal_working_set(hw.ram_bytes));
    }
  }
}

TEST(HardwareCatalog, EveryPresetPlansASmallModel) {
  const auto model = find_model("qwen2.5-0.5b");
  ASSERT_TRUE(model);
  for (const auto& hw : hardware_catalog()) {
    PlanRequest request{*model, hw, {}};
    request.options.context_tokens = 4096;
    const auto result = make_plan(request);
    ASSERT_TRUE(result) << hw.id << ": " << result.error().message;
    EXPECT_TRUE(result->plan.feasible) << hw.id;
    EXPECT_GT(result->plan.estimate.decode.tokens_per_second, 0.0) << hw.id;
    EXPECT_TRUE(std::isfinite(result->plan.estimate.decode.tokens_per_second)) << hw.id;
  }
}

struct Expected {
  const char* id;
  Backend backend;
  int gpu_count;
  double vram_gib;   // per GPU
  double gpu_gb_per_s;
  double tflops;
  double pcie_gb_per_s;
};

// The figures of the datasheets and spec pages the presets cite (see each preset's source).
TEST(HardwareCatalog, AddedGpuPresetsCarryTheirSourcesFigures) {
  const Expected expected[] = {
      {"rtx5050", Backend::kCuda, 1, 8, 320, 26.3, 32},       {"rtx5060-8g", Backend::kCuda, 1, 8, 448, 38.4, 32},
      {"rtx5060-ti-8g", Backend::kCuda, 1, 8, 448, 47.4, 32}, {"rtx-a4000", Backend::kCuda, 1, 16, 448, 76.7, 32},
      {"rtx-a5000", Backend::kCuda, 1, 24, 768, 111.1, 32},   {"rtx-a6000", Backend::kCuda, 1, 48, 768, 154.8, 32},
      {"rtx6000-ada", Backend::kCuda, 1, 48, 960, 364.2, 32}, {"rtx-pro-6000", Backend::kCuda, 1, 96, 1792, 503.8, 64},
      {"a40", Backend::kCuda, 1, 48, 696, 149.7, 32},         {"l40", Backend::kCuda, 1, 48, 864, 181.05, 32},
      {"h100-nvl", Backend::kCuda, 1, 94, 3900, 835.5, 64},   {"b200", Backend::kCuda, 1, 180, 8000, 2250, 64},
      {"mi250x", Backend::kRocm, 2, 64, 1638.4, 191.5, 32},   {"mi300x", Backend::kRocm, 1, 192, 5300, 1307.4, 64},
      {"rx9060xt-8g", Backend::kRocm, 1, 8, 320, 102.56, 64}, {"arc-b570", Backend::kSycl, 1, 10, 380, 92.2, 16},
  };
  for (const auto& e : expected) {
    SCOPED_TRACE(e.id);
    const auto hw = find_hardware(e.id);
    ASSERT_TRUE(hw);
    EXPECT_EQ(hw->backend, e.backend);
    EXPECT_EQ(hw->gpu_count, e.gpu_count);
    EXPECT_EQ(hw->vram_bytes, static_cast<Bytes>(e.vram_gib * static_cast<double>(kGiB)));
    EXPECT_DOUBLE_EQ(hw->gpu_bandwidth_gb_per_s, e.gpu_gb_per_s);
    EXPECT_DOUBLE_EQ(hw->gpu_fp16_tflops, e.tflops);
    EXPECT_DOUBLE_EQ(hw->pcie_bandwidth_gb_per_s, e.pcie_gb_per_s);
    EXPECT_FALSE(hw->unified_memory);
  }
  // Derived TFLOPS: SMs / CUs / Xe-cores x FLOP per clock x boost GHz, as the sources show (rounded to the preset).
  EXPECT_NEAR(find_hardware("rtx5050")->gpu_fp16_tflops, 20 * 512 * 2.572e-3, 0.05);
  EXPECT_NEAR(find_hardware("rtx-a6000")->gpu_fp16_tflops, 84 * 1024 * 1.800e-3, 0.05);
  EXPECT_NEAR(find_hardware("rtx6000-ada")->gpu_fp16_tflops, 142 * 1024 * 2.505e-3, 0.05);
  EXPECT_NEAR(find_hardware("rtx-pro-6000")->gpu_fp16_tflops, 188 * 1024 * 2.617e-3, 0.05);
  EXPECT_NEAR(find_hardware("l40")->gpu_fp16_tflops, 142 * 512 * 2.490e-3, 0.05);
  EXPECT_NEAR(find_hardware("mi300x")->gpu_fp16_tflops, 304 * 2048 * 2.100e-3, 0.05);
  EXPECT_NEAR(find_hardware("arc-b570")->gpu_fp16_tflops, 18 * 2048 * 2.500e-3, 0.05);
  // The 8 GB cards differ from their 16 GB siblings only in memory.
  EXPECT_EQ(find_hardware("rtx5060-ti-8g")->gpu_fp16_tflops, find_hardware("rtx5060-ti-16g")->gpu_fp16_tflops);
  EXPECT_EQ(find_hardware("rx9060xt-8g")->gpu_fp16_tflops, find_hardware("rx9060xt-16g")->gpu_fp16_tflops);
}

TEST(HardwareCatalog, AppleHasEveryGenerationThroughM5) {
  for (const char* id :
       {"m1-8g",      "m1",     "m1-pro-16c", "m1-pro-32g", "m1-max", "m1-ultra", "m2-8g",  "m2",         "m2-24g",     "m2-pro",
        "m2-pro-32g", "m2-max", "m2-ultra",   "m3-8g",      "m3",     "m3-24g",   "m3-pro", "m3-max-40c", "m3-ultra",   "m4",
        "m4-24g",     "m4-32g", "m4-pro",     "m4-max-40c", "m5",     "m5-24g",   "m5-32g", "m5-pro-64g", "m5-max-128g"}) {
    const auto hw = find_hardware(id);
    ASSERT_TRUE(hw) << id;
    EXPECT_EQ(hw->backend, Backend::kMetal) << id;
  }
  const auto m5 = find_hardware("m5").value();
  EXPECT_EQ(m5.family, "Apple M5");
  EXPECT_EQ(m5.ram_bytes, 16 * kGiB);
  EXPECT_EQ(m5.vram_bytes, 16 * kGiB / 3 * 2);
  EXPECT_EQ(m5.gpu_bandwidth_gb_per_s, 153.0);
  // The GPU Neural Accelerators: 4x the M4's FP16 rate (1024 vs 256 FLOP/clk per GPU core at the M4's clock).
  EXPECT_NEAR(m5.gpu_fp16_tflops, 4 * find_hardware("m4")->gpu_fp16_tflops, 0.05);
  EXPECT_EQ(find_hardware("m5-32g")->vram_bytes, 32 * kGiB / 3 * 2);
  const auto max = find_hardware("m5-max-128g").value();
  EXPECT_EQ(max.vram_bytes, 96 * kGiB);
  EXPECT_EQ(max.gpu_bandwidth_gb_per_s, 614.0);
  EXPECT_NEAR(max.gpu_fp16_tflops, 4 * find_hardware("m4-max-128g")->gpu_fp16_tflops, 0.05);
  EXPECT_EQ(find_hardware("m5-pro-64g")->gpu_bandwidth_gb_per_s, 307.0);
}

TEST(HardwareCatalog, StrixHaloIsUnifiedVulkanWithThreeQuartersForTheGpu) {
  for (const auto& [id, ram_gib] : {std::pair{"strix-halo-64g", 64ull}, std::pair{"strix-halo-128g", 128ull}}) {
    SCOPED_TRACE(id);
    const auto hw = find_hardware(id).value();
    EXPECT_EQ(hw.backend, Backend::kVulkan);
    EXPECT_TRUE(hw.unified_memory);
    EXPECT_EQ(hw.ram_bytes, ram_gib * kGiB);
    EXPECT_EQ(hw.vram_bytes, ram_gib * kGiB / 4 * 3);
    EXPECT_EQ(hw.gpu_bandwidth_gb_per_s, 256.0);  // LPDDR5X-8000 x 256-bit
    EXPECT_EQ(hw.cpu_cores, 16);
    // The chip's memory is the preset: RAM cannot be overridden.
    HardwareOverrides ram;
    ram.ram_bytes = 32 * kGiB;
    EXPECT_FALSE(override_hardware(hw, ram));
  }
  EXPECT_EQ(find_hardware("strix-halo-128g")->vram_bytes, 96 * kGiB);
}

TEST(HardwareCatalog, LaptopsWithoutAGpuAreCpuOnly) {
  for (const auto& [id, ram_gib, bandwidth] : {std::tuple{"laptop-8g", 8ull, 51.2}, std::tuple{"laptop-16g", 16ull, 89.6},
                                               std::tuple{"laptop-32g", 32ull, 89.6}, std::tuple{"laptop-64g", 64ull, 89.6}}) {
    SCOPED_TRACE(id);
    const auto hw = find_hardware(id).value();
    EXPECT_EQ(hw.family, "Laptop (no GPU)");
    EXPECT_EQ(hw.backend, Backend::kCpu);
    EXPECT_EQ(hw.gpu_count, 0);
    EXPECT_FALSE(has_gpu(hw));
    EXPECT_EQ(hw.ram_bytes, ram_gib * kGiB);
    EXPECT_EQ(hw.ram_bandwidth_gb_per_s, bandwidth);
    // A laptop with faster memory than the preset's: the RAM bandwidth can be given.
    HardwareOverrides faster;
    faster.ram_bandwidth_gb_per_s = 120.0;
    EXPECT_TRUE(override_hardware(hw, faster));
  }
}

// Ids the data file marks "Public contract id": URLs, saved requests and the TypeScript side name them.
TEST(HardwareCatalog, PublicContractIdsStay) {
  for (const char* id : {"rtx3050-4g", "rtx3060-12g", "rtx3090", "rtx4060-8g", "rtx4090", "a100-40g", "a100-80g"}) {
    EXPECT_TRUE(find_hardware(id)) << id;
  }
}

// Names, families and sources are the data file's cells verbatim: one line each, no stray spaces (a sign of tabs
// turned into spaces), and the ';' that CMake lists split on (the generator is a CMake script) intact.
TEST(HardwareCatalog, TextCellsComeThroughTheBuildIntact) {
  bool saw_semicolon = false;
  for (const auto& hw : hardware_catalog()) {
    SCOPED_TRACE(hw.id);
    for (const std::string* text : {&hw.name, &hw.family, &hw.source}) {
      ASSERT_FALSE(text->empty());
      EXPECT_NE(text->front(), ' ');
      EXPECT_NE(text->back(), ' ');
      for (char c : *text) EXPECT_GE(static_cast<unsigned char>(c), 0x20) << "control character in '" << *text << "'";
    }
    saw_semicolon = saw_semicolon || hw.source.find(';') != std::string::npos;
  }
  EXPECT_TRUE(saw_semicolon);
}

// Every field of a few rows, to the byte and the bit: what the data file's cells turn into.
TEST(HardwareCatalog, PinnedRowsKeepEveryField) {
  const auto rtx4090 = find_hardware("rtx4090").value();
  EXPECT_EQ(rtx4090.name, "NVIDIA GeForce RTX 4090 (24 GiB) + 64 GiB DDR5");
  EXPECT_EQ(rtx4090.family, "NVIDIA RTX 40");
  EXPECT_EQ(rtx4090.backend, Backend::kCuda);
  EXPECT_EQ(rtx4090.gpu_count, 1);
  EXPECT_EQ(rtx4090.vram_bytes, 25769803776u);  // 24 GiB
  EXPECT_EQ(rtx4090.gpu_bandwidth_gb_per_s, 1008.0);
  EXPECT_EQ(rtx4090.gpu_fp16_tflops, 165.2);
  EXPECT_EQ(rtx4090.pcie_bandwidth_gb_per_s, 32.0);
  EXPECT_EQ(rtx4090.ram_bytes, 68719476736u);  // 64 GiB
  EXPECT_EQ(rtx4090.ram_bandwidth_gb_per_s, 89.6);
  EXPECT_EQ(rtx4090.disk_bandwidth_gb_per_s, 7.0);
  EXPECT_EQ(rtx4090.cpu_cores, 16);
  EXPECT_FALSE(rtx4090.unified_memory);
  EXPECT_EQ(rtx4090.source, "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX 4090': 128 SMs, 2520 MHz "
                            "boost, 24 GB GDDR6X 384-bit 21 Gbps = 1008 GB/s; FP16 tensor (FP32 acc) = 128 SMs x 512 FLOP/clk x 2.520 "
                            "GHz; NVIDIA Ada Lovelace architecture whitepaper appendix lists 165.2 (FP32 acc) / 330.3 (FP16 acc); PCIe "
                            "4.0 x16");
  EXPECT_FALSE(rtx4090.os_reserve_bytes.has_value());
  EXPECT_FALSE(rtx4090.gpu_margin_bytes.has_value());

  // Apple (metal:16): 2/3 of 16 GiB, the 10922.67 MiB llama.cpp prints; metal:128: 3/4, 96 GiB.
  const auto m1 = find_hardware("m1").value();
  EXPECT_EQ(m1.backend, Backend::kMetal);
  EXPECT_TRUE(m1.unified_memory);
  EXPECT_EQ(m1.ram_bytes, 17179869184u);
  EXPECT_EQ(m1.vram_bytes, 11453246122u);
  EXPECT_EQ(m1.gpu_bandwidth_gb_per_s, 68.25);
  EXPECT_EQ(m1.pcie_bandwidth_gb_per_s, 0.0);
  EXPECT_EQ(find_hardware("m4-max-128g")->vram_bytes, 103079215104u);

  // A fractional GiB size (121.69) rounds to the byte as gib_to_bytes does.
  const auto spark = find_hardware("dgx-spark").value();
  EXPECT_EQ(spark.vram_bytes, 130663642563u);
  EXPECT_EQ(spark.vram_bytes, gib_to_bytes(121.69));
  EXPECT_EQ(spark.ram_bytes, 128 * kGiB);
  EXPECT_TRUE(spark.unified_memory);

  // A datacenter row and a CPU-only one.
  const auto h100 = find_hardware("h100-sxm").value();
  EXPECT_EQ(h100.vram_bytes, 80 * kGiB);
  EXPECT_EQ(h100.gpu_fp16_tflops, 989.4);
  EXPECT_EQ(h100.ram_bytes, 256 * kGiB);
  const auto vm = find_hardware("cpu-2c-24g").value();
  EXPECT_EQ(vm.backend, Backend::kCpu);
  EXPECT_EQ(vm.gpu_count, 0);
  EXPECT_EQ(vm.vram_bytes, 0u);
  EXPECT_EQ(vm.ram_bytes, 24 * kGiB);
  EXPECT_EQ(vm.ram_bandwidth_gb_per_s, 58.7);
  EXPECT_EQ(vm.disk_bandwidth_gb_per_s, 1.2);
  EXPECT_EQ(vm.cpu_cores, 2);
}

}  // namespace
}  // namespace fitplan
