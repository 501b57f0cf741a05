#include "render/safe_url.h"

#include <array>
#include <string>

namespace pm {
namespace {

// The scheme as a browser reads it: lowercased, with the whitespace and control characters it
// ignores taken out. Empty when the URL has no scheme: a '/', '?' or '#' comes before any ':'.
std::string scheme_of(std::string_view url) {
  const std::size_t end = url.find_first_of(":/?#");
  if (end == std::string_view::npos || url[end] != ':') return {};
  std::string scheme;
  for (char c : url.substr(0, end)) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte <= 0x20 || byte == 0x7F) continue;
    scheme += static_cast<char>(byte >= 'A' && byte <= 'Z' ? byte - 'A' + 'a' : byte);
  }
  return scheme.empty() ? std::string(":") : scheme;  // ":x" still names a scheme, an empty one
}

bool may_stay(unsigned char c) {
  if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) return true;
  return std::string_view("-._~:/?#[]@!$&'()*+,;=%").find(static_cast<char>(c)) !=
         std::string_view::npos;
}

}  // namespace

std::string encode_url(std::string_view url) {
  static constexpr char kHex[] = "0123456789ABCDEF";
  std::string out;
  for (char c : url) {
    const auto byte = static_cast<unsigned char>(c);
    if (may_stay(byte)) {
      out += c;
    } else {
      out += '%';
      out += kHex[byte >> 4];
      out += kHex[byte & 0xF];
    }
  }
  return out;
}

bool is_safe_link_url(std::string_view url) {
  const std::string scheme = scheme_of(url);
  return scheme.empty() || scheme == "http" || scheme == "https" || scheme == "mailto";
}

bool is_inline_image_url(std::string_view url) {
  if (scheme_of(url) != "data") return false;
  const std::string_view media = url.substr(url.find(':') + 1);
  constexpr std::array<std::string_view, 5> kRaster{"image/png", "image/gif", "image/jpeg",
                                                    "image/jpg", "image/webp"};
  for (std::string_view type : kRaster) {
    if (media.size() > type.size() && media.substr(0, type.size()) == type &&
        (media[type.size()] == ';' || media[type.size()] == ',')) {
      return true;
    }
  }
  return false;
}

}  // namespace pm
