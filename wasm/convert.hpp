#pragma once
// JS <-> core conversion for the embind bindings. Only bindings.cpp includes this file (with
// bindings.cpp, the only place that sees Emscripten headers).
//
// Conventions every entry point follows:
//   * results cross as one envelope { ok, error: { code, field, message } | null, value }; the
//     value is the core's JSON (fitplan/serialize.hpp) parsed once (plain JS objects with camelCase
//     keys, nothing to .delete(); byte counts exact, the core refuses any above 2^53);
//   * requests arrive as a `val` and are read field by field with `ObjectReader`, whose errors
//     name the field ("hardware.vramGiB") and say what is allowed;
//   * `guarded()` wraps the whole call: an InputError becomes its error envelope, any other
//     exception an "internal" one, so no C++ exception ever reaches JavaScript.
#include <emscripten/val.h>

#include <cmath>
#include <cstdint>
#include <cstdio>
#include <exception>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "fitplan/analysis.hpp"
#include "fitplan/hardware.hpp"
#include "fitplan/model.hpp"
#include "fitplan/published.hpp"
#include "fitplan/quant.hpp"
#include "fitplan/request_fields.hpp"
#include "fitplan/result.hpp"
#include "fitplan/tensors.hpp"
#include "fitplan/units.hpp"

namespace fitplan::js {

using emscripten::val;

// A request the binding cannot accept: thrown while reading input, turned into an error envelope
// by guarded(). Core functions return errors as values; unwrap() lifts them into this.
struct InputError : std::exception {
  Error error;
  explicit InputError(Error e) : error(std::move(e)) {}
  const char* what() const noexcept override { return error.message.c_str(); }
};

[[noreturn]] inline void fail(ErrorCode code, std::string field, std::string message) {
  throw InputError(make_error(code, std::move(field), std::move(message)));
}

template <typename T>
T unwrap(Result<T> result) {
  if (!result) throw InputError(result.error());
  return std::move(result).value();
}

// ------------------------------------------------------------------------------------ envelope

inline val error_object(const Error& error) {
  val out = val::object();
  out.set("code", std::string(to_string(error.code)));
  out.set("field", error.field);
  out.set("message", error.message);
  return out;
}

inline val ok_envelope(val value) {
  val out = val::object();
  out.set("ok", true);
  out.set("error", val::null());
  out.set("value", std::move(value));
  return out;
}

inline val error_envelope(const Error& error) {
  val out = val::object();
  out.set("ok", false);
  out.set("error", error_object(error));
  out.set("value", val::null());
  return out;
}

// Runs `body` (returning the value of a successful call) and wraps the outcome in the envelope.
template <typename Body>
val guarded(Body&& body) noexcept {
  try {
    return ok_envelope(body());
  } catch (const InputError& e) {
    return error_envelope(e.error);
  } catch (const std::exception& e) {
    return error_envelope(make_error(ErrorCode::kInternal, "", std::string("internal error: ") + e.what()));
  } catch (...) {
    return error_envelope(make_error(ErrorCode::kInternal, "", "internal error: unknown exception"));
  }
}

// ------------------------------------------------------------------------------ reading input

// Reads the fields of one JS object; `prefix` makes field paths ("hardware." + "vramGiB").
class ObjectReader {
 public:
  ObjectReader(val object, std::string prefix) : object_(std::move(object)), prefix_(std::move(prefix)) {}

  std::string field(const std::string& key) const { return prefix_ + key; }

  val get(const std::string& key) const { return object_[key]; }
  // JavaScript's typeof of the field ("undefined" when absent).
  std::string type_of(const std::string& key) const { return object_[key].typeOf().as<std::string>(); }
  bool has(const std::string& key) const { return type_of(key) != "undefined"; }

  std::string string(const std::string& key) const {
    require(key, "string", "a string");
    return object_[key].as<std::string>();
  }

  std::string string_or(const std::string& key, std::string fallback) const { return has(key) ? string(key) : std::move(fallback); }

  bool boolean(const std::string& key) const {
    require(key, "boolean", "true or false");
    return object_[key].as<bool>();
  }

  // A finite number in [min, max].
  double number(const std::string& key, double min, double max) const {
    require(key, "number", "a number");
    const double value = object_[key].as<double>();
    if (!std::isfinite(value) || value < min || value > max) {
      fail(ErrorCode::kOutOfRange, field(key),
           "'" + field(key) + "' is " + describe(value) + "; allowed " + describe(min) + " to " + describe(max));
    }
    return value;
  }

