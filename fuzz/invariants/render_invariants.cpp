#include "invariants/render_invariants.h"

#include <exception>

#include "invariants/fuzz_settings.h"
#include "invariants/html_safety.h"
#include "model/parse_document.h"
#include "render/html_report.h"
#include "render/markdown_writer.h"

namespace pm::fuzz {
namespace {

void check_html(const ParsedDocument& document, std::vector<std::string>& problems) {
  RenderOptions options;
  options.today = CivilDate{2026, 7, 1};
  HtmlReport html = render_html_report(document, options);
  if (auto* error = std::get_if<HtmlTemplateError>(&html)) {
    problems.push_back("the built-in HTML template failed: " + error->message);
    return;
  }
  for (auto& problem : added_active_content(std::get<std::string>(html), default_html_template())) {
    problems.push_back(std::move(problem));
  }
}

void check_markdown(const ParsedDocument& document, const TemplateSpec& spec,
                    std::vector<std::string>& problems) {
  const std::string once = render_markdown(document, spec);
  ParseResult reparsed = parse_document(once, "rendered.md");
  if (auto* failure = std::get_if<ParseFailure>(&reparsed)) {
    problems.push_back("the rendered Markdown does not parse: " + failure->decode.message);
    return;
  }
  const std::string twice =
      render_markdown(*std::get<std::unique_ptr<ParsedDocument>>(reparsed), spec);
  if (twice != once) problems.emplace_back("rendering the rendered Markdown changed it");
}

}  // namespace

RenderInvariants::RenderInvariants() : spec_(default_lint_settings().spec) {}

std::vector<std::string> RenderInvariants::check(std::string_view bytes) const {
  std::vector<std::string> problems;
  try {
    ParseResult parsed = parse_document(bytes, "fuzz.md");
    if (std::holds_alternative<ParseFailure>(parsed)) return problems;  // nothing to render
    const ParsedDocument& document = *std::get<std::unique_ptr<ParsedDocument>>(parsed);
    check_html(document, problems);
    check_markdown(document, spec_, problems);
  } catch (const std::exception& error) {
    problems.push_back(std::string("rendering threw: ") + error.what());
  }
  return problems;
}

}  // namespace pm::fuzz
