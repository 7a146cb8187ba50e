#pragma once
// Hardware: one machine with zero or more identical GPUs, system RAM and a disk.
#include <optional>
#include <string>
#include <vector>

#include "fitplan/result.hpp"
#include "fitplan/units.hpp"

namespace fitplan {

enum class Backend { kCuda, kRocm, kVulkan, kMetal, kSycl, kCpu };
const char* to_string(Backend backend) noexcept;
Result<Backend> parse_backend(const std::string& text);

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
