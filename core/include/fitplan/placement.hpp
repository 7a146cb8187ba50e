#pragma once
// llama.cpp's layer placement: -ngl N offloads the LAST N blocks (i_gpu_start = n_layer - N) and
// the output layer only when N > n_layer; with several GPUs the offloaded blocks are split evenly
// in order (split mode "layer"), the output layer on the last device.
#include <vector>

#include "fitplan/estimator.hpp"
#include "fitplan/hardware.hpp"
#include "fitplan/model.hpp"

namespace fitplan {

struct LayerSplit {
  std::vector<BlockPlacement> blocks;
  bool output_on_gpu = false;
};

LayerSplit layer_split(const ModelArchitecture& arch, const Hardware& hw, int n_gpu_layers);

// Assigns consecutive GPU-resident blocks to devices evenly (in place).
void assign_gpu_devices(std::vector<BlockPlacement>& blocks, int gpu_count);

}  // namespace fitplan
