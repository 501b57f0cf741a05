// Fingerprints that let code-scanning services (SARIF's partialFingerprints, GitLab Code
// Quality) recognise a finding again after lines above it moved: they hash what the finding is
// about, not where it is.

#include <cstdint>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostic.h"
#include "report/report_parts.h"

namespace pm::reporters {

namespace {

// FNV-1a, 64 bits: small, and the same on every platform and every run. Fed in parts, so the
// part shared by several findings is hashed once.
struct Fnv1a64 {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  Fnv1a64& add(std::string_view bytes) {
    for (const char byte : bytes) {
      hash ^= static_cast<unsigned char>(byte);
      hash *= 0x100000001b3ULL;
    }
    return *this;
  }
};

std::string hex_of(std::uint64_t value) {
  constexpr std::string_view hex_digits = "0123456789abcdef";
  std::string hex(16, '0');
  for (int i = 15; i >= 0; --i, value >>= 4)
    hex[static_cast<std::size_t>(i)] = hex_digits[value & 0xF];
  return hex;
}

// Indentation and trailing spaces are not part of what a line says.
std::string_view trimmed(std::string_view text) {
  constexpr std::string_view whitespace = " \t\r\n\v\f";
  const auto first = text.find_first_not_of(whitespace);
  if (first == std::string_view::npos) return {};
  return text.substr(first, text.find_last_not_of(whitespace) - first + 1);
}

std::string_view line_text(const FileResult& result, int line) {
  if (line < 1 || static_cast<std::size_t>(line) > result.source_lines.size()) return {};
  return result.source_lines[static_cast<std::size_t>(line - 1)];
}

}  // namespace

// One fingerprint per diagnostic, in the same nesting as `results`. Identical findings on
// identical lines of a file are told apart by an occurrence counter, in order of appearance.
std::vector<std::vector<std::string>> line_hash_fingerprints(
    const std::vector<FileResult>& results) {
  // Counted by the hash of what the finding is about: rule, file and trimmed line text.
  std::map<std::uint64_t, int> occurrences;
  std::vector<std::vector<std::string>> fingerprints;
  for (const FileResult& result : results) {
    auto& file_fingerprints = fingerprints.emplace_back();
    // A long line with thousands of findings is hashed once per rule, not once per finding.
    std::map<std::pair<std::string, int>, Fnv1a64> about;
    for (const Diagnostic& diagnostic : result.diagnostics) {
      const int line = diagnostic.range.begin.line;
      auto [found, fresh] = about.try_emplace({diagnostic.rule, line});
      // NULs keep the parts apart: no rule, path or line text contains one.
      constexpr std::string_view separator{"\0", 1};
      if (fresh) {
        found->second.add(diagnostic.rule).add(separator).add(result.file).add(separator);
        found->second.add(trimmed(line_text(result, line)));
      }
      Fnv1a64 identity = found->second;
      const int occurrence = ++occurrences[identity.hash];
      identity.add(separator).add(std::to_string(occurrence));
      file_fingerprints.push_back(hex_of(identity.hash));
    }
  }
  return fingerprints;
}

}  // namespace pm::reporters
