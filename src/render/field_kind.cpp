#include "render/field_kind.h"

#include <memory>
#include <string>
#include <variant>

#include "model/parse_document.h"

namespace pm {

// The extractor owns the vocabulary of field names; asking it about a one-line document keeps a
// single list, so a name it learns is known here too.
FieldKind field_kind(std::string_view name) {
  if (name.empty() || name.find_first_of("*\n`") != std::string_view::npos) return FieldKind::other;
  const std::string probe = "**" + std::string(name) + "**: 2026-01-02\n";
  ParseResult parsed = parse_document(probe, "");
  const auto* document = std::get_if<std::unique_ptr<ParsedDocument>>(&parsed);
  if (!document) return FieldKind::other;
  const Incident& incident = (*document)->incident;
  const Metadata& metadata = incident.metadata;
  if (!incident.title.empty() && incident.title_line == 1) return FieldKind::title;
  if (!metadata.date_text.empty()) return FieldKind::date;
  if (!metadata.severity_text.empty()) return FieldKind::severity;
  if (!metadata.status.empty()) return FieldKind::status;
  if (!metadata.duration_text.empty()) return FieldKind::duration;
  if (!metadata.authors.empty()) return FieldKind::authors;
  if (!metadata.reviewers.empty()) return FieldKind::reviewers;
  if (!metadata.services.empty()) return FieldKind::services;
  return FieldKind::other;
}

}  // namespace pm