  // A whole number in [min, max].
  std::int64_t integer(const std::string& key, std::int64_t min, std::int64_t max) const {
    const double value = number(key, static_cast<double>(min), static_cast<double>(max));
    if (value != std::floor(value)) {
      fail(ErrorCode::kInvalidArgument, field(key), "'" + field(key) + "' is " + describe(value) + "; it must be a whole number");
    }
    return static_cast<std::int64_t>(value);
  }

  // The number of `f` (a request field of the core's table), in its range.
  double number(const RequestField& f) const {
    require(f.name, "number", "a number");
    const double value = object_[f.name].as<double>();
    if (auto valid = check_field(f, value, field(f.name)); !valid) throw InputError(valid.error());
    return value;
  }

  // The whole number of `f`, in its range.
  std::int64_t integer(const RequestField& f) const { return static_cast<std::int64_t>(number(f)); }

  // The name `f` holds, one of its choices; `parse` (the enum's) turns it into the value. The
  // error names the field and lists the table's choices.
  template <typename Parse>
  auto choice(const RequestField& f, Parse&& parse) const {
    const std::string text = string(f.name);
    auto parsed = parse(text);
    if (!parsed) {
      std::string allowed;
      for (const auto& name : f.choices) allowed += (allowed.empty() ? "" : ", ") + name;
      fail(parsed.error().code, field(f.name), "'" + field(f.name) + "' is '" + text + "'; allowed: " + allowed);
    }
    return parsed.value();
  }

  // The memory size of `f` (kBytes), given in bytes or in GiB (exactly one of them), in the range
  // of the core's table (GiB); a size given in bytes is quoted in bytes.
  Bytes bytes(const RequestField& f) const {
    const bool has_bytes = has(f.name);
    const bool has_gib = has(f.gib_name);
    if (has_bytes && has_gib) {
      fail(ErrorCode::kInvalidArgument, field(f.gib_name), "give either '" + field(f.name) + "' or '" + field(f.gib_name) + "', not both");
    }
    if (!has_bytes && !has_gib)
      fail(ErrorCode::kInvalidArgument, field(f.gib_name), "'" + field(f.gib_name) + "' (or '" + field(f.name) + "') is missing");
    const std::string& key = has_gib ? f.gib_name : f.name;
    require(key, "number", "a number");
    const double value = object_[key].as<double>();
    const double gib = has_gib ? value : value / static_cast<double>(kGiB);
    if (auto valid = check_field(f, gib, field(key)); !valid) {
      Error error = valid.error();
      if (!has_gib) error.message = "'" + field(key) + "' is " + describe(value) + " bytes; allowed " + allowed_range(f);
      throw InputError(std::move(error));
    }
    if (has_gib) return gib_to_bytes(value);
    if (value != std::floor(value))
      fail(ErrorCode::kInvalidArgument, field(key), "'" + field(key) + "' is " + describe(value) + "; it must be a whole number of bytes");
    return static_cast<Bytes>(value);
  }

  std::optional<Bytes> optional_bytes(const RequestField& f) const {
    if (!has(f.name) && !has(f.gib_name)) return std::nullopt;
    return bytes(f);
  }

  // Calls read(ObjectReader) for each element of the array `key`, every element an object; the
  // readers name their fields "<key>[i].<field>". `what` describes one element for the errors.
  template <typename Read>
  void for_each_object(const std::string& key, const std::string& what, Read&& read) const {
    const val list = get(key);
    if (!list.isArray()) fail(ErrorCode::kInvalidArgument, field(key), "'" + field(key) + "' must be an array of " + what);
    const int n = list["length"].as<int>();
    for (int i = 0; i < n; ++i) {
      const std::string element = field(key) + "[" + std::to_string(i) + "]";
      if (list[i].typeOf().as<std::string>() != "object" || list[i].isNull()) {
        fail(ErrorCode::kInvalidArgument, element, "'" + element + "' must be " + what);
      }
      read(ObjectReader(list[i], element + "."));
    }
  }

