#include <algorithm>
#include <array>
#include <optional>
#include <string>
#include <vector>

#include "lint/rule_context.h"
#include "model/normalize.h"
#include "model/time_parse.h"
#include "rules/rule_list.h"
#include "rules/section_match.h"
#include "text/fold.h"

namespace pm {
namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// Field names that mean the same field; the first of each group stands for the group. The
// spellings are those the metadata extractor reads, so a field the model understood is never
// reported missing.
constexpr std::array<std::array<std::string_view, 7>, 7> kFieldAliases{{
    {"date", "incident date", "date of incident", "incident start date"},
    {"severity", "sev", "severity level", "incident severity"},
    {"status", "incident status", "document status", "postmortem status"},
    {"duration", "total duration", "outage duration", "incident duration"},
    {"authors", "author", "created by", "written by", "prepared by"},
    {"reviewers", "reviewer", "reviewed by", "approvers"},
    {"services", "service", "services impacted", "affected services", "impacted services",
     "systems affected", "components"},
}};

std::string field_key(std::string_view name) {
  std::string folded = fold(name);
  if (folded.empty()) return folded;
  for (const auto& group : kFieldAliases) {
    if (std::find(group.begin(), group.end(), folded) != group.end())
      return std::string(group.front());
  }
  return folded;
}

bool same_field(std::string_view a, std::string_view b) { return field_key(a) == field_key(b); }

std::vector<const MetadataField*> fields_named(const RuleContext& ctx, std::string_view name) {
  std::vector<const MetadataField*> found;
  for (const auto& field : ctx.incident().metadata.fields) {
    if (same_field(field.name, name)) found.push_back(&field);
  }
  return found;
}

// The value as the author meant it: comments (such as lint suppressions) and spaces dropped.
std::string clean_value(const MetadataField& field) {
  return std::string(trim(without_comments(field.value)));
}

// Values still holding template placeholders are PM009's to report.
bool holds_placeholder(std::string_view value) {
  if (is_placeholder(value)) return true;
  return !find_placeholders(value, TextSpan{0, value.size(), false}, {}).empty();
}

// `text` within the field's value on its line: after the field's name, so a value that repeats
// the name still points at the value. Null when the line does not show it as written.
std::optional<Range> value_range(const RuleContext& ctx, const MetadataField& field,
                                 std::string_view text) {
  const std::string_view line = ctx.line(field.line);
  if (text.empty()) return std::nullopt;
  const std::size_t name_at = line.find(field.name);
  const std::size_t from = name_at == std::string_view::npos ? 0 : name_at + field.name.size();
  const std::size_t found = line.find(text, from);
  if (found == std::string_view::npos) return std::nullopt;
  const int column = static_cast<int>(found) + 1;
  return Range{{field.line, column}, {field.line, column + static_cast<int>(text.size())}};
}

Range value_or_line_range(const RuleContext& ctx, const MetadataField& field,
                          std::string_view text) {
  return value_range(ctx, field, text).value_or(ctx.line_range(field.line));
}

Range title_range(const RuleContext& ctx) {
  const Incident& incident = ctx.incident();
  if (incident.title_line > 0) return ctx.find_on_line(incident.title_line, incident.title);
  return ctx.line_range(1);
}

// ---------------------------------------------------------------------------------------------
// PM005 missing-field

void check_missing_fields(const RuleContext& ctx, DiagnosticSink& sink) {
  for (const FieldSpec& spec : ctx.spec.fields) {
    const std::vector<const MetadataField*> found = fields_named(ctx, spec.name);
    const bool has_value = std::any_of(found.begin(), found.end(), [](const MetadataField* field) {
      return !clean_value(*field).empty();
    });
    if (has_value) continue;
    const std::string example = "**" + spec.name + "**: " + spec.placeholder;
    if (!found.empty()) {
      const MetadataField& empty = *found.front();
      sink.report(ctx.find_on_line(empty.line, empty.name),
                  "field " + quoted(spec.name) + " has no value; the template asks for " + example);
    } else {
      sink.report(title_range(ctx),
                  "missing field " + quoted(spec.name) + "; add " + example + " below the title");
    }
  }
}

// ---------------------------------------------------------------------------------------------
// PM006 field-vocabulary

struct Suggestion {
  std::string value;     // the vocabulary entry as the template writes it
  bool certain = false;  // normalization found exactly this entry: safe to replace
};

// "P1 (High)" and "Published on 2026-03-02" name a vocabulary entry and add to it.
bool is_in_vocabulary(std::string_view value, const std::vector<std::string>& vocabulary) {
  const std::string folded = fold(value);
  return std::any_of(vocabulary.begin(), vocabulary.end(), [&](const std::string& entry) {
    const std::string entry_folded = fold(entry);
    if (entry_folded.empty())
      return trim(value) == trim(entry);  // emoji-only entries compare as written
    return folded == entry_folded || starts_with_folded(folded, entry_folded);
  });
}

std::optional<Suggestion> single(const std::vector<std::string>& candidates, bool certain) {
  if (candidates.size() != 1) return std::nullopt;
  return Suggestion{candidates.front(), certain};
}

bool is_severity_field(const FieldSpec& spec) {
  const std::string name = fold(spec.name);
  if (name == "severity" || name == "sev" || starts_with_folded(name, "severity")) return true;
  return std::all_of(spec.values.begin(), spec.values.end(), [](const std::string& entry) {
    return normalize_severity(entry).has_value();
  });
}

// "High" -> "P1" through the team's severity map, else the usual severity words.
std::optional<Suggestion> severity_suggestion(const RuleContext& ctx, const FieldSpec& spec,
                                              std::string_view value) {
  std::optional<std::string> level;
  if (auto mapped = ctx.options.severity_map.find(fold(value));
      mapped != ctx.options.severity_map.end()) {
    level = mapped->second;
  } else {
    level = normalize_severity(value);
  }
  if (!level) return std::nullopt;
  std::vector<std::string> candidates;
  for (const auto& entry : spec.values) {
    if (normalize_severity(entry) == level || fold(entry) == fold(*level))
      candidates.push_back(entry);
  }
  return single(candidates, true);
}

// "pub" -> "Published", "review" -> "In Review": the value starts a word of exactly one entry.
std::optional<Suggestion> abbreviation_suggestion(const FieldSpec& spec, std::string_view value) {
  const std::string folded = fold(value);
  if (folded.size() < 3) return std::nullopt;
  std::vector<std::string> candidates;
  for (const auto& entry : spec.values) {
    const std::string entry_folded = fold(entry);
    const std::size_t found = entry_folded.find(folded);
    if (found != std::string::npos && (found == 0 || entry_folded[found - 1] == ' '))
      candidates.push_back(entry);
  }
  return single(candidates, true);
}

std::size_t edit_distance(std::string_view a, std::string_view b) {
  std::vector<std::size_t> row(b.size() + 1);
  for (std::size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (std::size_t i = 1; i <= a.size(); ++i) {
    std::size_t diagonal = row[0];
    row[0] = i;
    for (std::size_t j = 1; j <= b.size(); ++j) {
      const std::size_t above = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diagonal = above;
    }
  }
  return row[b.size()];
}

// "Publsihed" -> "Published": a guess, so it is only ever a hint.
std::optional<Suggestion> spelling_suggestion(const FieldSpec& spec, std::string_view value) {
  const std::string folded = fold(value);
  std::size_t best = std::string::npos;
  std::vector<std::string> candidates;
  for (const auto& entry : spec.values) {
    const std::string entry_folded = fold(entry);
    const std::size_t distance = edit_distance(folded, entry_folded);
    if (distance > std::max<std::size_t>(1, entry_folded.size() / 3)) continue;
    if (distance < best) candidates.clear(), best = distance;
    if (distance == best) candidates.push_back(entry);
  }
  return single(candidates, false);
}

std::optional<Suggestion> suggest_entry(const RuleContext& ctx, const FieldSpec& spec,
                                        std::string_view value) {
  if (is_severity_field(spec)) {
    if (auto suggestion = severity_suggestion(ctx, spec, value)) return suggestion;
  }
  if (auto suggestion = abbreviation_suggestion(spec, value)) return suggestion;
  return spelling_suggestion(spec, value);
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : ", ") + value;
  return out;
}

void check_field_value_in_vocabulary(const RuleContext& ctx, const FieldSpec& spec,
                                     const MetadataField& field, DiagnosticSink& sink) {
  const std::string value = clean_value(field);
  if (value.empty() || holds_placeholder(value)) return;
  const std::string core = strip_symbols(value);
  if (is_in_vocabulary(value, spec.values) ||
      (!core.empty() && is_in_vocabulary(core, spec.values)))
    return;
  const std::string shown = core.empty() ? value : core;
  std::string message = spec.name + " " + quoted(shown) + " is not one of " + joined(spec.values);
  std::vector<Edit> edits;
  const std::optional<Range> range = value_range(ctx, field, shown);
  if (const std::optional<Suggestion> suggestion = suggest_entry(ctx, spec, shown)) {
    message += "; did you mean " + quoted(suggestion->value) + "?";
    if (suggestion->certain && range) edits.push_back(Edit{*range, suggestion->value});
  }
  sink.report(range.value_or(ctx.line_range(field.line)), std::move(message), std::move(edits));
}

void check_field_vocabulary(const RuleContext& ctx, DiagnosticSink& sink) {
  for (const FieldSpec& spec : ctx.spec.fields) {
    if (spec.type != FieldSpec::Type::enumeration || spec.values.empty()) continue;
    for (const MetadataField* field : fields_named(ctx, spec.name))
      check_field_value_in_vocabulary(ctx, spec, *field, sink);
  }
}

// ---------------------------------------------------------------------------------------------
// PM029 vocabulary-spelling

// The entry `value` names when case, emoji and punctuation are ignored, if it is written otherwise.
std::optional<std::string> respelled_entry(std::string_view value, const std::vector<std::string>& vocabulary) {
  if (value.empty()) return std::nullopt;
  if (std::find(vocabulary.begin(), vocabulary.end(), value) != vocabulary.end()) return std::nullopt;
  const std::string folded = fold(value);
  std::optional<std::string> found;
  for (const auto& entry : vocabulary) {
    if (fold(entry) != folded) continue;
    if (found) return std::nullopt;  // two entries fold alike: not certain
    found = entry;
  }
  return found;
}

// The one table cell of the line whose text is exactly `text`; null outside tables or when
// the text fills several cells, so a rewrite never lands in the wrong column.
std::optional<Range> cell_range(const RuleContext& ctx, int line_number, std::string_view text) {
  const std::string_view line = ctx.line(line_number);
  if (trim(line).empty() || trim(line).front() != '|') return std::nullopt;
  std::optional<Range> found;
  std::size_t start = line.find('|') + 1;
  while (start <= line.size()) {
    std::size_t end = line.find('|', start);
    if (end == std::string_view::npos) end = line.size();
    const std::string_view cell = line.substr(start, end - start);
    if (trim(cell) == text) {
      if (found) return std::nullopt;
      const int column = static_cast<int>(start + cell.find(text)) + 1;
      found = Range{{line_number, column}, {line_number, column + static_cast<int>(text.size())}};
    }
    start = end + 1;
  }
  return found;
}

void report_respelling(DiagnosticSink& sink, const Range& range, std::string_view what, std::string_view value,
                       const std::string& entry) {
  sink.report(range,
              std::string(what) + " " + quoted(value) + " is the template's " + quoted(entry) +
                  " written another way; the same spelling everywhere keeps reports and searches exact",
              {Edit{range, entry}});
}

void check_vocabulary_spelling(const RuleContext& ctx, DiagnosticSink& sink) {
  for (const FieldSpec& spec : ctx.spec.fields) {
    if (spec.type != FieldSpec::Type::enumeration || spec.values.empty()) continue;
    for (const MetadataField* field : fields_named(ctx, spec.name)) {
      const std::string value = clean_value(*field);
      const auto entry = respelled_entry(value, spec.values);
      const auto range = entry ? value_range(ctx, *field, value) : std::nullopt;
      if (range) report_respelling(sink, *range, spec.name, value, *entry);
    }
  }
  for (const ActionItem& item : ctx.incident().action_items) {
    const std::string status(trim(item.status_text));
    const auto entry = respelled_entry(status, ctx.spec.status_vocabulary);
    const auto range = entry ? cell_range(ctx, item.line, status) : std::nullopt;
    if (range) report_respelling(sink, *range, "status", status, *entry);
  }
}

// ---------------------------------------------------------------------------------------------
// PM007 unparseable-date, PM008 unparseable-duration

// Document fields of a kind: those the template types so, and those named like `named` (or an
// alias of it) whatever the template says.
std::vector<const MetadataField*> typed_fields(const RuleContext& ctx, FieldSpec::Type type,
                                               std::string_view named) {
  std::vector<const MetadataField*> found;
  for (const auto& field : ctx.incident().metadata.fields) {
    bool typed = same_field(field.name, named);
    for (const FieldSpec& spec : ctx.spec.fields)
      typed = typed || (spec.type == type && same_field(spec.name, field.name));
    if (typed) found.push_back(&field);
  }
  return found;
}

// Why the value is not a usable date, or null when it is one.
std::optional<std::string> date_problem(std::string_view value) {
  std::optional<Moment> moment = parse_moment(value);
  if (!moment || !moment->date) {
    if (auto leading = match_leading_moment(value)) moment = leading->moment;
  }
  if (!moment || !moment->date)
    return "cannot read the date " + quoted(value) + "; write it as YYYY-MM-DD";
  if (!moment->valid) {
    // The parser names the text it rejects first: "2026-02-30: February 2026 has no day 30".
    std::string_view reason = moment->problem;
    if (const std::size_t colon = reason.find(": "); colon != std::string_view::npos)
      reason.remove_prefix(colon + 2);
    return "the date " + quoted(value) + " is not valid: " + std::string(reason);
  }
  if (moment->date->year == 0)
    return "the date " + quoted(value) + " has no year; write it as YYYY-MM-DD";
  return std::nullopt;
}

void check_dates(const RuleContext& ctx, DiagnosticSink& sink) {
  for (const MetadataField* field : typed_fields(ctx, FieldSpec::Type::date, "date")) {
    const std::string value = clean_value(*field);
    if (value.empty() || holds_placeholder(value)) continue;
    if (auto problem = date_problem(value))
      sink.report(value_or_line_range(ctx, *field, value), std::move(*problem));
  }
}

void check_durations(const RuleContext& ctx, DiagnosticSink& sink) {
  for (const MetadataField* field : typed_fields(ctx, FieldSpec::Type::duration, "duration")) {
    const std::string value = clean_value(*field);
    if (value.empty() || holds_placeholder(value) || parse_duration_minutes(value)) continue;
    sink.report(value_or_line_range(ctx, *field, value),
                "cannot read the duration " + quoted(value) +
                    "; write it like \"2 hours 5 minutes\" or \"47 minutes\"");
  }
}

}  // namespace

