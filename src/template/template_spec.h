#pragma once

#include <string>
#include <variant>
#include <vector>

namespace pm {

// A metadata field the template asks for in its header (between the title and the first
// section), e.g. `**Severity**: [P0 / P1 / P2]`.
struct FieldSpec {
  enum class Type { text, date, duration, enumeration };

  std::string name;  // as written: "Severity"
  Type type = Type::text;
  std::vector<std::string> values;  // enumeration vocabulary as written; empty for other types
  std::string placeholder;          // the value as written: "[P0 / P1 / P2]"
  int line = 0;
};

// A section the template requires (or allows, when optional), one per heading below the title.
struct SectionSpec {
  std::string title;                 // as written, markup removed
  std::string key;                   // canonical_section_key(title), or fold(title) when unknown
  std::vector<std::string> aliases;  // other accepted titles, from `<!-- aliases: A, B -->`
  int level = 0;
  bool optional = false;  // from `<!-- optional -->`
  int line = 0;
  int parent = -1;  // index into TemplateSpec::sections; -1 for a top section
};

// The columns a timeline or action-item table is expected to have, from the template's header row.
struct TableSpec {
  std::string section_key;           // "timeline" or "action_items"
  std::vector<std::string> columns;  // as written
  int line = 0;
};

// What a post-mortem needs, read from a template skeleton.
struct TemplateSpec {
  std::string source;         // "built-in default" or the file path
  std::string title_pattern;  // the H1 as written, e.g. "Post-Mortem: [Incident Title]"
  std::vector<FieldSpec> fields;
  std::vector<SectionSpec> sections;  // document order
  std::vector<TableSpec> tables;      // at most one per section key, the first in the template
  std::vector<std::string> status_vocabulary;    // action statuses as written: "🟢 Done", ...
  std::vector<std::string> priority_vocabulary;  // action priorities as written: "P0", "P1", ...
  int whys = 0;                                  // number of why steps the template shows
};

struct TemplateError {
  int line = 0;  // 1-based; 0 when the problem concerns the whole file
  std::string message;
};

using TemplateResult = std::variant<TemplateSpec, TemplateError>;

}  // namespace pm
