#include "lint/suppressions.h"

#include <climits>
#include <map>
#include <sstream>

#include "rules/rule.h"
#include "text/fold.h"

namespace pm {
namespace {

struct Directive {
  std::string verb;  // "disable", "enable", "disable-next-line"
  std::vector<std::string> rules;  // IDs; empty for all
};

std::vector<Directive> directives_on(std::string_view line) {
  std::vector<Directive> found;
  for (std::size_t open = line.find("<!--"); open != std::string_view::npos; open = line.find("<!--", open + 4)) {
    const std::size_t close = line.find("-->", open + 4);
    if (close == std::string_view::npos) break;
    std::istringstream words{std::string(line.substr(open + 4, close - open - 4))};
    std::string word;
    if (!(words >> word) || word.rfind("postmortem-", 0) != 0) continue;
    Directive directive{word.substr(11), {}};
    if (directive.verb != "disable" && directive.verb != "enable" && directive.verb != "disable-next-line") continue;
    while (words >> word) {
      if (!word.empty() && word.back() == ',') word.pop_back();
      const RuleInfo* rule = find_rule(word);
      directive.rules.push_back(rule ? std::string(rule->id) : word);
    }
    found.push_back(std::move(directive));
  }
  return found;
}

}  // namespace

Suppressions Suppressions::read(const LineTable& lines) {
  Suppressions suppressions;
  std::map<std::string, int> open_since;  // rule -> first line disabled
  for (int number = 1; number <= lines.line_count(); ++number) {
    const std::string_view line = lines.line(number);
    if (line.find("postmortem-") == std::string_view::npos) continue;
    for (const auto& directive : directives_on(line)) {
      std::vector<std::string> rules = directive.rules.empty() ? std::vector<std::string>{"*"} : directive.rules;
      for (const auto& rule : rules) {
        if (directive.verb == "disable-next-line") {
          suppressions.spans_.push_back({rule, number + 1, number + 1});
        } else if (directive.verb == "disable") {
          open_since.emplace(rule, number);
        } else if (auto open = open_since.find(rule); open != open_since.end()) {
          suppressions.spans_.push_back({rule, open->second, number});
          open_since.erase(open);
        }
      }
    }
  }
  for (const auto& [rule, first] : open_since) suppressions.spans_.push_back({rule, first, INT_MAX});
  return suppressions;
}

bool Suppressions::suppresses(const Diagnostic& diagnostic) const {
  for (const auto& span : spans_) {
    if ((span.rule == "*" || span.rule == diagnostic.rule) && diagnostic.range.begin.line >= span.first_line &&
        diagnostic.range.begin.line <= span.last_line) {
      return true;
    }
  }
  return false;
}

}  // namespace pm
