// Reading UTF-8 one code point at a time, for the formats that need to know what a byte is part
// of: the text format's caret line, XML's allowed characters and SARIF's UTF-16 columns.

#include <cstddef>
#include <string_view>
#include "report/report_parts.h"

namespace pm::reporters {

namespace {

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// The sequence length a lead byte announces, or 0 for a byte that cannot start one.
std::size_t announced_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

// Rejects the overlong, surrogate and beyond-U+10FFFF forms that the lead byte alone allows.
bool second_byte_in_range(unsigned char lead, unsigned char second) {
  if (lead == 0xE0) return second >= 0xA0;
  if (lead == 0xED) return second <= 0x9F;
  if (lead == 0xF0) return second >= 0x90;
  if (lead == 0xF4) return second <= 0x8F;
  return true;
}

}  // namespace

// The length of the well-formed UTF-8 sequence starting at `offset`, or 0 when the byte there
// does not start one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t offset) {
  const auto lead = static_cast<unsigned char>(text[offset]);
  const std::size_t length = announced_length(lead);
  if (length <= 1) return length;
  if (offset + length > text.size()) return 0;
  if (!second_byte_in_range(lead, static_cast<unsigned char>(text[offset + 1]))) return 0;
  for (std::size_t i = 1; i < length; ++i) {
    if (!is_continuation(static_cast<unsigned char>(text[offset + i]))) return 0;
  }
  return length;
}

// The code point of one well-formed sequence, as measured by utf8_sequence_length.
char32_t utf8_code_point(std::string_view sequence) {
  const auto lead = static_cast<unsigned char>(sequence[0]);
  if (sequence.size() == 1) return lead;
  const unsigned char lead_payload_mask = sequence.size() == 2   ? 0x1F
                                          : sequence.size() == 3 ? 0x0F
                                                                 : 0x07;
  char32_t code_point = lead & lead_payload_mask;
  for (std::size_t i = 1; i < sequence.size(); ++i) {
    code_point = (code_point << 6) | (static_cast<unsigned char>(sequence[i]) & 0x3F);
  }
  return code_point;
}

}  // namespace pm::reporters
