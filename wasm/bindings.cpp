// Embind entry points of the fitplan_core WebAssembly module. No logic lives here: each entry
// point reads its request (convert.hpp), calls the core and converts the result into the
// { ok, error, value } envelope. The raw module's TypeScript shape is wasm/src/native/fitplan_core.d.mts;
// keep the two in step (tests/wasm/conformance.test.ts checks it).
#include <emscripten/bind.h>

#include <cstdint>
#include <limits>
#include <string>

#include "convert.hpp"
#include "fitplan/analysis.hpp"
#include "fitplan/hardware.hpp"
#include "fitplan/model.hpp"
#include "fitplan/quant.hpp"

namespace fitplan::js {
namespace {

val file_type_to_js(const FileTypeAnalysis& row, double total_params) {
  val out = val::object();
  out.set("fileType", std::string(file_type_info(row.file_type).name));
  out.set("weightsBytes", exact_double(row.weights_bytes));
  out.set("kvCacheBytes", exact_double(row.kv_cache_bytes));
  out.set("computeBytes", exact_double(row.compute_bytes));
  out.set("overheadBytes", exact_double(row.overhead_bytes));
  out.set("totalBytes", exact_double(row.total_bytes));
  out.set("gpuLayers", row.gpu_layers);
  out.set("fitsVram", row.fits_vram);
  out.set("fitsMemory", row.fits_memory);
  out.set("decodeTokensPerSecond", row.decode.tokens_per_second);
  out.set("decodeTokensPerSecondLow", row.decode.low);
  out.set("decodeTokensPerSecondHigh", row.decode.high);
  out.set("prefillTokensPerSecond", row.prefill.tokens_per_second);
  out.set("prefillTokensPerSecondLow", row.prefill.low);
  out.set("prefillTokensPerSecondHigh", row.prefill.high);
  out.set("qualityRelPplPercent", row.quality_rel_ppl_percent);
  out.set("bitsPerWeight", total_params > 0 ? static_cast<double>(row.weights_bytes) * 8.0 / total_params : 0.0);
  return out;
}

// KV-cache type of a request; the core's error names "kvType", the request's field is `key`.
KvType read_kv_type(const ObjectReader& request, const std::string& key) {
  auto kv = parse_kv_type(request.string(key));
  if (!kv) fail(kv.error().code, request.field(key), kv.error().message);
  return kv.value();
}

val models_js() {
  return guarded([] { return array_of(model_catalog(), [](const ModelPreset& m) { return to_js(m); }); });
}

val hardware_js() {
  return guarded([] { return array_of(hardware_catalog(), [](const Hardware& h) { return to_js(h); }); });
}

// analyze({ model, hardware, contextLength, kvCacheType, promptTokens })
val analyze_js(val request_value) {
  return guarded([&] {
    const ObjectReader request = request_reader(request_value);
    constexpr auto kMaxTokens = static_cast<std::int64_t>(std::numeric_limits<std::uint32_t>::max());
    AnalyzeRequest core_request;
    core_request.model = read_model(request);
    core_request.hardware = read_hardware(request);
    core_request.context_tokens = static_cast<std::uint32_t>(request.integer("contextLength", 1, kMaxTokens));
    core_request.kv_type = read_kv_type(request, "kvCacheType");
    core_request.prompt_tokens = static_cast<std::uint32_t>(request.integer("promptTokens", 1, kMaxTokens));

    auto result = fitplan::analyze(core_request);
    if (!result) {
      Error error = result.error();
      // analyze() has one KV type for K and V; the core's checks name them separately.
      if (error.field == "kvCacheTypeK" || error.field == "kvCacheTypeV") error.field = "kvCacheType";
      throw InputError(std::move(error));
    }
    const Analysis& analysis = result.value();
    const double total = static_cast<double>(total_params(core_request.model.arch));

    val out = val::object();
    out.set("model", model_summary(core_request.model));
    out.set("hardware", to_js(core_request.hardware));
    out.set("contextLength", analysis.context_tokens);
    out.set("kvCacheType", std::string(to_string(analysis.kv_type)));
    out.set("fileTypes", array_of(analysis.file_types, [&](const FileTypeAnalysis& row) { return file_type_to_js(row, total); }));
    return out;
  });
}

}  // namespace
}  // namespace fitplan::js

EMSCRIPTEN_BINDINGS(fitplan_core) {
  emscripten::function("models", &fitplan::js::models_js);
  emscripten::function("hardware", &fitplan::js::hardware_js);
  emscripten::function("analyze", &fitplan::js::analyze_js);
}
