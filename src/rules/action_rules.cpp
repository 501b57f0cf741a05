#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "lint/rule_context.h"
#include "model/time_parse.h"
#include "rules/action_status.h"
#include "rules/rule_list.h"
#include "rules/section_match.h"
#include "text/fold.h"

namespace pm {
namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// Titles can be whole sentences; messages only need enough of one to find the item.
std::string short_title(std::string_view title) {
  constexpr std::size_t kLength = 50;
  if (title.size() <= kLength) return std::string(title);
  std::size_t cut = title.rfind(' ', kLength);
  if (cut == std::string_view::npos || cut < kLength / 2) cut = kLength;
  while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
  return std::string(title.substr(0, cut)) + "...";
}

std::string item_name(const ActionItem& item) {
  if (item.title.empty()) return "action item on this line";
  return "action item " + quoted(short_title(item.title));
}

// Values PM009 (placeholder-text) reports already: "[Name]", "TBD", "{{ owner }}". Reporting
// them here too would give the same unfilled cell two errors with one remedy.
bool is_reported_placeholder(std::string_view value) {
  return !find_placeholders(value, TextSpan{0, value.size(), false}, {}).empty();
}

// A row or item that is still the template's: no title, or one made of placeholders only. It is
// unfinished as a whole, which PM009 and PM002 say; its empty cells add nothing to that.
bool is_unfilled(const ActionItem& item) { return fold(text_outside_placeholders(item.title)).empty(); }

// Values that fill a cell without naming anything: "-", "?", "n/a", "none", "unassigned".
bool names_nothing(std::string_view value) {
  constexpr std::array<std::string_view, 12> kEmptyWords{
      "n a",     "na",  "none", "nobody", "no one", "unassigned",
      "unknown", "tbd", "tba",  "tbc",    "todo",   "to be assigned"};
  const std::string folded = fold(value);
  return folded.empty() ||
         std::find(kEmptyWords.begin(), kEmptyWords.end(), folded) != kEmptyWords.end();
}

// ---------------------------------------------------------------------------------------------
// Locating a value on its line

struct CellSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
};

// The trimmed contents of a table row's cells; pipes escaped or inside code spans do not count.
std::vector<CellSpan> table_cells(std::string_view line) {
  std::vector<CellSpan> cells;
  std::size_t start = 0;
  bool in_code = false;
  for (std::size_t at = 0; at <= line.size(); ++at) {
    if (at < line.size()) {
      if (line[at] == '\\' && at + 1 < line.size()) {
        ++at;  // the escaped character is text, even a pipe
        continue;
      }
      if (line[at] == '`') in_code = !in_code;
      if (line[at] != '|' || in_code) continue;
    }
    const std::string_view cell = line.substr(start, at - start);
    const std::string_view trimmed = trim(cell);
    const std::size_t begin = trimmed.empty() ? start : start + (trimmed.data() - cell.data());
    cells.push_back({begin, begin + trimmed.size()});
    start = at + 1;
  }
  return cells;
}

Range columns(int line, std::size_t begin, std::size_t end) {
  return Range{{line, static_cast<int>(begin) + 1}, {line, static_cast<int>(end) + 1}};
}

// Where `value` is written on the item's line: a table cell holding exactly it, or else its last
// occurrence, since details such as "(owner: ?, due: soon)" follow the title.
std::optional<Range> find_value(const RuleContext& ctx, int line, std::string_view value) {
  const std::string_view text = ctx.line(line);
  if (value.empty()) return std::nullopt;
  for (const CellSpan& cell : table_cells(text)) {
    if (text.substr(cell.begin, cell.end - cell.begin) == value)
      return columns(line, cell.begin, cell.end);
  }
  const std::size_t at = text.rfind(value);
  if (at == std::string_view::npos) return std::nullopt;
  return columns(line, at, at + value.size());
}

Range item_range(const RuleContext& ctx, const ActionItem& item) {
  return ctx.find_on_line(item.line, item.title);
}

Range value_or_item_range(const RuleContext& ctx, const ActionItem& item, std::string_view value) {
  return find_value(ctx, item.line, trim(value)).value_or(item_range(ctx, item));
}

// ---------------------------------------------------------------------------------------------
// PM014 action-without-owner

void check_owners(const RuleContext& ctx, DiagnosticSink& sink) {
  for (const ActionItem& item : ctx.incident().action_items) {
    const std::string_view owner = trim(item.owner);
    if (is_unfilled(item) || is_reported_placeholder(owner) || !names_nothing(owner)) continue;
    std::string message = item_name(item) + " has no owner";
    if (!fold(owner).empty()) message += " (" + quoted(owner) + " names nobody)";
    message += "; name the one person or team who will see it through";
    sink.report(owner.empty() ? item_range(ctx, item) : value_or_item_range(ctx, item, owner),
                std::move(message));
  }
}

