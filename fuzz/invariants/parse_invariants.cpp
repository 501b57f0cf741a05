#include "invariants/parse_invariants.h"

#include <exception>

#include "model/incident_json.h"
#include "model/parse_document.h"

namespace pm::fuzz {
namespace {

bool is_line_key(const std::string& key) {
  return key == "line" || key == "end_line" || key == "title_line" || key == "root_cause_line";
}

// Every line number anywhere in the model's JSON lies within the document (0 means "none").
void check_lines(const nlohmann::json& value, int line_count, std::vector<std::string>& problems) {
  if (value.is_array()) {
    for (const auto& element : value) check_lines(element, line_count, problems);
    return;
  }
  if (!value.is_object()) return;
  for (const auto& [key, member] : value.items()) {
    if (is_line_key(key) && member.is_number_integer()) {
      const auto line = member.get<long long>();
      if (line < 0 || line > line_count) {
        problems.push_back("\"" + key + "\": " + std::to_string(line) +
                           " is outside the document's " + std::to_string(line_count) + " lines");
      }
      continue;
    }
    check_lines(member, line_count, problems);
  }
}

void check_model(const ParsedDocument& document, const SchemaValidator& schema,
                 std::vector<std::string>& problems) {
  std::string text;
  try {
    text = to_json(document.incident).dump();
  } catch (const std::exception& error) {
    problems.push_back(std::string("the model's JSON cannot be written: ") + error.what());
    return;
  }
  const auto reread = nlohmann::json::parse(text, nullptr, false);
  if (reread.is_discarded()) {
    problems.push_back("the model's JSON does not parse back");
    return;
  }
  for (auto& violation : schema.violations(reread)) problems.push_back("schema: " + violation);
  check_lines(reread, document.lines->line_count(), problems);
}

}  // namespace

ParseInvariants::ParseInvariants()
    : schema_(SchemaValidator::embedded("schemas/postmortem.schema.json")) {}

std::vector<std::string> ParseInvariants::check(std::string_view bytes) const {
  std::vector<std::string> problems;
  try {
    ParseResult parsed = parse_document(bytes, "fuzz.md");
    if (auto* failure = std::get_if<ParseFailure>(&parsed)) {
      if (failure->decode.message.empty())
        problems.emplace_back("a decode failure without a message");
      if (failure->decode.line < 0 || failure->decode.column < 0)
        problems.emplace_back("a negative failure position");
      return problems;
    }
    check_model(*std::get<std::unique_ptr<ParsedDocument>>(parsed), schema_, problems);
  } catch (const std::exception& error) {
    problems.push_back(std::string("parsing threw: ") + error.what());
  }
  return problems;
}

}  // namespace pm::fuzz
