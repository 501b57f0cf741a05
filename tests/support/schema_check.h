#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace pm::test {

// Empty when `document` satisfies the JSON Schema at `schema_path`; otherwise one line per error:
// "<json pointer>: <description>" (the pointer is "" for the document root, as in RFC 6901).
// The schema's draft is taken from its "$schema" (draft-04 or draft-07; draft-07 when absent).
// Remote "$ref"s are never fetched: a schema that needs one reports an error instead.
// A schema that cannot be read or parsed yields a single "<schema>: ..." line.
// Parsed schemas are cached per path for the life of the process.
std::vector<std::string> schema_errors(const nlohmann::json& document,
                                       const std::string& schema_path);

// PM_SOURCE_DIR + "/" + relative: a path inside the project tree.
std::string project_path(std::string_view relative);

}  // namespace pm::test
