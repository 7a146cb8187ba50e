// analyze()'s choice of whole-file types (AnalyzeRequest::file_types): the default list with the
// model's native types, "all", explicit lists, errors; the priors and tensor types of the types
// that are analyzable on request; sizes against published and byte-exact reference files.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <stdexcept>

#include "fitplan/analysis.hpp"
#include "fitplan/calibration.hpp"
#include "fitplan/quantizer.hpp"

namespace fitplan {
namespace {

AnalyzeRequest request_for(const std::string& model_id) {
  AnalyzeRequest request;
  request.model = find_model(model_id).value();
  request.hardware = find_hardware("rtx4090").value();
  return request;
}

Analysis analyze_types(const std::string& model_id, std::vector<std::string> file_types) {
  AnalyzeRequest request = request_for(model_id);
  request.file_types = std::move(file_types);
  auto result = analyze(request);
  EXPECT_TRUE(result.has_value()) << model_id << ": " << (result ? "" : result.error().message);
  return result ? result.value() : Analysis{};
}

std::vector<FileType> row_types(const Analysis& analysis) {
  std::vector<FileType> types;
  for (const auto& row : analysis.file_types) types.push_back(row.file_type);
  return types;
}

const FileTypeAnalysis* row_of(const Analysis& analysis, FileType type) {
  for (const auto& row : analysis.file_types) {
    if (row.file_type == type) return &row;
  }
  return nullptr;
}

TEST(AnalysisTypes, DefaultListIsTheCommonTypesForModelsWithoutANativeType) {
  for (const char* id : {"llama3-8b", "qwen3-30b-a3b", "mixtral-8x7b", "deepseek-v3"}) {
    EXPECT_TRUE(native_file_types(find_model(id)->arch).empty()) << id;
    EXPECT_EQ(row_types(analyze_types(id, {})), analyzed_file_types()) << id;
  }
  EXPECT_EQ(analyzed_file_types().size(), 18u);
}

// gpt-oss is released with MXFP4 experts: its default analysis has an MXFP4_MOE row (after IQ4_XS,
// the other 4.25-bit type), sized like the files people download.
TEST(AnalysisTypes, GptOssDefaultHasItsNativeMxfp4MoeRow) {
  struct Published {
    const char* id;
    double tensor_gib;    // llama-bench "size" (llama_model_size: tensor data only), 2 decimals
    double file_gb;       // Hugging Face file size, GB (0 = not compared)
  };
  // llama-bench rows "gpt-oss 20B MXFP4 MoE | 11.27 GiB | 20.91 B" and "gpt-oss 120B MXFP4 MoE |
  // 59.02 GiB | 116.83 B" (the same in many published CUDA, Vulkan, SYCL and Metal runs of
  // ggml-org/gpt-oss-{20b,120b}-GGUF); bartowski/openai_gpt-oss-20b-GGUF README:
  // gpt-oss-20b-MXFP4.gguf "12.1GB"; AlexsJones/llmfit PR #1059: the 120B MXFP4 GGUF "63.4 GB".
  for (const Published& p : {Published{"gpt-oss-20b", 11.27, 12.1}, Published{"gpt-oss-120b", 59.02, 63.4}}) {
    const auto model = find_model(p.id).value();
    EXPECT_EQ(native_file_types(model.arch), std::vector<FileType>{FileType::kMXFP4_MOE});
    const Analysis analysis = analyze_types(p.id, {});
    std::vector<FileType> expected = analyzed_file_types();
    expected.insert(std::find(expected.begin(), expected.end(), FileType::kIQ4_XS) + 1, FileType::kMXFP4_MOE);
    EXPECT_EQ(row_types(analysis), expected) << p.id;
    const FileTypeAnalysis* row = row_of(analysis, FileType::kMXFP4_MOE);
    ASSERT_NE(row, nullptr) << p.id;
    EXPECT_EQ(row->label, "MXFP4_MOE");
    EXPECT_EQ(row->quality_rel_ppl_percent, 0.0);  // the released precision

    const auto tensors = model_tensors(model.arch);
    const auto types = file_type_assignment(model.arch, tensors, FileType::kMXFP4_MOE);
    Bytes tensor_bytes_sum = 0;
    for (std::size_t i = 0; i < tensors.size(); ++i) tensor_bytes_sum += tensor_bytes(tensors[i], types[i]);
    const double tensor_gib = static_cast<double>(tensor_bytes_sum) / static_cast<double>(kGiB);
    std::printf("%s MXFP4_MOE: predicted tensor data %.3f GiB (llama-bench %.2f GiB), file %.3f GB\n", p.id, tensor_gib, p.tensor_gib,
                static_cast<double>(row->weights_bytes) / 1e9);
    EXPECT_NEAR(tensor_gib, p.tensor_gib, 0.005) << p.id;  // rounds to the printed figure
    if (p.file_gb > 0) EXPECT_NEAR(static_cast<double>(row->weights_bytes) / 1e9, p.file_gb, 0.01 * p.file_gb) << p.id;
  }
}

TEST(AnalysisTypes, AllIsEveryQuantizeTypeButF32) {
  const Analysis analysis = analyze_types("llama3-8b", {"all"});
  const auto types = row_types(analysis);
  EXPECT_EQ(types, analyzable_file_types());
  EXPECT_EQ(types.size(), file_types().size() - 1);
  std::set<FileType> seen(types.begin(), types.end());
  EXPECT_EQ(seen.size(), types.size());
  for (const auto& info : file_types()) {
    EXPECT_EQ(seen.count(info.type), info.type == FileType::kF32 ? 0u : 1u) << info.name;
  }
  // The list of published types is there.
  for (const char* name :
       {"BF16", "Q4_1", "Q5_0", "Q5_1", "IQ4_NL", "IQ3_S", "IQ3_XS", "IQ2_XS", "IQ2_S", "IQ1_S", "Q2_K_S", "TQ1_0", "TQ2_0", "MXFP4_MOE"}) {
    EXPECT_NE(row_of(analysis, parse_file_type(name).value()), nullptr) << name;
  }
  // "all" with other names (even F32, which "all" leaves out) is their union.
  EXPECT_EQ(row_types(analyze_types("llama3-8b", {"q4_0", "ALL", "F32"})).size(), types.size() + 1);
  // Every row of the default list is the same row in "all".
  const Analysis defaults = analyze_types("llama3-8b", {});
  for (const auto& row : defaults.file_types) {
    const FileTypeAnalysis* same = row_of(analysis, row.file_type);
    ASSERT_NE(same, nullptr);
    EXPECT_EQ(same->weights_bytes, row.weights_bytes) << row.label;
    EXPECT_EQ(same->gpu_layers, row.gpu_layers) << row.label;
  }
}

TEST(AnalysisTypes, ExplicitListIsCaseInsensitiveWithoutDuplicatesFromLargeToSmall) {
  const Analysis analysis = analyze_types("llama3-8b", {"iq4_nl", "Q4_K", "q8_0", "Q4_K_M", "mxfp4_moe", "IQ4_NL"});
  EXPECT_EQ(row_types(analysis), (std::vector<FileType>{FileType::kQ8_0, FileType::kQ4_K_M, FileType::kIQ4_NL, FileType::kMXFP4_MOE}));
  // Predicted sizes shrink down the list, except MXFP4_MOE on a dense model (all Q8_0).
  EXPECT_GT(analysis.file_types[0].weights_bytes, analysis.file_types[1].weights_bytes);
  EXPECT_GT(analysis.file_types[1].weights_bytes, analysis.file_types[2].weights_bytes);
  EXPECT_EQ(analysis.file_types[3].weights_bytes, analysis.file_types[0].weights_bytes);
}

TEST(AnalysisTypes, UnknownTypeIsAnErrorNamingFileTypes) {
  AnalyzeRequest request = request_for("llama3-8b");
  request.file_types = {"Q4_K_M", "Q4_K_XL"};
  auto result = analyze(request);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().code, ErrorCode::kInvalidArgument);
  EXPECT_EQ(result.error().field, "fileTypes");
  for (const char* part : {"'Q4_K_XL'", "allowed: all, F32, F16", "IQ4_NL", "MXFP4_MOE", "TQ1_0"}) {
    EXPECT_NE(result.error().message.find(part), std::string::npos) << result.error().message;
  }
}

// Every analyzable type has a prior of its own in calibration::kFileTypeQuality.
TEST(AnalysisTypes, EveryAnalyzableTypeHasAQualityPrior) {
  for (const auto& info : file_types()) {
    int priors = 0;
    for (const auto& prior : calibration::kFileTypeQuality) priors += prior.type == info.type;
    EXPECT_EQ(priors, 1) << info.name;
  }
  // Measured rows (quant_quality.csv, LLaMA 3 8b Scoreboard, (PPL / 6.233160 - 1) x 100).
  EXPECT_NEAR(file_type_info(FileType::kQ4_1).rel_ppl_percent, (6.682737 / 6.233160 - 1) * 100, 1e-3);
  EXPECT_NEAR(file_type_info(FileType::kIQ4_NL).rel_ppl_percent, (6.455593 / 6.233160 - 1) * 100, 1e-3);
  EXPECT_NEAR(file_type_info(FileType::kIQ3_XS).rel_ppl_percent, (7.163043 / 6.233160 - 1) * 100, 1e-3);
  EXPECT_NEAR(file_type_info(FileType::kIQ1_S).rel_ppl_percent, (60.694593 / 6.233160 - 1) * 100, 1e-2);
  // TQ1_0 and TQ2_0 hold the same ternary values: one prior.
  EXPECT_EQ(file_type_info(FileType::kTQ1_0).rel_ppl_percent, file_type_info(FileType::kTQ2_0).rel_ppl_percent);
}

// MXFP4_MOE is free only on the models released in it; elsewhere it is a requantization.
TEST(AnalysisTypes, Mxfp4MoePriorDependsOnTheModel) {
  EXPECT_EQ(file_type_rel_ppl_percent(find_model("gpt-oss-20b")->arch, FileType::kMXFP4_MOE), 0.0);
  EXPECT_EQ(file_type_rel_ppl_percent(find_model("llama3-8b")->arch, FileType::kMXFP4_MOE),
            file_type_info(FileType::kQ8_0).rel_ppl_percent);
  EXPECT_EQ(file_type_rel_ppl_percent(find_model("qwen3-30b-a3b")->arch, FileType::kMXFP4_MOE),
            file_type_info(FileType::kQ4_0).rel_ppl_percent);
  const Analysis analysis = analyze_types("qwen3-30b-a3b", {"MXFP4_MOE", "Q4_K_M"});
  EXPECT_EQ(row_of(analysis, FileType::kMXFP4_MOE)->quality_rel_ppl_percent, file_type_info(FileType::kQ4_0).rel_ppl_percent);
  EXPECT_EQ(row_of(analysis, FileType::kQ4_K_M)->quality_rel_ppl_percent, file_type_info(FileType::kQ4_K_M).rel_ppl_percent);
}

std::map<std::string, GgmlType> types_by_name(const ModelArchitecture& arch, FileType file_type) {
  const auto tensors = model_tensors(arch);
  const auto types = file_type_assignment(arch, tensors, file_type);
  std::map<std::string, GgmlType> out;
  for (std::size_t i = 0; i < tensors.size(); ++i) out[tensors[i].name] = types[i];
  return out;
}

// runtime-facts.md §A.9: MXFP4_MOE puts every 3-D expert tensor in MXFP4 and every other
// quantizable tensor (token_embd and output included) in Q8_0.
TEST(AnalysisTypes, Mxfp4MoeTensorTypesOnGptOss) {
  const auto arch = find_model("gpt-oss-20b")->arch;
  const auto tensors = model_tensors(arch);
  const auto types = file_type_assignment(arch, tensors, FileType::kMXFP4_MOE);
  int experts = 0, q8 = 0;
  for (std::size_t i = 0; i < tensors.size(); ++i) {
    const auto& t = tensors[i];
    if (!t.quantizable) {
      EXPECT_EQ(types[i], t.source_type) << t.name;
    } else if (t.ne[2] > 1) {
      EXPECT_EQ(types[i], GgmlType::kMXFP4) << t.name;
      ++experts;
    } else {
      EXPECT_EQ(types[i], GgmlType::kQ8_0) << t.name;
      ++q8;
    }
  }
  EXPECT_EQ(experts, 3 * arch.n_layer);  // ffn_{gate,up,down}_exps
  EXPECT_GT(q8, 4 * arch.n_layer);       // q, k, v, o per block + token_embd + output
  const auto by_name = types_by_name(arch, FileType::kMXFP4_MOE);
  EXPECT_EQ(by_name.at("token_embd.weight"), GgmlType::kQ8_0);
  EXPECT_EQ(by_name.at("output.weight"), GgmlType::kQ8_0);
}

// TQ1_0 / TQ2_0 (§A.9): token_embd Q4_K, output Q6_K, other matrices ternary; rows whose length
// is not a multiple of 256 fall back to Q4_0 (gpt-oss: n_embd 2880).
TEST(AnalysisTypes, TernaryTensorTypes) {
  for (auto [file_type, ternary] : {std::pair{FileType::kTQ1_0, GgmlType::kTQ1_0}, std::pair{FileType::kTQ2_0, GgmlType::kTQ2_0}}) {
    const auto llama = types_by_name(find_model("llama3-8b")->arch, file_type);
    EXPECT_EQ(llama.at("token_embd.weight"), GgmlType::kQ4_K);
    EXPECT_EQ(llama.at("output.weight"), GgmlType::kQ6_K);
    EXPECT_EQ(llama.at("blk.7.attn_v.weight"), ternary);
    EXPECT_EQ(llama.at("blk.0.ffn_down.weight"), ternary);
    EXPECT_EQ(llama.at("blk.7.attn_norm.weight"), GgmlType::kF32);
    const auto oss = types_by_name(find_model("gpt-oss-20b")->arch, file_type);
    EXPECT_EQ(oss.at("blk.0.ffn_down_exps.weight"), GgmlType::kQ4_0);
    EXPECT_EQ(oss.at("blk.0.attn_q.weight"), GgmlType::kQ4_0);
  }
}

// ---------------------------------------------------------------------------------------------
// Byte-exact reference files (tests/data/reference/quantized/README.md): llama-quantize --pure of a
// one-block llama model. Every matrix of qref-<TYPE>-pure.gguf is in the file type's base type,
// so the file's tensor data is exactly what our block layouts give for that type.

struct GgufTensor {
  std::string name;
  std::vector<std::uint64_t> dims;
  int type = 0;
};
struct GgufFile {
  int file_type = -1;
  std::vector<GgufTensor> tensors;
  std::uint64_t data_bytes = 0;  // file size minus the aligned start of the tensor data
};

// A missing or empty file is a fatal failure naming it (wrap the call in ASSERT_NO_FATAL_FAILURE); a
// malformed one throws.
GgufFile parse_gguf(const std::string& path, const std::string& bytes);

void read_gguf(const std::string& path, GgufFile& file) {
  std::ifstream in(path, std::ios::binary);
  ASSERT_TRUE(in.is_open()) << "cannot open " << path;
  const std::string bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  ASSERT_FALSE(in.bad()) << "error reading " << path;
  ASSERT_FALSE(bytes.empty()) << path << " is empty";
  file = parse_gguf(path, bytes);
}

GgufFile parse_gguf(const std::string& path, const std::string& bytes) {
  std::size_t at = 0;
  auto take = [&](std::size_t n) {
    if (at + n > bytes.size()) throw std::runtime_error("truncated GGUF: " + path);
    const char* p = bytes.data() + at;
    at += n;
    return p;
  };
  auto u32 = [&] {
    std::uint32_t v;
    std::memcpy(&v, take(4), 4);
    return v;
  };
  auto u64 = [&] {
    std::uint64_t v;
    std::memcpy(&v, take(8), 8);
    return v;
  };
  auto str = [&] {
    const auto n = u64();
    return std::string(take(n), n);
  };
  GgufFile file;
  if (bytes.size() < 4 || bytes.compare(0, 4, "GGUF") != 0) throw std::runtime_error("not a GGUF file: " + path);
  take(4);
  u32();  // version
  const auto n_tensors = u64();
  const auto n_kv = u64();
  std::uint64_t alignment = 32;
  // Scalar sizes by GGUF value type (8 = string, 9 = array).
  constexpr int kSize[] = {1, 1, 2, 2, 4, 4, 4, 1, 0, 0, 8, 8, 8};
  std::function<std::uint64_t(std::uint32_t)> skip_value = [&](std::uint32_t type) -> std::uint64_t {
    if (type == 8) return str(), 0;
    if (type == 9) {
      const auto item = u32();
      const auto n = u64();
      for (std::uint64_t i = 0; i < n; ++i) skip_value(item);
      return 0;
    }
    if (type > 12) throw std::runtime_error("bad GGUF value type");
    std::uint64_t v = 0;
    std::memcpy(&v, take(static_cast<std::size_t>(kSize[type])), static_cast<std::size_t>(kSize[type]));
    return v;
  };
  for (std::uint64_t i = 0; i < n_kv; ++i) {
    const std::string key = str();
    const auto value = skip_value(u32());
    if (key == "general.file_type") file.file_type = static_cast<int>(value);
    if (key == "general.alignment") alignment = value;
  }
  for (std::uint64_t i = 0; i < n_tensors; ++i) {
    GgufTensor t;
    t.name = str();
    const auto n_dims = u32();
    for (std::uint32_t d = 0; d < n_dims; ++d) t.dims.push_back(u64());
    t.type = static_cast<int>(u32());
    u64();  // offset
    file.tensors.push_back(t);
  }
  const std::uint64_t start = (at + alignment - 1) / alignment * alignment;
  file.data_bytes = bytes.size() - start;
  return file;
}

TEST(AnalysisTypes, PureReferenceFilesOfTheNewTypesHaveOurExactSizes) {
  // qref-F16.gguf's hyperparameters (the README): 1 block, n_embd 256, n_ff 768, 4 heads,
  // 2 KV heads, n_vocab 512, untied output.
  ModelArchitecture arch;
  arch.family = ArchFamily::kLlama;
  arch.gguf_arch = "llama";
  arch.n_layer = 1;
  arch.n_embd = 256;
  arch.n_head = 4;
  arch.n_head_kv = 2;
  arch.head_dim_k = arch.head_dim_v = 64;
  arch.n_ff = 768;
  arch.gated_ffn = true;
  arch.n_vocab = 512;
  arch.n_ctx_train = 4096;
  arch.tied_embeddings = false;
  arch.rope_freqs = false;
  std::map<std::string, TensorSpec> ours;
  for (const auto& t : model_tensors(arch)) ours[t.name] = t;

  for (FileType file_type : {FileType::kQ4_1, FileType::kQ5_0, FileType::kQ5_1, FileType::kIQ4_NL}) {
    const std::string name = file_type_info(file_type).name;
    GgufFile file;
    ASSERT_NO_FATAL_FAILURE(read_gguf(std::string(FITPLAN_SHARED_DIR) + "/reference/quantized/qref-" + name + "-pure.gguf", file));
    EXPECT_EQ(file.file_type, static_cast<int>(file_type)) << name;  // our enum is llama_ftype
    const GgmlType base = file_type_info(file_type).base;
    Bytes data = 0;
    ASSERT_EQ(file.tensors.size(), ours.size()) << name;
    for (const auto& t : file.tensors) {
      ASSERT_EQ(ours.count(t.name), 1u) << name << " " << t.name;
      const TensorSpec& spec = ours.at(t.name);
      for (std::size_t d = 0; d < t.dims.size(); ++d) EXPECT_EQ(spec.ne[d], t.dims[d]) << t.name;
      const GgmlType expected = spec.quantizable ? base : spec.source_type;  // --pure
      EXPECT_EQ(t.type, static_cast<int>(expected)) << name << " " << t.name;
      data += gguf_tensor_data_bytes(spec, expected);
    }
    EXPECT_EQ(data, file.data_bytes) << name;
  }
}

}  // namespace
}  // namespace fitplan
