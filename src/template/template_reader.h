#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "template/template_spec.h"

namespace pm {

// The public JSON form of a TemplateSpec, described by schemas/template.schema.json.
constexpr int kTemplateSchemaVersion = 1;

// Reads a template skeleton (a post-mortem written with placeholders) and derives what a
// post-mortem needs from it. `source` names it in messages: a path or "built-in default".
TemplateResult read_template(std::string_view bytes, std::string source);

// The template compiled into the binary from templates/default.md.
TemplateResult default_template();

// "text", "date", "duration" or "enumeration".
std::string_view field_type_name(FieldSpec::Type type);

// For `postmortem template show --json`.
nlohmann::ordered_json to_json(const TemplateSpec& spec);

// For `postmortem template show`: fields, the section outline, table columns and vocabularies.
std::string describe_template(const TemplateSpec& spec);

}  // namespace pm
