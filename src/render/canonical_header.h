#pragma once

#include <string>

#include "model/parse_document.h"
#include "render/incident_outline.h"
#include "template/template_spec.h"

namespace pm {

// The field lines of the canonical Markdown: one `**Name**: value` line per field of the
// incident's header. The template's fields come first, in its order and under its names, with
// values in its vocabulary where the meaning is certain (`SEV2` as `P2`, `March 3, 2026` as
// `2026-03-03`, `3h 40m` as `3 hours 40 minutes`); the incident's other fields follow as written.
// A title field that only repeats the heading is left out. Empty when there are no fields.
std::string canonical_field_lines(const ParsedDocument& document, const IncidentOutline& outline,
                                  const TemplateSpec& spec);

}  // namespace pm
