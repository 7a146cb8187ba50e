#include <gtest/gtest.h>

#include <set>
#include <string>

#include "fitplan/model.hpp"
#include "fitplan/published.hpp"
#include "fitplan/quant.hpp"

namespace fitplan {
namespace {

const PublishedRepo* find_repo(const std::string& model_id, const std::string& repo) {
  for (const auto& r : published_repos(model_id)) {
    if (r.repo == repo) return &r;
  }
  return nullptr;
}

const PublishedFile* find_file(const PublishedRepo& repo, FileType type) {
  for (const auto& f : repo.files) {
    if (f.file_type == type) return &f;
  }
  return nullptr;
}

TEST(PublishedCatalog, EveryCatalogModelHasAWellFormedRepositoryList) {
  int with_repos = 0;
  for (const auto& preset : model_catalog()) {
    const auto& repos = published_repos(preset.id);
    if (!repos.empty()) ++with_repos;
    EXPECT_EQ(preset.published.size(), repos.size()) << preset.id;  // the catalog carries the same list
    std::set<std::string> seen;
    bool official_run = true;  // still inside the leading run of official repos
    for (const auto& repo : repos) {
      SCOPED_TRACE(preset.id + " " + repo.repo);
      const auto slash = repo.repo.find('/');
      ASSERT_NE(slash, std::string::npos);
      EXPECT_GT(slash, 0u);
      EXPECT_LT(slash + 1, repo.repo.size());
      EXPECT_EQ(repo.repo.find('/', slash + 1), std::string::npos);
      EXPECT_EQ(repo.repo.find(' '), std::string::npos);
      EXPECT_EQ(repo.repo.substr(0, slash), repo.publisher);
      EXPECT_TRUE(seen.insert(repo.repo).second) << "duplicate repository";
      if (repo.official) EXPECT_TRUE(official_run) << "official repository after a quantizer's";
      official_run = official_run && repo.official;
      EXPECT_FALSE(repo.source.empty());
      EXPECT_FALSE(repo.files.empty());
      std::set<FileType> types;
      for (const auto& file : repo.files) {
        const char* name = file_type_info(file.file_type).name;
        EXPECT_TRUE(types.insert(file.file_type).second) << "duplicate file type " << name;
        auto parsed = parse_file_type(name);
        ASSERT_TRUE(parsed.has_value()) << name;
        EXPECT_EQ(*parsed, file.file_type);
        if (!file.file_name.empty()) {
          EXPECT_EQ(file.file_name.rfind(".gguf"), file.file_name.size() - 5) << file.file_name;
          EXPECT_EQ(file.file_name.find(' '), std::string::npos) << file.file_name;
        }
      }
    }
  }
  EXPECT_EQ(with_repos, static_cast<int>(model_catalog().size()));
}

TEST(PublishedCatalog, UnknownIdsHaveNoRepositories) {
  EXPECT_TRUE(published_repos("unknown-id").empty());
  EXPECT_TRUE(published_repos("").empty());
  EXPECT_TRUE(published_repos("LLAMA3-8B").empty());  // ids are exact
}

TEST(PublishedCatalog, PinsExactSizesReadFromLmStudiosCatalog) {
  // lmstudio-ai/model-catalog catalog.json: sizeBytes of the Q4_K_M files.
  const auto* llama3 = find_repo("llama3-8b", "lmstudio-community/Meta-Llama-3-8B-Instruct-GGUF");
  ASSERT_NE(llama3, nullptr);
  const auto* q4 = find_file(*llama3, FileType::kQ4_K_M);
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(q4->file_bytes, 4920733888ull);
  EXPECT_EQ(q4->file_name, "Meta-Llama-3-8B-Instruct-Q4_K_M.gguf");
  EXPECT_EQ(llama3->variant, "Instruct");
  // 96 bytes below ddh0's own Q4_K_M of the same model (reference/gguf_sizes.csv: 4,920,733,984; the
  // header's metadata differs): the bound is 1.5x that (it was 0.01 %, 492 kB, until 2026-11-29).
  EXPECT_NEAR(static_cast<double>(q4->file_bytes), 4920733984.0, 144.0);

  const auto* mistral = find_repo("mistral-7b", "TheBloke/Mistral-7B-Instruct-v0.1-GGUF");
  ASSERT_NE(mistral, nullptr);
  ASSERT_NE(find_file(*mistral, FileType::kQ6_K), nullptr);
  EXPECT_EQ(find_file(*mistral, FileType::kQ6_K)->file_bytes, 5942064800ull);
  EXPECT_EQ(find_file(*mistral, FileType::kQ6_K)->file_name, "mistral-7b-instruct-v0.1.Q6_K.gguf");
  EXPECT_EQ(find_file(*mistral, FileType::kQ4_K_M)->file_bytes, 0u);  // not read: predicted
}

TEST(PublishedCatalog, OfficialRepositoriesComeFirstWithThePublishersNames) {
  const auto& qwen = published_repos("qwen2.5-7b");
  ASSERT_FALSE(qwen.empty());
  EXPECT_EQ(qwen.front().repo, "Qwen/Qwen2.5-7B-Instruct-GGUF");
  EXPECT_TRUE(qwen.front().official);
  // Qwen splits its larger files; the first shard names the file.
  const auto* q4 = find_file(qwen.front(), FileType::kQ4_K_M);
  ASSERT_NE(q4, nullptr);
  EXPECT_EQ(q4->file_name, "qwen2.5-7b-instruct-q4_k_m-00001-of-00002.gguf");
  EXPECT_EQ(find_file(qwen.front(), FileType::kQ2_K)->file_name, "qwen2.5-7b-instruct-q2_k.gguf");
  EXPECT_EQ(find_file(*find_repo("qwen2.5-72b", "Qwen/Qwen2.5-72B-Instruct-GGUF"), FileType::kQ8_0)->file_name,
            "qwen2.5-72b-instruct-q8_0-00001-of-00021.gguf");

  const auto& oss = published_repos("gpt-oss-20b");
  ASSERT_FALSE(oss.empty());
  EXPECT_EQ(oss.front().repo, "ggml-org/gpt-oss-20b-GGUF");
  ASSERT_EQ(oss.front().files.size(), 1u);
  EXPECT_EQ(oss.front().files[0].file_type, FileType::kMXFP4_MOE);

  const auto& gemma = published_repos("gemma3-27b");
  ASSERT_FALSE(gemma.empty());
  EXPECT_EQ(gemma.front().repo, "google/gemma-3-27b-it-qat-q4_0-gguf");
  EXPECT_EQ(gemma.front().files.at(0).file_type, FileType::kQ4_0);
}

TEST(PublishedCatalog, PublisherNamesThatAreNotFileTypesAreMappedOrLeftOut) {
  // microsoft/phi-4-gguf calls its Q4_K_M "Q4_K" (llama-quantize's alias).
  const auto* phi = find_repo("phi4-14b", "microsoft/phi-4-gguf");
  ASSERT_NE(phi, nullptr);
  ASSERT_NE(find_file(*phi, FileType::kQ4_K_M), nullptr);
  EXPECT_EQ(find_file(*phi, FileType::kQ4_K_M)->file_name, "phi-4-Q4_K.gguf");
  // No file name carries bartowski's _L/_XL or unsloth's UD- names, which are not llama.cpp types.
  for (const auto& preset : model_catalog()) {
    for (const auto& repo : published_repos(preset.id)) {
      for (const auto& file : repo.files) {
        EXPECT_EQ(file.file_name.find("UD-"), std::string::npos) << file.file_name;
        EXPECT_EQ(file.file_name.find("_XL"), std::string::npos) << file.file_name;
        for (const char* not_a_type : {"Q2_K_L", "Q4_K_L", "Q5_K_L", "Q6_K_L", "Q8_0_L", "Q4_0_4_"}) {
          EXPECT_EQ(file.file_name.find(not_a_type), std::string::npos) << file.file_name;
        }
      }
    }
  }
  // DeepSeek-V3 has no official GGUF; unsloth's files are split into folders.
  const auto& ds = published_repos("deepseek-v3");
  ASSERT_FALSE(ds.empty());
  for (const auto& repo : ds) EXPECT_FALSE(repo.official) << repo.repo;
  EXPECT_EQ(find_file(ds.front(), FileType::kQ4_K_M)->file_name, "DeepSeek-V3-Q4_K_M/DeepSeek-V3-Q4_K_M-00001-of-00009.gguf");
}

}  // namespace
}  // namespace fitplan
