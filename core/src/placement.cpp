#include "fitplan/placement.hpp"

#include <algorithm>

namespace fitplan {

void assign_gpu_devices(std::vector<BlockPlacement>& blocks, int gpu_count) {
  if (gpu_count <= 1) {
    for (auto& block : blocks) block.gpu_index = 0;
    return;
  }
  int on_gpu = 0;
  for (const auto& block : blocks) on_gpu += (block.attention == Tier::kGpu || block.ffn == Tier::kGpu) ? 1 : 0;
  int seen = 0;
  for (auto& block : blocks) {
    if (block.attention == Tier::kGpu || block.ffn == Tier::kGpu) {
      block.gpu_index = std::min(gpu_count - 1, seen * gpu_count / std::max(1, on_gpu));
      ++seen;
    } else {
      block.gpu_index = 0;
    }
  }
}

LayerSplit layer_split(const ModelArchitecture& arch, const Hardware& hw, int n_gpu_layers) {
  LayerSplit split;
  const int gpus = has_gpu(hw) ? hw.gpu_count : 0;
  const int ngl = gpus > 0 ? std::clamp(n_gpu_layers, 0, arch.n_layer + 1) : 0;
  const int i_gpu_start = std::max(arch.n_layer - ngl, 0);
  split.blocks.resize(static_cast<std::size_t>(arch.n_layer));
  for (int il = 0; il < arch.n_layer; ++il) {
    const Tier tier = il >= i_gpu_start && ngl > 0 ? Tier::kGpu : Tier::kCpu;
    split.blocks[static_cast<std::size_t>(il)] = BlockPlacement{tier, tier, 0};
  }
  assign_gpu_devices(split.blocks, gpus);
  split.output_on_gpu = ngl > arch.n_layer;
  return split;
}

}  // namespace fitplan