namespace rules {

const RuleInfo kMissingField{
    "PM005",
    "missing-field",
    "A metadata field the template asks for is missing or empty.",
    "The header fields (date, severity, status, authors, ...) are what incident reviews, "
    "dashboards and searches are built on; a post-mortem without a severity or a date cannot be "
    "counted or found. Add the field below the title in the template's form, for example "
    "`**Severity**: P2`.",
    "# Post-Mortem: Checkout errors\n\n**Date**: 2026-03-14\n**Status**: Draft\n",
    "# Post-Mortem: Checkout errors\n\n**Date**: 2026-03-14\n**Severity**: P2\n**Status**: Draft\n",
    Severity::error,
    false,
    true,
    check_missing_fields,
};

const RuleInfo kFieldVocabulary{
    "PM006",
    "field-vocabulary",
    "A field's value is not one of the values the template allows.",
    "Fields such as Severity and Status are compared and counted across post-mortems, so they "
    "only work with a shared vocabulary: \"High\", \"sev-1\" and \"P1\" would be three different "
    "severities in a report. Use one of the template's values; when the intended value is certain "
    "the fix replaces it.",
    "**Severity**: HIGH\n**Status**: Final\n",
    "**Severity**: P1\n**Status**: Published\n",
    Severity::warning,
    true,
    false,
    check_field_vocabulary,
};

const RuleInfo kUnparseableDate{
    "PM007",
    "unparseable-date",
    "A date field holds something that cannot be read as a date.",
    "The incident date anchors the timeline, the incident window and every action item deadline; "
    "when it cannot be read, those checks have nothing to compare against and readers in other "
    "time zones or years have to guess. Write the date as YYYY-MM-DD.",
    "**Date**: last Tuesday\n",
    "**Date**: 2026-03-10\n",
    Severity::error,
    false,
    false,
    check_dates,
};

const RuleInfo kUnparseableDuration{
    "PM008",
    "unparseable-duration",
    "A duration field holds something that cannot be read as a length of time.",
    "How long users were affected is one of the first things readers look for, and durations are "
    "summed across incidents to track reliability. Write the duration with units, such as \"2 "
    "hours 5 minutes\", \"47 minutes\" or \"3h 10m\".",
    "**Duration**: most of the morning\n",
    "**Duration**: 3 hours 40 minutes\n",
    Severity::warning,
    false,
    false,
    check_durations,
};

const RuleInfo kVocabularySpelling{
    "PM029",
    "vocabulary-spelling",
    "A severity, status or action status is a template value written with other capitals or emoji.",
    "\"p1\" and \"P1\", or \"done\" and \"🟢 Done\", mean the same, so nothing is wrong, but "
    "reports, trackers and a plain text search across the docs repo only line up when every "
    "post-mortem spells the value the template's way. The fix rewrites the value to the template's "
    "spelling; values that are not the template's at all are PM006's and PM017's to report.",
    "**Severity**: p1\n\n| Action | Owner | Status |\n|---|---|---|\n| Add retries | Ana Ruiz | done |\n",
    "**Severity**: P1\n\n| Action | Owner | Status |\n|---|---|---|\n| Add retries | Ana Ruiz | 🟢 Done |\n",
    Severity::info,
    true,
    false,
    check_vocabulary_spelling,
};

}  // namespace rules
}  // namespace pm