// ---------------------------------------------------------------------------------------------
// PM015 action-without-deadline

// Why a written deadline cannot be used, or null when it can.
std::optional<std::string> deadline_problem(const ActionItem& item, int year_hint) {
  const std::string_view text = trim(item.deadline_text);
  if (item.deadline) {
    if (item.deadline->year != 0) return std::nullopt;
    return "the deadline " + quoted(text) + " of " + item_name(item) +
           " has no year; write it as YYYY-MM-DD";
  }
  const std::optional<Moment> moment = parse_moment(text, year_hint);
  if (moment && moment->date && !moment->valid && !moment->problem.empty()) {
    std::string_view reason = moment->problem;
    if (const std::size_t colon = reason.find(": "); colon != std::string_view::npos)
      reason.remove_prefix(colon + 2);
    return "the deadline " + quoted(text) + " of " + item_name(item) +
           " is not a valid date: " + std::string(reason);
  }
  return "cannot read the deadline " + quoted(text) + " of " + item_name(item) +
         "; write it as YYYY-MM-DD";
}

void check_deadlines(const RuleContext& ctx, DiagnosticSink& sink) {
  const std::optional<CivilDate>& incident_date = ctx.incident().metadata.date;
  const int year_hint = incident_date ? incident_date->year : 0;
  for (const ActionItem& item : ctx.incident().action_items) {
    // Finished work has nothing left to be late for.
    if (effective_status(item, ctx.options.status_map) == ActionStatus::done) continue;
    const std::string_view text = trim(item.deadline_text);
    if (is_unfilled(item) || is_reported_placeholder(text)) continue;
    if (names_nothing(text) && !item.deadline) {
      sink.report(text.empty() ? item_range(ctx, item) : value_or_item_range(ctx, item, text),
                  item_name(item) + " has no deadline; add the date it is due as YYYY-MM-DD");
    } else if (auto problem = deadline_problem(item, year_hint)) {
      sink.report(value_or_item_range(ctx, item, text), std::move(*problem));
    }
  }
}

// ---------------------------------------------------------------------------------------------
// PM016 action-overdue

// Open for the team: marked as under way or not started, or with no status written at all. A
// status nobody can read ("Deferred") is PM017's to question, not proof the work is late.
bool is_open(const RuleContext& ctx, const ActionItem& item) {
  const ActionStatus status = effective_status(item, ctx.options.status_map);
  if (status == ActionStatus::in_progress || status == ActionStatus::not_started) return true;
  return status == ActionStatus::unknown && trim(item.status_text).empty();
}

std::string status_note(const ActionItem& item) {
  const std::string_view status = trim(item.status_text);
  if (status == "[ ]") return " (its box is not ticked)";
  if (!has_written_status(item)) return {};
  return " (status " + quoted(status) + ")";
}

std::string days(long count) { return std::to_string(count) + (count == 1 ? " day" : " days"); }

void check_overdue(const RuleContext& ctx, DiagnosticSink& sink) {
  const CivilDate& today = ctx.options.today;
  if (today.year == 0) return;
  for (const ActionItem& item : ctx.incident().action_items) {
    if (!item.deadline || item.deadline->year == 0 || !is_open(ctx, item)) continue;
    const long late = days_between(*item.deadline, today);
    if (late <= std::max(0, ctx.options.overdue_grace_days)) continue;
    std::string message = item_name(item) + " was due " + format_iso_date(*item.deadline) +
                          " and is not done: " + days(late) + " overdue" + status_note(item) +
                          "; mark it done, or agree on a new deadline and write that in";
    sink.report(value_or_item_range(ctx, item, item.deadline_text), std::move(message));
  }
}

// ---------------------------------------------------------------------------------------------
// PM017 action-status-vocabulary

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : ", ") + value;
  return out;
}

void check_status_vocabulary(const RuleContext& ctx, DiagnosticSink& sink) {
  const std::vector<std::string>& vocabulary = ctx.spec.status_vocabulary;
  if (vocabulary.empty()) return;
  for (const ActionItem& item : ctx.incident().action_items) {
    if (!has_written_status(item)) continue;
    const std::string_view status = trim(item.status_text);
    if (names_vocabulary_entry(status, vocabulary) || is_reported_placeholder(status) ||
        ctx.options.status_map.contains(fold(status)))
      continue;
    std::string message = "status " + quoted(status) + " is not one of " + joined(vocabulary);
    const std::optional<Range> range = find_value(ctx, item.line, status);
    std::vector<Edit> edits;
    if (const auto suggestion = suggest_status_entry(status, vocabulary)) {
      message += "; did you mean " + quoted(suggestion->entry) + "?";
      if (suggestion->certain && range) edits.push_back(Edit{*range, suggestion->entry});
    } else {
      message += "; use one of them, or map it with the option status_map";
    }
    sink.report(range.value_or(item_range(ctx, item)), std::move(message), std::move(edits));
  }
}

}  // namespace

