// Built-in hardware presets: hardware_catalog().
//
// Conventions (every preset follows them; see fitplan/hardware.hpp for the fields):
//
// * Units. Memory sizes are bytes: kGiB = 2^30. Consumer "24GB" cards carry 24 GiB of DRAM (binary-sized chips),
//   and so do the HBM datacenter parts sold as "40/80/141 GB": nvidia-smi reports 40960 MiB (A100 40GB),
//   81920 MiB (A100 80GB), 81559 MiB (H100) and 143771 MiB (H200), i.e. binary, not decimal, sizes. Bandwidths
//   are GB/s = 10^9 bytes/s, as vendors quote them.
// * vram_bytes is the memory of ONE GPU, as marketed (GDDR datacenter cards run ECC and show CUDA ~4-6% less).
//   gpu_count > 1 presets repeat identical GPUs; every per-GPU figure stays per GPU.
// * gpu_bandwidth_gb_per_s is the nominal (spec-sheet) memory bandwidth of one GPU.
// * gpu_fp16_tflops is the DENSE (no 2:4 sparsity) FP16 tensor/matrix peak of one GPU at boost clock, with FP32
//   accumulate. GeForce RTX parts run FP16 with FP32 accumulate at half their FP16-accumulate rate; NVIDIA's
//   whitepapers list both (RTX 4090: 165.2 FP32-acc / 330.3 FP16-acc, RTX 3090: 71 / 142, RTX 2080 Ti: 53.8 /
//   107.6, RTX 5090: 209.5 FP32-acc) and the FP32-accumulate figure is used throughout, so GeForce values equal
//   SMs x 512 FLOP/clk x boost GHz for Turing, Ampere, Ada and Blackwell. Datacenter parts (A100 312, H100 SXM
//   989.4, H100 PCIe 756, B200 2250) and the RTX professional cards (RTX A6000 154.8, RTX 6000 Ada 364.2: SMs x
//   1024 FLOP/clk x boost GHz) run both accumulate modes at the same rate; the L40 does not (181.05, half rate).
//   AMD: dense FP16 matrix/WMMA peak (RX 7900 XTX 122.8, MI300X 1307.4); Intel: XMX peak; Apple M1-M4: FP16 ALU
//   peak (same rate as FP32, no matrix units); Apple M5: FP16 matrix peak of the GPU Neural Accelerators (1024
//   FLOP/clk per GPU core).
// * pcie_bandwidth_gb_per_s is the nominal one-direction link rate of the slot the GPU runs in: PCIe 3.0 x16 =
//   16, 4.0 x16 = 32 (about 25 in practice), 5.0 x16 = 64, x8 links half that (RTX 4060: 4.0 x8 = 16).
//   0 for unified-memory machines.
// * Host (ram, ram bandwidth, cores, disk). A GPU preset is the card in a typical machine for that card; the
//   original planner paired every GPU with one DDR5 desktop, this catalog pairs each card with a desktop of its
//   own era and class and says which in the name: RTX 20 / RTX 30 / RX 6000 / Arc A on DDR4-3200 dual channel
//   (51.2 GB/s), RTX 40 / RTX 50 / RX 7000 / RX 9000 / Arc B on DDR5-5600 dual channel (89.6 GB/s), e.g.
//   rtx4090 + 64 GiB DDR5-5600 (89.6 GB/s), rtx3060-12g + 32 GiB DDR4-3200 (51.2 GB/s). Datacenter GPUs sit in
//   servers with 256+ GiB on 8-channel DDR4-3200 (204.8 GB/s) or DDR5-4800 (307.2 GB/s), RTX professional cards
//   in Threadripper workstations (see their section); laptops without a GPU are CPU-only presets. RAM bandwidth is
//   the JEDEC peak: channels x 8 bytes x MT/s. cpu_cores: physical cores of the typical paired CPU (performance
//   cores on Apple). disk_bandwidth_gb_per_s: sequential read of a typical drive of the class: PCIe 3.0 NVMe 3.5,
//   PCIe 4.0 NVMe 7.0, datacenter NVMe 7.0, Apple internal SSD 3-7. These host figures are typical
//   assumptions, not measurements (except cpu-2c-24g); a user who knows their machine should override them.
// * Unified memory (Apple, GB10, Strix Halo): ram_bytes = the whole pool, vram_bytes = what the GPU may use of it,
//   gpu_bandwidth = ram_bandwidth = the chip's unified bandwidth, pcie 0, gpu_count 1.
// * source names where the GPU/chip figures come from; derived figures show their arithmetic.
#include "fitplan/hardware.hpp"

#include <vector>

// Presets leave the reserve (Hardware::os_reserve_bytes, gpu_margin_bytes) unset: the defaults of
// fitplan/capacity.hpp apply.

