#include "site/public_copy.h"

namespace pm {

std::variant<PublicCopy, ParseFailure> make_public_copy(const ParsedDocument& document,
                                                        const PublicRules& rules) {
  PublicSections sections = drop_internal_sections(document, rules.internal_sections);
  RedactionRules redaction{rules.internal_hosts, document.front_matter.first_line,
                           document.front_matter.last_line};
  RedactedText redacted = redact_text(sections.text, redaction);
  ParseResult parsed = parse_document(redacted.text, document.incident.file);
  if (auto* failure = std::get_if<ParseFailure>(&parsed)) return *failure;
  return PublicCopy{std::get<std::unique_ptr<ParsedDocument>>(std::move(parsed)),
                    std::move(sections.dropped), std::move(redacted.redactions)};
}

}  // namespace pm
