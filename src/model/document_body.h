#pragma once

#include "model/parse_document.h"

namespace pm {

// Whether the document has no body: below any front matter there is nothing but whitespace and
// closed HTML comments, so there is no title, section or text to read.
bool has_no_body(const ParsedDocument& document);

}  // namespace pm
