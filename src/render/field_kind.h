#pragma once

#include <string_view>

namespace pm {

// What a metadata field means to the model, by its name: "Written by" and "Authors" both name
// the authors.
enum class FieldKind {
  title,
  date,
  severity,
  status,
  duration,
  authors,
  reviewers,
  services,
  other
};

FieldKind field_kind(std::string_view name);

}  // namespace pm
