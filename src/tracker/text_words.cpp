#include "tracker/text_words.h"

#include <cctype>
#include <cstdint>

namespace pm {
namespace {

struct CodePoint {
  std::uint32_t value = 0;
  std::size_t length = 1;
};

// Reads one UTF-8 sequence; a malformed byte counts as a one-byte symbol.
CodePoint next_code_point(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  std::size_t length = 1;
  std::uint32_t value = lead;
  if (lead >= 0xF0) {
    length = 4;
    value = lead & 0x07u;
  } else if (lead >= 0xE0) {
    length = 3;
    value = lead & 0x0Fu;
  } else if (lead >= 0xC0) {
    length = 2;
    value = lead & 0x1Fu;
  } else {
    return {lead, 1};
  }
  if (at + length > text.size()) return {0xFFFD, 1};
  for (std::size_t i = 1; i < length; ++i) {
    const auto next = static_cast<unsigned char>(text[at + i]);
    if ((next & 0xC0u) != 0x80u) return {0xFFFD, 1};
    value = (value << 6) | (next & 0x3Fu);
  }
  return {value, length};
}

// Letters and digits of every script, approximately: what is not ASCII punctuation, Latin-1
// symbols, general punctuation and symbol blocks, CJK punctuation or emoji.
bool is_word_code_point(std::uint32_t c) {
  if (c < 0x80) return std::isalnum(static_cast<int>(c)) != 0;
  if (c < 0xC0 || c == 0xD7 || c == 0xF7) return false;
  if (c >= 0x2000 && c <= 0x2BFF) return false;
  if (c >= 0x3000 && c <= 0x303F) return false;
  if (c >= 0xFE00 && c <= 0xFE0F) return false;
  if (c == 0xFEFF || c == 0xFFFD) return false;
  if (c >= 0x1F000 && c <= 0x1FAFF) return false;
  return true;
}

}  // namespace

std::vector<std::string> split_words(std::string_view text) {
  std::vector<std::string> words;
  std::string current;
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint point = next_code_point(text, at);
    if (is_word_code_point(point.value)) {
      if (point.length == 1) {
        current += static_cast<char>(std::tolower(static_cast<unsigned char>(text[at])));
      } else {
        current += text.substr(at, point.length);
      }
    } else if (!current.empty()) {
      words.push_back(std::move(current));
      current.clear();
    }
    at += point.length;
  }
  if (!current.empty()) words.push_back(std::move(current));
  return words;
}

std::string_view between_words(std::string_view text) {
  std::size_t first = std::string_view::npos, last = 0;
  for (std::size_t at = 0; at < text.size();) {
    const CodePoint point = next_code_point(text, at);
    if (is_word_code_point(point.value)) {
      if (first == std::string_view::npos) first = at;
      last = at + point.length;
    }
    at += point.length;
  }
  return first == std::string_view::npos ? std::string_view() : text.substr(first, last - first);
}

std::string joined_words(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& word : words) {
    if (!out.empty()) out += ' ';
    out += word;
  }
  return out;
}

}  // namespace pm
