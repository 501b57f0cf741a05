#include "files/glob.h"

#include <vector>

namespace pm {
namespace {

// Matches one character class starting at pattern[at] == '['; returns the index after ']'
// or npos when the class is malformed (then '[' is an ordinary character).
std::size_t match_class(std::string_view pattern, std::size_t at, char c, bool& matched) {
  std::size_t i = at + 1;
  const bool negated = i < pattern.size() && (pattern[i] == '!' || pattern[i] == '^');
  if (negated) ++i;
  bool found = false;
  bool first = true;
  for (; i < pattern.size() && (first || pattern[i] != ']'); ++i, first = false) {
    if (i + 2 < pattern.size() && pattern[i + 1] == '-' && pattern[i + 2] != ']') {
      found = found || (pattern[i] <= c && c <= pattern[i + 2]);
      i += 2;
    } else {
      found = found || pattern[i] == c;
    }
  }
  if (i >= pattern.size()) return std::string_view::npos;
  matched = found != negated;
  return i + 1;
}

// Iterative matching with one backtrack point per kind of star keeps this linear-ish and free of
// recursion depth problems on long inputs.
bool match_from(std::string_view pattern, std::string_view path) {
  std::size_t p = 0, s = 0;
  std::size_t star_p = std::string_view::npos, star_s = 0;  // last '*' (stays in the segment)
  std::size_t globstar_p = std::string_view::npos, globstar_s = 0;  // last '**' (crosses segments)
  bool globstar_segment = false;  // "**/": what follows starts a path segment
  while (s < path.size()) {
    if (p + 1 < pattern.size() && pattern[p] == '*' && pattern[p + 1] == '*') {
      p += 2;
      globstar_segment = p < pattern.size() && pattern[p] == '/';
      if (globstar_segment) ++p;  // "**/" also matches no directory at all
      globstar_p = p;
      globstar_s = s;
      star_p = std::string_view::npos;
      continue;
    }
    if (p < pattern.size() && pattern[p] == '*') {
      star_p = ++p;
      star_s = s;
      continue;
    }
    if (p < pattern.size()) {
      bool matched = false;
      if (pattern[p] == '[') {
        const std::size_t next = match_class(pattern, p, path[s], matched);
        if (next != std::string_view::npos && matched && path[s] != '/') {
          p = next;
          ++s;
          continue;
        }
        if (next == std::string_view::npos && path[s] == '[') {
          ++p;
          ++s;
          continue;
        }
      } else if ((pattern[p] == '?' && path[s] != '/') || pattern[p] == path[s]) {
        ++p;
        ++s;
        continue;
      }
    }
    if (star_p != std::string_view::npos && path[star_s] != '/') {
      p = star_p;
      s = ++star_s;
      continue;
    }
    if (globstar_p != std::string_view::npos) {
      if (globstar_segment) {
        const std::size_t slash = path.find('/', globstar_s);
        if (slash == std::string_view::npos) return false;
        globstar_s = slash + 1;
      } else {
        ++globstar_s;
      }
      p = globstar_p;
      s = globstar_s;
      star_p = std::string_view::npos;
      continue;
    }
    return false;
  }
  while (p < pattern.size() && pattern[p] == '*') ++p;
  return p == pattern.size();
}

}  // namespace

bool glob_match(std::string_view pattern, std::string_view path) {
  if (pattern.substr(0, 2) == "./") pattern.remove_prefix(2);
  if (path.substr(0, 2) == "./") path.remove_prefix(2);
  return match_from(pattern, path);
}

bool has_glob_characters(std::string_view text) { return text.find_first_of("*?[") != std::string_view::npos; }

}  // namespace pm
