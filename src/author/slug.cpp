#include "author/slug.h"

#include <array>
#include <cctype>
#include <utility>

namespace pm {
namespace {

constexpr std::size_t kMaxSlug = 60;

// Latin letters with diacritics, as their UTF-8 bytes, and the ASCII a reader would type instead.
constexpr std::array<std::pair<std::string_view, std::string_view>, 38> kAccents{{
    {"à", "a"}, {"á", "a"}, {"â", "a"}, {"ã", "a"}, {"ä", "a"}, {"å", "a"}, {"æ", "ae"}, {"ç", "c"},
    {"è", "e"}, {"é", "e"}, {"ê", "e"}, {"ë", "e"}, {"ì", "i"}, {"í", "i"}, {"î", "i"}, {"ï", "i"},
    {"ñ", "n"}, {"ò", "o"}, {"ó", "o"}, {"ô", "o"}, {"õ", "o"}, {"ö", "o"}, {"ø", "o"}, {"ù", "u"},
    {"ú", "u"}, {"û", "u"}, {"ü", "u"}, {"ý", "y"}, {"ÿ", "y"}, {"ß", "ss"}, {"ł", "l"}, {"ś", "s"},
    {"š", "s"}, {"ž", "z"}, {"ź", "z"}, {"č", "c"}, {"ř", "r"}, {"ő", "o"},
}};

// Upper-case letters with diacritics are two bytes whose second byte differs from the lower-case
// one by 0x20 in the Latin-1 block; folding them first lets one table serve both.
std::string lower_latin(std::string_view text) {
  std::string out(text);
  for (std::size_t at = 0; at + 1 < out.size(); ++at) {
    const auto lead = static_cast<unsigned char>(out[at]);
    const auto next = static_cast<unsigned char>(out[at + 1]);
    if (lead == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) out[at + 1] = static_cast<char>(next + 0x20);
  }
  return out;
}

}  // namespace

std::string slug_of(std::string_view title) {
  const std::string text = lower_latin(title);
  std::string slug;
  bool pending_dash = false;
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    std::string_view letters;
    std::size_t length = 1;
    if (byte < 0x80) {
      if (std::isalnum(byte)) {
        const char lower = static_cast<char>(std::tolower(byte));
        if (pending_dash && !slug.empty()) slug += '-';
        pending_dash = false;
        slug += lower;
        ++at;
        continue;
      }
    } else {
      length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : 2;
      for (const auto& [accented, plain] : kAccents) {
        if (text.compare(at, accented.size(), accented) == 0) {
          letters = plain;
          length = accented.size();
          break;
        }
      }
    }
    if (letters.empty()) {
      pending_dash = true;
    } else {
      if (pending_dash && !slug.empty()) slug += '-';
      pending_dash = false;
      slug += letters;
    }
    at += length;
  }
  if (slug.size() > kMaxSlug) {
    slug.resize(kMaxSlug);
    const std::size_t dash = slug.rfind('-');
    if (dash != std::string::npos && dash > kMaxSlug / 2) slug.resize(dash);
  }
  return slug.empty() ? "incident" : slug;
}

}  // namespace pm
