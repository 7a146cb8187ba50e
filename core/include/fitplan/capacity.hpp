#pragma once
// Memory the planner does not hand to the model: what the operating system keeps of the RAM, and
// the margin kept free on every GPU. These are the only defaults of the reserve; a request may
// set its own (Hardware::os_reserve_bytes / gpu_margin_bytes), and every result states the
// reserve it used (Capacity::os_reserve_bytes / gpu_margin_bytes).
#include <algorithm>

#include "fitplan/units.hpp"

namespace fitplan::capacity {

// RAM kept for the operating system, the desktop, the browser and llama.cpp's own process (not
// the model): max(kOsReserveMinBytes, RAM / kOsReserveRamDivisor). A desktop OS with a browser
// idles at 2-4 GiB whatever the machine, and larger machines run more beside the model, hence a
// floor and a share. First-order estimate, not a measurement.
inline constexpr Bytes kOsReserveMinBytes = 2 * kGiB;
inline constexpr Bytes kOsReserveRamDivisor = 10;  // a tenth of the RAM

// VRAM kept free on each discrete GPU: min(kGpuMarginMaxBytes, VRAM / kGpuMarginVramDivisor), for
// the display, allocator fragmentation and allocation spikes beyond the buffers llama.cpp reports.
// Unified-memory machines keep none: the Metal working-set limit (vram_bytes) is already below the
// pool and the OS reserve applies. First-order estimate.
inline constexpr Bytes kGpuMarginMaxBytes = 512 * kMiB;
inline constexpr Bytes kGpuMarginVramDivisor = 16;

// The default OS reserve for `ram_bytes` of RAM.
constexpr Bytes default_os_reserve(Bytes ram_bytes) { return std::max<Bytes>(kOsReserveMinBytes, ram_bytes / kOsReserveRamDivisor); }

// The default margin of one GPU of `vram_bytes` (0 on unified memory).
constexpr Bytes default_gpu_margin(Bytes vram_bytes, bool unified_memory) {
  return unified_memory ? 0 : std::min<Bytes>(kGpuMarginMaxBytes, vram_bytes / kGpuMarginVramDivisor);
}

}  // namespace fitplan::capacity