namespace fitplan {

const std::vector<Hardware>& hardware_catalog() {
  // Metal's GPU working-set limit (MTLDevice.recommendedMaxWorkingSetSize) on Apple Silicon: 2/3 of RAM for
  // machines with <= 36 GiB, 3/4 above. llama.cpp prints it at start-up ("recommendedMaxWorkingSetSize"):
  // 10922.67 MiB on 16 GiB machines (abetlen/llama-cpp-python issue #687; the same 2/3 shows as 11453.25 MB in
  // newer logs that print 10^6-byte MB), 21845.34 MiB on 32 GiB (ollama/ollama issue #434, ggml-org/llama.cpp
  // PR #2011) and 49152 MiB on 64 GiB (ggml-org/llama.cpp issue #1870). Newer macOS releases can report more
  // (107.52 GiB = 84% of a 128 GiB machine under macOS 26, per antirez/ds4 PR #893), and
  // `sysctl iogpu.wired_limit_mb` raises it; the older, smaller figure is kept as the safe default.
  constexpr auto metal_working_set = [](Bytes ram) constexpr -> Bytes {
    return ram <= 36 * kGiB ? ram / 3 * 2 : ram / 4 * 3;
  };

  static const std::vector<Hardware> catalog = {
      // ----------------------------------------------------------------------------------------------------
      // NVIDIA GeForce RTX 20 (Turing, PCIe 3.0 x16). Host: 2018-2019 desktop, DDR4-3200 dual channel (51.2 GB/s),
      // 8 cores, PCIe 3.0 NVMe (3.5 GB/s).
      // ----------------------------------------------------------------------------------------------------
      Hardware{.id = "rtx2060",
               .name = "NVIDIA GeForce RTX 2060 (6 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 20",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 6ull * kGiB,
               .gpu_bandwidth_gb_per_s = 336.0,
               .gpu_fp16_tflops = 25.8,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "2060': 30 SMs, 1680 MHz boost, 6 GB GDDR6 192-bit 14 Gbps = 336 GB/s; FP16 "
                         "tensor (FP32 acc) = 30 SMs x 512 FLOP/clk x 1.680 GHz; PCIe 3.0 x16"},
      Hardware{.id = "rtx2060-super",
               .name = "NVIDIA GeForce RTX 2060 SUPER (8 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 20",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 448.0,
               .gpu_fp16_tflops = 28.7,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "2060 SUPER': 34 SMs, 1650 MHz boost, 8 GB GDDR6 256-bit 14 Gbps = 448 GB/s; "
                         "FP16 tensor (FP32 acc) = 34 SMs x 512 FLOP/clk x 1.650 GHz; PCIe 3.0 x16"},
      Hardware{.id = "rtx2070",
               .name = "NVIDIA GeForce RTX 2070 (8 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 20",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 448.0,
               .gpu_fp16_tflops = 29.9,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "2070': 36 SMs, 1620 MHz boost, 8 GB GDDR6 256-bit 14 Gbps = 448 GB/s (reference "
                         "clock; FE 1710 MHz); FP16 tensor (FP32 acc) = 36 SMs x 512 FLOP/clk x 1.620 "
                         "GHz; NVIDIA Turing architecture whitepaper (GeForce RTX 2080 Ti / 2080 / 2070 "
                         "reference tables) lists 29.9 (reference); PCIe 3.0 x16"},
      Hardware{.id = "rtx2070-super",
               .name = "NVIDIA GeForce RTX 2070 SUPER (8 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 20",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 448.0,
               .gpu_fp16_tflops = 36.2,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "2070 SUPER': 40 SMs, 1770 MHz boost, 8 GB GDDR6 256-bit 14 Gbps = 448 GB/s; "
                         "FP16 tensor (FP32 acc) = 40 SMs x 512 FLOP/clk x 1.770 GHz; PCIe 3.0 x16"},
      Hardware{.id = "rtx2080",
               .name = "NVIDIA GeForce RTX 2080 (8 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 20",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 448.0,
               .gpu_fp16_tflops = 40.3,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "2080': 46 SMs, 1710 MHz boost, 8 GB GDDR6 256-bit 14 Gbps = 448 GB/s (reference "
                         "clock; FE 1800 MHz); FP16 tensor (FP32 acc) = 46 SMs x 512 FLOP/clk x 1.710 "
                         "GHz; NVIDIA Turing architecture whitepaper (GeForce RTX 2080 Ti / 2080 / 2070 "
                         "reference tables) lists 40.3 (reference); PCIe 3.0 x16"},
      Hardware{.id = "rtx2080-super",
               .name = "NVIDIA GeForce RTX 2080 SUPER (8 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 20",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 496.0,
               .gpu_fp16_tflops = 44.6,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "2080 SUPER': 48 SMs, 1815 MHz boost, 8 GB GDDR6 256-bit 15.5 Gbps = 496 GB/s; "
                         "FP16 tensor (FP32 acc) = 48 SMs x 512 FLOP/clk x 1.815 GHz; PCIe 3.0 x16"},
      Hardware{.id = "rtx2080-ti",
               .name = "NVIDIA GeForce RTX 2080 Ti (11 GiB) + 64 GiB DDR4",
               .family = "NVIDIA RTX 20",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 11ull * kGiB,
               .gpu_bandwidth_gb_per_s = 616.0,
               .gpu_fp16_tflops = 53.8,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "2080 Ti': 68 SMs, 1545 MHz boost, 11 GB GDDR6 352-bit 14 Gbps = 616 GB/s "
                         "(reference clock; FE 1635 MHz); FP16 tensor (FP32 acc) = 68 SMs x 512 FLOP/clk "
                         "x 1.545 GHz; NVIDIA Turing architecture whitepaper (GeForce RTX 2080 Ti / 2080 "
                         "/ 2070 reference tables) lists 53.8 (reference); PCIe 3.0 x16"},

      // ----------------------------------------------------------------------------------------------------
      // NVIDIA GeForce RTX 30 (Ampere GA10x, PCIe 4.0). Host: AM4-era desktop, DDR4-3200 dual channel (51.2 GB/s);
      // 32 GiB for mid-range cards, 64 GiB / 16 cores for 3080 Ti and up.
      // ----------------------------------------------------------------------------------------------------
      // Public contract id. Desktop GA107 4 GB part (mostly OEM systems); the far more common RTX 3050 Laptop 4 GB
      // (16 SMs, 192-224 GB/s) is close to it. Budget host: 16 GiB DDR4-3200, 6 cores.
      Hardware{.id = "rtx3050-4g",
               .name = "NVIDIA GeForce RTX 3050 4GB (4 GiB) + 16 GiB DDR4",
               .family = "NVIDIA RTX 30",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 4ull * kGiB,
               .gpu_bandwidth_gb_per_s = 224.0,
               .gpu_fp16_tflops = 16.0,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3050 4GB': 18 SMs, 1740 MHz boost, 4 GB GDDR6 128-bit 14 Gbps = 224 GB/s, "
                         "GA107; FP16 tensor (FP32 acc) = 18 SMs x 512 FLOP/clk x 1.740 GHz; TechPowerUp "
                         "lists PCIe 4.0 x16 but GA107 boards wire x8 (cputronic lists x8): x8 used"},
      Hardware{.id = "rtx3050-8g",
               .name = "NVIDIA GeForce RTX 3050 8GB (8 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 30",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 224.0,
               .gpu_fp16_tflops = 18.2,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3050 8GB': 20 SMs, 1777 MHz boost, 8 GB GDDR6 128-bit 14 Gbps = 224 GB/s, "
                         "GA106; FP16 tensor (FP32 acc) = 20 SMs x 512 FLOP/clk x 1.777 GHz; PCIe 4.0 x8"},
      Hardware{.id = "rtx3060-8g",
               .name = "NVIDIA GeForce RTX 3060 8GB (8 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 30",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 240.0,
               .gpu_fp16_tflops = 25.5,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3060 8GB': 28 SMs, 1777 MHz boost, 8 GB GDDR6 128-bit 15 Gbps = 240 GB/s; FP16 "
                         "tensor (FP32 acc) = 28 SMs x 512 FLOP/clk x 1.777 GHz; PCIe 4.0 x16"},
      // Public contract id. Host per the original planner: 32 GiB DDR4-3200 dual channel = 51.2 GB/s.
      Hardware{.id = "rtx3060-12g",
               .name = "NVIDIA GeForce RTX 3060 12GB (12 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 30",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 12ull * kGiB,
               .gpu_bandwidth_gb_per_s = 360.0,
               .gpu_fp16_tflops = 25.5,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3060 12GB': 28 SMs, 1777 MHz boost, 12 GB GDDR6 192-bit 15 Gbps = 360 GB/s; "
                         "FP16 tensor (FP32 acc) = 28 SMs x 512 FLOP/clk x 1.777 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rtx3060-ti",
               .name = "NVIDIA GeForce RTX 3060 Ti (8 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 30",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 448.0,
               .gpu_fp16_tflops = 32.4,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3060 Ti': 38 SMs, 1665 MHz boost, 8 GB GDDR6 256-bit 14 Gbps = 448 GB/s; FP16 "
                         "tensor (FP32 acc) = 38 SMs x 512 FLOP/clk x 1.665 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rtx3070",
               .name = "NVIDIA GeForce RTX 3070 (8 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 30",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 448.0,
               .gpu_fp16_tflops = 40.6,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3070': 46 SMs, 1725 MHz boost, 8 GB GDDR6 256-bit 14 Gbps = 448 GB/s; FP16 "
                         "tensor (FP32 acc) = 46 SMs x 512 FLOP/clk x 1.725 GHz; NVIDIA Ampere GA102 "
                         "whitepaper appendix lists 40.6; PCIe 4.0 x16"},
      Hardware{.id = "rtx3070-ti",
               .name = "NVIDIA GeForce RTX 3070 Ti (8 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 30",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 608.0,
               .gpu_fp16_tflops = 43.5,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3070 Ti': 48 SMs, 1770 MHz boost, 8 GB GDDR6X 256-bit 19 Gbps = 608 GB/s; FP16 "
                         "tensor (FP32 acc) = 48 SMs x 512 FLOP/clk x 1.770 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rtx3080-10g",
               .name = "NVIDIA GeForce RTX 3080 10GB (10 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 30",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 10ull * kGiB,
               .gpu_bandwidth_gb_per_s = 760.0,
               .gpu_fp16_tflops = 59.5,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3080 10GB': 68 SMs, 1710 MHz boost, 10 GB GDDR6X 320-bit 19 Gbps = 760 GB/s; "
                         "FP16 tensor (FP32 acc) = 68 SMs x 512 FLOP/clk x 1.710 GHz; NVIDIA Ampere GA102 "
                         "whitepaper lists 59.5; PCIe 4.0 x16"},
      Hardware{.id = "rtx3080-12g",
               .name = "NVIDIA GeForce RTX 3080 12GB (12 GiB) + 32 GiB DDR4",
               .family = "NVIDIA RTX 30",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 12ull * kGiB,
               .gpu_bandwidth_gb_per_s = 912.0,
               .gpu_fp16_tflops = 61.3,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3080 12GB': 70 SMs, 1710 MHz boost, 12 GB GDDR6X 384-bit 19 Gbps = 912 GB/s; "
                         "FP16 tensor (FP32 acc) = 70 SMs x 512 FLOP/clk x 1.710 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rtx3080-ti",
               .name = "NVIDIA GeForce RTX 3080 Ti (12 GiB) + 64 GiB DDR4",
               .family = "NVIDIA RTX 30",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 12ull * kGiB,
               .gpu_bandwidth_gb_per_s = 912.0,
               .gpu_fp16_tflops = 68.2,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3080 Ti': 80 SMs, 1665 MHz boost, 12 GB GDDR6X 384-bit 19 Gbps = 912 GB/s; FP16 "
                         "tensor (FP32 acc) = 80 SMs x 512 FLOP/clk x 1.665 GHz; PCIe 4.0 x16"},
      // Public contract id. Host: 64 GiB DDR4-3200 dual channel (AM4, 16 cores).
      Hardware{.id = "rtx3090",
               .name = "NVIDIA GeForce RTX 3090 (24 GiB) + 64 GiB DDR4",
               .family = "NVIDIA RTX 30",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 24ull * kGiB,
               .gpu_bandwidth_gb_per_s = 936.2,
               .gpu_fp16_tflops = 71.2,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3090': 82 SMs, 1695 MHz boost, 24 GB GDDR6X 384-bit 19.5 Gbps = 936.2 GB/s; "
                         "FP16 tensor (FP32 acc) = 82 SMs x 512 FLOP/clk x 1.695 GHz; NVIDIA Ampere GA102 "
                         "whitepaper appendix lists 71 (FP32 acc) / 142 (FP16 acc); PCIe 4.0 x16"},
      Hardware{.id = "rtx3090-ti",
               .name = "NVIDIA GeForce RTX 3090 Ti (24 GiB) + 64 GiB DDR4",
               .family = "NVIDIA RTX 30",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 24ull * kGiB,
               .gpu_bandwidth_gb_per_s = 1008.0,
               .gpu_fp16_tflops = 80.0,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3090 Ti': 84 SMs, 1860 MHz boost, 24 GB GDDR6X 384-bit 21 Gbps = 1008 GB/s; "
                         "FP16 tensor (FP32 acc) = 84 SMs x 512 FLOP/clk x 1.860 GHz; PCIe 4.0 x16"},

      // ----------------------------------------------------------------------------------------------------
      // NVIDIA GeForce RTX 40 (Ada, PCIe 4.0). Host: AM5-era desktop, DDR5-5600 dual channel (89.6 GB/s);
      // 32 GiB / 6-8 cores up to the 4070 Ti, 64 GiB above.
      // ----------------------------------------------------------------------------------------------------
      // Public contract id. PCIe 4.0 x8 card: 16 GB/s.
      Hardware{.id = "rtx4060-8g",
               .name = "NVIDIA GeForce RTX 4060 (8 GiB) + 32 GiB DDR5",
               .family = "NVIDIA RTX 40",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 272.0,
               .gpu_fp16_tflops = 30.2,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4060': 24 SMs, 2460 MHz boost, 8 GB GDDR6 128-bit 17 Gbps = 272 GB/s; FP16 "
                         "tensor (FP32 acc) = 24 SMs x 512 FLOP/clk x 2.460 GHz; PCIe 4.0 x8"},
      Hardware{.id = "rtx4060-ti-8g",
               .name = "NVIDIA GeForce RTX 4060 Ti 8GB (8 GiB) + 32 GiB DDR5",
               .family = "NVIDIA RTX 40",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 288.0,
               .gpu_fp16_tflops = 44.1,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4060 Ti 8GB': 34 SMs, 2535 MHz boost, 8 GB GDDR6 128-bit 18 Gbps = 288 GB/s; "
                         "FP16 tensor (FP32 acc) = 34 SMs x 512 FLOP/clk x 2.535 GHz; PCIe 4.0 x8"},
      Hardware{.id = "rtx4060-ti-16g",
               .name = "NVIDIA GeForce RTX 4060 Ti 16GB (16 GiB) + 32 GiB DDR5",
               .family = "NVIDIA RTX 40",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 288.0,
               .gpu_fp16_tflops = 44.1,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4060 Ti 16GB': 34 SMs, 2535 MHz boost, 16 GB GDDR6 128-bit 18 Gbps = 288 GB/s; "
                         "FP16 tensor (FP32 acc) = 34 SMs x 512 FLOP/clk x 2.535 GHz; PCIe 4.0 x8"},
      Hardware{.id = "rtx4070",
               .name = "NVIDIA GeForce RTX 4070 (12 GiB) + 32 GiB DDR5",
               .family = "NVIDIA RTX 40",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 12ull * kGiB,
               .gpu_bandwidth_gb_per_s = 504.0,
               .gpu_fp16_tflops = 58.3,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4070': 46 SMs, 2475 MHz boost, 12 GB GDDR6X 192-bit 21 Gbps = 504 GB/s; FP16 "
                         "tensor (FP32 acc) = 46 SMs x 512 FLOP/clk x 2.475 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rtx4070-super",
               .name = "NVIDIA GeForce RTX 4070 SUPER (12 GiB) + 32 GiB DDR5",
               .family = "NVIDIA RTX 40",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 12ull * kGiB,
               .gpu_bandwidth_gb_per_s = 504.0,
               .gpu_fp16_tflops = 71.0,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4070 SUPER': 56 SMs, 2475 MHz boost, 12 GB GDDR6X 192-bit 21 Gbps = 504 GB/s; "
                         "FP16 tensor (FP32 acc) = 56 SMs x 512 FLOP/clk x 2.475 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rtx4070-ti",
               .name = "NVIDIA GeForce RTX 4070 Ti (12 GiB) + 32 GiB DDR5",
               .family = "NVIDIA RTX 40",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 12ull * kGiB,
               .gpu_bandwidth_gb_per_s = 504.0,
               .gpu_fp16_tflops = 80.2,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4070 Ti': 60 SMs, 2610 MHz boost, 12 GB GDDR6X 192-bit 21 Gbps = 504 GB/s; FP16 "
                         "tensor (FP32 acc) = 60 SMs x 512 FLOP/clk x 2.610 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rtx4070-ti-super",
               .name = "NVIDIA GeForce RTX 4070 Ti SUPER (16 GiB) + 64 GiB DDR5",
               .family = "NVIDIA RTX 40",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 672.0,
               .gpu_fp16_tflops = 88.2,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4070 Ti SUPER': 66 SMs, 2610 MHz boost, 16 GB GDDR6X 256-bit 21 Gbps = 672 "
                         "GB/s; FP16 tensor (FP32 acc) = 66 SMs x 512 FLOP/clk x 2.610 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rtx4080",
               .name = "NVIDIA GeForce RTX 4080 (16 GiB) + 64 GiB DDR5",
               .family = "NVIDIA RTX 40",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 716.8,
               .gpu_fp16_tflops = 97.5,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4080': 76 SMs, 2505 MHz boost, 16 GB GDDR6X 256-bit 22.4 Gbps = 716.8 GB/s; "
                         "FP16 tensor (FP32 acc) = 76 SMs x 512 FLOP/clk x 2.505 GHz; NVIDIA Ada Lovelace "
                         "architecture whitepaper appendix lists 97.5 (FP32 acc) / 194.9 (FP16 acc); PCIe "
                         "4.0 x16"},
      Hardware{.id = "rtx4080-super",
               .name = "NVIDIA GeForce RTX 4080 SUPER (16 GiB) + 64 GiB DDR5",
               .family = "NVIDIA RTX 40",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 736.0,
               .gpu_fp16_tflops = 104.4,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4080 SUPER': 80 SMs, 2550 MHz boost, 16 GB GDDR6X 256-bit 23 Gbps = 736 GB/s; "
                         "FP16 tensor (FP32 acc) = 80 SMs x 512 FLOP/clk x 2.550 GHz; PCIe 4.0 x16"},
      // Public contract id. Host per the original planner: 64 GiB DDR5-5600 dual channel = 89.6 GB/s, 16 cores.
      Hardware{.id = "rtx4090",
               .name = "NVIDIA GeForce RTX 4090 (24 GiB) + 64 GiB DDR5",
               .family = "NVIDIA RTX 40",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 24ull * kGiB,
               .gpu_bandwidth_gb_per_s = 1008.0,
               .gpu_fp16_tflops = 165.2,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4090': 128 SMs, 2520 MHz boost, 24 GB GDDR6X 384-bit 21 Gbps = 1008 GB/s; FP16 "
                         "tensor (FP32 acc) = 128 SMs x 512 FLOP/clk x 2.520 GHz; NVIDIA Ada Lovelace "
                         "architecture whitepaper appendix lists 165.2 (FP32 acc) / 330.3 (FP16 acc); "
                         "PCIe 4.0 x16"},

      // ----------------------------------------------------------------------------------------------------
      // NVIDIA GeForce RTX 50 (Blackwell GB20x, PCIe 5.0). Host: DDR5-5600 dual channel (89.6 GB/s); PCIe 4.0 NVMe
      // (7 GB/s) is still the common disk.
      // ----------------------------------------------------------------------------------------------------
      Hardware{.id = "rtx5050",
               .name = "NVIDIA GeForce RTX 5050 (8 GiB) + 32 GiB DDR5",
               .family = "NVIDIA RTX 50",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 320.0,
               .gpu_fp16_tflops = 26.3,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "5050' and NVIDIA's RTX 5050 product page: 20 SMs (2560 CUDA cores), 2572 MHz boost, "
                         "8 GB GDDR6 128-bit 20 Gbps = 320 GB/s (the only RTX 50 desktop card on GDDR6); FP16 "
                         "tensor (FP32 acc) = 20 SMs x 512 FLOP/clk x 2.572 GHz; PCIe 5.0 x8"},
      Hardware{.id = "rtx5060-8g",
               .name = "NVIDIA GeForce RTX 5060 (8 GiB) + 32 GiB DDR5",
               .family = "NVIDIA RTX 50",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 448.0,
               .gpu_fp16_tflops = 38.4,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "5060': 30 SMs (3840 CUDA cores), 2497 MHz boost, 8 GB GDDR7 128-bit 28 Gbps = 448 "
                         "GB/s; FP16 tensor (FP32 acc) = 30 SMs x 512 FLOP/clk x 2.497 GHz; PCIe 5.0 x8"},
      Hardware{.id = "rtx5060-ti-8g",
               .name = "NVIDIA GeForce RTX 5060 Ti 8GB (8 GiB) + 32 GiB DDR5",
               .family = "NVIDIA RTX 50",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 448.0,
               .gpu_fp16_tflops = 47.4,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX 5060 "
                         "Ti 8GB': the 16 GB card's GB206 (36 SMs, 2572 MHz boost) with 8 GB GDDR7 128-bit 28 "
                         "Gbps = 448 GB/s; FP16 tensor (FP32 acc) = 36 SMs x 512 FLOP/clk x 2.572 GHz; PCIe "
                         "5.0 x8"},
      Hardware{.id = "rtx5060-ti-16g",
               .name = "NVIDIA GeForce RTX 5060 Ti 16GB (16 GiB) + 32 GiB DDR5",
               .family = "NVIDIA RTX 50",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 448.0,
               .gpu_fp16_tflops = 47.4,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "5060 Ti 16GB': 36 SMs, 2572 MHz boost, 16 GB GDDR7 128-bit 28 Gbps = 448 GB/s; "
                         "FP16 tensor (FP32 acc) = 36 SMs x 512 FLOP/clk x 2.572 GHz; PCIe 5.0 x8"},
      Hardware{.id = "rtx5070",
               .name = "NVIDIA GeForce RTX 5070 (12 GiB) + 32 GiB DDR5",
               .family = "NVIDIA RTX 50",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 12ull * kGiB,
               .gpu_bandwidth_gb_per_s = 672.0,
               .gpu_fp16_tflops = 61.7,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "5070': 48 SMs, 2512 MHz boost, 12 GB GDDR7 192-bit 28 Gbps = 672 GB/s; FP16 "
                         "tensor (FP32 acc) = 48 SMs x 512 FLOP/clk x 2.512 GHz; PCIe 5.0 x16"},
      Hardware{.id = "rtx5070-ti",
               .name = "NVIDIA GeForce RTX 5070 Ti (16 GiB) + 64 GiB DDR5",
               .family = "NVIDIA RTX 50",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 896.0,
               .gpu_fp16_tflops = 87.9,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "5070 Ti': 70 SMs, 2452 MHz boost, 16 GB GDDR7 256-bit 28 Gbps = 896 GB/s; FP16 "
                         "tensor (FP32 acc) = 70 SMs x 512 FLOP/clk x 2.452 GHz; PCIe 5.0 x16"},
      Hardware{.id = "rtx5080",
               .name = "NVIDIA GeForce RTX 5080 (16 GiB) + 64 GiB DDR5",
               .family = "NVIDIA RTX 50",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 960.0,
               .gpu_fp16_tflops = 112.6,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "5080': 84 SMs, 2617 MHz boost, 16 GB GDDR7 256-bit 30 Gbps = 960 GB/s; FP16 "
                         "tensor (FP32 acc) = 84 SMs x 512 FLOP/clk x 2.617 GHz; PCIe 5.0 x16"},
      Hardware{.id = "rtx5090",
               .name = "NVIDIA GeForce RTX 5090 (32 GiB) + 64 GiB DDR5",
               .family = "NVIDIA RTX 50",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 32ull * kGiB,
               .gpu_bandwidth_gb_per_s = 1792.0,
               .gpu_fp16_tflops = 209.5,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "5090': 170 SMs, 2407 MHz boost, 32 GB GDDR7 512-bit 28 Gbps = 1792 GB/s; FP16 "
                         "tensor (FP32 acc) = 170 SMs x 512 FLOP/clk x 2.407 GHz; NVIDIA RTX Blackwell "
                         "whitepaper appendix lists 209.5 (FP32 acc) for the RTX 5090; PCIe 5.0 x16"},

      // ----------------------------------------------------------------------------------------------------
      // NVIDIA laptop GPUs. Clocks depend on the TGP the laptop maker picked; TFLOPS use the top of NVIDIA's
      // boost range (the highest-TGP configuration). Host: RTX 30 laptops 16 GiB DDR4-3200 dual channel (51.2 GB/s);
      // RTX 4050-4070 laptops 16 GiB DDR5-4800 SO-DIMM dual channel (76.8 GB/s); 4080/4090 and RTX 50 laptops
      // 32 GiB DDR5-5600 dual channel (89.6 GB/s). Laptop GDDR7 data rates (5070/5080/5090 Laptop) are from
      // TechPowerUp; NVIDIA's laptop page gives bus width and capacity only.
      // ----------------------------------------------------------------------------------------------------
      Hardware{.id = "rtx3060-laptop",
               .name = "NVIDIA GeForce RTX 3060 Laptop GPU (6 GiB) + 16 GiB DDR4-3200",
               .family = "NVIDIA RTX 30 Laptop",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 6ull * kGiB,
               .gpu_bandwidth_gb_per_s = 336.0,
               .gpu_fp16_tflops = 26.2,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3060 Laptop GPU' and NVIDIA laptop spec page: 30 SMs, 1283-1703 MHz boost "
                         "(depends on TGP), 6 GB GDDR6 192-bit 14 Gbps = 336 GB/s; FP16 tensor (FP32 acc) "
                         "= 30 SMs x 512 FLOP/clk x 1.703 GHz (top of the boost range); PCIe 4.0 x16"},
      Hardware{.id = "rtx3070-laptop",
               .name = "NVIDIA GeForce RTX 3070 Laptop GPU (8 GiB) + 16 GiB DDR4-3200",
               .family = "NVIDIA RTX 30 Laptop",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 448.0,
               .gpu_fp16_tflops = 33.2,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3070 Laptop GPU' and NVIDIA laptop spec page: 40 SMs, 1290-1620 MHz boost "
                         "(depends on TGP), 8 GB GDDR6 256-bit 14 Gbps = 448 GB/s; FP16 tensor (FP32 acc) "
                         "= 40 SMs x 512 FLOP/clk x 1.620 GHz (top of the boost range); PCIe 4.0 x16"},
      Hardware{.id = "rtx3080-laptop",
               .name = "NVIDIA GeForce RTX 3080 Laptop GPU (16 GiB) + 16 GiB DDR4-3200",
               .family = "NVIDIA RTX 30 Laptop",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 448.0,
               .gpu_fp16_tflops = 42.0,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "3080 Laptop GPU' and NVIDIA laptop spec page: 48 SMs, 1245-1710 MHz boost "
                         "(depends on TGP), 16 GB GDDR6 256-bit 14 Gbps = 448 GB/s (an 8 GB version also "
                         "exists); FP16 tensor (FP32 acc) = 48 SMs x 512 FLOP/clk x 1.710 GHz (top of the "
                         "boost range); PCIe 4.0 x16"},
      Hardware{.id = "rtx4050-laptop",
               .name = "NVIDIA GeForce RTX 4050 Laptop GPU (6 GiB) + 16 GiB DDR5-4800",
               .family = "NVIDIA RTX 40 Laptop",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 6ull * kGiB,
               .gpu_bandwidth_gb_per_s = 192.0,
               .gpu_fp16_tflops = 24.3,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 76.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4050 Laptop GPU' and NVIDIA laptop spec page: 20 SMs, 1605-2370 MHz boost "
                         "(depends on TGP), 6 GB GDDR6 96-bit 16 Gbps = 192 GB/s; FP16 tensor (FP32 acc) "
                         "= 20 SMs x 512 FLOP/clk x 2.370 GHz (top of the boost range); PCIe 4.0 x8"},
      Hardware{.id = "rtx4060-laptop",
               .name = "NVIDIA GeForce RTX 4060 Laptop GPU (8 GiB) + 16 GiB DDR5-4800",
               .family = "NVIDIA RTX 40 Laptop",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 256.0,
               .gpu_fp16_tflops = 29.1,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 76.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4060 Laptop GPU' and NVIDIA laptop spec page: 24 SMs, 1470-2370 MHz boost "
                         "(depends on TGP), 8 GB GDDR6 128-bit 16 Gbps = 256 GB/s; FP16 tensor (FP32 acc) "
                         "= 24 SMs x 512 FLOP/clk x 2.370 GHz (top of the boost range); PCIe 4.0 x8"},
      Hardware{.id = "rtx4070-laptop",
               .name = "NVIDIA GeForce RTX 4070 Laptop GPU (8 GiB) + 16 GiB DDR5-4800",
               .family = "NVIDIA RTX 40 Laptop",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 256.0,
               .gpu_fp16_tflops = 40.1,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 76.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4070 Laptop GPU' and NVIDIA laptop spec page: 36 SMs, 1230-2175 MHz boost "
                         "(depends on TGP), 8 GB GDDR6 128-bit 16 Gbps = 256 GB/s; FP16 tensor (FP32 acc) "
                         "= 36 SMs x 512 FLOP/clk x 2.175 GHz (top of the boost range); PCIe 4.0 x8"},
      Hardware{.id = "rtx4080-laptop",
               .name = "NVIDIA GeForce RTX 4080 Laptop GPU (12 GiB) + 32 GiB DDR5-5600",
               .family = "NVIDIA RTX 40 Laptop",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 12ull * kGiB,
               .gpu_bandwidth_gb_per_s = 432.0,
               .gpu_fp16_tflops = 67.7,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4080 Laptop GPU' and NVIDIA laptop spec page: 58 SMs, 1350-2280 MHz boost "
                         "(depends on TGP), 12 GB GDDR6 192-bit 18 Gbps = 432 GB/s; FP16 tensor (FP32 "
                         "acc) = 58 SMs x 512 FLOP/clk x 2.280 GHz (top of the boost range); PCIe 4.0 x16"},
      Hardware{.id = "rtx4090-laptop",
               .name = "NVIDIA GeForce RTX 4090 Laptop GPU (16 GiB) + 32 GiB DDR5-5600",
               .family = "NVIDIA RTX 40 Laptop",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 576.0,
               .gpu_fp16_tflops = 79.4,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "4090 Laptop GPU' and NVIDIA laptop spec page: 76 SMs, 1455-2040 MHz boost "
                         "(depends on TGP), 16 GB GDDR6 256-bit 18 Gbps = 576 GB/s; FP16 tensor (FP32 "
                         "acc) = 76 SMs x 512 FLOP/clk x 2.040 GHz (top of the boost range); PCIe 4.0 x16"},
      Hardware{.id = "rtx5070-laptop",
               .name = "NVIDIA GeForce RTX 5070 Laptop GPU (8 GiB) + 32 GiB DDR5-5600",
               .family = "NVIDIA RTX 50 Laptop",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 384.0,
               .gpu_fp16_tflops = 43.3,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "5070 Laptop GPU' and NVIDIA laptop spec page: 36 SMs, 1425-2347 MHz boost "
                         "(depends on TGP), 8 GB GDDR7 128-bit 24 Gbps = 384 GB/s; FP16 tensor (FP32 acc) "
                         "= 36 SMs x 512 FLOP/clk x 2.347 GHz (top of the boost range); PCIe 5.0 x8"},
      Hardware{.id = "rtx5080-laptop",
               .name = "NVIDIA GeForce RTX 5080 Laptop GPU (16 GiB) + 32 GiB DDR5-5600",
               .family = "NVIDIA RTX 50 Laptop",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 896.0,
               .gpu_fp16_tflops = 70.3,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "5080 Laptop GPU' and NVIDIA laptop spec page: 60 SMs, 1500-2287 MHz boost "
                         "(depends on TGP), 16 GB GDDR7 256-bit 28 Gbps = 896 GB/s; FP16 tensor (FP32 "
                         "acc) = 60 SMs x 512 FLOP/clk x 2.287 GHz (top of the boost range); PCIe 5.0 x16"},
      Hardware{.id = "rtx5090-laptop",
               .name = "NVIDIA GeForce RTX 5090 Laptop GPU (24 GiB) + 32 GiB DDR5-5600",
               .family = "NVIDIA RTX 50 Laptop",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 24ull * kGiB,
               .gpu_bandwidth_gb_per_s = 896.0,
               .gpu_fp16_tflops = 90.7,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/), 'GeForce RTX "
                         "5090 Laptop GPU' and NVIDIA laptop spec page: 82 SMs, 1590-2160 MHz boost "
                         "(depends on TGP), 24 GB GDDR7 256-bit 28 Gbps = 896 GB/s; FP16 tensor (FP32 "
                         "acc) = 82 SMs x 512 FLOP/clk x 2.160 GHz (top of the boost range); PCIe 5.0 x16"},

      // ----------------------------------------------------------------------------------------------------
      // NVIDIA RTX professional (workstation) cards. Unlike GeForce they run FP16 with FP32 accumulate at the full
      // tensor rate, so FP16 = SMs x 1024 FLOP/clk x boost GHz (Ampere, Ada, Blackwell); the datasheets quote the
      // sparse tensor figure (dense = half). GDDR with ECC on, as the datacenter GDDR cards; vram_bytes is the
      // physical size. Hosts: Ampere cards in a Threadripper PRO 5000WX workstation (8-channel DDR4-3200, 204.8
      // GB/s), Ada and Blackwell cards in a Threadripper 7000 one (4-channel DDR5-5200, 166.4 GB/s), as the Radeon
      // PRO presets.
      // ----------------------------------------------------------------------------------------------------
      Hardware{.id = "rtx-a4000",
               .name = "NVIDIA RTX A4000 (16 GiB) + 128 GiB DDR4",
               .family = "NVIDIA RTX professional",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 448.0,
               .gpu_fp16_tflops = 76.7,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 204.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "NVIDIA RTX A4000 datasheet: 16 GB GDDR6 with ECC, 256-bit, 448 GB/s, 6,144 CUDA "
                         "cores (48 SMs), 'Tensor performance 153.4 TFLOPS' (with sparsity), PCIe 4.0 x16; "
                         "dense FP16 (FP32 acc, full rate on RTX professional cards) = 153.4 / 2 = 48 SMs x "
                         "1024 FLOP/clk x 1.560 GHz boost (TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/)). Host: Threadripper PRO 5000WX workstation "
                         "(WRX80), 8-channel DDR4-3200 = 8 x 8 B x 3200 MT/s = 204.8 GB/s, 16 cores"},
      Hardware{.id = "rtx-a5000",
               .name = "NVIDIA RTX A5000 (24 GiB) + 128 GiB DDR4",
               .family = "NVIDIA RTX professional",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 24ull * kGiB,
               .gpu_bandwidth_gb_per_s = 768.0,
               .gpu_fp16_tflops = 111.1,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 204.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 24,
               .unified_memory = false,
               .source = "NVIDIA RTX A5000 datasheet: 24 GB GDDR6 with ECC, 384-bit 16 Gbps = 768 GB/s, 8,192 "
                         "CUDA cores (64 SMs), 'Tensor performance 222.2 TFLOPS' (with sparsity), PCIe 4.0 "
                         "x16; dense FP16 (FP32 acc, full rate on RTX professional cards) = 222.2 / 2 = 64 SMs "
                         "x 1024 FLOP/clk x 1.695 GHz boost (TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/)). Host: Threadripper PRO 5000WX workstation "
                         "(WRX80), 8-channel DDR4-3200 = 8 x 8 B x 3200 MT/s = 204.8 GB/s, 24 cores"},
      Hardware{.id = "rtx-a6000",
               .name = "NVIDIA RTX A6000 (48 GiB) + 256 GiB DDR4",
               .family = "NVIDIA RTX professional",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 48ull * kGiB,
               .gpu_bandwidth_gb_per_s = 768.0,
               .gpu_fp16_tflops = 154.8,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 204.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA RTX A6000 datasheet / ServeTheHome spec table: 48 GB GDDR6 with ECC, 384-bit "
                         "16 Gbps = 768 GB/s, 10,752 CUDA cores (84 SMs, GA102), 'Tensor performance 309.7 "
                         "TFLOPS' (with sparsity), PCIe 4.0 x16; dense FP16 (FP32 acc, full rate on RTX "
                         "professional cards) = 309.7 / 2 = 84 SMs x 1024 FLOP/clk x 1.800 GHz boost = 154.8 "
                         "(Microway's Ampere comparison lists 154.8). Host: Threadripper PRO 5000WX "
                         "workstation (WRX80), 8-channel DDR4-3200 = 8 x 8 B x 3200 MT/s = 204.8 GB/s, 32 "
                         "cores"},
      Hardware{.id = "rtx6000-ada",
               .name = "NVIDIA RTX 6000 Ada Generation (48 GiB) + 256 GiB DDR5",
               .family = "NVIDIA RTX professional",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 48ull * kGiB,
               .gpu_bandwidth_gb_per_s = 960.0,
               .gpu_fp16_tflops = 364.2,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 166.4,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA RTX 6000 Ada Generation datasheet: 48 GB GDDR6 with ECC, 384-bit 20 Gbps = "
                         "960 GB/s, 18,176 CUDA cores (142 SMs, AD102), 91.1 FP32 TFLOPS, 'Tensor performance "
                         "1,457 TFLOPS' (FP8 with sparsity), PCIe 4.0 x16; dense FP16 (FP32 acc, full rate on "
                         "RTX professional cards) = 1,457 / 4 = 142 SMs x 1024 FLOP/clk x 2.505 GHz boost "
                         "(TechPowerUp GPU Database (https://www.techpowerup.com/gpu-specs/)). Host: "
                         "Threadripper 7000 workstation (TRX50), 4-channel DDR5-5200 = 4 x 8 B x 5200 MT/s = "
                         "166.4 GB/s, 32 cores"},
      Hardware{.id = "rtx-pro-6000",
               .name = "NVIDIA RTX PRO 6000 Blackwell (96 GiB) + 256 GiB DDR5",
               .family = "NVIDIA RTX professional",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 96ull * kGiB,
               .gpu_bandwidth_gb_per_s = 1792.0,
               .gpu_fp16_tflops = 503.8,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 166.4,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA RTX PRO 6000 Blackwell Workstation Edition (GTC 2025 announcement, VideoCardz "
                         "/ Hardware Corner spec tables): 96 GB GDDR7 with ECC (32 x 3 GB chips, clamshell), "
                         "512-bit 28 Gbps = 1,792 GB/s, 24,064 CUDA cores (188 SMs, GB202), 125 FP32 TFLOPS, "
                         "4,000 AI TOPS (FP4 with sparsity), 600 W, PCIe 5.0 x16; dense FP16 (FP32 acc, full "
                         "rate on RTX professional cards) = 4,000 / 2 (dense) / 4 (FP4 -> FP16) ~= 188 SMs x "
                         "1024 FLOP/clk x 2.617 GHz boost (TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/)). The 300 W Max-Q edition clocks lower. "
                         "Host: Threadripper 7000 workstation (TRX50), 4-channel DDR5-5200 = 4 x 8 B x 5200 "
                         "MT/s = 166.4 GB/s, 32 cores"},

      // ----------------------------------------------------------------------------------------------------
      // NVIDIA datacenter GPUs. FP16 tensor figures are the datasheets' dense ones (datacenter parts run FP16 with
      // FP32 accumulate at full rate, so both accumulate modes give the same number). GDDR datacenter cards (L4,
      // L40S, T4, A10) ship with ECC on, which hides ~4-6% of the memory from CUDA; vram_bytes is the physical size.
      // Host: server RAM, 256+ GiB on 8-channel DDR4-3200 (204.8 GB/s, A100 era) or DDR5-4800 (307.2 GB/s, H100 era);
      // smaller cloud slices for the inference cards.
      // ----------------------------------------------------------------------------------------------------
      // Public contract id. 40 GB A100 SXM4 and PCIe share 1,555 GB/s and 312 TFLOPS, so one preset covers both.
      Hardware{.id = "a100-40g",
               .name = "NVIDIA A100 40GB (SXM4 or PCIe, 40 GiB) + 256 GiB DDR4",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 40ull * kGiB,
               .gpu_bandwidth_gb_per_s = 1555.0,
               .gpu_fp16_tflops = 312.0,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 204.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA A100 datasheet: 40 GB HBM2 1,555 GB/s (SXM4 and PCIe alike), FP16 tensor "
                         "312 TFLOPS dense (624 sparse), PCIe 4.0 x16; NVIDIA Ampere GA100 whitepaper "
                         "table (312/624); nvidia-smi totals per modal-labs/modal-client PR #2797: 40960 "
                         "MiB. Host: 8-channel DDR4-3200 server"},
      // Public contract id: the SXM4 board (the datasheet's headline 80 GB part). The PCIe card is a100-80g-pcie.
      Hardware{.id = "a100-80g",
               .name = "NVIDIA A100 80GB SXM4 (80 GiB) + 256 GiB DDR4",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 80ull * kGiB,
               .gpu_bandwidth_gb_per_s = 2039.0,
               .gpu_fp16_tflops = 312.0,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 204.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA A100 datasheet: 80 GB HBM2e SXM4 2,039 GB/s, FP16 tensor 312 TFLOPS "
                         "dense (624 sparse), host link PCIe 4.0 x16; nvidia-smi totals per "
                         "modal-labs/modal-client PR #2797: 81920 MiB. Host: 8-channel DDR4-3200 server"},
      Hardware{.id = "a100-80g-pcie",
               .name = "NVIDIA A100 80GB PCIe (80 GiB) + 256 GiB DDR4",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 80ull * kGiB,
               .gpu_bandwidth_gb_per_s = 1935.0,
               .gpu_fp16_tflops = 312.0,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 204.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA A100 datasheet: 80 GB HBM2e PCIe 1,935 GB/s, FP16 tensor 312 TFLOPS "
                         "dense (624 sparse), PCIe 4.0 x16. Host: 8-channel DDR4-3200 server"},
      Hardware{.id = "h100-pcie",
               .name = "NVIDIA H100 PCIe (80 GiB) + 256 GiB DDR5",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 80ull * kGiB,
               .gpu_bandwidth_gb_per_s = 2000.0,
               .gpu_fp16_tflops = 756.0,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 307.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA H100 datasheet and Hopper architecture whitepaper (Table 3): H100 PCIe "
                         "80 GB HBM2e 2 TB/s, FP16/BF16 tensor 756 TFLOPS dense (1,513 sparse), PCIe 5.0 "
                         "x16; nvidia-smi totals per modal-labs/modal-client PR #2797: 81559 MiB. Host: "
                         "8-channel DDR5-4800 server"},
      Hardware{.id = "h100-sxm",
               .name = "NVIDIA H100 SXM5 (80 GiB) + 256 GiB DDR5",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 80ull * kGiB,
               .gpu_bandwidth_gb_per_s = 3350.0,
               .gpu_fp16_tflops = 989.4,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 307.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA H100 datasheet and Hopper architecture whitepaper (Table 3): H100 SXM5 "
                         "80 GB HBM3 3.35 TB/s, FP16/BF16 tensor 989.4 TFLOPS dense (1,978.9 sparse), "
                         "host link PCIe 5.0 x16; nvidia-smi totals per modal-labs/modal-client PR #2797: "
                         "81559 MiB. Host: 8-channel DDR5-4800 server"},
      // One card of the NVLink-bridged pair NVIDIA sells as H100 NVL; the pair is this preset with gpuCount 2.
      Hardware{.id = "h100-nvl",
               .name = "NVIDIA H100 NVL (94 GiB) + 256 GiB DDR5",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 94ull * kGiB,
               .gpu_bandwidth_gb_per_s = 3900.0,
               .gpu_fp16_tflops = 835.5,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 307.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA H100 datasheet, H100 NVL column: 94 GB HBM3 3.9 TB/s, FP16/BF16 tensor 1,671 "
                         "TFLOPS with sparsity (835.5 dense), 350-400 W, PCIe 5.0 x16 card; the driver reports "
                         "99961274368 bytes = 93.1 GiB (fastfetch-cli/fastfetch issue #1658), so the marketed "
                         "94 is GiB-like as for H100/H200. Host: 8-channel DDR5-4800 server"},
      // NVIDIA sells it as "141 GB", but the driver reports 143771 MiB total (140.4 GiB = 150.8e9 bytes; e.g. the
      // nvidia-smi tables in many public H200 logs), so the marketed figure is GiB-like, not 141e9 bytes: 141 GiB is
      // used, as for every other card (141e9 bytes would understate it by 7%).
      Hardware{.id = "h200",
               .name = "NVIDIA H200 SXM (141 GiB) + 512 GiB DDR5",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 141ull * kGiB,
               .gpu_bandwidth_gb_per_s = 4800.0,
               .gpu_fp16_tflops = 989.4,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 512ull * kGiB,
               .ram_bandwidth_gb_per_s = 307.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA H200 datasheet: 141 GB HBM3e 4.8 TB/s, FP16 tensor 1,979 TFLOPS with "
                         "sparsity (989.4 dense, same GH100 compute as H100 SXM), host link PCIe 5.0 x16; "
                         "nvidia-smi reports 143771 MiB. Host: 8-channel DDR5-4800 server"},
      // The B200 package carries 192 GB of HBM3e (8 stacks); HGX / DGX B200 boards enable 180 GB per GPU
      // (1,440 GB for 8), and that is the figure used.
      Hardware{.id = "b200",
               .name = "NVIDIA B200 (180 GiB) + 1024 GiB DDR5",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 180ull * kGiB,
               .gpu_bandwidth_gb_per_s = 8000.0,
               .gpu_fp16_tflops = 2250.0,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 1024ull * kGiB,
               .ram_bandwidth_gb_per_s = 358.4,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 56,
               .unified_memory = false,
               .source = "NVIDIA DGX B200 / HGX B200 datasheets: 8 GPUs with 1,440 GB HBM3e and 64 TB/s in "
                         "total = 180 GB and 8 TB/s per GPU, FP16/BF16 tensor 36 PFLOPS with sparsity for 8 = "
                         "2.25 PFLOPS dense per GPU (pytorch/ao roofline_utils: bf16 2.25e15; pytorch/ao PR "
                         "#4002 reads 178.35 GiB total from CUDA and a 7680-bit bus, i.e. 7.67 TB/s "
                         "measured-clock peak), host link PCIe 5.0 x16. Host: one of DGX B200's two Xeon "
                         "Platinum 8570 sockets (56 cores, 8-channel DDR5-5600 = 358.4 GB/s, half of the 2 TB)"},
      Hardware{.id = "l4",
               .name = "NVIDIA L4 (24 GiB) + 128 GiB DDR5",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 24ull * kGiB,
               .gpu_bandwidth_gb_per_s = 300.0,
               .gpu_fp16_tflops = 121.0,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 307.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "NVIDIA L4 datasheet: 24 GB GDDR6 300 GB/s, FP16 tensor 242 TFLOPS with sparsity "
                         "(121 dense), PCIe 4.0 x16; nvidia-smi totals per modal-labs/modal-client PR "
                         "#2797: 23034 MiB with ECC on. Host: cloud slice of an 8-channel DDR5-4800 server"},
      Hardware{.id = "l40",
               .name = "NVIDIA L40 (48 GiB) + 256 GiB DDR5",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 48ull * kGiB,
               .gpu_bandwidth_gb_per_s = 864.0,
               .gpu_fp16_tflops = 181.05,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 307.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA L40 datasheet (L40 / L40S table): 48 GB GDDR6 with ECC 864 GB/s, 18,176 CUDA "
                         "cores (142 SMs, AD102), FP16 tensor 181.05 TFLOPS dense (362.1 sparse), PCIe 4.0 "
                         "x16; unlike the L40S (362.05) the L40 runs FP16 with FP32 accumulate at half rate: "
                         "142 SMs x 512 FLOP/clk x 2.490 GHz. Host: 8-channel DDR5-4800 server"},
      Hardware{.id = "l40s",
               .name = "NVIDIA L40S (48 GiB) + 256 GiB DDR5",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 48ull * kGiB,
               .gpu_bandwidth_gb_per_s = 864.0,
               .gpu_fp16_tflops = 362.05,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 307.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA L40S datasheet: 48 GB GDDR6 with ECC 864 GB/s, FP16 tensor 362.05 TFLOPS "
                         "dense (733 sparse), PCIe 4.0 x16; nvidia-smi totals per modal-labs/modal-client "
                         "PR #2797: 46068 MiB with ECC on. Host: 8-channel DDR5-4800 server"},
      Hardware{.id = "t4",
               .name = "NVIDIA T4 (16 GiB) + 64 GiB DDR4",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 320.0,
               .gpu_fp16_tflops = 65.0,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 204.8,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "NVIDIA T4 datasheet: 16 GB GDDR6 320 GB/s, 65 TFLOPS FP16 mixed precision (40 "
                         "SMs x 1024 FLOP/clk x 1.59 GHz), PCIe 3.0 x16; nvidia-smi totals per "
                         "modal-labs/modal-client PR #2797: 15360 MiB with ECC on. Host: cloud slice of "
                         "an 8-channel DDR4 server, PCIe 3.0 NVMe"},
      Hardware{.id = "a10",
               .name = "NVIDIA A10 (24 GiB) + 128 GiB DDR4",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 24ull * kGiB,
               .gpu_bandwidth_gb_per_s = 600.0,
               .gpu_fp16_tflops = 125.0,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 204.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "NVIDIA A10 datasheet: 24 GB GDDR6 600 GB/s, FP16 tensor 125 TFLOPS dense (250 "
                         "sparse), PCIe 4.0 x16; nvidia-smi totals per modal-labs/modal-client PR #2797: "
                         "23028 MiB with ECC on. Host: cloud slice of an 8-channel DDR4-3200 server"},
      Hardware{.id = "a40",
               .name = "NVIDIA A40 (48 GiB) + 256 GiB DDR4",
               .family = "NVIDIA datacenter",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = 48ull * kGiB,
               .gpu_bandwidth_gb_per_s = 696.0,
               .gpu_fp16_tflops = 149.7,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 204.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "NVIDIA A40 datasheet: 48 GB GDDR6 with ECC 696 GB/s, 10,752 CUDA cores (84 SMs, "
                         "GA102), 'Peak BF16 Tensor TFLOPS with FP32 Accumulate 149.7 | 299.4 (sparse)', PCIe "
                         "4.0 x16 = 84 SMs x 1024 FLOP/clk x 1.740 GHz. Host: 8-channel DDR4-3200 server"},

      // ----------------------------------------------------------------------------------------------------
      // Multi-GPU machines: gpu_count > 1; every per-GPU field (vram_bytes, bandwidths, TFLOPS, PCIe link)
      // is for ONE GPU.
      // ----------------------------------------------------------------------------------------------------
      Hardware{.id = "2x-rtx3090",
               .name = "2x NVIDIA GeForce RTX 3090 (24 GiB each) + 128 GiB DDR4",
               .family = "NVIDIA multi-GPU",
               .backend = Backend::kCuda,
               .gpu_count = 2,
               .vram_bytes = 24ull * kGiB,
               .gpu_bandwidth_gb_per_s = 936.2,
               .gpu_fp16_tflops = 71.2,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "Per GPU as rtx3090 (TechPowerUp GPU Database, NVIDIA Ampere GA102 whitepaper). "
                         "Host: AM4 desktop, 128 GiB DDR4-3200 dual channel, 16 cores; the two cards "
                         "share the CPU lanes as PCIe 4.0 x8/x8 (16 GB/s each)"},
      Hardware{.id = "2x-rtx4090",
               .name = "2x NVIDIA GeForce RTX 4090 (24 GiB each) + 128 GiB DDR5",
               .family = "NVIDIA multi-GPU",
               .backend = Backend::kCuda,
               .gpu_count = 2,
               .vram_bytes = 24ull * kGiB,
               .gpu_bandwidth_gb_per_s = 1008.0,
               .gpu_fp16_tflops = 165.2,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "Per GPU as rtx4090 (TechPowerUp GPU Database, NVIDIA Ada whitepaper). Host: AM5 "
                         "desktop, 2x 64 GiB DDR5-5600 dual channel, 16 cores; PCIe 4.0 x8/x8 (16 GB/s "
                         "each)"},
      Hardware{.id = "4x-a100-80g",
               .name = "4x NVIDIA A100 80GB SXM4 (80 GiB each) + 512 GiB DDR4",
               .family = "NVIDIA multi-GPU",
               .backend = Backend::kCuda,
               .gpu_count = 4,
               .vram_bytes = 80ull * kGiB,
               .gpu_bandwidth_gb_per_s = 2039.0,
               .gpu_fp16_tflops = 312.0,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 512ull * kGiB,
               .ram_bandwidth_gb_per_s = 409.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 64,
               .unified_memory = false,
               .source = "Per GPU as a100-80g (NVIDIA A100 datasheet). Host: HGX A100 4-GPU server, 2 "
                         "sockets x 8-channel DDR4-3200 (409.6 GB/s combined), 64 cores; PCIe 4.0 x16 per "
                         "GPU"},
      Hardware{.id = "8x-h100",
               .name = "8x NVIDIA H100 SXM5 (80 GiB each) + 2048 GiB DDR5",
               .family = "NVIDIA multi-GPU",
               .backend = Backend::kCuda,
               .gpu_count = 8,
               .vram_bytes = 80ull * kGiB,
               .gpu_bandwidth_gb_per_s = 3350.0,
               .gpu_fp16_tflops = 989.4,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 2048ull * kGiB,
               .ram_bandwidth_gb_per_s = 614.4,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 112,
               .unified_memory = false,
               .source = "Per GPU as h100-sxm (NVIDIA H100 datasheet). Host per the NVIDIA DGX H100 "
                         "datasheet: 2 TB system memory, 2x Xeon Platinum 8480C (112 cores), 2 sockets x "
                         "8-channel DDR5-4800 (614.4 GB/s combined); PCIe 5.0 x16 per GPU; disk = one "
                         "datacenter NVMe drive"},

      // ----------------------------------------------------------------------------------------------------
      // AMD Radeon (backend ROCm/HIP; llama.cpp's Vulkan backend also drives every card here). FP16 is the dense
      // peak at boost clock: packed FP16 on RDNA 2, WMMA on RDNA 3 (same rate as dual-issue FP16), 2x that per CU
      // on RDNA 4. Hosts as for the NVIDIA card of the same era (RX 6000 ~ RTX 30 on DDR4, RX 7000/9000 ~ RTX 40
      // on DDR5).
      // ----------------------------------------------------------------------------------------------------
      Hardware{.id = "rx6700xt",
               .name = "AMD Radeon RX 6700 XT (12 GiB) + 32 GiB DDR4",
               .family = "AMD Radeon RX 6000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 12ull * kGiB,
               .gpu_bandwidth_gb_per_s = 384.0,
               .gpu_fp16_tflops = 26.43,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 6700 XT': 40 CUs, 2581 MHz "
                         "boost, 12 GB GDDR6 192-bit 16 Gbps = 384 GB/s; FP16 = packed-math peak (RDNA 2 "
                         "has no matrix units): 40 CUs x 256 FLOP/clk x 2.581 GHz; PCIe 4.0 x16 (gfx1031: "
                         "ROCm needs HSA_OVERRIDE_GFX_VERSION; Vulkan works)"},
      Hardware{.id = "rx6800",
               .name = "AMD Radeon RX 6800 (16 GiB) + 32 GiB DDR4",
               .family = "AMD Radeon RX 6000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 512.0,
               .gpu_fp16_tflops = 32.33,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 6800': 60 CUs, 2105 MHz "
                         "boost, 16 GB GDDR6 256-bit 16 Gbps = 512 GB/s; FP16 = packed-math peak (RDNA 2 "
                         "has no matrix units): 60 CUs x 256 FLOP/clk x 2.105 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rx6800xt",
               .name = "AMD Radeon RX 6800 XT (16 GiB) + 32 GiB DDR4",
               .family = "AMD Radeon RX 6000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 512.0,
               .gpu_fp16_tflops = 41.47,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 6800 XT': 72 CUs, 2250 MHz "
                         "boost, 16 GB GDDR6 256-bit 16 Gbps = 512 GB/s; FP16 = packed-math peak (RDNA 2 "
                         "has no matrix units): 72 CUs x 256 FLOP/clk x 2.250 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rx6900xt",
               .name = "AMD Radeon RX 6900 XT (16 GiB) + 32 GiB DDR4",
               .family = "AMD Radeon RX 6000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 512.0,
               .gpu_fp16_tflops = 46.08,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 6900 XT': 80 CUs, 2250 MHz "
                         "boost, 16 GB GDDR6 256-bit 16 Gbps = 512 GB/s; FP16 = packed-math peak (RDNA 2 "
                         "has no matrix units): 80 CUs x 256 FLOP/clk x 2.250 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rx7600",
               .name = "AMD Radeon RX 7600 (8 GiB) + 32 GiB DDR5",
               .family = "AMD Radeon RX 7000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 288.0,
               .gpu_fp16_tflops = 43.5,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 7600': 32 CUs, 2655 MHz "
                         "boost, 8 GB GDDR6 128-bit 18 Gbps = 288 GB/s; FP16 = WMMA/dual-issue peak "
                         "(AMD's 'Peak Half Precision'): 32 CUs x 512 FLOP/clk x 2.655 GHz; PCIe 4.0 x8"},
      Hardware{.id = "rx7700xt",
               .name = "AMD Radeon RX 7700 XT (12 GiB) + 32 GiB DDR5",
               .family = "AMD Radeon RX 7000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 12ull * kGiB,
               .gpu_bandwidth_gb_per_s = 432.0,
               .gpu_fp16_tflops = 70.34,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 7700 XT': 54 CUs, 2544 MHz "
                         "boost, 12 GB GDDR6 192-bit 18 Gbps = 432 GB/s; FP16 = WMMA/dual-issue peak "
                         "(AMD's 'Peak Half Precision'): 54 CUs x 512 FLOP/clk x 2.544 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rx7800xt",
               .name = "AMD Radeon RX 7800 XT (16 GiB) + 32 GiB DDR5",
               .family = "AMD Radeon RX 7000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 624.0,
               .gpu_fp16_tflops = 74.65,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 7800 XT': 60 CUs, 2430 MHz "
                         "boost, 16 GB GDDR6 256-bit 19.5 Gbps = 624 GB/s; FP16 = WMMA/dual-issue peak "
                         "(AMD's 'Peak Half Precision'): 60 CUs x 512 FLOP/clk x 2.430 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rx7900gre",
               .name = "AMD Radeon RX 7900 GRE (16 GiB) + 32 GiB DDR5",
               .family = "AMD Radeon RX 7000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 576.0,
               .gpu_fp16_tflops = 91.96,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 7900 GRE': 80 CUs, 2245 "
                         "MHz boost, 16 GB GDDR6 256-bit 18 Gbps = 576 GB/s; FP16 = WMMA/dual-issue peak "
                         "(AMD's 'Peak Half Precision'): 80 CUs x 512 FLOP/clk x 2.245 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rx7900xt",
               .name = "AMD Radeon RX 7900 XT (20 GiB) + 64 GiB DDR5",
               .family = "AMD Radeon RX 7000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 20ull * kGiB,
               .gpu_bandwidth_gb_per_s = 800.0,
               .gpu_fp16_tflops = 103.22,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 7900 XT': 84 CUs, 2400 MHz "
                         "boost, 20 GB GDDR6 320-bit 20 Gbps = 800 GB/s; FP16 = WMMA/dual-issue peak "
                         "(AMD's 'Peak Half Precision'): 84 CUs x 512 FLOP/clk x 2.400 GHz; PCIe 4.0 x16"},
      Hardware{.id = "rx7900xtx",
               .name = "AMD Radeon RX 7900 XTX (24 GiB) + 64 GiB DDR5",
               .family = "AMD Radeon RX 7000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 24ull * kGiB,
               .gpu_bandwidth_gb_per_s = 960.0,
               .gpu_fp16_tflops = 122.8,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 7900 XTX': 96 CUs, 2500 "
                         "MHz boost, 24 GB GDDR6 384-bit 20 Gbps = 960 GB/s; FP16 = WMMA/dual-issue peak "
                         "(AMD's 'Peak Half Precision'): 96 CUs x 512 FLOP/clk x 2.500 GHz (AMD lists "
                         "122.8); PCIe 4.0 x16"},
      Hardware{.id = "rx9060xt-8g",
               .name = "AMD Radeon RX 9060 XT 8GB (8 GiB) + 32 GiB DDR5",
               .family = "AMD Radeon RX 9000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 320.0,
               .gpu_fp16_tflops = 102.56,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 9060 XT 8GB': the 16 GB card's "
                         "Navi 44 (32 CUs, 3130 MHz boost) with 8 GB GDDR6 128-bit 20 Gbps = 320 GB/s; FP16 = "
                         "dense WMMA matrix peak (half the sparse figure): 32 CUs x 1024 FLOP/clk x 3.130 GHz; "
                         "PCIe 5.0 x16"},
      Hardware{.id = "rx9060xt-16g",
               .name = "AMD Radeon RX 9060 XT 16GB (16 GiB) + 32 GiB DDR5",
               .family = "AMD Radeon RX 9000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 320.0,
               .gpu_fp16_tflops = 102.56,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 9060 XT 16GB': 32 CUs, "
                         "3130 MHz boost, 16 GB GDDR6 128-bit 20 Gbps = 320 GB/s; FP16 = dense WMMA "
                         "matrix peak (half the sparse figure): 32 CUs x 1024 FLOP/clk x 3.130 GHz; PCIe "
                         "5.0 x16"},
      Hardware{.id = "rx9070",
               .name = "AMD Radeon RX 9070 (16 GiB) + 32 GiB DDR5",
               .family = "AMD Radeon RX 9000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 640.0,
               .gpu_fp16_tflops = 144.51,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 9070': 56 CUs, 2520 MHz "
                         "boost, 16 GB GDDR6 256-bit 20 Gbps = 640 GB/s; FP16 = dense WMMA matrix peak "
                         "(half the sparse figure): 56 CUs x 1024 FLOP/clk x 2.520 GHz; PCIe 5.0 x16"},
      Hardware{.id = "rx9070xt",
               .name = "AMD Radeon RX 9070 XT (16 GiB) + 32 GiB DDR5",
               .family = "AMD Radeon RX 9000",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 640.0,
               .gpu_fp16_tflops = 194.64,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon RX 9070 XT': 64 CUs, 2970 MHz "
                         "boost, 16 GB GDDR6 256-bit 20 Gbps = 640 GB/s; FP16 = dense WMMA matrix peak "
                         "(half the sparse figure): 64 CUs x 1024 FLOP/clk x 2.970 GHz; PCIe 5.0 x16 "
                         "(AMD: 779 INT8 / 1557 INT4 TOPS with sparsity)"},
      Hardware{.id = "radeon-pro-w7800",
               .name = "AMD Radeon PRO W7800 (32 GiB) + 128 GiB DDR5",
               .family = "AMD Radeon PRO",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 32ull * kGiB,
               .gpu_bandwidth_gb_per_s = 576.0,
               .gpu_fp16_tflops = 90.5,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 166.4,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 24,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon PRO W7800': 70 CUs, 2525 MHz "
                         "boost, 32 GB GDDR6 256-bit 18 Gbps = 576 GB/s; FP16 = WMMA/dual-issue peak "
                         "(AMD's 'Peak Half Precision'): 70 CUs x 512 FLOP/clk x 2.525 GHz; PCIe 4.0 x16. "
                         "Host: Threadripper 7000 workstation, 4-channel DDR5-5200 (166.4 GB/s)"},
      Hardware{.id = "radeon-pro-w7900",
               .name = "AMD Radeon PRO W7900 (48 GiB) + 256 GiB DDR5",
               .family = "AMD Radeon PRO",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 48ull * kGiB,
               .gpu_bandwidth_gb_per_s = 864.0,
               .gpu_fp16_tflops = 122.6,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 166.4,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "AMD product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Radeon PRO W7900': 96 CUs, 2495 MHz "
                         "boost, 48 GB GDDR6 384-bit 18 Gbps = 864 GB/s; FP16 = WMMA/dual-issue peak "
                         "(AMD's 'Peak Half Precision'): 96 CUs x 512 FLOP/clk x 2.495 GHz; PCIe 4.0 x16. "
                         "Host: Threadripper 7000 workstation, 4-channel DDR5-5200 (166.4 GB/s)"},

      // ----------------------------------------------------------------------------------------------------
      // AMD Instinct (backend ROCm/HIP). FP16 is the dense matrix-core peak of AMD's data sheets (CUs x FLOP/clk x
      // peak engine clock); HBM sizes are binary (ROCm's GPU specification table lists GiB). Hosts: EPYC servers.
      // ----------------------------------------------------------------------------------------------------
      // One MI250X package is two graphics compute dies that ROCm and llama.cpp see as two GPUs: gpu_count 2, every
      // figure per die (half of the package's).
      Hardware{.id = "mi250x",
               .name = "AMD Instinct MI250X (2 GCDs, 64 GiB each) + 512 GiB DDR4",
               .family = "AMD Instinct",
               .backend = Backend::kRocm,
               .gpu_count = 2,
               .vram_bytes = 64ull * kGiB,
               .gpu_bandwidth_gb_per_s = 1638.4,
               .gpu_fp16_tflops = 191.5,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 512ull * kGiB,
               .ram_bandwidth_gb_per_s = 204.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 64,
               .unified_memory = false,
               .source = "AMD Instinct MI250X product page and ROCm GPU specifications (rocm.docs.amd.com, "
                         "reference/gpu-specs: MI250X, CDNA2, 128 GiB, 220 CUs = 110 per GCD): 128 GB HBM2e "
                         "3.2768 TB/s, peak FP16 matrix 383 TFLOPS (220 CUs x 1024 FLOP/clk x 1.700 GHz), "
                         "halved per GCD: 64 GiB, 1,638.4 GB/s, 191.5 TFLOPS; PCIe 4.0 x16 host link per GCD. "
                         "Host: EPYC 7003 node (as Frontier's), 64 cores, 512 GiB 8-channel DDR4-3200"},
      Hardware{.id = "mi300x",
               .name = "AMD Instinct MI300X (192 GiB) + 768 GiB DDR5",
               .family = "AMD Instinct",
               .backend = Backend::kRocm,
               .gpu_count = 1,
               .vram_bytes = 192ull * kGiB,
               .gpu_bandwidth_gb_per_s = 5300.0,
               .gpu_fp16_tflops = 1307.4,
               .pcie_bandwidth_gb_per_s = 64.0,
               .ram_bytes = 768ull * kGiB,
               .ram_bandwidth_gb_per_s = 460.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "AMD Instinct MI300X data sheet: 192 GB HBM3 5.3 TB/s, 304 CUs, peak FP16 matrix "
                         "1,307.4 TFLOPS dense (2,614.9 with sparsity) = 304 CUs x 2048 FLOP/clk x 2.100 GHz, "
                         "host link PCIe 5.0 x16; ROCm GPU specifications list 192 GiB. Host: one socket of "
                         "AMD's MLPerf 8x MI300X server (mlcommons inference_results_v4.1, 2x EPYC 9374F, 24 x "
                         "64 GB DDR5-4800): 32 cores, 12-channel DDR5-4800 = 460.8 GB/s, 768 GiB"},

      // ----------------------------------------------------------------------------------------------------
      // Intel Arc (backend SYCL; Vulkan also works). FP16 is the XMX matrix-engine peak at the graphics clock.
      // ----------------------------------------------------------------------------------------------------
      Hardware{.id = "arc-a750",
               .name = "Intel Arc A750 (8 GiB) + 32 GiB DDR4",
               .family = "Intel Arc",
               .backend = Backend::kSycl,
               .gpu_count = 1,
               .vram_bytes = 8ull * kGiB,
               .gpu_bandwidth_gb_per_s = 512.0,
               .gpu_fp16_tflops = 117.6,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "Intel Arc product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Arc A750': 28 Xe-cores, 2050 MHz "
                         "graphics clock, 8 GB GDDR6 256-bit 16 Gbps = 512 GB/s; FP16 = XMX matrix peak: "
                         "28 Xe-cores x 2048 FLOP/clk x 2.050 GHz graphics clock (Xe-HPG XMX engine: 128 "
                         "FP16 ops/clk, 16 per Xe-core); PCIe 4.0 x16"},
      Hardware{.id = "arc-a770",
               .name = "Intel Arc A770 16GB (16 GiB) + 32 GiB DDR4",
               .family = "Intel Arc",
               .backend = Backend::kSycl,
               .gpu_count = 1,
               .vram_bytes = 16ull * kGiB,
               .gpu_bandwidth_gb_per_s = 560.0,
               .gpu_fp16_tflops = 137.6,
               .pcie_bandwidth_gb_per_s = 32.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "Intel Arc product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Arc A770': 32 Xe-cores, 2100 MHz "
                         "graphics clock, 16 GB GDDR6 256-bit 17.5 Gbps = 560 GB/s (the 8 GB card runs 16 "
                         "Gbps = 512 GB/s); FP16 = XMX matrix peak: 32 Xe-cores x 2048 FLOP/clk x 2.100 "
                         "GHz graphics clock (Xe-HPG XMX engine: 128 FP16 ops/clk, 16 per Xe-core); PCIe "
                         "4.0 x16"},
      Hardware{.id = "arc-b570",
               .name = "Intel Arc B570 (10 GiB) + 32 GiB DDR5",
               .family = "Intel Arc",
               .backend = Backend::kSycl,
               .gpu_count = 1,
               .vram_bytes = 10ull * kGiB,
               .gpu_bandwidth_gb_per_s = 380.0,
               .gpu_fp16_tflops = 92.2,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "Intel Arc product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/) (ASRock Arc B570 Challenger review), 'Arc "
                         "B570': 18 Xe2-cores (144 XMX engines), 2500 MHz graphics clock, 10 GB GDDR6 160-bit "
                         "19 Gbps = 380 GB/s; FP16 = XMX matrix peak: 18 Xe-cores x 2048 FLOP/clk x 2.500 GHz "
                         "graphics clock (Intel's 203 INT8 TOPS is quoted at a higher clock, as for the B580); "
                         "PCIe 4.0 x8"},
      Hardware{.id = "arc-b580",
               .name = "Intel Arc B580 (12 GiB) + 32 GiB DDR5",
               .family = "Intel Arc",
               .backend = Backend::kSycl,
               .gpu_count = 1,
               .vram_bytes = 12ull * kGiB,
               .gpu_bandwidth_gb_per_s = 456.0,
               .gpu_fp16_tflops = 109.4,
               .pcie_bandwidth_gb_per_s = 16.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "Intel Arc product page and TechPowerUp GPU Database "
                         "(https://www.techpowerup.com/gpu-specs/), 'Arc B580': 20 Xe2-cores, 2670 MHz "
                         "graphics clock, 12 GB GDDR6 192-bit 19 Gbps = 456 GB/s; FP16 = XMX matrix peak: "
                         "20 Xe-cores x 2048 FLOP/clk x 2.670 GHz graphics clock (Xe-HPG XMX engine: 128 "
                         "FP16 ops/clk, 16 per Xe-core; Xe2: 8 engines x 256) (Intel's 233 INT8 TOPS is "
                         "quoted at 2.85 GHz); PCIe 4.0 x8"},

      // ----------------------------------------------------------------------------------------------------
      // Apple Silicon (Metal, unified memory). ram_bytes is the whole pool; vram_bytes is the Metal GPU working-set
      // limit (see metal_working_set above); gpu and ram bandwidth are both the chip's unified bandwidth; pcie 0.
      // One preset per chip and bandwidth tier with a common RAM size, plus larger-RAM variants. cpu_cores counts
      // performance cores (what llama.cpp uses by default on Apple). Disk: typical internal SSD reads (~3 GB/s for
      // base-chip machines with small SSDs, ~5 GB/s Pro, ~7 GB/s Max/Ultra); Apple publishes no SSD figures.
      // ----------------------------------------------------------------------------------------------------
      Hardware{.id = "m1-8g",
               .name = "Apple M1 (8-core GPU, 8 GiB unified, 68.25 GB/s)",
               .family = "Apple M1",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(8 * kGiB),
               .gpu_bandwidth_gb_per_s = 68.25,
               .gpu_fp16_tflops = 2.6,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 8ull * kGiB,
               .ram_bandwidth_gb_per_s = 68.25,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M1 tech specs / press release: 68.25 GB/s unified memory bandwidth, 8-core "
                         "GPU, 8 GB configuration; FP16 = FP32 ALU rate (no matrix units on M1-M4): Apple "
                         "quotes 2.6 TFLOPS (8-core GPU); 68.25 GB/s = LPDDR4X-4266 x 128-bit; the 8 GB base "
                         "configuration; vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m1",
               .name = "Apple M1 (8-core GPU, 16 GiB unified, 68.25 GB/s)",
               .family = "Apple M1",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(16 * kGiB),
               .gpu_bandwidth_gb_per_s = 68.25,
               .gpu_fp16_tflops = 2.6,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 68.25,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M1 tech specs / press release: 68.25 GB/s unified memory bandwidth, "
                         "8-core GPU, 16 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): Apple quotes 2.6 TFLOPS (8-core GPU); 68.25 GB/s = LPDDR4X-4266 x "
                         "128-bit; vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m1-pro-16c",
               .name = "Apple M1 Pro (16-core GPU, 16 GiB unified, 200 GB/s)",
               .family = "Apple M1",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(16 * kGiB),
               .gpu_bandwidth_gb_per_s = 200.0,
               .gpu_fp16_tflops = 5.2,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 200.0,
               .disk_bandwidth_gb_per_s = 5.0,
               .cpu_cores = 8,
               .unified_memory = true,
               .source = "Apple M1 Pro tech specs / press release: 200 GB/s unified memory bandwidth, "
                         "16-core GPU, 16 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): Apple quotes 5.2 TFLOPS (16-core GPU); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m1-pro-32g",
               .name = "Apple M1 Pro (16-core GPU, 32 GiB unified, 200 GB/s)",
               .family = "Apple M1",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(32 * kGiB),
               .gpu_bandwidth_gb_per_s = 200.0,
               .gpu_fp16_tflops = 5.2,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 200.0,
               .disk_bandwidth_gb_per_s = 5.0,
               .cpu_cores = 8,
               .unified_memory = true,
               .source = "Apple M1 Pro tech specs / press release: 200 GB/s unified memory bandwidth, 16-core "
                         "GPU, 32 GB configuration; FP16 = FP32 ALU rate (no matrix units on M1-M4): Apple "
                         "quotes 5.2 TFLOPS (16-core GPU); vram = Metal recommendedMaxWorkingSetSize rule (see "
                         "top)"},
      Hardware{.id = "m1-max",
               .name = "Apple M1 Max (32-core GPU, 32 GiB unified, 400 GB/s)",
               .family = "Apple M1",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(32 * kGiB),
               .gpu_bandwidth_gb_per_s = 400.0,
               .gpu_fp16_tflops = 10.4,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 400.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = true,
               .source = "Apple M1 Max tech specs / press release: 400 GB/s unified memory bandwidth, "
                         "32-core GPU, 32 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): Apple quotes 10.4 TFLOPS (32-core GPU); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m1-max-64g",
               .name = "Apple M1 Max (32-core GPU, 64 GiB unified, 400 GB/s)",
               .family = "Apple M1",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(64 * kGiB),
               .gpu_bandwidth_gb_per_s = 400.0,
               .gpu_fp16_tflops = 10.4,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 400.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = true,
               .source = "Apple M1 Max tech specs / press release: 400 GB/s unified memory bandwidth, "
                         "32-core GPU, 64 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): Apple quotes 10.4 TFLOPS (32-core GPU); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m1-ultra",
               .name = "Apple M1 Ultra (48-core GPU, 64 GiB unified, 800 GB/s)",
               .family = "Apple M1",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(64 * kGiB),
               .gpu_bandwidth_gb_per_s = 800.0,
               .gpu_fp16_tflops = 15.9,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 800.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = true,
               .source = "Apple M1 Ultra tech specs / press release: 800 GB/s unified memory bandwidth, "
                         "48-core GPU, 64 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 48 cores x 256 FLOP/clk x 1.296 GHz (Apple quotes 21 TFLOPS for the "
                         "64-core GPU); vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m1-ultra-128g",
               .name = "Apple M1 Ultra (64-core GPU, 128 GiB unified, 800 GB/s)",
               .family = "Apple M1",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(128 * kGiB),
               .gpu_bandwidth_gb_per_s = 800.0,
               .gpu_fp16_tflops = 21.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 800.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = true,
               .source = "Apple M1 Ultra tech specs / press release: 800 GB/s unified memory bandwidth, "
                         "64-core GPU, 128 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): Apple quotes 21 TFLOPS (64-core GPU); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m2-8g",
               .name = "Apple M2 (10-core GPU, 8 GiB unified, 100 GB/s)",
               .family = "Apple M2",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(8 * kGiB),
               .gpu_bandwidth_gb_per_s = 100.0,
               .gpu_fp16_tflops = 3.6,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 8ull * kGiB,
               .ram_bandwidth_gb_per_s = 100.0,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M2 tech specs / press release: 100 GB/s unified memory bandwidth, 10-core GPU, "
                         "8 GB configuration; FP16 = FP32 ALU rate (no matrix units on M1-M4): Apple quotes "
                         "3.6 TFLOPS (10-core GPU); vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m2",
               .name = "Apple M2 (10-core GPU, 16 GiB unified, 100 GB/s)",
               .family = "Apple M2",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(16 * kGiB),
               .gpu_bandwidth_gb_per_s = 100.0,
               .gpu_fp16_tflops = 3.6,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 100.0,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M2 tech specs / press release: 100 GB/s unified memory bandwidth, 10-core "
                         "GPU, 16 GB configuration; FP16 = FP32 ALU rate (no matrix units on M1-M4): "
                         "Apple quotes 3.6 TFLOPS (10-core GPU); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m2-24g",
               .name = "Apple M2 (10-core GPU, 24 GiB unified, 100 GB/s)",
               .family = "Apple M2",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(24 * kGiB),
               .gpu_bandwidth_gb_per_s = 100.0,
               .gpu_fp16_tflops = 3.6,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 24ull * kGiB,
               .ram_bandwidth_gb_per_s = 100.0,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M2 tech specs / press release: 100 GB/s unified memory bandwidth, 10-core GPU, "
                         "24 GB configuration; FP16 = FP32 ALU rate (no matrix units on M1-M4): Apple quotes "
                         "3.6 TFLOPS (10-core GPU); vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m2-pro",
               .name = "Apple M2 Pro (19-core GPU, 16 GiB unified, 200 GB/s)",
               .family = "Apple M2",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(16 * kGiB),
               .gpu_bandwidth_gb_per_s = 200.0,
               .gpu_fp16_tflops = 6.8,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 200.0,
               .disk_bandwidth_gb_per_s = 5.0,
               .cpu_cores = 8,
               .unified_memory = true,
               .source = "Apple M2 Pro tech specs / press release: 200 GB/s unified memory bandwidth, "
                         "19-core GPU, 16 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): Apple quotes 6.8 TFLOPS (19-core GPU); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m2-pro-32g",
               .name = "Apple M2 Pro (19-core GPU, 32 GiB unified, 200 GB/s)",
               .family = "Apple M2",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(32 * kGiB),
               .gpu_bandwidth_gb_per_s = 200.0,
               .gpu_fp16_tflops = 6.8,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 200.0,
               .disk_bandwidth_gb_per_s = 5.0,
               .cpu_cores = 8,
               .unified_memory = true,
               .source = "Apple M2 Pro tech specs / press release: 200 GB/s unified memory bandwidth, 19-core "
                         "GPU, 32 GB configuration; FP16 = FP32 ALU rate (no matrix units on M1-M4): Apple "
                         "quotes 6.8 TFLOPS (19-core GPU); vram = Metal recommendedMaxWorkingSetSize rule (see "
                         "top)"},
      Hardware{.id = "m2-max",
               .name = "Apple M2 Max (38-core GPU, 32 GiB unified, 400 GB/s)",
               .family = "Apple M2",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(32 * kGiB),
               .gpu_bandwidth_gb_per_s = 400.0,
               .gpu_fp16_tflops = 13.6,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 400.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = true,
               .source = "Apple M2 Max tech specs / press release: 400 GB/s unified memory bandwidth, "
                         "38-core GPU, 32 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): Apple quotes 13.6 TFLOPS (38-core GPU); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m2-max-64g",
               .name = "Apple M2 Max (38-core GPU, 64 GiB unified, 400 GB/s)",
               .family = "Apple M2",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(64 * kGiB),
               .gpu_bandwidth_gb_per_s = 400.0,
               .gpu_fp16_tflops = 13.6,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 400.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = true,
               .source = "Apple M2 Max tech specs / press release: 400 GB/s unified memory bandwidth, "
                         "38-core GPU, 64 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): Apple quotes 13.6 TFLOPS (38-core GPU); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m2-max-96g",
               .name = "Apple M2 Max (38-core GPU, 96 GiB unified, 400 GB/s)",
               .family = "Apple M2",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(96 * kGiB),
               .gpu_bandwidth_gb_per_s = 400.0,
               .gpu_fp16_tflops = 13.6,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 96ull * kGiB,
               .ram_bandwidth_gb_per_s = 400.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = true,
               .source = "Apple M2 Max tech specs / press release: 400 GB/s unified memory bandwidth, "
                         "38-core GPU, 96 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): Apple quotes 13.6 TFLOPS (38-core GPU); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m2-ultra",
               .name = "Apple M2 Ultra (60-core GPU, 64 GiB unified, 800 GB/s)",
               .family = "Apple M2",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(64 * kGiB),
               .gpu_bandwidth_gb_per_s = 800.0,
               .gpu_fp16_tflops = 21.5,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 800.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = true,
               .source = "Apple M2 Ultra tech specs / press release: 800 GB/s unified memory bandwidth, "
                         "60-core GPU, 64 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 60 cores x 256 FLOP/clk x 1.398 GHz (Apple quotes 27.2 TFLOPS for the "
                         "76-core GPU); vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m2-ultra-192g",
               .name = "Apple M2 Ultra (76-core GPU, 192 GiB unified, 800 GB/s)",
               .family = "Apple M2",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(192 * kGiB),
               .gpu_bandwidth_gb_per_s = 800.0,
               .gpu_fp16_tflops = 27.2,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 192ull * kGiB,
               .ram_bandwidth_gb_per_s = 800.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = true,
               .source = "Apple M2 Ultra tech specs / press release: 800 GB/s unified memory bandwidth, "
                         "76-core GPU, 192 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): Apple quotes 27.2 TFLOPS (76-core GPU); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m3-8g",
               .name = "Apple M3 (10-core GPU, 8 GiB unified, 100 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(8 * kGiB),
               .gpu_bandwidth_gb_per_s = 100.0,
               .gpu_fp16_tflops = 3.58,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 8ull * kGiB,
               .ram_bandwidth_gb_per_s = 100.0,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M3 tech specs / press release: 100 GB/s unified memory bandwidth, 10-core GPU, "
                         "8 GB configuration; FP16 = FP32 ALU rate (no matrix units on M1-M4): 10 cores x 256 "
                         "FLOP/clk x 1.398 GHz (hmc-tech.com); vram = Metal recommendedMaxWorkingSetSize rule "
                         "(see top)"},
      Hardware{.id = "m3",
               .name = "Apple M3 (10-core GPU, 16 GiB unified, 100 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(16 * kGiB),
               .gpu_bandwidth_gb_per_s = 100.0,
               .gpu_fp16_tflops = 3.58,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 100.0,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M3 tech specs / press release: 100 GB/s unified memory bandwidth, 10-core "
                         "GPU, 16 GB configuration; FP16 = FP32 ALU rate (no matrix units on M1-M4): 10 "
                         "cores x 256 FLOP/clk x 1.398 GHz (hmc-tech.com; Apple publishes no TFLOPS for "
                         "M3); vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m3-24g",
               .name = "Apple M3 (10-core GPU, 24 GiB unified, 100 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(24 * kGiB),
               .gpu_bandwidth_gb_per_s = 100.0,
               .gpu_fp16_tflops = 3.58,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 24ull * kGiB,
               .ram_bandwidth_gb_per_s = 100.0,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M3 tech specs / press release: 100 GB/s unified memory bandwidth, 10-core GPU, "
                         "24 GB configuration; FP16 = FP32 ALU rate (no matrix units on M1-M4): 10 cores x 256 "
                         "FLOP/clk x 1.398 GHz (hmc-tech.com); vram = Metal recommendedMaxWorkingSetSize rule "
                         "(see top)"},
      Hardware{.id = "m3-pro",
               .name = "Apple M3 Pro (18-core GPU, 18 GiB unified, 150 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(18 * kGiB),
               .gpu_bandwidth_gb_per_s = 150.0,
               .gpu_fp16_tflops = 6.44,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 18ull * kGiB,
               .ram_bandwidth_gb_per_s = 150.0,
               .disk_bandwidth_gb_per_s = 5.0,
               .cpu_cores = 6,
               .unified_memory = true,
               .source = "Apple M3 Pro tech specs / press release: 150 GB/s unified memory bandwidth, "
                         "18-core GPU, 18 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 18 cores x 256 FLOP/clk x 1.398 GHz (hmc-tech.com); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m3-pro-36g",
               .name = "Apple M3 Pro (18-core GPU, 36 GiB unified, 150 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(36 * kGiB),
               .gpu_bandwidth_gb_per_s = 150.0,
               .gpu_fp16_tflops = 6.44,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 36ull * kGiB,
               .ram_bandwidth_gb_per_s = 150.0,
               .disk_bandwidth_gb_per_s = 5.0,
               .cpu_cores = 6,
               .unified_memory = true,
               .source = "Apple M3 Pro tech specs / press release: 150 GB/s unified memory bandwidth, "
                         "18-core GPU, 36 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 18 cores x 256 FLOP/clk x 1.398 GHz (hmc-tech.com); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m3-max-30c",
               .name = "Apple M3 Max (30-core GPU, 36 GiB unified, 300 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(36 * kGiB),
               .gpu_bandwidth_gb_per_s = 300.0,
               .gpu_fp16_tflops = 10.74,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 36ull * kGiB,
               .ram_bandwidth_gb_per_s = 300.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 10,
               .unified_memory = true,
               .source = "Apple M3 Max tech specs / press release: 300 GB/s unified memory bandwidth, "
                         "30-core GPU, 36 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 30 cores x 256 FLOP/clk x 1.398 GHz (hmc-tech.com); the 30-core-GPU M3 "
                         "Max has 300 GB/s; vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m3-max-30c-96g",
               .name = "Apple M3 Max (30-core GPU, 96 GiB unified, 300 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(96 * kGiB),
               .gpu_bandwidth_gb_per_s = 300.0,
               .gpu_fp16_tflops = 10.74,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 96ull * kGiB,
               .ram_bandwidth_gb_per_s = 300.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 10,
               .unified_memory = true,
               .source = "Apple M3 Max tech specs / press release: 300 GB/s unified memory bandwidth, "
                         "30-core GPU, 96 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 30 cores x 256 FLOP/clk x 1.398 GHz (hmc-tech.com); the 30-core-GPU M3 "
                         "Max has 300 GB/s; vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m3-max-40c",
               .name = "Apple M3 Max (40-core GPU, 48 GiB unified, 400 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(48 * kGiB),
               .gpu_bandwidth_gb_per_s = 400.0,
               .gpu_fp16_tflops = 14.32,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 48ull * kGiB,
               .ram_bandwidth_gb_per_s = 400.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 12,
               .unified_memory = true,
               .source = "Apple M3 Max tech specs / press release: 400 GB/s unified memory bandwidth, "
                         "40-core GPU, 48 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 40 cores x 256 FLOP/clk x 1.398 GHz (hmc-tech.com); the 40-core-GPU M3 "
                         "Max has 400 GB/s; vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m3-max-64g",
               .name = "Apple M3 Max (40-core GPU, 64 GiB unified, 400 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(64 * kGiB),
               .gpu_bandwidth_gb_per_s = 400.0,
               .gpu_fp16_tflops = 14.32,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 400.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 12,
               .unified_memory = true,
               .source = "Apple M3 Max tech specs / press release: 400 GB/s unified memory bandwidth, "
                         "40-core GPU, 64 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 40 cores x 256 FLOP/clk x 1.398 GHz (hmc-tech.com); 64 GB needs the "
                         "40-core GPU; vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m3-max-128g",
               .name = "Apple M3 Max (40-core GPU, 128 GiB unified, 400 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(128 * kGiB),
               .gpu_bandwidth_gb_per_s = 400.0,
               .gpu_fp16_tflops = 14.32,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 400.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 12,
               .unified_memory = true,
               .source = "Apple M3 Max tech specs / press release: 400 GB/s unified memory bandwidth, "
                         "40-core GPU, 128 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 40 cores x 256 FLOP/clk x 1.398 GHz (hmc-tech.com); 128 GB needs the "
                         "40-core GPU; vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m3-ultra",
               .name = "Apple M3 Ultra (60-core GPU, 96 GiB unified, 819 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(96 * kGiB),
               .gpu_bandwidth_gb_per_s = 819.0,
               .gpu_fp16_tflops = 21.47,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 96ull * kGiB,
               .ram_bandwidth_gb_per_s = 819.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 20,
               .unified_memory = true,
               .source = "Apple M3 Ultra tech specs / press release: 819 GB/s unified memory bandwidth, "
                         "60-core GPU, 96 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 60 cores x 256 FLOP/clk x 1.398 GHz (same GPU clock as M3 Max); Mac "
                         "Studio (2025) tech specs: 819 GB/s; vram = Metal recommendedMaxWorkingSetSize "
                         "rule (see top)"},
      Hardware{.id = "m3-ultra-256g",
               .name = "Apple M3 Ultra (80-core GPU, 256 GiB unified, 819 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(256 * kGiB),
               .gpu_bandwidth_gb_per_s = 819.0,
               .gpu_fp16_tflops = 28.63,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 819.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 24,
               .unified_memory = true,
               .source = "Apple M3 Ultra tech specs / press release: 819 GB/s unified memory bandwidth, "
                         "80-core GPU, 256 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 80 cores x 256 FLOP/clk x 1.398 GHz; Mac Studio (2025) tech specs: 819 "
                         "GB/s; vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m3-ultra-512g",
               .name = "Apple M3 Ultra (80-core GPU, 512 GiB unified, 819 GB/s)",
               .family = "Apple M3",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(512 * kGiB),
               .gpu_bandwidth_gb_per_s = 819.0,
               .gpu_fp16_tflops = 28.63,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 512ull * kGiB,
               .ram_bandwidth_gb_per_s = 819.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 24,
               .unified_memory = true,
               .source = "Apple M3 Ultra tech specs / press release: 819 GB/s unified memory bandwidth, "
                         "80-core GPU, 512 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 80 cores x 256 FLOP/clk x 1.398 GHz; Mac Studio (2025) tech specs: 819 "
                         "GB/s, 512 GB needs the 80-core GPU; vram = Metal recommendedMaxWorkingSetSize "
                         "rule (see top)"},
      Hardware{.id = "m4",
               .name = "Apple M4 (10-core GPU, 16 GiB unified, 120 GB/s)",
               .family = "Apple M4",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(16 * kGiB),
               .gpu_bandwidth_gb_per_s = 120.0,
               .gpu_fp16_tflops = 3.76,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 120.0,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M4 tech specs / press release: 120 GB/s unified memory bandwidth, 10-core "
                         "GPU, 16 GB configuration; FP16 = FP32 ALU rate (no matrix units on M1-M4): 10 "
                         "cores x 256 FLOP/clk x 1.470 GHz (hmc-tech.com; Apple publishes no TFLOPS for "
                         "M4); vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m4-24g",
               .name = "Apple M4 (10-core GPU, 24 GiB unified, 120 GB/s)",
               .family = "Apple M4",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(24 * kGiB),
               .gpu_bandwidth_gb_per_s = 120.0,
               .gpu_fp16_tflops = 3.76,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 24ull * kGiB,
               .ram_bandwidth_gb_per_s = 120.0,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M4 tech specs / press release: 120 GB/s unified memory bandwidth, 10-core GPU, "
                         "24 GB configuration; FP16 = FP32 ALU rate (no matrix units on M1-M4): 10 cores x 256 "
                         "FLOP/clk x 1.470 GHz (hmc-tech.com); vram = Metal recommendedMaxWorkingSetSize rule "
                         "(see top)"},
      Hardware{.id = "m4-32g",
               .name = "Apple M4 (10-core GPU, 32 GiB unified, 120 GB/s)",
               .family = "Apple M4",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(32 * kGiB),
               .gpu_bandwidth_gb_per_s = 120.0,
               .gpu_fp16_tflops = 3.76,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 120.0,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M4 tech specs / press release: 120 GB/s unified memory bandwidth, 10-core GPU, "
                         "32 GB configuration; FP16 = FP32 ALU rate (no matrix units on M1-M4): 10 cores x 256 "
                         "FLOP/clk x 1.470 GHz (hmc-tech.com); vram = Metal recommendedMaxWorkingSetSize rule "
                         "(see top)"},
      Hardware{.id = "m4-pro",
               .name = "Apple M4 Pro (20-core GPU, 24 GiB unified, 273 GB/s)",
               .family = "Apple M4",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(24 * kGiB),
               .gpu_bandwidth_gb_per_s = 273.0,
               .gpu_fp16_tflops = 7.53,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 24ull * kGiB,
               .ram_bandwidth_gb_per_s = 273.0,
               .disk_bandwidth_gb_per_s = 5.0,
               .cpu_cores = 10,
               .unified_memory = true,
               .source = "Apple M4 Pro tech specs / press release: 273 GB/s unified memory bandwidth, "
                         "20-core GPU, 24 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 20 cores x 256 FLOP/clk x 1.470 GHz (hmc-tech.com); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m4-pro-48g",
               .name = "Apple M4 Pro (20-core GPU, 48 GiB unified, 273 GB/s)",
               .family = "Apple M4",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(48 * kGiB),
               .gpu_bandwidth_gb_per_s = 273.0,
               .gpu_fp16_tflops = 7.53,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 48ull * kGiB,
               .ram_bandwidth_gb_per_s = 273.0,
               .disk_bandwidth_gb_per_s = 5.0,
               .cpu_cores = 10,
               .unified_memory = true,
               .source = "Apple M4 Pro tech specs / press release: 273 GB/s unified memory bandwidth, "
                         "20-core GPU, 48 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 20 cores x 256 FLOP/clk x 1.470 GHz (hmc-tech.com); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m4-pro-64g",
               .name = "Apple M4 Pro (20-core GPU, 64 GiB unified, 273 GB/s)",
               .family = "Apple M4",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(64 * kGiB),
               .gpu_bandwidth_gb_per_s = 273.0,
               .gpu_fp16_tflops = 7.53,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 273.0,
               .disk_bandwidth_gb_per_s = 5.0,
               .cpu_cores = 10,
               .unified_memory = true,
               .source = "Apple M4 Pro tech specs / press release: 273 GB/s unified memory bandwidth, "
                         "20-core GPU, 64 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 20 cores x 256 FLOP/clk x 1.470 GHz (hmc-tech.com); vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m4-max-32c",
               .name = "Apple M4 Max (32-core GPU, 36 GiB unified, 410 GB/s)",
               .family = "Apple M4",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(36 * kGiB),
               .gpu_bandwidth_gb_per_s = 410.0,
               .gpu_fp16_tflops = 13.74,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 36ull * kGiB,
               .ram_bandwidth_gb_per_s = 410.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 10,
               .unified_memory = true,
               .source = "Apple M4 Max tech specs / press release: 410 GB/s unified memory bandwidth, "
                         "32-core GPU, 36 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 32 cores x 256 FLOP/clk x 1.678 GHz (hmc-tech.com); the 32-core-GPU M4 "
                         "Max has 410 GB/s and only 36 GB; vram = Metal recommendedMaxWorkingSetSize rule "
                         "(see top)"},
      Hardware{.id = "m4-max-40c",
               .name = "Apple M4 Max (40-core GPU, 48 GiB unified, 546 GB/s)",
               .family = "Apple M4",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(48 * kGiB),
               .gpu_bandwidth_gb_per_s = 546.0,
               .gpu_fp16_tflops = 17.18,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 48ull * kGiB,
               .ram_bandwidth_gb_per_s = 546.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 12,
               .unified_memory = true,
               .source = "Apple M4 Max tech specs / press release: 546 GB/s unified memory bandwidth, "
                         "40-core GPU, 48 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 40 cores x 256 FLOP/clk x 1.678 GHz (clock from hmc-tech.com's 32-core "
                         "entry); the 40-core-GPU M4 Max has 546 GB/s; vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m4-max-64g",
               .name = "Apple M4 Max (40-core GPU, 64 GiB unified, 546 GB/s)",
               .family = "Apple M4",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(64 * kGiB),
               .gpu_bandwidth_gb_per_s = 546.0,
               .gpu_fp16_tflops = 17.18,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 546.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 12,
               .unified_memory = true,
               .source = "Apple M4 Max tech specs / press release: 546 GB/s unified memory bandwidth, "
                         "40-core GPU, 64 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 40 cores x 256 FLOP/clk x 1.678 GHz; 546 GB/s; vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m4-max-128g",
               .name = "Apple M4 Max (40-core GPU, 128 GiB unified, 546 GB/s)",
               .family = "Apple M4",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(128 * kGiB),
               .gpu_bandwidth_gb_per_s = 546.0,
               .gpu_fp16_tflops = 17.18,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 546.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 12,
               .unified_memory = true,
               .source = "Apple M4 Max tech specs / press release: 546 GB/s unified memory bandwidth, "
                         "40-core GPU, 128 GB configuration; FP16 = FP32 ALU rate (no matrix units on "
                         "M1-M4): 40 cores x 256 FLOP/clk x 1.678 GHz; 546 GB/s; vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      // Apple M5 family: a GPU Neural Accelerator (matrix unit) in every GPU core; FP16 is its matrix peak (see the
      // top).
      Hardware{.id = "m5",
               .name = "Apple M5 (10-core GPU, 16 GiB unified, 153 GB/s)",
               .family = "Apple M5",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(16 * kGiB),
               .gpu_bandwidth_gb_per_s = 153.0,
               .gpu_fp16_tflops = 15.05,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 153.0,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M5 press release (Oct 2025; 16, 24 or 32 GB): 153 GB/s unified memory "
                         "bandwidth, 10-core GPU, 16 GB configuration; FP16 = GPU Neural Accelerator matrix "
                         "peak, 10 cores x 1024 FLOP/clk (tzakharko.github.io, 'Investigating the GPU Neural "
                         "Accelerators on Apple A19/M5') x 1.470 GHz (the M4's clock; Apple gives no M5 clock) "
                         "= 4x the M4's 3.76 figure, matching Apple's 'over 4x the peak GPU compute for AI'; "
                         "llama.cpp drives them through the Metal 4 tensor API (ggml-org/llama.cpp PR #16634); "
                         "vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m5-24g",
               .name = "Apple M5 (10-core GPU, 24 GiB unified, 153 GB/s)",
               .family = "Apple M5",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(24 * kGiB),
               .gpu_bandwidth_gb_per_s = 153.0,
               .gpu_fp16_tflops = 15.05,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 24ull * kGiB,
               .ram_bandwidth_gb_per_s = 153.0,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M5 press release (Oct 2025; 16, 24 or 32 GB): 153 GB/s unified memory "
                         "bandwidth, 10-core GPU, 24 GB configuration; FP16 = GPU Neural Accelerator matrix "
                         "peak, 10 cores x 1024 FLOP/clk (tzakharko.github.io, 'Investigating the GPU Neural "
                         "Accelerators on Apple A19/M5') x 1.470 GHz (the M4's clock; Apple gives no M5 clock) "
                         "= 4x the M4's 3.76 figure, matching Apple's 'over 4x the peak GPU compute for AI'; "
                         "llama.cpp drives them through the Metal 4 tensor API (ggml-org/llama.cpp PR #16634); "
                         "vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m5-32g",
               .name = "Apple M5 (10-core GPU, 32 GiB unified, 153 GB/s)",
               .family = "Apple M5",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(32 * kGiB),
               .gpu_bandwidth_gb_per_s = 153.0,
               .gpu_fp16_tflops = 15.05,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 153.0,
               .disk_bandwidth_gb_per_s = 3.0,
               .cpu_cores = 4,
               .unified_memory = true,
               .source = "Apple M5 press release (Oct 2025; 16, 24 or 32 GB): 153 GB/s unified memory "
                         "bandwidth, 10-core GPU, 32 GB configuration; FP16 = GPU Neural Accelerator matrix "
                         "peak, 10 cores x 1024 FLOP/clk (tzakharko.github.io, 'Investigating the GPU Neural "
                         "Accelerators on Apple A19/M5') x 1.470 GHz (the M4's clock; Apple gives no M5 clock) "
                         "= 4x the M4's 3.76 figure, matching Apple's 'over 4x the peak GPU compute for AI'; "
                         "llama.cpp drives them through the Metal 4 tensor API (ggml-org/llama.cpp PR #16634); "
                         "vram = Metal recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m5-pro-64g",
               .name = "Apple M5 Pro (20-core GPU, 64 GiB unified, 307 GB/s)",
               .family = "Apple M5",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(64 * kGiB),
               .gpu_bandwidth_gb_per_s = 307.0,
               .gpu_fp16_tflops = 30.11,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 307.0,
               .disk_bandwidth_gb_per_s = 5.0,
               .cpu_cores = 6,
               .unified_memory = true,
               .source = "Apple M5 Pro / M5 Max press release (Mar 2026; M5 Pro up to 20-core GPU and 64 GB): "
                         "307 GB/s unified memory bandwidth, 20-core GPU, 64 GB configuration; FP16 = GPU "
                         "Neural Accelerator matrix peak, 20 cores x 1024 FLOP/clk (tzakharko.github.io, "
                         "'Investigating the GPU Neural Accelerators on Apple A19/M5') x 1.470 GHz (the M4 "
                         "Pro's clock; Apple gives no M5 clock) = 4x the M4 Pro's 7.53 figure, matching "
                         "Apple's 'over 4x the peak GPU compute for AI'; llama.cpp drives them through the "
                         "Metal 4 tensor API (ggml-org/llama.cpp PR #16634); cpu_cores = the 6 'super' cores "
                         "(hw.perflevel0, llama.cpp's default thread count) of the 18; vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},
      Hardware{.id = "m5-max-128g",
               .name = "Apple M5 Max (40-core GPU, 128 GiB unified, 614 GB/s)",
               .family = "Apple M5",
               .backend = Backend::kMetal,
               .gpu_count = 1,
               .vram_bytes = metal_working_set(128 * kGiB),
               .gpu_bandwidth_gb_per_s = 614.0,
               .gpu_fp16_tflops = 68.73,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 614.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 6,
               .unified_memory = true,
               .source = "Apple M5 Pro / M5 Max press release (Mar 2026; M5 Max up to 40-core GPU and 128 GB): "
                         "614 GB/s unified memory bandwidth, 40-core GPU, 128 GB configuration; FP16 = GPU "
                         "Neural Accelerator matrix peak, 40 cores x 1024 FLOP/clk (tzakharko.github.io, "
                         "'Investigating the GPU Neural Accelerators on Apple A19/M5') x 1.678 GHz (the M4 "
                         "Max's clock; Apple gives no M5 clock) = 4x the M4 Max's 17.18 figure, matching "
                         "Apple's 'over 4x the peak GPU compute for AI'; llama.cpp drives them through the "
                         "Metal 4 tensor API (ggml-org/llama.cpp PR #16634); cpu_cores = the 6 'super' cores "
                         "(hw.perflevel0, llama.cpp's default thread count) of the 18; vram = Metal "
                         "recommendedMaxWorkingSetSize rule (see top)"},

      // ----------------------------------------------------------------------------------------------------
      // NVIDIA DGX Spark (GB10): unified LPDDR5x, CUDA. No fixed GPU cap: vram_bytes is the memory CUDA reports as
      // total (the OS keeps part of the 128 GiB).
      // ----------------------------------------------------------------------------------------------------
      Hardware{.id = "dgx-spark",
               .name = "NVIDIA DGX Spark / GB10 (128 GiB LPDDR5x unified, 273 GB/s)",
               .family = "NVIDIA GB10",
               .backend = Backend::kCuda,
               .gpu_count = 1,
               .vram_bytes = gib_to_bytes(121.69),
               .gpu_bandwidth_gb_per_s = 273.0,
               .gpu_fp16_tflops = 62.5,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 273.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 20,
               .unified_memory = true,
               .source = "NVIDIA DGX Spark product page: GB10 Grace Blackwell, 128 GB LPDDR5x unified, "
                         "273 GB/s, 20-core Arm CPU (10x Cortex-X925 + 10x Cortex-A725), 1 PFLOP FP4 with "
                         "sparsity, 4 TB NVMe M.2; vram = the 121.69 GiB total CUDA reports "
                         "(MiaAI-Lab/GLM-5.3-Flash-EXL3-2x-DGX-Sparks issue #47); FP16 = 1 PFLOP sparse "
                         "FP4 / 16 (GeForce-Blackwell ratios: dense = sparse / 2, FP16 w/ FP32 acc = FP4 "
                         "/ 8), not published by NVIDIA"},

      // ----------------------------------------------------------------------------------------------------
      // AMD Strix Halo (Ryzen AI Max): unified LPDDR5X on a 256-bit bus. The GPU's share is the BIOS carve-out
      // (Windows: Variable Graphics Memory, at most 3/4 of RAM) plus, on Linux, the GTT limit (ttm.pages_limit);
      // vram_bytes assumes 3/4 of RAM, the usual setting. Backend Vulkan: what llama.cpp users run on it, reaching
      // the GTT pool without kernel settings (ROCm also works, once the limit is raised).
      // ----------------------------------------------------------------------------------------------------
      Hardware{.id = "strix-halo-64g",
               .name = "AMD Ryzen AI Max+ 395 / Strix Halo (Radeon 8060S, 64 GiB LPDDR5X unified, 256 GB/s)",
               .family = "AMD Ryzen AI Max",
               .backend = Backend::kVulkan,
               .gpu_count = 1,
               .vram_bytes = 64ull * kGiB / 4 * 3,
               .gpu_bandwidth_gb_per_s = 256.0,
               .gpu_fp16_tflops = 59.4,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 256.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = true,
               .source = "AMD Ryzen AI Max+ 395 product page: 16 Zen 5 cores, Radeon 8060S (40 RDNA 3.5 CUs, "
                         "2900 MHz), LPDDR5X-8000 on a 256-bit bus = 32 B x 8000 MT/s = 256 GB/s, up to 128 "
                         "GB; ROCm GPU specifications: gfx1151, VRAM 'dynamic + carveout'. FP16 = WMMA peak as "
                         "for RDNA 3 (RX 7900 XTX): 40 CUs x 512 FLOP/clk x 2.900 GHz. vram = 3/4 of RAM: AMD "
                         "Variable Graphics Memory's maximum (96 of 128 GB), and the usual Linux setting "
                         "ttm.pages_limit = 96 GiB (noamsto/nix-amd-ai issue #42: llama.cpp's HIP backend then "
                         "reports 98304 MiB); Vulkan/RADV can address more (~108-112 GiB on 128 GB: "
                         "unslothai/unsloth PR #10418, defilantech/LLMKube issue #1155; use a custom machine "
                         "for that). Backend Vulkan: it reaches the GTT pool without kernel settings, while "
                         "ROCm sees only the BIOS carve-out unless ttm.pages_limit is raised (LLMKube issue "
                         "#1155, ggml-org/llama.cpp issue #19818); disk: PCIe 4.0 NVMe"},
      Hardware{.id = "strix-halo-128g",
               .name = "AMD Ryzen AI Max+ 395 / Strix Halo (Radeon 8060S, 128 GiB LPDDR5X unified, 256 GB/s)",
               .family = "AMD Ryzen AI Max",
               .backend = Backend::kVulkan,
               .gpu_count = 1,
               .vram_bytes = 128ull * kGiB / 4 * 3,
               .gpu_bandwidth_gb_per_s = 256.0,
               .gpu_fp16_tflops = 59.4,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 256.0,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = true,
               .source = "AMD Ryzen AI Max+ 395 product page: 16 Zen 5 cores, Radeon 8060S (40 RDNA 3.5 CUs, "
                         "2900 MHz), LPDDR5X-8000 on a 256-bit bus = 32 B x 8000 MT/s = 256 GB/s, up to 128 "
                         "GB; ROCm GPU specifications: gfx1151, VRAM 'dynamic + carveout'. FP16 = WMMA peak as "
                         "for RDNA 3 (RX 7900 XTX): 40 CUs x 512 FLOP/clk x 2.900 GHz. vram = 3/4 of RAM: AMD "
                         "Variable Graphics Memory's maximum (96 of 128 GB), and the usual Linux setting "
                         "ttm.pages_limit = 96 GiB (noamsto/nix-amd-ai issue #42: llama.cpp's HIP backend then "
                         "reports 98304 MiB); Vulkan/RADV can address more (~108-112 GiB on 128 GB: "
                         "unslothai/unsloth PR #10418, defilantech/LLMKube issue #1155; use a custom machine "
                         "for that). Backend Vulkan: it reaches the GTT pool without kernel settings, while "
                         "ROCm sees only the BIOS carve-out unless ttm.pages_limit is raised (LLMKube issue "
                         "#1155, ggml-org/llama.cpp issue #19818); disk: PCIe 4.0 NVMe"},

      // ----------------------------------------------------------------------------------------------------
      // CPU-only machines: gpu_count 0, vram 0, backend CPU. ram_bandwidth is the JEDEC peak of the populated
      // channels (64-bit each) unless measured.
      // ----------------------------------------------------------------------------------------------------
      Hardware{.id = "cpu-32g",
               .name = "CPU only: 32 GiB DDR5-5600 dual channel (89.6 GB/s), 8 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "DDR5-5600 dual channel: 2 x 64-bit x 5600 MT/s = 89.6 GB/s (JEDEC peak); "
                         "desktop (e.g. Ryzen 7 7700X), PCIe 4.0 NVMe"},
      Hardware{.id = "cpu-64g",
               .name = "CPU only: 64 GiB DDR5-5600 dual channel (89.6 GB/s), 16 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "DDR5-5600 dual channel: 2 x 64-bit x 5600 MT/s = 89.6 GB/s (JEDEC peak); "
                         "desktop (e.g. Ryzen 9 7950X), PCIe 4.0 NVMe"},
      Hardware{.id = "cpu-ddr4-dual-16g",
               .name = "CPU only: 16 GiB DDR4-3200 dual channel (51.2 GB/s), 6 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 6,
               .unified_memory = false,
               .source = "DDR4-3200 dual channel: 2 x 64-bit x 3200 MT/s = 51.2 GB/s (JEDEC peak); "
                         "desktop (e.g. Ryzen 5 5600), PCIe 3.0 NVMe"},
      Hardware{.id = "cpu-ddr4-dual-32g",
               .name = "CPU only: 32 GiB DDR4-3200 dual channel (51.2 GB/s), 8 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "DDR4-3200 dual channel: 2 x 64-bit x 3200 MT/s = 51.2 GB/s (JEDEC peak); "
                         "desktop (e.g. Ryzen 7 5800X), PCIe 3.0 NVMe"},
      Hardware{.id = "cpu-ddr4-dual-64g",
               .name = "CPU only: 64 GiB DDR4-3200 dual channel (51.2 GB/s), 16 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "DDR4-3200 dual channel: 2 x 64-bit x 3200 MT/s = 51.2 GB/s (JEDEC peak); "
                         "desktop (e.g. Ryzen 9 5950X), PCIe 3.0 NVMe"},
      Hardware{.id = "cpu-ddr5-dual-32g",
               .name = "CPU only: 32 GiB DDR5-5600 dual channel (89.6 GB/s), 8 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "DDR5-5600 dual channel: 2 x 64-bit x 5600 MT/s = 89.6 GB/s (JEDEC peak); same "
                         "machine as cpu-32g"},
      Hardware{.id = "cpu-ddr5-dual-64g",
               .name = "CPU only: 64 GiB DDR5-5600 dual channel (89.6 GB/s), 16 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "DDR5-5600 dual channel: 2 x 64-bit x 5600 MT/s = 89.6 GB/s (JEDEC peak); same "
                         "machine as cpu-64g"},
      Hardware{.id = "cpu-ddr5-dual-96g",
               .name = "CPU only: 96 GiB DDR5-5600 dual channel (89.6 GB/s), 16 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 96ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "DDR5-5600 dual channel: 2 x 64-bit x 5600 MT/s = 89.6 GB/s (JEDEC peak); 2 x 48 "
                         "GiB DIMMs"},
      Hardware{.id = "cpu-ddr5-dual-128g",
               .name = "CPU only: 128 GiB DDR5-5600 dual channel (89.6 GB/s), 16 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 16,
               .unified_memory = false,
               .source = "DDR5-5600 dual channel: 2 x 64-bit x 5600 MT/s = 89.6 GB/s (JEDEC peak); 2 x 64 "
                         "GiB DIMMs (4 DIMMs usually drop to DDR5-4800 or below)"},
      Hardware{.id = "cpu-ddr5-quad-128g",
               .name = "CPU only: 128 GiB DDR5-5200 quad channel (166.4 GB/s), 24 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 128ull * kGiB,
               .ram_bandwidth_gb_per_s = 166.4,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 24,
               .unified_memory = false,
               .source = "Workstation, e.g. Threadripper 7960X on TRX50: 4 x 64-bit x 5200 MT/s = 166.4 "
                         "GB/s"},
      Hardware{.id = "cpu-ddr5-quad-256g",
               .name = "CPU only: 256 GiB DDR5-5200 quad channel (166.4 GB/s), 32 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 166.4,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "Workstation, e.g. Threadripper 7970X on TRX50: 4 x 64-bit x 5200 MT/s = 166.4 "
                         "GB/s"},
      Hardware{.id = "cpu-ddr4-8ch-256g",
               .name = "CPU only: 256 GiB DDR4-3200 8-channel server (204.8 GB/s), 32 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 204.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "Server, e.g. EPYC 7003 (Milan) single socket: 8 x 64-bit x 3200 MT/s = 204.8 "
                         "GB/s"},
      Hardware{.id = "cpu-ddr5-8ch-256g",
               .name = "CPU only: 256 GiB DDR5-4800 8-channel server (307.2 GB/s), 32 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 256ull * kGiB,
               .ram_bandwidth_gb_per_s = 307.2,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 32,
               .unified_memory = false,
               .source = "Server, e.g. Xeon 4th gen (Sapphire Rapids) single socket: 8 x 64-bit x 4800 "
                         "MT/s = 307.2 GB/s"},
      Hardware{.id = "cpu-ddr5-12ch-384g",
               .name = "CPU only: 384 GiB DDR5-4800 12-channel server (460.8 GB/s), 64 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 384ull * kGiB,
               .ram_bandwidth_gb_per_s = 460.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 64,
               .unified_memory = false,
               .source = "Server, e.g. EPYC 9004 (Genoa) single socket, 12 x 32 GiB: 12 x 64-bit x 4800 "
                         "MT/s = 460.8 GB/s"},
      Hardware{.id = "cpu-ddr5-12ch-768g",
               .name = "CPU only: 768 GiB DDR5-4800 12-channel server (460.8 GB/s), 96 cores",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 768ull * kGiB,
               .ram_bandwidth_gb_per_s = 460.8,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 96,
               .unified_memory = false,
               .source = "Server, e.g. EPYC 9654 (Genoa) single socket, 12 x 64 GiB: 12 x 64-bit x 4800 "
                         "MT/s = 460.8 GB/s"},
      Hardware{.id = "cpu-2c-24g",
               .name = "CPU only: 2 vCPU Zen 5 VM, 24 GiB (44 GB/s measured)",
               .family = "CPU only",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 24ull * kGiB,
               // Presets state nominal bandwidth; this VM's 44 GB/s is a measured STREAM figure, so it
               // is entered as the nominal equivalent 44 / 0.75 = 58.7 GB/s (calibration.hpp,
               // kCpuStreamFraction: STREAM reaches ~0.75 of nominal DDR bandwidth).
               .ram_bandwidth_gb_per_s = 58.7,
               .disk_bandwidth_gb_per_s = 1.2,
               .cpu_cores = 2,
               .unified_memory = false,
               .source = "The project's own test machine, "
                         "/work/shared/reference/llamacpp_cpu/machine.csv: 2 vCPU AMD EPYC Zen 5 (KVM), "
                         "24 GiB (MemTotal 23.5 GiB), 2-thread STREAM-like bandwidth 41.8-51.1 GB/s, "
                         "central ~44 GB/s; disk 1.2 GB/s = dd O_DIRECT sequential read (1.1-1.3 GB/s) on "
                         "a sibling VM of the same kind, not in machine.csv"},

      // ----------------------------------------------------------------------------------------------------
      // Laptops without a discrete GPU: gpu_count 0, CPU backend (llama.cpp's CPU path; the iGPU is not counted). RAM
      // bandwidth is the JEDEC peak of the typical memory: DDR5-5600 SO-DIMM dual channel (89.6 GB/s) from 16 GiB up,
      // with 8 cores and a PCIe 4.0 NVMe drive; DDR4-3200 dual channel (51.2 GB/s), 4 cores and PCIe 3.0 NVMe at 8
      // GiB. Thin laptops with soldered LPDDR5X on a 128-bit bus (120-136.5 GB/s) are faster: give ramBandwidthGBps.
      // ----------------------------------------------------------------------------------------------------
      Hardware{.id = "laptop-8g",
               .name = "Laptop without a GPU: 8 GiB DDR4-3200 dual channel (51.2 GB/s), 4 cores",
               .family = "Laptop (no GPU)",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 8ull * kGiB,
               .ram_bandwidth_gb_per_s = 51.2,
               .disk_bandwidth_gb_per_s = 3.5,
               .cpu_cores = 4,
               .unified_memory = false,
               .source = "DDR4-3200 dual channel: 2 x 64-bit x 3200 MT/s = 51.2 GB/s (JEDEC peak); budget 8 GB "
                         "laptop, e.g. Core i5-1135G7 or Ryzen 5 7520U (4 cores); LPDDR4X-4266 models have "
                         "68.3 GB/s, single-channel DDR4 ones 25.6 (give ramBandwidthGBps). Disk: PCIe 3.0 "
                         "NVMe"},
      Hardware{.id = "laptop-16g",
               .name = "Laptop without a GPU: 16 GiB DDR5-5600 dual channel (89.6 GB/s), 8 cores",
               .family = "Laptop (no GPU)",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 16ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "DDR5-5600 SO-DIMM dual channel: 2 x 64-bit x 5600 MT/s = 89.6 GB/s (JEDEC peak), "
                         "e.g. Ryzen 7 7840HS / 8845HS (8 cores) or Core Ultra 7 155H; thin laptops with "
                         "soldered LPDDR5X-7500 on a 128-bit bus have 120 GB/s (give ramBandwidthGBps). Disk: "
                         "PCIe 4.0 NVMe"},
      Hardware{.id = "laptop-32g",
               .name = "Laptop without a GPU: 32 GiB DDR5-5600 dual channel (89.6 GB/s), 8 cores",
               .family = "Laptop (no GPU)",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 32ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "DDR5-5600 SO-DIMM dual channel: 2 x 64-bit x 5600 MT/s = 89.6 GB/s (JEDEC peak), "
                         "e.g. Ryzen 7 7840HS / 8845HS (8 cores) or Core Ultra 7 155H; thin laptops with "
                         "soldered LPDDR5X-7500 on a 128-bit bus have 120 GB/s (give ramBandwidthGBps). Disk: "
                         "PCIe 4.0 NVMe"},
      Hardware{.id = "laptop-64g",
               .name = "Laptop without a GPU: 64 GiB DDR5-5600 dual channel (89.6 GB/s), 8 cores",
               .family = "Laptop (no GPU)",
               .backend = Backend::kCpu,
               .gpu_count = 0,
               .vram_bytes = 0,
               .gpu_bandwidth_gb_per_s = 0.0,
               .gpu_fp16_tflops = 0.0,
               .pcie_bandwidth_gb_per_s = 0.0,
               .ram_bytes = 64ull * kGiB,
               .ram_bandwidth_gb_per_s = 89.6,
               .disk_bandwidth_gb_per_s = 7.0,
               .cpu_cores = 8,
               .unified_memory = false,
               .source = "DDR5-5600 SO-DIMM dual channel: 2 x 64-bit x 5600 MT/s = 89.6 GB/s (JEDEC peak), "
                         "e.g. Ryzen 7 7840HS / 8845HS (8 cores) or Core Ultra 7 155H; thin laptops with "
                         "soldered LPDDR5X-7500 on a 128-bit bus have 120 GB/s (give ramBandwidthGBps). Disk: "
                         "PCIe 4.0 NVMe"},
  };
  return catalog;
}

}  // namespace fitplan
