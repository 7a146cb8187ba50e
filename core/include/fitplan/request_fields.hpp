#pragma once
// Every field of the API's requests, defined once: its name, kind, unit, range, default and a line
// of help. The binding reads requests through this table (wasm/bindings.cpp), the core's checks
// take their ranges from it (check_field), and the binding exports it (requestFields()) so that
// TypeScript's request checks and defaults, the CLI's flags, help and error mapping, the page's
// form checks and the README's tables are generated from it (wasm/src/generated/contract.ts).
//
// Defaults are the core's own: each default is read from a default-constructed request struct
// (PlanOptions, AnalyzeRequest, CommandOptions, ...), never written here a second time.
#include <string>
#include <string_view>
#include <vector>

#include "fitplan/result.hpp"

namespace fitplan {

enum class FieldKind {
  kInteger,     // a whole number in [min, max]
  kNumber,      // a finite number in [min, max]
  kBoolean,     // true or false
  kText,        // a string
  kChoice,      // one of `choices`
  kChoiceList,  // an array of `choices` (or a choice alone where `default_text` says so)
  kNumberList,  // an array of numbers, each in [min, max]
  kBytes,       // a memory size: `name` in bytes or `gib_name` in GiB; min / max in GiB
};
const char* to_string(FieldKind kind) noexcept;

// Which request a field belongs to.
enum class FieldGroup {
  kPlan,          // plan(), frontier() and (most of them) the rankings: PlanOptions
  kAnalyze,       // analyze(): AnalyzeRequest
  kRank,          // rankModels() / rankHardware(): the ranking's own fields
  kHardware,      // a custom machine (`hardware: { ... }`): Hardware
  kCommands,      // commands() options: CommandOptions
};
inline constexpr EnumTable<FieldGroup, 5> kFieldGroupNames{{{FieldGroup::kPlan, "plan"},
                                                            {FieldGroup::kAnalyze, "analyze"},
                                                            {FieldGroup::kRank, "rank"},
                                                            {FieldGroup::kHardware, "hardware"},
                                                            {FieldGroup::kCommands, "commands"}}};
inline const char* to_string(FieldGroup group) noexcept { return enum_name(kFieldGroupNames, group); }

struct RequestField {
  FieldGroup group;
  std::string name;        // the request's key, camelCase ("contextLength"); kBytes: the bytes key
  std::string gib_name;    // kBytes: the GiB key ("vramGiB"); "" otherwise
  FieldKind kind;
  std::string unit;        // "tokens", "tok/s", "GB/s", "GiB", "TFLOPS", "%", "" (a count)
  double min = 0;          // inclusive bounds (kInteger, kNumber, kNumberList; kBytes in GiB)
  double max = 0;
  bool min_exclusive = false;  // min itself is not allowed (RAM must be more than 0)
  bool zero_allowed = false;   // 0 is allowed below min (0 = not known)
  bool required = false;       // the request must give it
  std::vector<std::string> choices;  // kChoice, kChoiceList
  std::string default_text;  // the default as the API would spell it ("8192", "auto", "true"); "" = none
  std::string default_rule;  // when the default is derived, how ("min(2048, contextLength)"); "" otherwise
  bool with_preset = false;  // kHardware: may be set beside a catalog preset ({ preset, ramGiB, ... })
  std::string help;          // one line: what it holds
};

// Every field, grouped, in the order the API documents them.
const std::vector<RequestField>& request_fields();
// The field `name` of `group`; nullptr when there is none.
const RequestField* find_request_field(FieldGroup group, std::string_view name);
// As find_request_field, for the binding and the core's own checks, which only ask for fields that
// exist (tests/cpp/request_fields_test.cpp reads every one); an unknown name is a bug and aborts.
const RequestField& request_field(FieldGroup group, std::string_view name);

// Checks a number against the field's kind and range; the error names `path` (the field as the
// caller spells it, e.g. "hardware.ramBandwidthGBps") with the allowed range and unit:
// "'hardware.ramBandwidthGBps' is 0.2; allowed 0.5 to 100000 GB/s".
Result<bool> check_field(const RequestField& field, double value, const std::string& path);

// "0.5 to 100000 GB/s", "more than 0 up to 65536 GiB", "0 (not known) or 0.1 to 100000 TFLOPS".
std::string allowed_range(const RequestField& field);

}  // namespace fitplan
