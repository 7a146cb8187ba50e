#include <gtest/gtest.h>

#include "fitplan/analysis.hpp"
#include "fitplan/quantizer.hpp"

namespace fitplan {
namespace {

// A tensor table as a GGUF header would carry it (names, dims, types) analyzes exactly like the
// catalog architecture it came from.
TEST(ImportedTable, AnalyzesLikeTheCatalogArchitecture) {
  for (const char* id : {"llama3.2-1b", "qwen3-30b-a3b", "gemma2-2b"}) {
    const auto model = find_model(id).value();
    const auto tensors = model_tensors(model.arch);
    const auto types = file_type_assignment(model.arch, tensors, FileType::kQ4_K_M);
    ImportedFile file;
    file.label = std::string(id) + "-Q4_K_M.gguf";
    for (std::size_t i = 0; i < tensors.size(); ++i) {
      std::vector<std::uint64_t> dims(tensors[i].ne.begin(), tensors[i].ne.begin() + tensors[i].n_dims);
      file.tensors.push_back(tensor_spec_from_gguf(tensors[i].name, dims, types[i]));
      file.types.push_back(types[i]);
      EXPECT_EQ(file.tensors.back().block, tensors[i].block) << tensors[i].name;
      EXPECT_EQ(file.tensors.back().part, tensors[i].part) << tensors[i].name;
      EXPECT_EQ(file.tensors.back().routed_expert, tensors[i].routed_expert) << tensors[i].name;
    }
    AnalyzeRequest request{model, find_hardware("rtx4060-8g").value(), 8192, KvType::kF16, 512, file};
    const auto analysis = analyze(request).value();
    ASSERT_TRUE(analysis.file.has_value());
    const auto& imported = *analysis.file;
    FileTypeAnalysis catalog;
    for (const auto& row : analysis.file_types) {
      if (row.file_type == FileType::kQ4_K_M) catalog = row;
    }
    EXPECT_EQ(imported.weights_bytes, catalog.weights_bytes) << id;
    EXPECT_EQ(imported.total_bytes, catalog.total_bytes) << id;
    EXPECT_EQ(imported.gpu_layers, catalog.gpu_layers) << id;
    EXPECT_EQ(imported.decode.tokens_per_second, catalog.decode.tokens_per_second) << id;
  }
}

TEST(ImportedTable, RejectsTablesThatContradictTheArchitecture) {
  const auto model = find_model("llama3.2-1b").value();
  ImportedFile file;
  file.tensors.push_back(tensor_spec_from_gguf("blk.99.attn_q.weight", {2048, 2048}, GgmlType::kQ4_K));
  file.types.push_back(GgmlType::kQ4_K);
  AnalyzeRequest request{model, find_hardware("rtx4090").value(), 4096, KvType::kF16, 512, file};
  auto result = analyze(request);
  ASSERT_FALSE(result.has_value());
  EXPECT_EQ(result.error().field, "file.tensors");
  EXPECT_NE(result.error().message.find("blk.99.attn_q.weight"), std::string::npos);
  file.tensors[0] = tensor_spec_from_gguf("blk.1.attn_q.weight", {100, 2048}, GgmlType::kQ4_K);
  request.file = file;
  EXPECT_FALSE(analyze(request).has_value());
}

}  // namespace
}  // namespace fitplan
