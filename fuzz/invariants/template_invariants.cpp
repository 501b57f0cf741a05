#include "invariants/template_invariants.h"

#include <exception>

#include "author/new_document.h"
#include "invariants/diagnostic_positions.h"
#include "lint/lint_document.h"
#include "template/template_reader.h"
#include "text/decode.h"

namespace pm::fuzz {
namespace {

// A document started from the template the way `postmortem new` starts one.
void check_new_document(std::string_view bytes, const TemplateSpec& spec,
                        std::vector<std::string>& problems) {
  DecodeResult decoded = decode(bytes);
  if (std::holds_alternative<DecodeFailure>(decoded)) {
    problems.emplace_back("a template that does not decode was accepted");
    return;
  }
  NewDocumentFacts facts;
  facts.title = "Checkout outage";
  facts.date = CivilDate{2026, 7, 1};
  facts.author = "Ana Ruiz";
  auto filled = fill_template(std::get<DecodedText>(decoded).text, spec, facts);
  if (!std::holds_alternative<std::string>(filled)) return;  // refusing is allowed; crashing is not
  LintSettings settings;
  settings.spec = spec;
  settings.options.today = facts.date;
  const FileResult result = lint_file_bytes(std::get<std::string>(filled), "new.md", settings);
  if (result.failure) problems.push_back("the new document does not parse: " + *result.failure);
  for (auto& problem : diagnostic_position_problems(result))
    problems.push_back("new document: " + problem);
}

}  // namespace

TemplateInvariants::TemplateInvariants()
    : schema_(SchemaValidator::embedded("schemas/template.schema.json")) {}

std::vector<std::string> TemplateInvariants::check(std::string_view bytes) const {
  std::vector<std::string> problems;
  try {
    TemplateResult result = read_template(bytes, "fuzz-template.md");
    if (auto* error = std::get_if<TemplateError>(&result)) {
      if (error->message.empty()) problems.emplace_back("a template error without a message");
      return problems;
    }
    const TemplateSpec& spec = std::get<TemplateSpec>(result);
    const auto json = nlohmann::json::parse(to_json(spec).dump(), nullptr, false);
    for (auto& violation : schema_.violations(json)) problems.push_back("schema: " + violation);
    if (describe_template(spec).empty())
      problems.emplace_back("the template has an empty description");
    check_new_document(bytes, spec, problems);
  } catch (const std::exception& error) {
    problems.push_back(std::string("reading the template threw: ") + error.what());
  }
  return problems;
}

}  // namespace pm::fuzz
