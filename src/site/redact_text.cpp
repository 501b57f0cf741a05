#include "site/redact_text.h"

#include <algorithm>
#include <optional>

namespace pm {
namespace {

constexpr std::string_view kReplacement = "[redacted]";

struct Span {
  std::size_t begin = 0;
  std::size_t end = 0;
  std::string_view kind;
};

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }
bool is_word(char c) { return is_alpha(c) || is_digit(c) || c == '_'; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

std::string lowercase(std::string_view text) {
  std::string out(text);
  std::transform(out.begin(), out.end(), out.begin(), lower);
  return out;
}

// Whether a token may start at `at`: not glued to the word before it.
bool starts_token(std::string_view line, std::size_t at) {
  return at == 0 || !is_word(line[at - 1]);
}
bool ends_token(std::string_view line, std::size_t at) {
  return at >= line.size() || !is_word(line[at]);
}

std::size_t hex_run(std::string_view line, std::size_t at) {
  std::size_t end = at;
  while (end < line.size() && is_hex(line[end])) ++end;
  return end - at;
}

// --- email addresses ---------------------------------------------------------------------------

bool is_local_char(char c) { return is_word(c) || c == '.' || c == '%' || c == '+' || c == '-'; }
bool is_domain_char(char c) { return is_alpha(c) || is_digit(c) || c == '.' || c == '-'; }

void find_emails(std::string_view line, std::vector<Span>& spans) {
  for (std::size_t at = line.find('@'); at != std::string_view::npos; at = line.find('@', at + 1)) {
    std::size_t begin = at;
    while (begin > 0 && is_local_char(line[begin - 1])) --begin;
    while (begin < at && line[begin] == '.') ++begin;
    std::size_t end = at + 1;
    while (end < line.size() && is_domain_char(line[end])) ++end;
    while (end > at + 1 && (line[end - 1] == '.' || line[end - 1] == '-')) --end;
    const std::string_view domain = line.substr(at + 1, end - at - 1);
    const std::size_t dot = domain.rfind('.');
    if (begin == at || dot == std::string_view::npos || dot == 0) continue;
    const std::string_view top = domain.substr(dot + 1);
    if (top.size() < 2 || !std::all_of(top.begin(), top.end(), is_alpha)) continue;
    spans.push_back(Span{begin, end, "email address"});
  }
}

// --- UUIDs and hex identifiers -----------------------------------------------------------------

std::optional<std::size_t> uuid_at(std::string_view line, std::size_t at) {
  constexpr std::size_t groups[] = {8, 4, 4, 4, 12};
  std::size_t end = at;
  for (std::size_t index = 0; index < 5; ++index) {
    if (index > 0) {
      if (end >= line.size() || line[end] != '-') return std::nullopt;
      ++end;
    }
    if (hex_run(line, end) != groups[index]) return std::nullopt;
    end += groups[index];
  }
  return end;
}

void find_hex_identifiers(std::string_view line, std::vector<Span>& spans) {
  for (std::size_t at = 0; at < line.size();) {
    if (!is_hex(line[at]) || !starts_token(line, at)) {
      ++at;
      continue;
    }
    if (auto end = uuid_at(line, at); end && ends_token(line, *end)) {
      spans.push_back(Span{at, *end, "UUID"});
      at = *end;
      continue;
    }
    const std::size_t length = hex_run(line, at);
    if (length >= 16 && ends_token(line, at + length))
      spans.push_back(Span{at, at + length, "hex identifier"});
    at += std::max<std::size_t>(length, 1);
  }
}

// --- IP addresses ------------------------------------------------------------------------------

std::optional<std::size_t> ipv4_at(std::string_view line, std::size_t at) {
  std::size_t end = at;
  for (int octet = 0; octet < 4; ++octet) {
    if (octet > 0) {
      if (end >= line.size() || line[end] != '.') return std::nullopt;
      ++end;
    }
    std::size_t digits = 0;
    int value = 0;
    while (end < line.size() && is_digit(line[end]) && digits < 4) {
      value = value * 10 + (line[end] - '0');
      ++end;
      ++digits;
    }
    if (digits == 0 || digits > 3 || value > 255) return std::nullopt;
  }
  return end;
}

void find_ipv4(std::string_view line, std::vector<Span>& spans) {
  for (std::size_t at = 0; at < line.size(); ++at) {
    if (!is_digit(line[at]) || !starts_token(line, at) || (at > 0 && line[at - 1] == '.')) continue;
    const auto end = ipv4_at(line, at);
    if (!end || !ends_token(line, *end)) continue;
    const bool more_dotted =
        *end + 1 < line.size() && line[*end] == '.' && is_digit(line[*end + 1]);
    if (more_dotted) continue;
    spans.push_back(Span{at, *end, "IP address"});
    at = *end;
  }
}

// The number of ':'-separated groups of 1-4 hex digits in `part`, or -1 when one is empty or
// longer. An empty part has none.
int hex_groups(std::string_view part) {
  if (part.empty()) return 0;
  int groups = 0;
  for (std::size_t start = 0;; ++groups) {
    std::size_t end = part.find(':', start);
    if (end == std::string_view::npos) end = part.size();
    if (end == start || end - start > 4) return -1;
    if (end == part.size()) return groups + 1;
    start = end + 1;
  }
}

// Eight groups of 1-4 hex digits, or fewer around one "::"; "14:09:30" is a time, not an address.
bool is_ipv6(std::string_view token) {
  const std::size_t gap = token.find("::");
  if (gap == std::string_view::npos) return hex_groups(token) == 8;
  const int left = hex_groups(token.substr(0, gap));
  const int right = hex_groups(token.substr(gap + 2));
  return left >= 0 && right >= 0 && left + right >= 1 && left + right <= 7;
}

void find_ipv6(std::string_view line, std::vector<Span>& spans) {
  for (std::size_t at = 0; at < line.size();) {
    const char c = line[at];
    if (!(is_hex(c) || c == ':') || !starts_token(line, at) || (at > 0 && line[at - 1] == ':')) {
      ++at;
      continue;
    }
    std::size_t end = at;
    while (end < line.size() && (is_hex(line[end]) || line[end] == ':')) ++end;
    std::size_t token_end = end;
    // A sentence may end an address with a colon: "from fe80::1: ...".
    if (token_end - at > 2 && line[token_end - 1] == ':' && line[token_end - 2] != ':') --token_end;
    if (ends_token(line, end) && (end >= line.size() || line[end] != '.') &&
        is_ipv6(line.substr(at, token_end - at)))
      spans.push_back(Span{at, token_end, "IP address"});
    at = std::max(end, at + 1);
  }
}

// --- links to internal hosts -------------------------------------------------------------------

bool is_scheme_char(char c) {
  return is_alpha(c) || is_digit(c) || c == '+' || c == '.' || c == '-';
}
bool ends_url(char c) {
  return c == ' ' || c == '\t' || c == '<' || c == '>' || c == '"' || c == '\'' || c == ')' ||
         c == '|' || c == '`';
}

std::string_view host_of(std::string_view url_after_scheme) {
  std::size_t end = 0;
  while (end < url_after_scheme.size() && url_after_scheme[end] != '/' &&
         url_after_scheme[end] != '?' && url_after_scheme[end] != '#')
    ++end;
  std::string_view authority = url_after_scheme.substr(0, end);
  if (const std::size_t at = authority.rfind('@'); at != std::string_view::npos)
    authority.remove_prefix(at + 1);
  if (const std::size_t colon = authority.find(':'); colon != std::string_view::npos)
    authority = authority.substr(0, colon);
  return authority;
}

// Widens a URL to the Markdown construct around it: `[text](url)` or `<url>`.
// `floor` is where the previous link ended; the search for its `[` stops there.
Span widen_link(std::string_view line, Span span, std::size_t floor) {
  if (span.begin > 0 && line[span.begin - 1] == '<' && span.end < line.size() &&
      line[span.end] == '>')
    return Span{span.begin - 1, span.end + 1, span.kind};
  if (span.begin < 2 || line.compare(span.begin - 2, 2, "](") != 0) return span;
  const std::size_t close = line.find(')', span.end);
  const std::size_t open =
      line.substr(floor, span.begin - 2 - std::min(floor, span.begin - 2)).rfind('[');
  if (close == std::string_view::npos || open == std::string_view::npos) return span;
  return Span{floor + open, close + 1, span.kind};
}

void find_internal_links(std::string_view line, const std::vector<std::string>& hosts,
                         std::vector<Span>& spans) {
  if (hosts.empty()) return;
  // Each URL is scanned once: the next search starts after it, so a line of nothing but "://"
  // stays linear.
  for (std::size_t mark = line.find("://"), floor = 0; mark != std::string_view::npos;) {
    std::size_t begin = mark;
    while (begin > floor && is_scheme_char(line[begin - 1])) --begin;
    std::size_t end = mark + 3;
    while (end < line.size() && !ends_url(line[end])) ++end;
    const std::size_t next = end;
    while (end > mark + 3 &&
           std::string_view(".,;:!?").find(line[end - 1]) != std::string_view::npos)
      --end;
    if (begin < mark && is_alpha(line[begin]) &&
        is_internal_host(host_of(line.substr(mark + 3, end - mark - 3)), hosts)) {
      const Span link = widen_link(line, Span{begin, end, "internal link"}, floor);
      spans.push_back(link);
      floor = std::max(next, link.end);
    } else {
      floor = next;
    }
    mark = line.find("://", floor);
  }
}

// --- putting it together -----------------------------------------------------------------------

// Earlier detectors win where spans overlap: a link's IP address goes with the link.
std::vector<Span> spans_of(std::string_view line, const RedactionRules& rules) {
  std::vector<Span> found;
  find_internal_links(line, rules.internal_hosts, found);
  find_emails(line, found);
  find_hex_identifiers(line, found);
  find_ipv6(line, found);
  find_ipv4(line, found);
  std::vector<Span> kept;
  for (const Span& span : found) {
    const bool overlaps = std::any_of(kept.begin(), kept.end(), [&](const Span& other) {
      return span.begin < other.end && other.begin < span.end;
    });
    if (!overlaps) kept.push_back(span);
  }
  std::sort(kept.begin(), kept.end(),
            [](const Span& a, const Span& b) { return a.begin < b.begin; });
  return kept;
}

// In front matter, a value that would start with `[` is quoted so YAML keeps it a string.
bool starts_yaml_value(std::string_view before) {
  while (!before.empty() && (before.back() == ' ' || before.back() == '\t'))
    before.remove_suffix(1);
  return before.empty() || std::string_view(":-[,").find(before.back()) != std::string_view::npos;
}

void redact_line(std::string_view line, int number, const RedactionRules& rules,
                 RedactedText& out) {
  const bool in_front_matter =
      number > rules.front_matter_first_line && number < rules.front_matter_last_line;
  std::size_t copied = 0;
  for (const Span& span : spans_of(line, rules)) {
    out.text.append(line.substr(copied, span.begin - copied));
    if (in_front_matter && starts_yaml_value(line.substr(0, span.begin)))
      out.text += "\"" + std::string(kReplacement) + "\"";
    else
      out.text += kReplacement;
    out.redactions.push_back(
        Redaction{number, std::string(span.kind),
                  std::string(line.substr(span.begin, span.end - span.begin))});
    copied = span.end;
  }
  out.text.append(line.substr(copied));
}

}  // namespace

bool is_internal_host(std::string_view host, const std::vector<std::string>& patterns) {
  const std::string name = lowercase(host);
  if (name.empty()) return false;
  for (const auto& pattern_text : patterns) {
    const std::string pattern = lowercase(pattern_text);
    if (pattern.rfind("*.", 0) == 0) {
      const std::string_view suffix = std::string_view(pattern).substr(1);  // ".example.com"
      if (name.size() > suffix.size() &&
          name.compare(name.size() - suffix.size(), suffix.size(), suffix) == 0)
        return true;
    } else if (name == pattern) {
      return true;
    }
  }
  return false;
}

RedactedText redact_text(std::string_view text, const RedactionRules& rules) {
  RedactedText out;
  out.text.reserve(text.size());
  int number = 1;
  for (std::size_t start = 0; start <= text.size(); ++number) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    redact_line(text.substr(start, end - start), number, rules, out);
    if (end == text.size()) break;
    out.text += '\n';
    start = end + 1;
  }
  return out;
}

}  // namespace pm
