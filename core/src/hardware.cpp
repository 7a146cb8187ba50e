#include "fitplan/hardware.hpp"

#include <cmath>
#include <string_view>
#include <utility>

#include "fitplan/request_fields.hpp"
#include "fitplan/text.hpp"

namespace fitplan {

bool has_gpu(const Hardware& hw) noexcept { return hw.gpu_count > 0 && hw.vram_bytes > 0; }

namespace {

Error out_of_range(const std::string& field, const std::string& message) {
  return make_error(ErrorCode::kOutOfRange, "hardware." + field, message);
}

// The range of the request field `name` (fitplan/request_fields.hpp); the error names
// "hardware.<name>" and quotes the bare name, which the binding rewrites to the key the request used.
Result<bool> in_range(std::string_view name, double value) {
  const RequestField& field = request_field(FieldGroup::kHardware, name);
  const double shown = field.kind == FieldKind::kBytes ? value / static_cast<double>(kGiB) : value;
  if (auto valid = check_field(field, shown, std::string(name)); !valid) {
    Error error = valid.error();
    if (field.kind == FieldKind::kBytes) {
      error.message = "'" + std::string(name) + "' is " + format_gib(static_cast<Bytes>(value)) + "; allowed " + allowed_range(field);
    }
    error.field = "hardware." + std::string(name);
    return error;
  }
  return true;
}

}  // namespace

Result<bool> validate_hardware(const Hardware& hw) {
  const std::pair<std::string_view, double> figures[] = {
      {"gpuCount", hw.gpu_count},
      {"vramBytes", static_cast<double>(hw.vram_bytes)},
      {"ramBytes", static_cast<double>(hw.ram_bytes)},
      {"gpuBandwidthGBps", hw.gpu_bandwidth_gb_per_s},
      {"ramBandwidthGBps", hw.ram_bandwidth_gb_per_s},
      {"diskBandwidthGBps", hw.disk_bandwidth_gb_per_s},
      {"gpuTflops", hw.gpu_fp16_tflops},
      {"pcieBandwidthGBps", hw.pcie_bandwidth_gb_per_s},
      {"cpuCores", hw.cpu_cores},
  };
  for (const auto& [name, value] : figures) {
    if (auto valid = in_range(name, value); !valid) return valid.error();
  }
  if (hw.gpu_count > 0 && hw.vram_bytes == 0) {
    return out_of_range("vramBytes", "'vramBytes' is 0 but 'gpuCount' is " + std::to_string(hw.gpu_count) +
                                         "; give each GPU's memory, or set 'gpuCount' to 0 for a CPU-only machine");
  }
  if (hw.gpu_count == 0 && hw.vram_bytes > 0) {
    return out_of_range("gpuCount", "'gpuCount' is 0 but the machine has " + format_gib(hw.vram_bytes) +
                                        " of VRAM per GPU; give the number of GPUs (1 or more), or no VRAM for a CPU-only machine");
  }
  // 0 GB/s is "no GPU"; a machine with a GPU needs its bandwidth.
  if (has_gpu(hw) && hw.gpu_bandwidth_gb_per_s == 0) {
    return out_of_range("gpuBandwidthGBps", "'gpuBandwidthGBps' is 0 but the machine has a GPU; allowed " +
                                                allowed_range(request_field(FieldGroup::kHardware, "gpuBandwidthGBps")).substr(5));
  }
  if (hw.os_reserve_bytes && *hw.os_reserve_bytes >= hw.ram_bytes) {
    return out_of_range("osReserveBytes", "'osReserveBytes' is " + format_gib(*hw.os_reserve_bytes) +
                                              "; allowed 0 up to less than the RAM ('ramBytes' " + format_gib(hw.ram_bytes) +
                                              "): the model needs some of it");
  }
  if (hw.gpu_margin_bytes) {
    if (!has_gpu(hw)) {
      return out_of_range("gpuMarginBytes", "'gpuMarginBytes' is set but the machine has no GPU; leave it out for a CPU-only machine");
    }
    if (*hw.gpu_margin_bytes >= hw.vram_bytes) {
      return out_of_range("gpuMarginBytes", "'gpuMarginBytes' is " + format_gib(*hw.gpu_margin_bytes) +
                                                "; allowed 0 up to less than one GPU's memory ('vramBytes' " + format_gib(hw.vram_bytes) +
                                                ")");
    }
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

namespace {

// 32 -> "32", 89.6 -> "89.6", 2.125 -> "2.13" (at most two decimals, no trailing zeros).
std::string compact(double value) {
  std::string text = format_fixed(value, 2);
  while (text.back() == '0') text.pop_back();
  if (text.back() == '.') text.pop_back();
  return text;
}

std::string compact_gib(Bytes bytes) { return compact(static_cast<double>(bytes) / static_cast<double>(kGiB)) + " GiB"; }

// "2x NVIDIA GeForce RTX 3090 (24 GiB each)" -> n GPUs of the same kind.
std::string with_gpu_count(std::string gpu, int n) {
  std::size_t digits = 0;
  while (digits < gpu.size() && gpu[digits] >= '0' && gpu[digits] <= '9') ++digits;
  if (digits > 0 && gpu.compare(digits, 2, "x ") == 0) gpu.erase(0, digits + 2);
  const std::string each = " each)";
  if (gpu.size() > each.size() && gpu.compare(gpu.size() - each.size(), each.size(), each) == 0) {
    gpu.replace(gpu.size() - each.size(), each.size(), ")");
  }
  if (n > 1) {
    if (!gpu.empty() && gpu.back() == ')') gpu.insert(gpu.size() - 1, " each");
    gpu = std::to_string(n) + "x " + gpu;
  }
  return gpu;
}

Error refuse(const Hardware& preset, const std::string& field, const std::string& why) {
  return make_error(ErrorCode::kInvalidArgument, "hardware." + field,
                    "'" + field + "' cannot be set for the preset '" + preset.id + "': " + why);
}

}  // namespace

Result<Hardware> override_hardware(const Hardware& preset, const HardwareOverrides& o) {
  const std::string unified_why =
      "on a unified-memory machine the GPU and the CPU share one memory, which is part of the chip's configuration "
      "(the preset); choose the preset with your memory ('fitplan hardware'), or describe the machine as custom";
  if (preset.unified_memory) {
    if (o.ram_bytes) return refuse(preset, "ramBytes", unified_why);
    if (o.ram_bandwidth_gb_per_s) return refuse(preset, "ramBandwidthGBps", unified_why);
    if (o.gpu_count) return refuse(preset, "gpuCount", "a unified-memory machine has one GPU");
  }
  if (o.gpu_count && !has_gpu(preset)) {
    return refuse(preset, "gpuCount", "it has no GPU; describe a machine with GPUs as custom (--hardware custom --vram GiB)");
  }
  if (o.gpu_count && (*o.gpu_count < 1 || *o.gpu_count > 64)) {
    return out_of_range("gpuCount", "'gpuCount' is " + std::to_string(*o.gpu_count) +
                                        "; allowed 1 to 64 identical GPUs (for none, choose a CPU-only preset)");
  }
  Hardware hw = preset;
  std::vector<std::string> changed;  // for the source
  std::vector<std::string> extras;   // for the name
  if (o.ram_bytes) {
    hw.ram_bytes = *o.ram_bytes;
    changed.push_back("RAM " + compact_gib(*o.ram_bytes));
  }
  if (o.ram_bandwidth_gb_per_s) {
    hw.ram_bandwidth_gb_per_s = *o.ram_bandwidth_gb_per_s;
    extras.push_back("RAM " + compact(*o.ram_bandwidth_gb_per_s) + " GB/s");
  }
  if (o.disk_bandwidth_gb_per_s) {
    hw.disk_bandwidth_gb_per_s = *o.disk_bandwidth_gb_per_s;
    extras.push_back("disk " + compact(*o.disk_bandwidth_gb_per_s) + " GB/s");
  }
  if (o.cpu_cores) {
    hw.cpu_cores = *o.cpu_cores;
    extras.push_back(std::to_string(*o.cpu_cores) + " CPU cores");
  }
  if (o.gpu_count) {
    hw.gpu_count = *o.gpu_count;
    changed.push_back(std::to_string(*o.gpu_count) + " GPUs");
  }
  if (o.os_reserve_bytes) {
    hw.os_reserve_bytes = o.os_reserve_bytes;
    extras.push_back(compact_gib(*o.os_reserve_bytes) + " kept for the OS");
  }
  if (o.gpu_margin_bytes) {
    hw.gpu_margin_bytes = o.gpu_margin_bytes;
    extras.push_back(compact_gib(*o.gpu_margin_bytes) + " GPU margin");
  }
  if (auto ok = validate_hardware(hw); !ok) return ok.error();
  if (changed.empty() && extras.empty()) return hw;

  // The name: the preset's GPU part, the host as given, then the other changed figures.
  const std::size_t plus = preset.name.find(" + ");
  if (plus != std::string::npos) {
    std::string gpu = preset.name.substr(0, plus);
    if (o.gpu_count) gpu = with_gpu_count(gpu, *o.gpu_count);
    const std::string host = o.ram_bytes ? compact_gib(*o.ram_bytes) + " RAM" : preset.name.substr(plus + 3);
    hw.name = gpu + " + " + host + (extras.empty() ? "" : " (" + join(extras, ", ") + ")");
  } else {
    // CPU-only and unified presets name the whole machine: say what differs from it.
    std::vector<std::string> all;
    if (o.ram_bytes) all.push_back(compact_gib(*o.ram_bytes) + " RAM");
    all.insert(all.end(), extras.begin(), extras.end());
    hw.name = preset.name + " with " + join(all, ", ");
  }
  changed.insert(changed.end(), extras.begin(), extras.end());
  hw.source = preset.source + "; host figures given by the user: " + join(changed, ", ");
  return hw;
}

Result<Hardware> find_hardware(const std::string& id) {
  if (id.size() > kMaxIdLength) return make_error(ErrorCode::kUnknownId, "hardware", id_too_long("hardware", id.size()));
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
