#include "fitplan/analysis.hpp"

#include <algorithm>

#include "fitplan/capacity.hpp"
#include "fitplan/placement.hpp"
#include "fitplan/quantizer.hpp"
#include "fitplan/validation.hpp"

namespace fitplan {

Capacity usable_capacity(const Hardware& hw) {
  Capacity capacity;
  const Bytes os_reserve = hw.os_reserve_bytes.value_or(fitplan::capacity::default_os_reserve(hw.ram_bytes));
  capacity.os_reserve_bytes = os_reserve;
  capacity.ram_bytes = hw.ram_bytes > os_reserve ? hw.ram_bytes - os_reserve : 0;
  if (has_gpu(hw)) {
    // Keep a margin per device for the display, fragmentation and allocation spikes.
    const Bytes margin = hw.gpu_margin_bytes.value_or(fitplan::capacity::default_gpu_margin(hw.vram_bytes, hw.unified_memory));
    capacity.gpu_margin_bytes = margin;
    capacity.gpu_bytes_per_device = hw.vram_bytes > margin ? hw.vram_bytes - margin : 0;
    if (hw.unified_memory) capacity.gpu_bytes_per_device = std::min(capacity.gpu_bytes_per_device, capacity.ram_bytes);
  }
  return capacity;
}

bool fits_gpu(const Estimate& estimate, const Hardware& hw, const Capacity& capacity) {
  Bytes gpu_used = 0;
  for (const auto& gpu : estimate.gpus) {
    if (gpu.total() > capacity.gpu_bytes_per_device) return false;
    gpu_used += gpu.total();
  }
  return !hw.unified_memory || gpu_used + estimate.cpu.total() <= capacity.ram_bytes;
}

bool fits_capacity(const Estimate& estimate, const Hardware& hw, const Capacity& capacity) {
  return fits_gpu(estimate, hw, capacity) && estimate.cpu.total() <= capacity.ram_bytes;
}

namespace {

// One row: the most GPU layers that fit for this layout, and the memory and speed there.
FileTypeAnalysis analyze_layout(const ModelArchitecture& arch, const Hardware& hw, const Capacity& capacity, const WeightsLayout& layout,
                                EstimateRequest estimate_request) {
  FileTypeAnalysis row;
  row.weights_bytes = layout.file_bytes;
  // The most layers (llama.cpp -ngl) whose GPU share fits; n_layer + 1 includes the output layer.
  // GPU memory grows with -ngl, so binary search for the largest value that fits.
  const int max_ngl = has_gpu(hw) ? arch.n_layer + 1 : 0;
  auto estimate_at = [&](int ngl) {
    const LayerSplit split = layer_split(arch, hw, ngl);
    estimate_request.blocks = split.blocks;
    estimate_request.output_on_gpu = split.output_on_gpu;
    return estimate(arch, layout, hw, estimate_request);
  };
  int lo = 0, hi = max_ngl;
  while (lo < hi) {
    const int mid = (lo + hi + 1) / 2;
    if (fits_gpu(estimate_at(mid), hw, capacity)) lo = mid;
    else hi = mid - 1;
  }
  const Estimate best = estimate_at(lo);
  row.gpu_layers = lo;
  row.fits_vram = has_gpu(hw) && row.gpu_layers == max_ngl && fits_gpu(best, hw, capacity);
  row.fits_memory = fits_capacity(best, hw, capacity);
  row.kv_cache_bytes = best.kv_k_bytes + best.kv_v_bytes;
  Bytes overhead = best.cpu.overhead_bytes + best.cpu.output_bytes;
  Bytes compute = best.cpu.compute_bytes;
  for (const auto& gpu : best.gpus) {
    overhead += gpu.overhead_bytes + gpu.output_bytes;
    compute += gpu.compute_bytes;
  }
  row.compute_bytes = compute;
  row.overhead_bytes = overhead;
  row.total_bytes = best.total();
  row.decode = best.decode;
  row.prefill = best.prefill;
  return row;
}

}  // namespace

Result<Analysis> analyze(const AnalyzeRequest& request) {
  if (auto ok = validate_architecture(request.model.arch); !ok) return ok.error();
  if (auto ok = validate_hardware(request.hardware); !ok) return ok.error();
  if (auto ok = validate_context(request.model.arch, request.context_tokens, "contextLength"); !ok) return ok.error();
  const auto& arch = request.model.arch;
  const auto& hw = request.hardware;
  if (auto ok = validate_kv_types(arch, request.kv_type, request.kv_type, true); !ok) return ok.error();
  auto file_types = resolve_file_types(arch, request.file_types, "fileTypes");
  if (!file_types) return file_types.error();

  Analysis analysis;
  analysis.model_id = request.model.id;
  analysis.hardware_id = hw.id;
  analysis.context_tokens = request.context_tokens;
  analysis.kv_type = request.kv_type;
  const auto tensors = model_tensors(arch);
  const Capacity capacity = usable_capacity(hw);
  analysis.capacity = capacity;

  EstimateRequest estimate_request;
  estimate_request.context_tokens = request.context_tokens;
  estimate_request.kv.type_k = request.kv_type;
  estimate_request.kv.type_v = request.kv_type;
  estimate_request.kv.flash_attention = true;
  estimate_request.decode_depth_tokens = request.context_tokens / 2;
  estimate_request.prompt_tokens = std::min(request.prompt_tokens, request.context_tokens);

  for (FileType file_type : file_types.value()) {
    const auto types = file_type_assignment(arch, tensors, file_type);
    FileTypeAnalysis row = analyze_layout(arch, hw, capacity, weights_layout(arch, tensors, types), estimate_request);
    row.file_type = file_type;
    row.label = file_type_info(file_type).name;
    row.quality_rel_ppl_percent = file_type_rel_ppl_percent(arch, file_type);
    analysis.file_types.push_back(row);
  }
  if (request.file) {
    // An imported GGUF as it is: its own tensors and types, its own size.
    if (auto ok = validate_tensor_table(arch, request.file->tensors, request.file->types); !ok) return ok.error();
    WeightsLayout layout = weights_layout(arch, request.file->tensors, request.file->types);
    if (request.file->file_bytes > 0) layout.file_bytes = request.file->file_bytes;
    FileTypeAnalysis row = analyze_layout(arch, hw, capacity, layout, estimate_request);
    row.file_type = request.file->file_type;
    row.label = request.file->label;
    row.quality_rel_ppl_percent = file_type_rel_ppl_percent(arch, request.file->file_type);
    analysis.file = row;
  }
  return analysis;
}

}  // namespace fitplan
