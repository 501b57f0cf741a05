#pragma once

#include <string>
#include <string_view>

namespace pm {

// Folds a title or a value for comparison: ASCII letters lowercased, digits kept, every run of
// anything else (spaces, punctuation, emoji, markup) turned into one space, ends trimmed.
// "## 📊 INCIDENT SUMMARY" and "Incident summary:" both fold to "incident summary".
std::string fold(std::string_view text);

// Trims ASCII whitespace at both ends.
std::string_view trim(std::string_view text);

bool starts_with_folded(std::string_view folded, std::string_view prefix);

}  // namespace pm
