#pragma once

#include <optional>

#include "model/parse_document.h"

namespace pm {

// What stands below the front matter of a document without a body.
enum class MissingBody { blank, comments_only };

// Below any front matter there is nothing but whitespace and closed HTML comments, so there is no
// title, section or text to read; nothing when the document has a body.
std::optional<MissingBody> missing_body(const ParsedDocument& document);

inline bool has_no_body(const ParsedDocument& document) { return missing_body(document).has_value(); }

}  // namespace pm
