#include "text/fold.h"

#include <cctype>

namespace pm {

std::string fold(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char raw : text) {
    const auto c = static_cast<unsigned char>(raw);
    if (std::isalnum(c) && c < 0x80) {
      if (pending_space && !out.empty()) out += ' ';
      pending_space = false;
      out += static_cast<char>(std::tolower(c));
    } else {
      pending_space = true;
    }
  }
  return out;
}

std::string_view trim(std::string_view text) {
  const char* spaces = " \t\r\n";
  const auto begin = text.find_first_not_of(spaces);
  if (begin == std::string_view::npos) return {};
  const auto end = text.find_last_not_of(spaces);
  return text.substr(begin, end - begin + 1);
}

bool starts_with_folded(std::string_view folded, std::string_view prefix) {
  return folded.substr(0, prefix.size()) == prefix &&
         (folded.size() == prefix.size() || folded[prefix.size()] == ' ');
}

}  // namespace pm
