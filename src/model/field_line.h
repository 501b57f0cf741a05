#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pm {

// A "Key: value" line as post-mortems write metadata: `**Date**: 2025-09-09`,
// `**Date:** 2025-09-09  `, `- **Owner**: @ana`, `Created By: Ana` (plain keys only when asked).
struct FieldLine {
  std::string name;   // without markup or colon
  std::string value;  // trimmed, hard-break markers removed, markup kept
};

std::optional<FieldLine> parse_field_line(std::string_view line, bool allow_plain_key);

}  // namespace pm
