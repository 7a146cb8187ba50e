#pragma once
// The GGUF tensor list of an architecture: names, shapes and roles, in the order llama.cpp's
// loader sorts them (non-block tensors first, then block by block).
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "fitplan/model.hpp"
#include "fitplan/quant.hpp"

namespace fitplan {

// Which part of a block a tensor belongs to, for placement: attention-side tensors (with the KV
// cache, norms, router and shared experts) or the FFN side (dense FFN or routed experts).
enum class TensorPart { kGlobal, kAttention, kFfn };

struct TensorSpec {
  std::string name;                    // GGUF name, e.g. "blk.3.attn_v.weight"
  int block = -1;                      // transformer block, -1 for token_embd / output / norms
  TensorPart part = TensorPart::kGlobal;
  std::array<std::uint64_t, 3> ne{1, 1, 1};  // ne0 (row length), ne1, ne2 (experts)
  int n_dims = 1;
  bool routed_expert = false;          // a 3-D routed-expert tensor (ffn_*_exps)
  bool quantizable = false;            // llama.cpp tensor_allows_quantization (2-D+, "*weight", not norm/router)
  GgmlType source_type = GgmlType::kF32;  // type in an unquantized conversion (F32 1-D, F16 matrices)
};

std::uint64_t element_count(const TensorSpec& tensor);
Bytes tensor_bytes(const TensorSpec& tensor, GgmlType type);

// Every tensor of the model, in loader order. Deterministic.
std::vector<TensorSpec> model_tensors(const ModelArchitecture& arch);
// The same tensors without the block tensors' names, in build order: for counting (parameters)
// where names and order do not matter.
std::vector<TensorSpec> model_tensor_shapes(const ModelArchitecture& arch);

// One tensor of a GGUF header (name, dims as stored: dims[0] = ne0), classified into block and
// part by its name the way llama.cpp names them ("blk.N.ffn_up_exps.weight" -> block N, FFN,
// routed expert). `stored_type` becomes source_type.
TensorSpec tensor_spec_from_gguf(const std::string& name, const std::vector<std::uint64_t>& dims, GgmlType stored_type);

// Checks an imported tensor table against the architecture: block indices below n_layer, at most
// 3 dimensions, sizes that are whole blocks of their type. The error names the tensor.
Result<bool> validate_tensor_table(const ModelArchitecture& arch, const std::vector<TensorSpec>& tensors,
                                   const std::vector<GgmlType>& types);

}  // namespace fitplan
