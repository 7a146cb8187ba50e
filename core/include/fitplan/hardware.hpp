#pragma once
// Hardware: one machine with zero or more identical GPUs, system RAM and a disk.
#include <optional>
#include <string>
#include <vector>

#include "fitplan/result.hpp"
#include "fitplan/units.hpp"

namespace fitplan {

enum class Backend { kCuda, kRocm, kVulkan, kMetal, kSycl, kCpu };
inline constexpr EnumTable<Backend, 6> kBackendNames{{{Backend::kCuda, "cuda"},
                                                      {Backend::kRocm, "rocm"},
                                                      {Backend::kVulkan, "vulkan"},
                                                      {Backend::kMetal, "metal"},
                                                      {Backend::kSycl, "sycl"},
                                                      {Backend::kCpu, "cpu"}}};
inline const char* to_string(Backend backend) noexcept { return enum_name(kBackendNames, backend); }
inline Result<Backend> parse_backend(const std::string& text) { return parse_enum(kBackendNames, text, "hardware.backend", "backend"); }

struct Hardware {
  std::string id;                       // catalog id (public contract), or "custom"
  std::string name;                     // display name
  std::string family;                   // grouping for pickers, e.g. "NVIDIA RTX 40"
  Backend backend = Backend::kCpu;      // the llama.cpp backend that drives the GPU
  int gpu_count = 0;                    // identical GPUs (0 = CPU only; unified machines: 1)
  Bytes vram_bytes = 0;                 // memory of ONE GPU; unified machines: the GPU working-set
                                        // limit (Metal recommendedMaxWorkingSetSize), part of ram_bytes
  double gpu_bandwidth_gb_per_s = 0;    // memory bandwidth of one GPU, GB/s (10^9 bytes/s)
  double gpu_fp16_tflops = 0;           // dense FP16 tensor throughput of one GPU (no sparsity)
  double pcie_bandwidth_gb_per_s = 0;   // host<->GPU link, GB/s (0 for unified memory)
  Bytes ram_bytes = 0;                  // system RAM (unified machines: the whole shared pool)
  double ram_bandwidth_gb_per_s = 0;    // system RAM bandwidth, GB/s
  double disk_bandwidth_gb_per_s = 0;   // sequential read bandwidth of the model's disk, GB/s
  int cpu_cores = 0;                    // physical CPU cores used for the CPU tier
  bool unified_memory = false;          // GPU and CPU share ram_bytes (Apple Silicon, GB10)
  std::string source;                   // where the figures come from
  // Memory kept back from the planner; empty = the defaults of fitplan/capacity.hpp.
  std::optional<Bytes> os_reserve_bytes;  // RAM kept for the operating system
  std::optional<Bytes> gpu_margin_bytes;  // VRAM kept free on each GPU
};

bool has_gpu(const Hardware& hw) noexcept;

// What the API assumes for the figures a custom machine leaves out (every assumed figure is listed
// in the result's hardwareAssumptions). The three bandwidths are the original planner's documented
// defaults (`--gpu-bw 200 --ram-bw 50 --disk-bw 3.5`); 32 GB/s is PCIe 4.0 x16; 0.1 FP16 TFLOPS
// per GB/s of GPU bandwidth is typical of recent GPUs (RTX 4090: 165.2 / 1008, RTX 3090: 71 / 936).
struct CustomHardwareDefaults {
  double gpu_bandwidth_gb_per_s = 200;  // machines with a GPU only
  double ram_bandwidth_gb_per_s = 50;
  double disk_bandwidth_gb_per_s = 3.5;  // a PCIe 3.0 NVMe drive
  double pcie_bandwidth_gb_per_s = 32;   // discrete GPUs only
  int cpu_cores = 8;
  double tflops_per_gb_per_s = 0.1;      // gpuTflops = GPU bandwidth x this, when not given
};

// Checks every field; the error names it ("hardware.vram_bytes") and says what is allowed.
Result<bool> validate_hardware(const Hardware& hw);

// A preset with some host figures of its own (a 4090 in a machine with 32 GiB, not the preset's
// 64): each set field replaces the preset's. RAM and RAM bandwidth cannot change on unified memory
// (the preset is the chip and its memory), nor the GPU count of a CPU-only or unified preset; the
// error names the field ("hardware.ramBytes"). The name says what changed, e.g.
// "NVIDIA GeForce RTX 4090 (24 GiB) + 32 GiB RAM"; the id stays the preset's.
struct HardwareOverrides {
  std::optional<Bytes> ram_bytes;
  std::optional<double> ram_bandwidth_gb_per_s;
  std::optional<double> disk_bandwidth_gb_per_s;
  std::optional<int> cpu_cores;
  std::optional<int> gpu_count;
  std::optional<Bytes> os_reserve_bytes;
  std::optional<Bytes> gpu_margin_bytes;
};
Result<Hardware> override_hardware(const Hardware& preset, const HardwareOverrides& overrides);

const std::vector<Hardware>& hardware_catalog();
// Looks a preset up by id; the error lists the closest ids.
Result<Hardware> find_hardware(const std::string& id);

}  // namespace fitplan
