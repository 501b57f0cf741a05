#include "site/secret_scan.h"

#include <regex>

namespace pm {
namespace {

struct CompiledPattern {
  std::string text;
  std::regex regex;
};

std::vector<CompiledPattern> compile(const std::vector<std::string>& patterns) {
  std::vector<CompiledPattern> compiled;
  for (const auto& pattern : patterns) {
    try {
      compiled.push_back(CompiledPattern{pattern, std::regex(pattern, std::regex::ECMAScript)});
    } catch (const std::regex_error&) {
      // The configuration loader refuses patterns that do not compile; nothing to search with.
    }
  }
  return compiled;
}

}  // namespace

std::vector<SecretFinding> find_secrets(std::string_view text,
                                        const std::vector<std::string>& patterns) {
  const auto compiled = compile(patterns);
  std::vector<SecretFinding> findings;
  if (compiled.empty()) return findings;
  int number = 1;
  for (std::size_t start = 0; start <= text.size(); ++number) {
    std::size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    const std::string_view line = text.substr(start, end - start);
    for (const auto& pattern : compiled) {
      bool found = false;
      try {
        found = std::regex_search(line.begin(), line.end(), pattern.regex);
      } catch (const std::regex_error&) {
        found = true;  // a line too complex to search cannot be shown to be clean
      }
      if (found) findings.push_back(SecretFinding{number, pattern.text});
    }
    if (end == text.size()) break;
    start = end + 1;
  }
  return findings;
}

}  // namespace pm