namespace rules {

const RuleInfo kActionOwner{
    "PM014",
    "action-without-owner",
    "An action item has no owner, or an owner such as \"-\" or \"n/a\" that names nobody.",
    "Action items without an owner are the ones that never get done: everyone at the review "
    "agrees they matter and nobody is asked about them afterwards. Put one person or team in the "
    "Owner column (or `owner: @name` after a list item) who will answer for the item until it is "
    "closed. Template placeholders such as `[Name]` are reported by placeholder-text instead.",
    "| # | Action Item | Owner | Deadline | Status |\n"
    "|---|-------------|-------|----------|--------|\n"
    "| 1 | Alert on replica lag | - | 2026-04-30 | 🔴 Not Started |\n",
    "| # | Action Item | Owner | Deadline | Status |\n"
    "|---|-------------|-------|----------|--------|\n"
    "| 1 | Alert on replica lag | Dana Okafor | 2026-04-30 | 🔴 Not Started |\n",
    Severity::error,
    false,
    true,
    check_owners,
};

const RuleInfo kActionDeadline{
    "PM015",
    "action-without-deadline",
    "An open action item has no deadline, or one that cannot be read as a date.",
    "A deadline turns a good intention into a commitment that can be tracked, and only a real "
    "date can be checked for being overdue: \"next sprint\" or \"Q3\" mean something different "
    "to every reader a month later. Give each open item a due date written as YYYY-MM-DD. Items "
    "already done need none.",
    "| # | Action Item | Owner | Deadline | Status |\n"
    "|---|-------------|-------|----------|--------|\n"
    "| 1 | Rotate the leaked API key | Sam Reyes | next sprint | 🟡 In Progress |\n",
    "| # | Action Item | Owner | Deadline | Status |\n"
    "|---|-------------|-------|----------|--------|\n"
    "| 1 | Rotate the leaked API key | Sam Reyes | 2026-04-17 | 🟡 In Progress |\n",
    Severity::error,
    false,
    true,
    check_deadlines,
};

const RuleInfo kActionOverdue{
    "PM016",
    "action-overdue",
    "An action item's deadline has passed and it is not marked done.",
    "A post-mortem is only worth its follow-ups; an item past its deadline is either finished and "
    "not recorded, or slipping without anyone having decided so. Mark it done, or agree on a new "
    "deadline and write it in. `--today` sets the date checked against, and the option "
    "`overdue_grace_days` allows some days of slack.",
    "| # | Action Item | Owner | Deadline | Status |\n"
    "|---|-------------|-------|----------|--------|\n"
    "| 1 | Add a canary stage to deploys | Lin Park | 2026-02-01 | 🟡 In Progress |\n",
    "| # | Action Item | Owner | Deadline | Status |\n"
    "|---|-------------|-------|----------|--------|\n"
    "| 1 | Add a canary stage to deploys | Lin Park | 2026-02-01 | 🟢 Done |\n",
    Severity::warning,
    false,
    false,
    check_overdue,
};

const RuleInfo kActionStatus{
    "PM017",
    "action-status-vocabulary",
    "An action item's status is not one of the statuses the template allows.",
    "Statuses are counted across post-mortems (how many follow-ups are still open, how many "
    "slipped), which only works when everyone uses the same few words. Use a status from the "
    "template's action table; when the meaning is plain (\"Completed\" for \"🟢 Done\") the fix "
    "replaces it. A team's own words can be mapped with the option `status_map`.",
    "| # | Action Item | Owner | Deadline | Status |\n"
    "|---|-------------|-------|----------|--------|\n"
    "| 1 | Cap retries in the SDK | Ivo Brandt | 2026-05-02 | Completed |\n",
    "| # | Action Item | Owner | Deadline | Status |\n"
    "|---|-------------|-------|----------|--------|\n"
    "| 1 | Cap retries in the SDK | Ivo Brandt | 2026-05-02 | 🟢 Done |\n",
    Severity::warning,
    true,
    false,
    check_status_vocabulary,
};

}  // namespace rules
}  // namespace pm
