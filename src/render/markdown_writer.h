#pragma once

#include <string>

#include "model/parse_document.h"
#include "template/template_spec.h"

namespace pm {

// The canonical Markdown of a post-mortem, in the template's layout and words: the title as an
// H1, then the header fields (see canonical_field_lines), then the sections in the template's
// order under the template's titles, each at the level of its depth. What the sections say is
// copied as written, except action-item statuses and priorities put in the template's
// vocabulary and tables lined up. Sections the template does not know keep their title and stay
// after the section they followed. A post-mortem nested in a status page is written on its own,
// and front matter becomes field lines.
//
// Parsing the result gives the incident the document gave, and rendering it again changes
// nothing.
std::string render_markdown(const ParsedDocument& document, const TemplateSpec& spec);

}  // namespace pm
