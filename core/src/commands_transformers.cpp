// Hugging Face Transformers: a Python script (bitsandbytes for the weights, accelerate's max_memory
// for the placement, optimum-quanto for a quantized KV cache).
#include <algorithm>
#include <cstdint>

#include "commands_common.hpp"
#include "fitplan/commands.hpp"
#include "fitplan/text.hpp"

namespace fitplan::commands_internal {

namespace {

// Bytes as MiB, rounded up to a multiple of 256 MiB (accelerate's max_memory strings).
std::string mib_ceil(Bytes bytes) { return std::to_string(std::max<Bytes>(1, ceil_div(bytes, 256 * kMiB)) * 256); }

// A Python 3 str literal of UTF-8 `text`: ASCII as it is, every other character as its code point
// (\xNN, \uNNNN, \UNNNNNNNN), so "org/модель" stays "org/модель" in Python; a byte that is not
// UTF-8 becomes U+FFFD.
std::string python_string(const std::string& text) {
  static const char* hex = "0123456789abcdef";
  auto escape = [&](std::uint32_t cp) {
    const int digits = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    std::string e = digits == 2 ? "\\x" : digits == 4 ? "\\u" : "\\U";
    for (int d = digits - 1; d >= 0; --d) e += hex[(cp >> (4 * d)) & 15];
    return e;
  };
  std::string out = "\"";
  for (std::size_t i = 0; i < text.size();) {
    const auto c = static_cast<unsigned char>(text[i]);
    if (c == '\\' || c == '"') {
      out += '\\';
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    if (c == '\n') {
      out += "\\n";
      ++i;
      continue;
    }
    if (c >= 0x20 && c < 0x7f) {
      out += static_cast<char>(c);
      ++i;
      continue;
    }
    // Decode one UTF-8 sequence (shortest form only).
    const int length = c < 0x80 ? 1 : (c & 0xe0) == 0xc0 ? 2 : (c & 0xf0) == 0xe0 ? 3 : (c & 0xf8) == 0xf0 ? 4 : 0;
    std::uint32_t cp = length == 1 ? c : length == 2 ? (c & 0x1fu) : length == 3 ? (c & 0x0fu) : (c & 0x07u);
    bool valid = length > 0 && i + static_cast<std::size_t>(length) <= text.size();
    for (int k = 1; valid && k < length; ++k) {
      const auto next = static_cast<unsigned char>(text[i + static_cast<std::size_t>(k)]);
      valid = (next & 0xc0) == 0x80;
      cp = (cp << 6) | (next & 0x3fu);
    }
    static const std::uint32_t kMinimum[] = {0, 0, 0x80, 0x800, 0x10000};
    valid = valid && cp >= kMinimum[length] && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff);
    out += escape(valid ? cp : 0xfffd);
    i += valid ? static_cast<std::size_t>(length) : 1;
  }
  return out + "\"";
}

}  // namespace

RuntimeCommand transformers_command(const ModelPreset& model, const Hardware& hw, const Plan& plan, const Resolved& r) {
  RuntimeCommand c;
  c.runtime = "transformers";
  c.targets = "transformers >= 4.56 (dtype=; torch_dtype= before) incl. v5, bitsandbytes, accelerate, optimum-quanto";
  const auto tensors = model_tensors(model.arch);
  const double bits = block_bits_per_weight(model.arch, tensors, plan);
  const bool bnb_backend = hw.backend == Backend::kCuda;
  const int bnb_bits = !bnb_backend || bits >= 10 ? 0 : bits >= 6 ? 8 : 4;
  const bool cpu_offload = plan_has_cpu_weights(plan) && has_gpu(hw);
  const bool disk = plan.disk_blocks > 0;

  std::string py = "# Python script (e.g. fitplan_transformers.py); run with: python fitplan_transformers.py\n";
  py += "import torch\nfrom transformers import AutoModelForCausalLM, AutoTokenizer";
  py += bnb_bits > 0 ? ", BitsAndBytesConfig\n\n" : "\n\n";
  // Without the original repository, transformers reads the imported GGUF itself (dequantized at load).
  const bool from_gguf = !r.hf_repo_known && r.user_file;
  py += "model_id = " + python_string(from_gguf ? "." : r.hf_repo) + "\n";
  if (from_gguf) py += "gguf_file = " + python_string(user_file_path(*r.user_file)) + "\n";
  if (bnb_bits > 0) {
    std::vector<std::string> skip = {python_string("lm_head")};
    for (const auto& layer : plan.layers) {
      if (recipe_bits(layer.recipe) >= 10) skip.push_back(python_string("model.layers." + std::to_string(layer.index)));
    }
    py += "quantization_config = BitsAndBytesConfig(\n";
    if (bnb_bits == 4) {
      py += "    load_in_4bit=True,\n    bnb_4bit_quant_type=\"nf4\",\n    bnb_4bit_compute_dtype=torch.bfloat16,\n";
    } else {
      py += "    load_in_8bit=True,\n";
    }
    py += "    llm_int8_skip_modules=[" + join(skip, ", ") + "],\n";
    if (cpu_offload || disk) py += "    llm_int8_enable_fp32_cpu_offload=True,\n";
    py += ")\n";
  }
  std::vector<std::string> memory;
  if (has_gpu(hw)) {
    for (std::size_t g = 0; g < plan.estimate.gpus.size(); ++g) {
      const std::string key = hw.backend == Backend::kMetal ? python_string("mps") : std::to_string(g);
      memory.push_back(key + ": " + python_string(mib_ceil(plan.estimate.gpus[g].total()) + "MiB"));
    }
  }
  if (!hw.unified_memory || !has_gpu(hw))
    memory.push_back(python_string("cpu") + ": " + python_string(mib_ceil(plan.estimate.cpu.total()) + "MiB"));
  py += std::string("model = AutoModelForCausalLM.from_pretrained(\n    model_id,\n") + (from_gguf ? "    gguf_file=gguf_file,\n" : "");
  if (bnb_bits > 0) py += "    quantization_config=quantization_config,\n";
  py += "    dtype=torch.bfloat16,\n    device_map=\"auto\",\n";
  py += "    max_memory={" + join(memory, ", ") + "},\n";
  if (disk || (bnb_bits > 0 && cpu_offload)) py += "    offload_folder=\"offload\",\n";
  py += from_gguf ? ")\ntokenizer = AutoTokenizer.from_pretrained(model_id, gguf_file=gguf_file)\n"
                  : ")\ntokenizer = AutoTokenizer.from_pretrained(model_id)\n";
  py += "inputs = tokenizer(\"Hello\", return_tensors=\"pt\").to(model.device)\n";
  py += "output = model.generate(\n    **inputs,\n    max_new_tokens=256,\n";
  const bool kv_quantized = is_quantized(plan.kv_type_k) || is_quantized(plan.kv_type_v);
  if (kv_quantized) py += "    cache_implementation=\"quantized\",\n    cache_config={\"backend\": \"quanto\", \"nbits\": 4},\n";
  py += ")\nprint(tokenizer.decode(output[0], skip_special_tokens=True))\n";
  c.text = py;
  if (disk || (bnb_bits > 0 && cpu_offload)) c.files.push_back("offload/");

  if (from_gguf) {
    c.caveats.push_back("The original weights' Hugging Face repository is not known for an imported file: the script loads your GGUF " +
                        user_file_path(*r.user_file) +
                        " from the current folder through transformers' GGUF support (pip install gguf), "
                        "which dequantizes every tensor at load; pass --hf-repo ORG/NAME (API: commandOptions.hfRepo) to load the "
                        "original weights instead.");
  }
  if (bits >= 10) {
    c.caveats.push_back("The plan keeps 16-bit weights: the model loads in bfloat16 without quantization.");
  } else {
    c.caveats.push_back("bitsandbytes expresses per-layer precision only coarsely: one bit width for every quantized linear layer, plus "
                        "whole modules kept in 16-bit (llm_int8_skip_modules); the plan's per-block GGUF mix (average " +
                        format_fixed(bits, 2) + " bits per weight) cannot be reproduced.");
  }
  if (bnb_bits == 4) c.caveats.push_back("4-bit NF4 chosen: the plan's blocks average below 6 bits per weight.");
  if (bnb_bits == 8) c.caveats.push_back("8-bit (LLM.int8) chosen: the plan's blocks average 6 to 10 bits per weight.");
  if (bnb_bits > 0) {
    c.caveats.push_back(
        "llm_int8_skip_modules replaces the default skip list, so it names lm_head itself; blocks the plan keeps at 16 bits "
        "are listed as model.layers.N (module names as in Llama/Qwen/Gemma checkpoints).");
  }
  if (!bnb_backend && bits < 10) {
    c.caveats.push_back(std::string("bitsandbytes targets CUDA; on ") + to_string(hw.backend) +
                        " the script loads bfloat16 weights (no quantization), which needs far more memory than the plan.");
  }
  c.caveats.push_back(std::string("max_memory holds the plan's memory per tier") +
                      (bnb_bits > 0 ? "; bitsandbytes keeps 10% of it for buffers" : "") +
                      ". Transformers' weight sizes differ from the GGUF's, so accelerate's split differs from the plan's.");
  if (cpu_offload && bnb_bits > 0) {
    c.caveats.push_back("Modules offloaded to the CPU stay fp32 (4 bytes per weight) with llm_int8_enable_fp32_cpu_offload and run on the "
                        "CPU in PyTorch: what does not fit in max_memory['cpu'] goes to offload_folder on disk. Expect this to be much "
                        "slower than llama.cpp for the same plan.");
  }
  if (kv_quantized) {
    c.caveats.push_back(std::string("Quantized KV cache through optimum-quanto (pip install optimum-quanto); quanto has 2 and 4 bits only, "
                                    "so 4 bits stands for the plan's ") +
                        to_string(plan.kv_type_v) + ". Pass a fresh cache_config dict to each generate call.");
  }
  c.caveats.push_back("Transformers has no context cap: keep prompt + output within " + std::to_string(plan.context_tokens) +
                      " tokens, the context the plan sized memory for.");
  c.caveats.push_back("Before 4.56 write torch_dtype= instead of dtype=; v5 removed load_in_4bit/load_in_8bit as from_pretrained "
                      "arguments (quantization_config is used here).");
  return c;
}

}  // namespace fitplan::commands_internal
