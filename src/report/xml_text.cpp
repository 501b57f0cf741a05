// Text inside the XML formats (junit, checkstyle): escaped, and limited to the characters
// XML 1.0 allows, since one stray control character makes a whole report unparseable.

#include <cstddef>
#include <string>
#include <string_view>
#include "report/report_parts.h"

namespace pm::reporters {

namespace {

constexpr std::string_view replacement_character = "\xEF\xBF\xBD";  // U+FFFD

// XML 1.0 section 2.2: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
// Surrogates never get here: they are not well-formed UTF-8.
bool allowed_in_xml(char32_t code_point) {
  if (code_point < 0x20) return code_point == '\t' || code_point == '\n' || code_point == '\r';
  return code_point != 0xFFFE && code_point != 0xFFFF;
}

// Entities for the markup characters. In attributes whitespace other than a space is written as
// a character reference too, or attribute-value normalisation turns it into a space.
std::string_view reference_for(char32_t code_point, bool in_attribute) {
  switch (code_point) {
    case '&':
      return "&amp;";
    case '<':
      return "&lt;";
    case '>':
      return "&gt;";
    case '"':
      return "&quot;";
    case '\'':
      return "&apos;";
    case '\r':
      return "&#13;";  // an end-of-line normalisation would turn it into '\n'
    case '\n':
      return in_attribute ? "&#10;" : "";
    case '\t':
      return in_attribute ? "&#9;" : "";
    default:
      return "";
  }
}

std::string xml_escaped(std::string_view text, bool in_attribute) {
  std::string escaped;
  escaped.reserve(text.size());
  for (std::size_t offset = 0; offset < text.size();) {
    const std::size_t length = utf8_sequence_length(text, offset);
    if (length == 0) {  // not UTF-8: the document declares UTF-8, so show that something was here
      escaped += replacement_character;
      ++offset;
      continue;
    }
    const std::string_view sequence = text.substr(offset, length);
    offset += length;
    const char32_t code_point = utf8_code_point(sequence);
    if (!allowed_in_xml(code_point)) continue;
    const std::string_view reference = reference_for(code_point, in_attribute);
    if (!reference.empty()) {
      escaped += reference;
    } else {
      escaped += sequence;
    }
  }
  return escaped;
}

}  // namespace

std::string xml_attribute_text(std::string_view text) { return xml_escaped(text, true); }

std::string xml_element_text(std::string_view text) { return xml_escaped(text, false); }

}  // namespace pm::reporters
