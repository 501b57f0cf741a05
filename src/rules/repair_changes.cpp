#include "rules/repair_changes.h"

#include <algorithm>

namespace pm {
namespace {

bool is_ascii(char c) { return static_cast<unsigned char>(c) < 0x80; }

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

// Whether a character starts at `at`; the end of the text counts as one.
bool starts_character(std::string_view text, std::size_t at) {
  return at >= text.size() || !is_continuation(text[at]);
}

struct Run {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool ascii = false;
};

// Maximal stretches of ASCII bytes and of other bytes, alternating.
std::vector<Run> runs_of(std::string_view text) {
  std::vector<Run> runs;
  for (std::size_t at = 0; at < text.size();) {
    const bool ascii = is_ascii(text[at]);
    std::size_t end = at;
    while (end < text.size() && is_ascii(text[end]) == ascii) ++end;
    runs.push_back({at, end, ascii});
    at = end;
  }
  return runs;
}

std::string_view slice(std::string_view text, const Run& run) {
  return text.substr(run.begin, run.end - run.begin);
}

bool ascii_lines_up(std::string_view original, const std::vector<Run>& before,
                    std::string_view repaired, const std::vector<Run>& after) {
  if (before.size() != after.size()) return false;
  for (std::size_t index = 0; index < before.size(); ++index) {
    if (before[index].ascii != after[index].ascii) return false;
    if (before[index].ascii && slice(original, before[index]) != slice(repaired, after[index]))
      return false;
  }
  return true;
}

// The single stretch between the longest common start and end, kept to whole characters.
RepairChange middle_change(std::string_view original, std::string_view repaired) {
  std::size_t prefix = 0;
  const std::size_t shorter = std::min(original.size(), repaired.size());
  while (prefix < shorter && original[prefix] == repaired[prefix]) ++prefix;
  while (prefix > 0 && !(starts_character(original, prefix) && starts_character(repaired, prefix)))
    --prefix;
  std::size_t suffix = 0;
  while (suffix < shorter - prefix &&
         original[original.size() - 1 - suffix] == repaired[repaired.size() - 1 - suffix])
    ++suffix;
  // A suffix must start on a character, in both lines.
  while (suffix > 0 && !(starts_character(original, original.size() - suffix) &&
                         starts_character(repaired, repaired.size() - suffix)))
    --suffix;
  return RepairChange{std::string(original.substr(prefix, original.size() - suffix - prefix)),
                      std::string(repaired.substr(prefix, repaired.size() - suffix - prefix)),
                      prefix};
}

}  // namespace

std::vector<RepairChange> repair_changes(std::string_view original, std::string_view repaired) {
  std::vector<RepairChange> changes;
  if (original == repaired) return changes;
  const std::vector<Run> before = runs_of(original);
  const std::vector<Run> after = runs_of(repaired);
  if (!ascii_lines_up(original, before, repaired, after)) {
    changes.push_back(middle_change(original, repaired));
    return changes;
  }
  for (std::size_t index = 0; index < before.size(); ++index) {
    const std::string_view was = slice(original, before[index]);
    const std::string_view now = slice(repaired, after[index]);
    if (was != now) changes.push_back({std::string(was), std::string(now), after[index].begin});
  }
  return changes;
}

}  // namespace pm
