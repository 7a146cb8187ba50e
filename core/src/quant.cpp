#include "fitplan/quant.hpp"

#include <algorithm>
#include <cctype>
#include <iterator>

#include "fitplan/calibration.hpp"
#include "fitplan/model.hpp"
#include "fitplan/row_index.hpp"
#include "fitplan/text.hpp"

namespace fitplan {

namespace {

std::string lower(const std::string& text) {
  std::string out = text;
  std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

}  // namespace

// Block layouts: ggml/src/ggml-common.h block structs and type_traits in ggml/src/ggml.c
// (llama.cpp 34af94cd9, ggml d99724f2), as tabulated in shared/runtime-facts.md §A.8.
namespace {

constexpr GgmlTypeInfo kGgmlTypes[] = {
    {GgmlType::kF32, "f32", 1, 4, false},
    {GgmlType::kF16, "f16", 1, 2, false},
    {GgmlType::kBF16, "bf16", 1, 2, false},
    {GgmlType::kQ8_0, "q8_0", 32, 34, true},
    {GgmlType::kQ8_1, "q8_1", 32, 36, true},
    {GgmlType::kQ4_0, "q4_0", 32, 18, true},
    {GgmlType::kQ4_1, "q4_1", 32, 20, true},
    {GgmlType::kQ5_0, "q5_0", 32, 22, true},
    {GgmlType::kQ5_1, "q5_1", 32, 24, true},
    {GgmlType::kQ2_K, "q2_K", 256, 84, true},
    {GgmlType::kQ3_K, "q3_K", 256, 110, true},
    {GgmlType::kQ4_K, "q4_K", 256, 144, true},
    {GgmlType::kQ5_K, "q5_K", 256, 176, true},
    {GgmlType::kQ6_K, "q6_K", 256, 210, true},
    {GgmlType::kQ8_K, "q8_K", 256, 292, true},
    {GgmlType::kIQ2_XXS, "iq2_xxs", 256, 66, true},
    {GgmlType::kIQ2_XS, "iq2_xs", 256, 74, true},
    {GgmlType::kIQ2_S, "iq2_s", 256, 82, true},
    {GgmlType::kIQ3_XXS, "iq3_xxs", 256, 98, true},
    {GgmlType::kIQ3_S, "iq3_s", 256, 110, true},
    {GgmlType::kIQ1_S, "iq1_s", 256, 50, true},
    {GgmlType::kIQ1_M, "iq1_m", 256, 56, true},
    {GgmlType::kIQ4_NL, "iq4_nl", 32, 18, true},
    {GgmlType::kIQ4_XS, "iq4_xs", 256, 136, true},
    {GgmlType::kTQ1_0, "tq1_0", 256, 54, true},
    {GgmlType::kTQ2_0, "tq2_0", 256, 66, true},
    {GgmlType::kMXFP4, "mxfp4", 32, 17, true},
    {GgmlType::kNVFP4, "nvfp4", 64, 36, true},
    {GgmlType::kQ1_0, "q1_0", 128, 18, true},
    {GgmlType::kQ2_0, "q2_0", 64, 18, true},
    {GgmlType::kI8, "i8", 1, 1, false},
    {GgmlType::kI16, "i16", 1, 2, false},
    {GgmlType::kI32, "i32", 1, 4, false},
    {GgmlType::kI64, "i64", 1, 8, false},
    {GgmlType::kF64, "f64", 1, 8, false},
};

}  // namespace

const std::vector<GgmlTypeInfo>& ggml_types() {
  static const std::vector<GgmlTypeInfo> kTypes(std::begin(kGgmlTypes), std::end(kGgmlTypes));
  return kTypes;
}

const GgmlTypeInfo& type_info(GgmlType type) {
  static const RowIndex kIndex(kGgmlTypes, &GgmlTypeInfo::type, kGgmlTypes[0]);
  return kIndex[type];  // the first row for values not in the table (unreachable for valid enum values)
}

std::optional<GgmlType> ggml_type_from_id(int id) {
  for (const auto& info : ggml_types()) {
    if (static_cast<int>(info.type) == id) return info.type;
  }
  return std::nullopt;
}

Result<GgmlType> parse_ggml_type(const std::string& name) {
  const std::string wanted = lower(name);
  std::vector<std::string> names;
  for (const auto& info : ggml_types()) {
    if (lower(info.name) == wanted) return info.type;
    names.push_back(info.name);
  }
  return make_error(ErrorCode::kInvalidArgument, "type", "unknown GGML tensor type '" + name + "'; allowed: " + join(names, ", "));
}

double bits_per_weight(GgmlType type) {
  const auto& info = type_info(type);
  return 8.0 * info.block_bytes / info.block_elements;
}

bool divisible(GgmlType type, std::uint64_t ne0) { return ne0 % static_cast<std::uint64_t>(type_info(type).block_elements) == 0; }

Bytes row_bytes(GgmlType type, std::uint64_t ne0) {
  const auto& info = type_info(type);
  return ne0 / static_cast<std::uint64_t>(info.block_elements) * static_cast<std::uint64_t>(info.block_bytes);
}

// File types: llama.cpp include/llama.h (llama_ftype) and tools/quantize QUANT_OPTIONS; base types
// from llama_ftype_get_default_type (src/llama-quant.cpp). Quality priors: see calibration.hpp.
const std::vector<FileTypeInfo>& file_types() {
  using calibration::kFileTypeQuality;
  static const std::vector<FileTypeInfo> kTypes = [] {
    std::vector<FileTypeInfo> types = {
        {FileType::kF32, "F32", GgmlType::kF32, 0, 0, false},
        {FileType::kF16, "F16", GgmlType::kF16, 0, 0, false},
        {FileType::kBF16, "BF16", GgmlType::kBF16, 0, 0, false},
        {FileType::kQ8_0, "Q8_0", GgmlType::kQ8_0, 0, 0, false},
        {FileType::kQ6_K, "Q6_K", GgmlType::kQ6_K, 0, 0, false},
        {FileType::kQ5_K_M, "Q5_K_M", GgmlType::kQ5_K, 0, 0, false},
        {FileType::kQ5_K_S, "Q5_K_S", GgmlType::kQ5_K, 0, 0, false},
        {FileType::kQ5_1, "Q5_1", GgmlType::kQ5_1, 0, 0, false},
        {FileType::kQ5_0, "Q5_0", GgmlType::kQ5_0, 0, 0, false},
        {FileType::kQ4_K_M, "Q4_K_M", GgmlType::kQ4_K, 0, 0, false},
        {FileType::kQ4_K_S, "Q4_K_S", GgmlType::kQ4_K, 0, 0, false},
        {FileType::kQ4_1, "Q4_1", GgmlType::kQ4_1, 0, 0, false},
        {FileType::kQ4_0, "Q4_0", GgmlType::kQ4_0, 0, 0, false},
        {FileType::kIQ4_NL, "IQ4_NL", GgmlType::kIQ4_NL, 0, 0, false},
        {FileType::kIQ4_XS, "IQ4_XS", GgmlType::kIQ4_XS, 0, 0, false},
        {FileType::kQ3_K_L, "Q3_K_L", GgmlType::kQ3_K, 0, 0, false},
        {FileType::kQ3_K_M, "Q3_K_M", GgmlType::kQ3_K, 0, 0, false},
        {FileType::kQ3_K_S, "Q3_K_S", GgmlType::kQ3_K, 0, 0, false},
        {FileType::kIQ3_M, "IQ3_M", GgmlType::kIQ3_S, 0, 0, false},
        {FileType::kIQ3_S, "IQ3_S", GgmlType::kIQ3_S, 0, 0, false},
        {FileType::kIQ3_XS, "IQ3_XS", GgmlType::kIQ3_S, 0, 0, false},
        {FileType::kIQ3_XXS, "IQ3_XXS", GgmlType::kIQ3_XXS, 0, 0, true},
        {FileType::kQ2_K, "Q2_K", GgmlType::kQ2_K, 0, 0, false},
        {FileType::kQ2_K_S, "Q2_K_S", GgmlType::kQ2_K, 0, 0, true},
        {FileType::kIQ2_M, "IQ2_M", GgmlType::kIQ2_S, 0, 0, false},
        {FileType::kIQ2_S, "IQ2_S", GgmlType::kIQ2_XS, 0, 0, false},
        {FileType::kIQ2_XS, "IQ2_XS", GgmlType::kIQ2_XS, 0, 0, true},
        {FileType::kIQ2_XXS, "IQ2_XXS", GgmlType::kIQ2_XXS, 0, 0, true},
        {FileType::kIQ1_M, "IQ1_M", GgmlType::kIQ1_M, 0, 0, true},
        {FileType::kIQ1_S, "IQ1_S", GgmlType::kIQ1_S, 0, 0, true},
        {FileType::kTQ2_0, "TQ2_0", GgmlType::kTQ2_0, 0, 0, false},
        {FileType::kTQ1_0, "TQ1_0", GgmlType::kTQ1_0, 0, 0, false},
        {FileType::kMXFP4_MOE, "MXFP4_MOE", GgmlType::kMXFP4, 0, 0, false},
    };
    for (auto& info : types) {
      for (const auto& prior : kFileTypeQuality) {
        if (prior.type == info.type) {
          info.rel_ppl_percent = prior.rel_ppl_percent;
          info.kld = prior.kld;
        }
      }
    }
    return types;
  }();
  return kTypes;
}

const FileTypeInfo& file_type_info(FileType type) {
  static const RowIndex kIndex(file_types(), &FileTypeInfo::type, file_types().front());
  return kIndex[type];
}

Result<FileType> parse_file_type(const std::string& name) {
  const std::string wanted = lower(name);
  std::vector<std::string> names;
  for (const auto& info : file_types()) {
    if (lower(info.name) == wanted) return info.type;
    names.push_back(info.name);
  }
  // llama-quantize aliases: Q4_K = Q4_K_M, Q5_K = Q5_K_M, Q3_K = Q3_K_M.
  if (wanted == "q4_k") return FileType::kQ4_K_M;
  if (wanted == "q5_k") return FileType::kQ5_K_M;
  if (wanted == "q3_k") return FileType::kQ3_K_M;
  return make_error(ErrorCode::kInvalidArgument, "fileType", "unknown llama.cpp file type '" + name + "'; allowed: " + join(names, ", "));
}

const std::vector<FileType>& analyzed_file_types() {
  static const std::vector<FileType> kTypes = {
      FileType::kF16,    FileType::kQ8_0,    FileType::kQ6_K,   FileType::kQ5_K_M, FileType::kQ5_K_S,  FileType::kQ4_K_M,
      FileType::kQ4_K_S, FileType::kQ4_0,    FileType::kIQ4_XS, FileType::kQ3_K_L, FileType::kQ3_K_M,  FileType::kQ3_K_S,
      FileType::kIQ3_M,  FileType::kIQ3_XXS, FileType::kQ2_K,   FileType::kIQ2_M,  FileType::kIQ2_XXS, FileType::kIQ1_M,
  };
  return kTypes;
}

namespace {

// Position in the analysis order: file_types()' order (large to small), except that MXFP4_MOE
// (4.25-bit MXFP4 experts, Q8_0 elsewhere) sits after IQ4_XS, the other 4.25-bit type, rather than
// after the 1-bit types at the end of the list.
double analysis_rank(FileType type) {
  const auto& all = file_types();
  auto index_of = [&](FileType t) {
    for (std::size_t i = 0; i < all.size(); ++i) {
      if (all[i].type == t) return static_cast<double>(i);
    }
    return static_cast<double>(all.size());
  };
  return type == FileType::kMXFP4_MOE ? index_of(FileType::kIQ4_XS) + 0.5 : index_of(type);
}

std::vector<FileType> in_analysis_order(std::vector<FileType> types) {
  std::stable_sort(types.begin(), types.end(), [](FileType a, FileType b) { return analysis_rank(a) < analysis_rank(b); });
  types.erase(std::unique(types.begin(), types.end()), types.end());
  return types;
}

}  // namespace

const std::vector<FileType>& analyzable_file_types() {
  static const std::vector<FileType> kTypes = [] {
    std::vector<FileType> types;
    for (const auto& info : file_types()) {
      if (info.type != FileType::kF32) types.push_back(info.type);
    }
    return in_analysis_order(types);
  }();
  return kTypes;
}

std::vector<FileType> native_file_types(const ModelArchitecture& arch) {
  // gpt-oss is released with MXFP4 experts; its GGUFs (ggml-org, bartowski, unsloth) keep them so.
  if (arch.family == ArchFamily::kGptOss) return {FileType::kMXFP4_MOE};
  return {};
}

std::vector<FileType> default_file_types(const ModelArchitecture& arch) {
  std::vector<FileType> types = analyzed_file_types();
  for (FileType type : native_file_types(arch)) types.push_back(type);
  return in_analysis_order(types);
}

double file_type_rel_ppl_percent(const ModelArchitecture& arch, FileType type) {
  if (type == FileType::kMXFP4_MOE) {
    const auto native = native_file_types(arch);
    if (std::find(native.begin(), native.end(), type) == native.end()) {
      return file_type_info(is_moe(arch) ? calibration::kMxfp4MoeExpertsLike : calibration::kMxfp4MoeDenseLike).rel_ppl_percent;
    }
  }
  return file_type_info(type).rel_ppl_percent;
}

Result<std::vector<FileType>> resolve_file_types(const ModelArchitecture& arch, const std::vector<std::string>& names,
                                                 const std::string& field) {
  if (names.empty()) return default_file_types(arch);
  std::vector<FileType> types;
  bool all = false;
  for (const auto& name : names) {
    if (lower(name) == "all") {
      all = true;
      continue;
    }
    auto type = parse_file_type(name);
    if (!type) {
      // F32 is analyzable when named, though "all" leaves it out.
      std::vector<std::string> allowed{"all", file_type_info(FileType::kF32).name};
      for (FileType t : analyzable_file_types()) allowed.push_back(file_type_info(t).name);
      return make_error(ErrorCode::kInvalidArgument, field, "unknown llama.cpp file type '" + name + "'; allowed: " + join(allowed, ", "));
    }
    types.push_back(type.value());
  }
  if (all) types.insert(types.end(), analyzable_file_types().begin(), analyzable_file_types().end());
  return in_analysis_order(types);
}

Result<KvType> parse_kv_type(const std::string& name) {
  if (const KvType* type = enum_value(kKvTypeNames, lower(name))) return *type;
  return parse_enum(kKvTypeNames, name, "kvType", "KV-cache type");
}

GgmlType kv_ggml_type(KvType type) {
  switch (type) {
    case KvType::kF32: return GgmlType::kF32;
    case KvType::kF16: return GgmlType::kF16;
    case KvType::kBF16: return GgmlType::kBF16;
    case KvType::kQ8_0: return GgmlType::kQ8_0;
    case KvType::kQ5_1: return GgmlType::kQ5_1;
    case KvType::kQ5_0: return GgmlType::kQ5_0;
    case KvType::kQ4_1: return GgmlType::kQ4_1;
    case KvType::kQ4_0: return GgmlType::kQ4_0;
    case KvType::kIQ4_NL: return GgmlType::kIQ4_NL;
  }
  return GgmlType::kF16;
}

bool is_quantized(KvType type) { return type_info(kv_ggml_type(type)).quantized; }

double kv_rel_ppl_percent(KvType type) {
  for (const auto& prior : calibration::kKvTypeQuality) {
    if (prior.type == type) return prior.rel_ppl_percent;
  }
  return 0.0;
}

}  // namespace fitplan
