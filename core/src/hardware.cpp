#include "fitplan/hardware.hpp"

#include <cmath>

#include "fitplan/text.hpp"

namespace fitplan {

const char* to_string(Backend backend) noexcept {
  switch (backend) {
    case Backend::kCuda: return "cuda";
    case Backend::kRocm: return "rocm";
    case Backend::kVulkan: return "vulkan";
    case Backend::kMetal: return "metal";
    case Backend::kSycl: return "sycl";
    case Backend::kCpu: return "cpu";
  }
  return "cpu";
}

Result<Backend> parse_backend(const std::string& text) {
  for (Backend b : {Backend::kCuda, Backend::kRocm, Backend::kVulkan, Backend::kMetal, Backend::kSycl, Backend::kCpu}) {
    if (text == to_string(b)) return b;
  }
  return make_error(ErrorCode::kInvalidArgument, "hardware.backend",
                    "unknown backend '" + text + "'; allowed: cuda, rocm, vulkan, metal, sycl, cpu");
}

bool has_gpu(const Hardware& hw) noexcept { return hw.gpu_count > 0 && hw.vram_bytes > 0; }

namespace {

Error out_of_range(const std::string& field, const std::string& message) {
  return make_error(ErrorCode::kOutOfRange, "hardware." + field, message);
}

bool finite_in(double value, double min, double max) { return std::isfinite(value) && value >= min && value <= max; }

}  // namespace

Result<bool> validate_hardware(const Hardware& hw) {
  constexpr Bytes kMaxMemory = 64ull * 1024 * kGiB;  // 64 TiB: anything above is a typo
  if (hw.gpu_count < 0 || hw.gpu_count > 64) {
    return out_of_range("gpuCount", "'gpuCount' is " + std::to_string(hw.gpu_count) + "; allowed 0 to 64 identical GPUs");
  }
  if (hw.vram_bytes > kMaxMemory) {
    return out_of_range("vramBytes", "'vramBytes' is " + format_gib(hw.vram_bytes) + " per GPU; allowed 0 to 65536 GiB");
  }
  if (hw.gpu_count > 0 && hw.vram_bytes == 0) {
    return out_of_range("vramBytes", "'vramBytes' is 0 but 'gpuCount' is " + std::to_string(hw.gpu_count) +
                                         "; give each GPU's memory, or set 'gpuCount' to 0 for a CPU-only machine");
  }
  if (hw.ram_bytes == 0 || hw.ram_bytes > kMaxMemory) {
    return out_of_range("ramBytes", "'ramBytes' is " + format_gib(hw.ram_bytes) + "; allowed more than 0 up to 65536 GiB");
  }
  if (has_gpu(hw) && !finite_in(hw.gpu_bandwidth_gb_per_s, 1, 100000)) {
    return out_of_range("gpuBandwidthGBps", "'gpuBandwidthGBps' must be between 1 and 100000 GB/s for a machine with a GPU");
  }
  if (!has_gpu(hw) && !finite_in(hw.gpu_bandwidth_gb_per_s, 0, 100000)) {
    return out_of_range("gpuBandwidthGBps", "'gpuBandwidthGBps' must be between 0 and 100000 GB/s");
  }
  if (!finite_in(hw.ram_bandwidth_gb_per_s, 0.5, 100000)) {
    return out_of_range("ramBandwidthGBps", "'ramBandwidthGBps' must be between 0.5 and 100000 GB/s");
  }
  if (!finite_in(hw.disk_bandwidth_gb_per_s, 0.01, 1000)) {
    return out_of_range("diskBandwidthGBps", "'diskBandwidthGBps' must be between 0.01 and 1000 GB/s");
  }
  if (!finite_in(hw.gpu_fp16_tflops, 0, 100000)) {
    return out_of_range("gpuTflops", "'gpuTflops' must be between 0 and 100000 TFLOPS");
  }
  if (!finite_in(hw.pcie_bandwidth_gb_per_s, 0, 10000)) {
    return out_of_range("pcieBandwidthGBps", "'pcieBandwidthGBps' must be between 0 and 10000 GB/s");
  }
  if (hw.cpu_cores < 1 || hw.cpu_cores > 1024) {
    return out_of_range("cpuCores", "'cpuCores' is " + std::to_string(hw.cpu_cores) + "; allowed 1 to 1024");
  }
  if (hw.unified_memory) {
    if (hw.gpu_count > 1) return out_of_range("gpuCount", "a unified-memory machine has one GPU ('gpuCount' 1)");
    if (hw.vram_bytes > hw.ram_bytes) {
      return out_of_range("vramBytes", "on a unified-memory machine the GPU limit 'vramBytes' (" + format_gib(hw.vram_bytes) +
                                           ") cannot exceed the shared memory 'ramBytes' (" + format_gib(hw.ram_bytes) + ")");
    }
  }
  return true;
}

Result<Hardware> find_hardware(const std::string& id) {
  std::vector<std::string> ids;
  for (const auto& preset : hardware_catalog()) {
    if (preset.id == id) return preset;
    ids.push_back(preset.id);
  }
  return make_error(ErrorCode::kUnknownId, "hardware",
                    "unknown hardware id '" + id + "'; closest: " + join(closest(id, ids), ", ") +
                        " (list them all with 'fitplan hardware', or use 'custom')");
}

}  // namespace fitplan
