#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pm {

// A line that holds text one of the configured secret patterns matches.
struct SecretFinding {
  int line = 0;
  std::string pattern;  // as configured; the matched text is a secret and is never repeated
};

// Searches `text` line by line for the configuration's site.secret_patterns (ECMAScript regular
// expressions, checked when the configuration was loaded). One finding per line and pattern.
std::vector<SecretFinding> find_secrets(std::string_view text,
                                        const std::vector<std::string>& patterns);

}  // namespace pm