 private:
  void require(const std::string& key, const char* js_type, const char* what) const {
    const std::string type = type_of(key);
    if (type == "undefined") fail(ErrorCode::kInvalidArgument, field(key), "'" + field(key) + "' is missing; expected " + what);
    if (type != js_type) {
      const std::string got = object_[key].isNull() ? "null" : (type == "object" ? "an object" : "a " + type);
      fail(ErrorCode::kInvalidArgument, field(key), "'" + field(key) + "' is " + got + "; expected " + what);
    }
  }

  static std::string describe(double value) {
    if (std::isnan(value)) return "NaN";
    if (std::isinf(value)) return value > 0 ? "Infinity" : "-Infinity";
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.15g", value);
    return buffer;
  }

  val object_;
  std::string prefix_;
};

// Reads the request object itself (the argument of an entry point).
inline ObjectReader request_reader(const val& request) {
  const std::string type = request.typeOf().as<std::string>();
  if (type != "object" || request.isNull()) fail(ErrorCode::kInvalidArgument, "", "the request must be an object");
  return ObjectReader(request, "");
}

// ---------------------------------------------------------------------- request fields

// `model.architecture`: the core's ModelArchitecture in camelCase (the names models() returns).
// family, nLayer, nEmbd, nHead, nVocab and nCtxTrain are required; the rest default to a dense
// model without biases (nHeadKv = nHead, headDimK = nEmbd / nHead, headDimV = headDimK).
inline ModelArchitecture read_architecture(const ObjectReader& in) {
  constexpr std::int64_t kMaxInt = 1ll << 30;  // the core's validate_architecture checks the real ranges
  ModelArchitecture a;
  const std::string family = in.string("family");
  auto parsed = parse_arch_family(family);
  if (!parsed) fail(parsed.error().code, in.field("family"), parsed.error().message);
  a.family = parsed.value();
  a.gguf_arch = in.string_or("ggufArch", family);
  // Optional numbers default to a dense model without biases; three follow other fields (the
  // table lists them after the fields they derive from): nHeadKv = nHead, headDimK = nEmbd / nHead,
  // headDimV = headDimK.
  for (const auto& f : architecture_int_fields()) {
    int fallback = 0;
    if (f.member == &ModelArchitecture::n_head_kv) fallback = a.n_head;
    if (f.member == &ModelArchitecture::head_dim_k) fallback = a.n_head > 0 ? a.n_embd / a.n_head : 0;
    if (f.member == &ModelArchitecture::head_dim_v) fallback = a.head_dim_k;
    a.*f.member = f.required || in.has(f.name) ? static_cast<int>(in.integer(f.name, 0, kMaxInt)) : fallback;
  }
  for (const auto& f : architecture_flag_fields()) {
    if (in.has(f.name)) a.*f.member = in.boolean(f.name);  // defaults: ModelArchitecture's own
  }
  if (auto valid = validate_architecture(a); !valid) {
    // The core names "model.nLayer" (a field) or "model" (the whole architecture); point at the
    // request's field, or at the architecture object.
    Error error = valid.error();
    const auto dot = error.field.find('.');
    const std::string whole = in.field("");
    error.field = dot == std::string::npos ? whole.substr(0, whole.size() - (whole.empty() ? 0 : 1))
                                           : in.field(error.field.substr(dot + 1));
    throw InputError(std::move(error));
  }
  return a;
}

// `model.published`: the GGUF repositories of an imported model, [{ repo, publisher?, official?,
// variant?, source?, files: [{ fileType, fileBytes?, fileName? }] }] (importModel fills it from the
// repository's real file list).
inline std::vector<PublishedRepo> read_published(const ObjectReader& in, const std::string& key) {
  std::vector<PublishedRepo> repos;
  in.for_each_object(key, "{ repo, files }", [&](const ObjectReader& r) {
    PublishedRepo repo;
    repo.repo = r.string("repo");
    if (repo.repo.empty() || repo.repo.find('/') == std::string::npos) {
      fail(ErrorCode::kInvalidArgument, r.field("repo"), "'" + r.field("repo") + "' must be a Hugging Face repository id, owner/name");
    }
    repo.publisher = r.string_or("publisher", repo.repo.substr(0, repo.repo.find('/')));
    repo.official = r.has("official") && r.boolean("official");
    repo.variant = r.string_or("variant", "");
    repo.source = r.string_or("source", "https://huggingface.co/" + repo.repo);
    r.for_each_object("files", "{ fileType, fileBytes?, fileName? }", [&](const ObjectReader& f) {
      PublishedFile file;
      auto type = parse_file_type(f.string("fileType"));
      if (!type) fail(type.error().code, f.field("fileType"), type.error().message);
      file.file_type = type.value();
      if (f.has("fileBytes")) file.file_bytes = static_cast<Bytes>(f.integer("fileBytes", 0, static_cast<std::int64_t>(kMaxExactBytes)));
      file.file_name = f.string_or("fileName", "");
      repo.files.push_back(std::move(file));
    });
    repos.push_back(std::move(repo));
  });
  return repos;
}

// `model`: a catalog id, or an object describing a model that is not in the catalog (e.g. read
// from a GGUF header or a config.json): { id?, name?, family?, source?, architecture, file? }.
// A model given as `value` (a catalog id or a model object); `name` is its field path ("model", "models[3]").
inline ModelPreset read_model_value(const val& value, const std::string& name) {
  const std::string type = value.typeOf().as<std::string>();
  if (type == "string") {
    auto found = find_model(value.as<std::string>());
    if (!found) fail(found.error().code, name, found.error().message);
    return found.value();
  }
  if (type != "object" || value.isNull() || value.isArray()) {
    fail(ErrorCode::kInvalidArgument, name,
         "'" + name + "' must be a model id (see 'fitplan models') or an object { architecture, ... } describing a model");
  }
  const ObjectReader in(value, name + ".");
  const std::string arch_type = in.type_of("architecture");
  if (arch_type != "object" || in.get("architecture").isNull()) {
    fail(ErrorCode::kInvalidArgument, in.field("architecture"),
         "'" + in.field("architecture") + "' is missing; a model object needs its architecture (the hyperparameters models() lists)");
  }
  ModelPreset m;
  m.id = in.string_or("id", "imported");
  m.name = in.string_or("name", m.id);
  m.family = in.string_or("family", "Imported");
  m.source = in.string_or("source", "user-supplied architecture");
  m.arch = read_architecture(ObjectReader(in.get("architecture"), in.field("architecture") + "."));
  if (in.has("published")) m.published = read_published(in, "published");
  if (in.has("file") && !in.get("file").isNull()) {
    if (in.type_of("file") != "object") fail(ErrorCode::kInvalidArgument, in.field("file"), "'" + in.field("file") + "' must be an object");
    // The file's name, type and origin (the commands start from it); its tensor table is read_model_file's.
    const ObjectReader f(in.get("file"), in.field("file") + ".");
    UserFile file;
    file.name = f.string("label");
    auto file_type = parse_file_type(f.string("fileType"));
    if (!file_type) fail(file_type.error().code, f.field("fileType"), file_type.error().message);
    file.file_type = file_type.value();
    file.file_bytes = static_cast<Bytes>(f.integer("fileBytes", 0, static_cast<std::int64_t>(kMaxExactBytes)));
    file.url = f.string_or("url", "");
    if (f.has("headerBytes"))
      file.header_bytes = static_cast<Bytes>(f.integer("headerBytes", 0, static_cast<std::int64_t>(kMaxExactBytes)));
    m.user_file = std::move(file);
  }
  return m;
}

inline ModelPreset read_model(const ObjectReader& request, const std::string& key = "model") {
  return read_model_value(request.get(key), request.field(key));
}

// `model.file` (analyze only): a GGUF file's tensor table as read from its header:
// { label, fileType (llama.cpp name), fileBytes (0 = predict), tensors: [{ name, dims, type }] }.
inline std::optional<ImportedFile> read_model_file(const ObjectReader& request, const ModelPreset& model,
                                                   const std::string& key = "model") {
  if (request.type_of(key) != "object") return std::nullopt;
  const ObjectReader in(request.get(key), request.field(key) + ".");
  if (!in.has("file") || in.get("file").isNull()) return std::nullopt;
  if (in.type_of("file") != "object") fail(ErrorCode::kInvalidArgument, in.field("file"), "'" + in.field("file") + "' must be an object");
  const ObjectReader f(in.get("file"), in.field("file") + ".");
  ImportedFile file;
  if (!model.user_file) fail(ErrorCode::kInvalidArgument, in.field("file"), "'" + in.field("file") + "' was not read with the model");
  file.label = model.user_file->name;  // read_model checked the label, type and size
  file.file_type = model.user_file->file_type;
  file.file_bytes = model.user_file->file_bytes;
  const val list = f.get("tensors");
  if (!list.isArray())
    fail(ErrorCode::kInvalidArgument, f.field("tensors"), "'" + f.field("tensors") + "' must be an array of { name, dims, type }");
  const int n = list["length"].as<int>();
  constexpr int kMaxTensors = 1000000;
  if (n < 1 || n > kMaxTensors) {
    fail(ErrorCode::kOutOfRange, f.field("tensors"),
         "'" + f.field("tensors") + "' has " + std::to_string(n) + " tensors; allowed 1 to 1000000");
  }
  file.tensors.reserve(static_cast<std::size_t>(n));
  file.types.reserve(static_cast<std::size_t>(n));
  for (int i = 0; i < n; ++i) {
    const std::string at = f.field("tensors") + "[" + std::to_string(i) + "]";
    if (list[i].typeOf().as<std::string>() != "object" || list[i].isNull())
      fail(ErrorCode::kInvalidArgument, at, "'" + at + "' must be an object { name, dims, type }");
    const ObjectReader t(list[i], at + ".");
    const std::string name = t.string("name");
    auto type = parse_ggml_type(t.string("type"));
    if (!type) fail(type.error().code, t.field("type"), "tensor '" + name + "': " + type.error().message);
    const val dims_value = t.get("dims");
    if (!dims_value.isArray())
      fail(ErrorCode::kInvalidArgument, t.field("dims"), "tensor '" + name + "': 'dims' must be an array of whole numbers");
    const int n_dims = dims_value["length"].as<int>();
    if (n_dims < 1 || n_dims > 4)
      fail(ErrorCode::kOutOfRange, t.field("dims"), "tensor '" + name + "' has " + std::to_string(n_dims) + " dimensions; allowed 1 to 4");
    std::vector<std::uint64_t> dims;
    for (int k = 0; k < n_dims; ++k) {
      const val v = dims_value[k];
      const double ne = v.typeOf().as<std::string>() == "number" ? v.as<double>() : -1.0;
      if (!(ne >= 1 && ne <= static_cast<double>(1ull << 40)) || ne != std::floor(ne)) {
        fail(ErrorCode::kOutOfRange, t.field("dims"),
             "tensor '" + name + "' has dimension " + std::to_string(k) + " that is not a whole number from 1 to 2^40");
      }
      dims.push_back(static_cast<std::uint64_t>(ne));
    }
    // GGUF writers may keep trailing dimensions of 1 (ggml's ne[] is 4 long); the core reads 3.
    while (dims.size() > 1 && dims.back() == 1) dims.pop_back();
    file.tensors.push_back(tensor_spec_from_gguf(name, dims, type.value()));
    file.types.push_back(type.value());
  }
  if (auto valid = validate_tensor_table(model.arch, file.tensors, file.types); !valid) {
    Error error = valid.error();
    error.field = in.field(error.field);  // "file.tensors" -> "model.file.tensors"
    throw InputError(std::move(error));
  }
  return file;
}

// The core names byte fields ("hardware.ramBytes") and quotes them bare ('ramBytes'); point at
// the field the caller used ("hardware.ramGiB") and quote that path in the message.
inline Error with_request_field(Error error, const ObjectReader& in) {
  const std::string suffix = error.field.substr(error.field.find('.') + 1);
  std::string key = suffix;
  for (const auto& [bytes_key, gib_key] :
       {std::pair<std::string, std::string>{"vramBytes", "vramGiB"}, std::pair<std::string, std::string>{"ramBytes", "ramGiB"},
        std::pair<std::string, std::string>{"osReserveBytes", "osReserveGiB"},
        std::pair<std::string, std::string>{"gpuMarginBytes", "gpuMarginGiB"}}) {
    if (suffix == bytes_key && in.has(gib_key)) key = gib_key;
  }
  error.field = in.field(key);
  const std::string quoted = "'" + suffix + "'";
  for (std::size_t at = 0; (at = error.message.find(quoted, at)) != std::string::npos; at += error.field.size() + 2) {
    error.message.replace(at, quoted.size(), "'" + error.field + "'");
  }
  return error;
}

// `hardware: { preset, ramGiB?, ramBandwidthGBps?, diskBandwidthGBps?, cpuCores?, gpuCount?,
// osReserveGiB?, gpuMarginGiB? }`: a catalog machine with host figures of its own.
inline const RequestField& hardware_field(std::string_view name) { return request_field(FieldGroup::kHardware, name); }

inline Hardware read_preset_hardware(const ObjectReader& in) {
  const Hardware preset = unwrap(find_hardware(in.string("preset")));
  HardwareOverrides o;
  o.ram_bytes = in.optional_bytes(hardware_field("ramBytes"));
  if (in.has("ramBandwidthGBps")) o.ram_bandwidth_gb_per_s = in.number(hardware_field("ramBandwidthGBps"));
  if (in.has("diskBandwidthGBps")) o.disk_bandwidth_gb_per_s = in.number(hardware_field("diskBandwidthGBps"));
  if (in.has("cpuCores")) o.cpu_cores = static_cast<int>(in.integer(hardware_field("cpuCores")));
  if (in.has("gpuCount")) o.gpu_count = static_cast<int>(in.integer(hardware_field("gpuCount")));
  o.os_reserve_bytes = in.optional_bytes(hardware_field("osReserveBytes"));
  o.gpu_margin_bytes = in.optional_bytes(hardware_field("gpuMarginBytes"));
  auto hw = override_hardware(preset, o);
  if (!hw) throw InputError(with_request_field(hw.error(), in));
  return std::move(hw).value();
}

// `hardware`: a catalog id, a catalog machine with host figures of its own ({ preset, ... }), or
// an object describing a custom machine (id "custom"). Memory sizes come as bytes or GiB; every
// other number of a custom machine is required (the TypeScript layer merges defaults); the reserve
// (osReserve*, gpuMargin*) is optional everywhere.
// A machine given as `value` (a catalog id, a preset with overrides or a custom machine); `name` is
// its field path ("hardware", "machines[2]").
inline Hardware read_hardware_value(const val& value, const std::string& name) {
  const std::string type = value.typeOf().as<std::string>();
  if (type == "string") {
    auto found = find_hardware(value.as<std::string>());
    if (!found) fail(found.error().code, name, found.error().message);
    return found.value();
  }
  if (type != "object" || value.isNull()) {
    fail(ErrorCode::kInvalidArgument, name,
         "'" + name + "' must be a hardware id (see 'fitplan hardware') or an object describing a custom machine");
  }
  const ObjectReader in(value, name + ".");
  if (in.has("preset")) return read_preset_hardware(in);
  Hardware hw;
  hw.id = "custom";
  hw.name = in.string_or("name", "Custom hardware");
  hw.family = in.string_or("family", "Custom");
  hw.source = in.string_or("source", "user-supplied figures");
  hw.backend = in.choice(hardware_field("backend"), parse_backend);
  hw.gpu_count = static_cast<int>(in.integer(hardware_field("gpuCount")));
  hw.vram_bytes = in.bytes(hardware_field("vramBytes"));
  hw.ram_bytes = in.bytes(hardware_field("ramBytes"));
  hw.gpu_bandwidth_gb_per_s = in.number(hardware_field("gpuBandwidthGBps"));
  hw.ram_bandwidth_gb_per_s = in.number(hardware_field("ramBandwidthGBps"));
  hw.disk_bandwidth_gb_per_s = in.number(hardware_field("diskBandwidthGBps"));
  hw.gpu_fp16_tflops = in.number(hardware_field("gpuTflops"));
  hw.pcie_bandwidth_gb_per_s = in.number(hardware_field("pcieBandwidthGBps"));
  hw.cpu_cores = static_cast<int>(in.integer(hardware_field("cpuCores")));
  hw.unified_memory = in.boolean("unifiedMemory");
  hw.os_reserve_bytes = in.optional_bytes(hardware_field("osReserveBytes"));
  hw.gpu_margin_bytes = in.optional_bytes(hardware_field("gpuMarginBytes"));

  if (auto valid = validate_hardware(hw); !valid) throw InputError(with_request_field(valid.error(), in));
  return hw;
}

inline Hardware read_hardware(const ObjectReader& request, const std::string& key = "hardware") {
  return read_hardware_value(request.get(key), request.field(key));
}

}  // namespace fitplan::js
