#include "rules/action_status.h"

#include <algorithm>
#include <array>

#include "model/normalize.h"
#include "text/fold.h"

namespace pm {
namespace {

struct Synonym {
  std::string_view folded;
  ActionStatus status;
};

// Words that say nothing more than the status they stand for. "Blocked", "In Review", "Closed"
// or "Pending" also normalize to a status but say more (or less), so replacing them would lose
// what the author meant.
constexpr std::array<Synonym, 15> kPlainSynonyms{{
    {"done", ActionStatus::done},
    {"complete", ActionStatus::done},
    {"completed", ActionStatus::done},
    {"finished", ActionStatus::done},
    {"fixed", ActionStatus::done},
    {"resolved", ActionStatus::done},
    {"in progress", ActionStatus::in_progress},
    {"work in progress", ActionStatus::in_progress},
    {"wip", ActionStatus::in_progress},
    {"ongoing", ActionStatus::in_progress},
    {"underway", ActionStatus::in_progress},
    {"started", ActionStatus::in_progress},
    {"not started", ActionStatus::not_started},
    {"to do", ActionStatus::not_started},
    {"todo", ActionStatus::not_started},
}};

std::optional<ActionStatus> status_named(std::string_view name) {
  if (name == "done") return ActionStatus::done;
  if (name == "in_progress") return ActionStatus::in_progress;
  if (name == "not_started") return ActionStatus::not_started;
  return std::nullopt;
}

bool is_plain_synonym(std::string_view folded, ActionStatus status) {
  return std::any_of(kPlainSynonyms.begin(), kPlainSynonyms.end(), [&](const Synonym& synonym) {
    return synonym.folded == folded && synonym.status == status;
  });
}

constexpr std::string_view kCross = "\u274C";  // ❌

bool is_task_box(std::string_view text) { return text == "[x]" || text == "[X]" || text == "[ ]"; }

}  // namespace

ActionStatus effective_status(const ActionItem& item,
                              const std::map<std::string, std::string>& status_map) {
  if (!item.status_text.empty()) {
    const auto mapped = status_map.find(fold(item.status_text));
    if (mapped != status_map.end()) {
      if (const auto status = status_named(mapped->second)) return *status;
    }
  }
  return item.status;
}

bool has_written_status(const ActionItem& item) {
  const std::string_view status = trim(item.status_text);
  if (status.empty() || is_task_box(status)) return false;
  // The extractor reads "Done: migrate the queue" as a done item; that word is prose.
  return !std::string_view(item.title).starts_with(status);
}

bool names_vocabulary_entry(std::string_view status, const std::vector<std::string>& vocabulary) {
  const std::string folded = fold(status);
  return std::any_of(vocabulary.begin(), vocabulary.end(), [&](const std::string& entry) {
    const std::string entry_folded = fold(entry);
    if (entry_folded.empty()) return trim(status) == trim(entry);
    return !folded.empty() && starts_with_folded(folded, entry_folded);
  });
}

std::optional<StatusSuggestion> suggest_status_entry(std::string_view status,
                                                     const std::vector<std::string>& vocabulary) {
  const ActionStatus meaning = normalize_action_status(status);
  if (meaning == ActionStatus::unknown) return std::nullopt;
  std::vector<const std::string*> candidates;
  for (const std::string& entry : vocabulary) {
    if (normalize_action_status(entry) == meaning) candidates.push_back(&entry);
  }
  if (candidates.size() != 1) return std::nullopt;
  const std::string& entry = *candidates.front();
  const std::string folded = fold(status);
  // A status of symbols alone ("✅", "🟡") has one meaning, except the cross, which also marks
  // work that was dropped or failed.
  const bool plain_symbol = folded.empty() && status.find(kCross) == std::string_view::npos;
  return StatusSuggestion{entry, plain_symbol || is_plain_synonym(folded, meaning)};
}

}  // namespace pm
