#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "model/incident.h"

// How an action item's status reads against the team's status map and the template's status
// vocabulary. Shared by the action rules so that "done" means the same to all of them.
namespace pm {

// The status the item has for the team: a value of `status_map` (folded status -> done,
// in_progress, not_started) wins over the built-in words the extractor knows.
ActionStatus effective_status(const ActionItem& item,
                              const std::map<std::string, std::string>& status_map);

// Whether the status was written as a value in its own right (a Status cell or a "status:"
// detail), rather than taken from a task box or from the first word of the item's text.
bool has_written_status(const ActionItem& item);

// True when the status names an entry of the vocabulary: the same words once emoji, markup and
// punctuation are ignored ("Done ✅" names "🟢 Done"), possibly followed by more ("Done in
// #412"). Entries made only of emoji compare as written.
bool names_vocabulary_entry(std::string_view status, const std::vector<std::string>& vocabulary);

struct StatusSuggestion {
  std::string entry;     // the vocabulary entry as the template writes it
  bool certain = false;  // the status means exactly that entry: safe to replace it
};

// The vocabulary entry that a status outside the vocabulary means, when exactly one entry has
// the same meaning. Plain synonyms ("Completed" for "🟢 Done") and a status symbol alone ("✅")
// are certain; words that add something ("Blocked", "In Review") and "❌" only give a hint.
std::optional<StatusSuggestion> suggest_status_entry(std::string_view status,
                                                     const std::vector<std::string>& vocabulary);

}  // namespace pm
