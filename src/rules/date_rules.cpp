#include <algorithm>
#include <cctype>
#include <optional>
#include <string>

#include "lint/rule_context.h"
#include "model/time_parse.h"
#include "rules/rule_list.h"
#include "rules/section_match.h"
#include "text/fold.h"

namespace pm {
namespace {

bool has_letter(std::string_view text) {
  return std::any_of(text.begin(), text.end(), [](char c) { return std::isalpha(static_cast<unsigned char>(c)); });
}

bool is_iso_date(std::string_view text) {
  if (text.size() != 10 || text[4] != '-' || text[7] != '-') return false;
  for (std::size_t at : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
    if (!std::isdigit(static_cast<unsigned char>(text[at]))) return false;
  }
  return true;
}

// A date only in digits is certain when the year comes first ("2026/03/14"); "03/04/2026" is
// March in the US and April in Europe, so it stays as written.
bool starts_with_year(std::string_view text) {
  return text.size() >= 5 && std::all_of(text.begin(), text.begin() + 4,
                                         [](char c) { return std::isdigit(static_cast<unsigned char>(c)); });
}

// The ISO spelling of `text` when the date is certain and written otherwise.
std::optional<std::string> iso_rewrite(std::string_view text) {
  text = trim(text);
  if (text.empty() || is_iso_date(text)) return std::nullopt;
  const std::optional<CivilDate> date = parse_date(text);
  if (!date || date->year == 0 || !is_valid_date(*date)) return std::nullopt;
  // Dates that already contain the ISO form ("Sat, 2026-03-14") are left with their weekday.
  if (text.find(format_iso_date(*date)) != std::string_view::npos) return std::nullopt;
  if (!has_letter(text) && !starts_with_year(text)) return std::nullopt;
  return format_iso_date(*date);
}

void report_rewrite(const RuleContext& ctx, DiagnosticSink& sink, int line, std::string_view text,
                    std::string_view what) {
  // Comments (a lint suppression, a fixture marker) are not part of the date.
  const std::string uncommented = without_comments(text);
  const std::string_view value = trim(uncommented);
  const auto iso = iso_rewrite(value);
  if (!iso || line <= 0) return;
  const Range range = ctx.find_on_line(line, value);
  const bool found = range != ctx.line_range(line) || ctx.line(line) == value;
  std::vector<Edit> edits;
  if (found) edits.push_back(Edit{range, *iso});
  sink.report(range, std::string(what) + " \"" + std::string(value) + "\" is clearer as " + *iso +
                         ", the one form every reader and tool reads the same way",
              std::move(edits));
}

void check_date_format(const RuleContext& ctx, DiagnosticSink& sink) {
  const Incident& incident = ctx.incident();
  // A date taken from the title is part of the title's wording, not a field to rewrite.
  if (incident.metadata.date_line != incident.title_line) {
    report_rewrite(ctx, sink, incident.metadata.date_line, incident.metadata.date_text, "the date");
  }
  for (const ActionItem& item : incident.action_items) {
    if (item.deadline) report_rewrite(ctx, sink, item.line, item.deadline_text, "the deadline");
  }
}

}  // namespace

namespace rules {

const RuleInfo kDateFormat{
    "PM027",
    "date-format",
    "A date is written in a form other than YYYY-MM-DD.",
    "\"March 14, 2026\", \"14 Mar 2026\" and \"2026/03/14\" all name the same day, but only the ISO "
    "form sorts correctly, reads the same in every country and is what dashboards and the action "
    "tracker expect. The fix rewrites the incident date and action-item deadlines when the day is "
    "certain; all-digit dates such as 03/04/2026, which mean different days in different "
    "countries, are left for the author.",
    "**Date**: March 14, 2026\n",
    "**Date**: 2026-03-14\n",
    Severity::info,
    true,
    false,
    check_date_format,
};

}  // namespace rules
}  // namespace pm
