#pragma once
// analyze(): the original planner's table. For each whole-file type: weights, KV, compute and
// overhead, whether it fits, how many layers fit on the GPU and how fast it runs there.
#include <optional>
#include <string>
#include <vector>

#include "fitplan/estimator.hpp"
#include "fitplan/hardware.hpp"
#include "fitplan/model.hpp"
#include "fitplan/quant.hpp"
#include "fitplan/tensors.hpp"

namespace fitplan {

// A GGUF file as it is: the tensor table read from its header.
struct ImportedFile {
  std::string label;                 // e.g. the file name
  FileType file_type = FileType::kQ4_K_M;  // general.file_type (for the quality prior)
  std::vector<TensorSpec> tensors;   // from tensor_specs_from_table()
  std::vector<GgmlType> types;       // each tensor's stored type
  Bytes file_bytes = 0;              // the file's real size (0 = predict from the table)
};

struct AnalyzeRequest {
  ModelPreset model;
  Hardware hardware;
  std::uint32_t context_tokens = 4096;
  KvType kv_type = KvType::kF16;  // both K and V
  std::uint32_t prompt_tokens = 512;
  std::optional<ImportedFile> file;  // also analyze this file as it is
  // Whole-file types to analyze, llama-quantize names (case-insensitive); empty = the default list
  // (default_file_types: the common types and the model's native ones); "all" = every type of
  // analyzable_file_types(). Rows come without duplicates, from large to small (resolve_file_types).
  std::vector<std::string> file_types;
};

struct FileTypeAnalysis {
  FileType file_type = FileType::kF16;
  std::string label;            // "Q4_K_M", or the imported file's name
  Bytes weights_bytes = 0;      // predicted GGUF file size
  Bytes kv_cache_bytes = 0;     // whole cache at the requested context
  Bytes compute_bytes = 0;      // GPU + CPU compute buffers at the chosen split
  Bytes overhead_bytes = 0;     // runtime overhead + logits buffer
  Bytes total_bytes = 0;
  int gpu_layers = 0;           // llama.cpp n_gpu_layers (n_layer + 1 means the output layer too)
  bool fits_vram = false;       // everything on the GPU(s)
  bool fits_memory = false;     // fits in VRAM + RAM (no disk)
  SpeedEstimate decode;         // at gpu_layers
  SpeedEstimate prefill;
  double quality_rel_ppl_percent = 0;  // prior for this file type
};

// Capacity one tier offers to the planner, after the reserve the system keeps.
struct Capacity {
  Bytes gpu_bytes_per_device = 0;  // usable VRAM per GPU (fit margin subtracted)
  Bytes ram_bytes = 0;             // usable system RAM (OS reserve subtracted; unified: minus GPU use)
  Bytes os_reserve_bytes = 0;      // RAM kept for the operating system (hw's, or fitplan/capacity.hpp's default)
  Bytes gpu_margin_bytes = 0;      // VRAM kept free on each GPU (0 without a GPU)
};

struct Analysis {
  std::string model_id;
  std::string hardware_id;
  std::uint32_t context_tokens = 0;
  KvType kv_type = KvType::kF16;
  std::vector<FileTypeAnalysis> file_types;
  std::optional<FileTypeAnalysis> file;  // the imported file as it is
  Capacity capacity;                     // what the rows had to fit in, and the reserve kept back
};

// Validates the request (field-named errors) and analyzes every type request.file_types names.
Result<Analysis> analyze(const AnalyzeRequest& request);

// The reserve is the hardware's own (Hardware::os_reserve_bytes / gpu_margin_bytes) where set,
// else the defaults of fitplan/capacity.hpp.
Capacity usable_capacity(const Hardware& hw);

// Every GPU within its usable VRAM (on unified memory also GPU + CPU within the shared pool).
bool fits_gpu(const Estimate& estimate, const Hardware& hw, const Capacity& capacity);
// fits_gpu and system RAM within its usable size: the configuration runs without disk streaming.
bool fits_capacity(const Estimate& estimate, const Hardware& hw, const Capacity& capacity);

}  // namespace fitplan
