#include "rules/link_target.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "text/fold.h"

namespace pm {
namespace {

bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }

// RFC 3986: a letter, then letters, digits, "+", "-" or ".", then ":".
bool has_scheme(std::string_view destination) {
  if (destination.empty() || !is_alpha(destination.front())) return false;
  for (const char c : destination) {
    if (c == ':') return true;
    if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.')
      return false;
  }
  return false;
}

int hex_value(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

// Top-level domains common enough to guess from; file extensions such as ".md" or ".sh" are
// also domains of some country, so a list of the likely ones beats a rule.
constexpr std::array<std::string_view, 20> kCommonTopLevelDomains{
    "com", "org", "net", "io", "dev",   "app",  "co", "gov", "edu",  "info",
    "ai",  "eu",  "uk",  "de", "cloud", "tech", "us", "me",  "site", "xyz"};

}  // namespace

std::string percent_decode(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] == '%' && at + 2 < text.size() && hex_value(text[at + 1]) >= 0 &&
        hex_value(text[at + 2]) >= 0) {
      out += static_cast<char>(hex_value(text[at + 1]) * 16 + hex_value(text[at + 2]));
      at += 2;
    } else {
      out += text[at];
    }
  }
  return out;
}

LinkTarget classify_link_target(std::string_view destination) {
  destination = trim(destination);
  if (destination.empty()) return {};
  if (destination.front() == '#') return {LinkTarget::Kind::anchor, {}};
  if (destination.starts_with("//") || has_scheme(destination))
    return {LinkTarget::Kind::external, {}};
  if (destination.front() == '/' || destination.front() == '\\')
    return {LinkTarget::Kind::rooted, {}};
  const std::string_view path = destination.substr(0, destination.find_first_of("#?"));
  if (path.empty()) return {};
  return {LinkTarget::Kind::relative, percent_decode(path)};
}

bool looks_like_host_name(std::string_view path) {
  const std::string_view host = path.substr(0, path.find('/'));
  if (host.starts_with("www.")) return true;
  const std::size_t last_dot = host.rfind('.');
  if (last_dot == std::string_view::npos || last_dot == 0) return false;
  const std::string top = lowercase(host.substr(last_dot + 1));
  if (std::find(kCommonTopLevelDomains.begin(), kCommonTopLevelDomains.end(), top) ==
      kCommonTopLevelDomains.end())
    return false;
  // Host names are letters, digits, dots and hyphens only.
  return std::all_of(host.begin(), host.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '-';
  });
}

}  // namespace pm
