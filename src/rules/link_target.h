#pragma once

#include <string>
#include <string_view>

// What a Markdown link or image destination points at, for the relative-link check.
namespace pm {

struct LinkTarget {
  enum class Kind {
    none,      // empty, or only a query
    anchor,    // "#impact": a place in the same document
    external,  // has a scheme ("https:", "mailto:") or is protocol-relative ("//cdn...")
    rooted,    // "/docs/x.md": depends on where the site is served from, so never checked
    relative,  // "runbooks/db.md", "../diagram.png": a file next to the document
  };
  Kind kind = Kind::none;
  std::string path;  // relative targets: without "#fragment" and "?query", percent-decoded
};

LinkTarget classify_link_target(std::string_view destination);

// "%20" and the like decoded to their bytes; malformed escapes are kept as written.
std::string percent_decode(std::string_view text);

// A relative path whose first segment reads like a host name ("prow.k8s.io/x",
// "www.example.com"): the author most likely left out "https://".
bool looks_like_host_name(std::string_view path);

}  // namespace pm
