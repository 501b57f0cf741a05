#include "invariants/html_safety.h"

#include <cctype>
#include <cstdlib>

namespace pm::fuzz {
namespace {

char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

bool starts_with_folded(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (lower(text[i]) != prefix[i]) return false;
  }
  return true;
}

int count_folded(std::string_view text, std::string_view needle) {
  int count = 0;
  for (std::size_t at = 0; at < text.size(); ++at)
    count += starts_with_folded(text.substr(at), needle);
  return count;
}

// An attribute value as a browser reads its URL: character references decoded, and whitespace
// and control characters (which browsers drop from a scheme) removed.
std::string url_as_read(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    if (value[i] == '&') {
      const std::size_t end = value.find(';', i);
      const std::string_view entity =
          value.substr(i + 1, end == std::string_view::npos ? 0 : end - i - 1);
      if (!entity.empty() && entity.front() == '#') {
        const bool hex = entity.size() > 1 && (entity[1] == 'x' || entity[1] == 'X');
        const std::string digits(entity.substr(hex ? 2 : 1));
        const long code = digits.empty() ? 0 : std::strtol(digits.c_str(), nullptr, hex ? 16 : 10);
        if (code > 0 && code < 128) out += static_cast<char>(code);
        i = end;
        continue;
      }
      if (starts_with_folded(entity, "colon")) {
        out += ':';
        i = end;
        continue;
      }
    }
    if (static_cast<unsigned char>(value[i]) > 0x20) out += lower(value[i]);
  }
  return out;
}

bool is_script_url(std::string_view value) {
  const std::string url = url_as_read(value);
  return url.rfind("javascript:", 0) == 0 || url.rfind("vbscript:", 0) == 0 ||
         url.rfind("data:text/html", 0) == 0;
}

// Reads the attributes of the tag whose name starts at `at`; returns the index of its '>'.
std::size_t scan_tag(std::string_view html, std::size_t at, ActiveContent& found) {
  while (at < html.size() && !is_space(html[at]) && html[at] != '>') ++at;  // the tag name
  while (at < html.size() && html[at] != '>') {
    if (is_space(html[at]) || html[at] == '/') {
      ++at;
      continue;
    }
    const std::size_t name_start = at;
    while (at < html.size() && !is_space(html[at]) && html[at] != '=' && html[at] != '>' &&
           html[at] != '/')
      ++at;
    const std::string_view name = html.substr(name_start, at - name_start);
    if (starts_with_folded(name, "on")) ++found.event_handlers;
    while (at < html.size() && is_space(html[at])) ++at;
    if (at >= html.size() || html[at] != '=') continue;
    ++at;
    while (at < html.size() && is_space(html[at])) ++at;
    std::size_t value_start = at;
    std::size_t value_end = at;
    if (at < html.size() && (html[at] == '"' || html[at] == '\'')) {
      const std::size_t close = html.find(html[at], at + 1);
      value_start = at + 1;
      value_end = close == std::string_view::npos ? html.size() : close;
      at = value_end == html.size() ? value_end : value_end + 1;
    } else {
      while (at < html.size() && !is_space(html[at]) && html[at] != '>') ++at;
      value_end = at;
    }
    if (is_script_url(html.substr(value_start, value_end - value_start))) ++found.script_urls;
  }
  return at;
}

}  // namespace

ActiveContent find_active_content(std::string_view html) {
  ActiveContent found;
  found.script_tags = count_folded(html, "<script");
  for (std::size_t at = 0; at < html.size(); ++at) {
    if (html[at] != '<' || at + 1 >= html.size() ||
        !std::isalpha(static_cast<unsigned char>(html[at + 1])))
      continue;
    at = scan_tag(html, at + 1, found);
  }
  return found;
}

std::vector<std::string> added_active_content(std::string_view rendered,
                                              std::string_view template_source) {
  const ActiveContent page = find_active_content(rendered);
  const ActiveContent allowed = find_active_content(template_source);
  std::vector<std::string> problems;
  if (page.script_tags > allowed.script_tags)
    problems.emplace_back("the page has a <script the template does not");
  if (page.event_handlers > allowed.event_handlers)
    problems.emplace_back("the page has an on*= attribute the template does not");
  if (page.script_urls > allowed.script_urls)
    problems.emplace_back("the page has a javascript: URL the template does not");
  return problems;
}

}  // namespace pm::fuzz
