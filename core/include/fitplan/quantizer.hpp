#pragma once
// llama-quantize's type choice for every tensor (llama_tensor_get_type in src/llama-quant.cpp),
// and the size of the GGUF file it writes.
#include <vector>

#include "fitplan/model.hpp"
#include "fitplan/quant.hpp"
#include "fitplan/tensors.hpp"

namespace fitplan {

struct QuantizeOptions {
  // Whether an importance matrix is used. llama.cpp's rules differ with one for a few types
  // (IQ3_XXS attn_v, IQ4_* and Q4_0/Q5_0 ffn_down). Default: used exactly for the file types
  // llama-quantize refuses to make without one (IQ1_*, IQ2_XXS/XS/S/M, IQ3_XXS, Q2_K_S).
  bool imatrix_for_iq_types = true;
};

// llama-quantize's tensor_requires_imatrix: a tensor quantized to `type` in a file of `file_type`
// cannot be made without an importance matrix (IQ1_S, IQ1_M, IQ2_XXS, IQ2_XS, IQ2_S, IQ3_XXS, or
// Q2_K inside Q2_K_S).
bool tensor_requires_imatrix(GgmlType type, FileType file_type);

// True when the file type's recipe is computed with an importance matrix under `options`.
bool uses_imatrix(FileType type, const QuantizeOptions& options = {});

// The type llama-quantize gives `tensor` in a file of type `recipe` (the mixture rules, then
// the shape fallback). Tensors that are never quantized keep their source type.
GgmlType quantized_type(const ModelArchitecture& arch, const TensorSpec& tensor, FileType recipe, const QuantizeOptions& options = {});

// Types of every tensor (same order as `tensors`) for a whole file of type `file_type`.
std::vector<GgmlType> file_type_assignment(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors, FileType file_type,
                                           const QuantizeOptions& options = {});

// file_type_assignment for several file types at once (each tensor's role is read from its name
// once): one vector per entry of `file_types`, in that order.
std::vector<std::vector<GgmlType>> file_type_assignments(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors,
                                                         const std::vector<FileType>& file_types, const QuantizeOptions& options = {});

// GGUF header: magic, version, counts, metadata (dominated by the tokenizer vocabulary) and the
// tensor-info table, padded to the 32-byte alignment. A first-order estimate for the metadata part.
Bytes gguf_header_bytes(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors);
// Bytes of one tensor's data in the file (padded to the 32-byte GGUF alignment).
Bytes gguf_tensor_data_bytes(const TensorSpec& tensor, GgmlType type);
// Predicted file size: header + every tensor's padded data.
Bytes gguf_file_bytes(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors, const std::vector<GgmlType>& types);

}  // namespace fitplan
