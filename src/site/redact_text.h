#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pm {

// One piece of text replaced by `[redacted]` in the public copy.
struct Redaction {
  int line = 0;      // 1-based, in the text given
  std::string kind;  // "email address", "IP address", "UUID", "hex identifier", "internal link"
  std::string original;
};

struct RedactionRules {
  // Hosts whose links are internal consoles and dashboards: "grafana.corp.example", or
  // "*.corp.example" for every subdomain. Compared without regard to case.
  std::vector<std::string> internal_hosts;
  // The front matter's fence lines (0 when none). Between them a replacement that starts a YAML
  // value is quoted, so that `[redacted]` stays a string instead of becoming a list.
  int front_matter_first_line = 0;
  int front_matter_last_line = 0;
};

struct RedactedText {
  std::string text;
  std::vector<Redaction> redactions;  // in line order, then by column
};

// Replaces, line by line, email addresses, IPv4 and IPv6 addresses, UUIDs, hex identifiers of 16
// digits or more, and links to internal hosts (a whole Markdown link `[text](url)`, an autolink
// `<url>` or a bare URL) with `[redacted]`. Scanned by hand rather than with regular
// expressions, so a hostile line of any length costs linear time and no deep recursion.
RedactedText redact_text(std::string_view text, const RedactionRules& rules);

// Whether `host` is one of `patterns` ("*.example.com" matches any subdomain of example.com).
bool is_internal_host(std::string_view host, const std::vector<std::string>& patterns);

}  // namespace pm
