#pragma once
// Quantization types: GGML tensor types (exact block layouts), llama.cpp file types
// (llama_ftype) and KV-cache types, with the measured quality prior of each file type.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fitplan/result.hpp"
#include "fitplan/units.hpp"

namespace fitplan {

struct ModelArchitecture;  // fitplan/model.hpp

// GGML tensor types. Values are ggml's enum ggml_type ids (written in GGUF tensor infos).
enum class GgmlType : int {
  kF32 = 0,
  kF16 = 1,
  kQ4_0 = 2,
  kQ4_1 = 3,
  kQ5_0 = 6,
  kQ5_1 = 7,
  kQ8_0 = 8,
  kQ8_1 = 9,
  kQ2_K = 10,
  kQ3_K = 11,
  kQ4_K = 12,
  kQ5_K = 13,
  kQ6_K = 14,
  kQ8_K = 15,
  kIQ2_XXS = 16,
  kIQ2_XS = 17,
  kIQ3_XXS = 18,
  kIQ1_S = 19,
  kIQ4_NL = 20,
  kIQ3_S = 21,
  kIQ2_S = 22,
  kIQ4_XS = 23,
  kI8 = 24,
  kI16 = 25,
  kI32 = 26,
  kI64 = 27,
  kF64 = 28,
  kIQ1_M = 29,
  kBF16 = 30,
  kTQ1_0 = 34,
  kTQ2_0 = 35,
  kMXFP4 = 39,
  kNVFP4 = 40,
  kQ1_0 = 41,
  kQ2_0 = 42,
};

struct GgmlTypeInfo {
  GgmlType type;
  const char* name;        // ggml_type_name spelling, e.g. "q4_K"
  int block_elements;      // elements per block (blck_size)
  int block_bytes;         // bytes per block (sizeof(block_*))
  bool quantized;          // ggml_is_quantized
};

const std::vector<GgmlTypeInfo>& ggml_types();
const GgmlTypeInfo& type_info(GgmlType type);
Result<GgmlType> parse_ggml_type(const std::string& name);  // case-insensitive, e.g. "Q4_K", "q8_0"
std::optional<GgmlType> ggml_type_from_id(int id);
double bits_per_weight(GgmlType type);
// Bytes of one row of ne0 elements (ggml_row_size); ne0 must be a multiple of the block size.
Bytes row_bytes(GgmlType type, std::uint64_t ne0);
bool divisible(GgmlType type, std::uint64_t ne0);

// llama.cpp file types (enum llama_ftype); values are written to general.file_type.
enum class FileType : int {
  kF32 = 0,
  kF16 = 1,
  kQ4_0 = 2,
  kQ4_1 = 3,
  kQ8_0 = 7,
  kQ5_0 = 8,
  kQ5_1 = 9,
  kQ2_K = 10,
  kQ3_K_S = 11,
  kQ3_K_M = 12,
  kQ3_K_L = 13,
  kQ4_K_S = 14,
  kQ4_K_M = 15,
  kQ5_K_S = 16,
  kQ5_K_M = 17,
  kQ6_K = 18,
  kIQ2_XXS = 19,
  kIQ2_XS = 20,
  kQ2_K_S = 21,
  kIQ3_XS = 22,
  kIQ3_XXS = 23,
  kIQ1_S = 24,
  kIQ4_NL = 25,
  kIQ3_S = 26,
  kIQ3_M = 27,
  kIQ2_S = 28,
  kIQ2_M = 29,
  kIQ4_XS = 30,
  kIQ1_M = 31,
  kBF16 = 32,
  kTQ1_0 = 36,
  kTQ2_0 = 37,
  kMXFP4_MOE = 38,
};

struct FileTypeInfo {
  FileType type;
  const char* name;           // llama.cpp spelling, e.g. "Q4_K_M"
  GgmlType base;              // llama_ftype_get_default_type
  // Measured quality prior: relative perplexity increase vs F16 in percent, and KL divergence,
  // of a whole file of this type (see quant_quality.cpp for the rows).
  double rel_ppl_percent;
  double kld;
  bool needs_imatrix;         // llama-quantize refuses (or strongly advises against) without --imatrix
};

const std::vector<FileTypeInfo>& file_types();
const FileTypeInfo& file_type_info(FileType type);
Result<FileType> parse_file_type(const std::string& name);  // case-insensitive, e.g. "q4_k_m"

// The whole-file types `analyze` reports by default (with the model's native types), from large
// to small.
const std::vector<FileType>& analyzed_file_types();
// Every file type `analyze` can report on request: llama-quantize's QUANT_OPTIONS that file_types()
// knows, less F32 (twice F16's size, never published as a quantization). Analysis order.
const std::vector<FileType>& analyzable_file_types();
// The file types a model is published in natively, which `analyze` always shows: MXFP4_MOE for
// gpt-oss (its released weights); none for other families.
std::vector<FileType> native_file_types(const ModelArchitecture& arch);
// The default analysis list: analyzed_file_types() and native_file_types(arch), in analysis order.
std::vector<FileType> default_file_types(const ModelArchitecture& arch);
// Quality prior of a whole file of `type` for this model (relative perplexity increase vs F16, %):
// file_type_info(type).rel_ppl_percent, except MXFP4_MOE on a model not released in it
// (calibration::kMxfp4MoeDenseLike / kMxfp4MoeExpertsLike).
double file_type_rel_ppl_percent(const ModelArchitecture& arch, FileType type);
// Resolves a requested list of file-type names (case-insensitive; llama-quantize's aliases Q4_K,
// Q5_K, Q3_K; "all" = analyzable_file_types()): duplicates removed, in analysis order. Empty =
// default_file_types(arch). An unknown name is an error naming `field` and listing the names.
Result<std::vector<FileType>> resolve_file_types(const ModelArchitecture& arch, const std::vector<std::string>& names,
                                                 const std::string& field = "fileTypes");

// KV-cache element types accepted by llama.cpp -ctk/-ctv.
enum class KvType { kF32, kF16, kBF16, kQ8_0, kQ5_1, kQ5_0, kQ4_1, kQ4_0, kIQ4_NL };
// llama.cpp's spelling (-ctk / -ctv), in the order the API lists them.
inline constexpr EnumTable<KvType, 9> kKvTypeNames{{{KvType::kF32, "f32"},
                                                    {KvType::kF16, "f16"},
                                                    {KvType::kBF16, "bf16"},
                                                    {KvType::kQ8_0, "q8_0"},
                                                    {KvType::kQ5_1, "q5_1"},
                                                    {KvType::kQ5_0, "q5_0"},
                                                    {KvType::kQ4_1, "q4_1"},
                                                    {KvType::kQ4_0, "q4_0"},
                                                    {KvType::kIQ4_NL, "iq4_nl"}}};
inline const char* to_string(KvType type) noexcept { return enum_name(kKvTypeNames, type); }
Result<KvType> parse_kv_type(const std::string& name);  // case-insensitive
GgmlType kv_ggml_type(KvType type);
bool is_quantized(KvType type);
// Quality prior for a quantized KV cache, relative perplexity increase in percent (K and V each).
double kv_rel_ppl_percent(KvType type);

}  // namespace fitplan
