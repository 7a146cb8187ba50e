#pragma once
// Units. Bytes are integers; GiB = 2^30 bytes, GB = 10^9 bytes. Every name says which.
#include <cstdint>

namespace fitplan {

using Bytes = std::uint64_t;

inline constexpr Bytes kKiB = 1024ull;
inline constexpr Bytes kMiB = 1024ull * kKiB;
inline constexpr Bytes kGiB = 1024ull * kMiB;
inline constexpr double kBytesPerGB = 1e9;  // decimal gigabyte (bandwidths, HF file sizes)

// Largest byte count that crosses into JavaScript exactly (2^53).
inline constexpr Bytes kMaxExactBytes = 1ull << 53;

inline constexpr double to_gib(Bytes bytes) { return static_cast<double>(bytes) / static_cast<double>(kGiB); }
inline constexpr double to_mib(Bytes bytes) { return static_cast<double>(bytes) / static_cast<double>(kMiB); }
inline constexpr double to_gb(Bytes bytes) { return static_cast<double>(bytes) / kBytesPerGB; }

// Converts GiB to bytes, rounding to the nearest byte (half up). Callers validate the input first:
// it is never negative, where adding a half and truncating would round the wrong way.
inline constexpr Bytes gib_to_bytes(double gib) {
  return static_cast<Bytes>(gib * static_cast<double>(kGiB) + 0.5);  // NOLINT(bugprone-incorrect-roundings): gib >= 0
}

inline constexpr Bytes ceil_div(Bytes a, Bytes b) { return (a + b - 1) / b; }
inline constexpr Bytes pad_to(Bytes value, Bytes alignment) { return ceil_div(value, alignment) * alignment; }

}  // namespace fitplan
