#include "lint/rule_context.h"

#include "text/fold.h"

namespace pm {

Range RuleContext::line_range(int number) const {
  const int length = static_cast<int>(line(number).size());
  return Range{{number, 1}, {number, length + 1}};
}

Range RuleContext::find_on_line(int number, std::string_view text) const {
  const std::string_view content = line(number);
  const std::size_t at = text.empty() ? std::string_view::npos : content.find(text);
  if (at == std::string_view::npos) return line_range(number);
  const int column = static_cast<int>(at) + 1;
  return Range{{number, column}, {number, column + static_cast<int>(text.size())}};
}

bool RuleContext::is_draft() const {
  const std::string status = fold(incident().metadata.status);
  return status.empty() || starts_with_folded(status, "draft");
}

void DiagnosticSink::report(Range range, std::string message, std::vector<Edit> edits,
                            std::vector<std::string> notes) {
  Diagnostic diagnostic;
  diagnostic.rule = std::string(rule_.id);
  diagnostic.name = std::string(rule_.name);
  diagnostic.severity = severity_;
  diagnostic.range = range;
  diagnostic.message = std::move(message);
  diagnostic.notes = std::move(notes);
  diagnostic.edits = std::move(edits);
  out_.push_back(std::move(diagnostic));
}

}  // namespace pm
