#include <array>

#include "model/extract.h"
#include "text/fold.h"

namespace pm {
namespace {

enum class MomentKind { started, detected, mitigated, resolved };

std::optional<IncidentMoment>& slot(IncidentMoments& moments, MomentKind kind) {
  switch (kind) {
    case MomentKind::started: return moments.started;
    case MomentKind::detected: return moments.detected;
    case MomentKind::mitigated: return moments.mitigated;
    case MomentKind::resolved: break;
  }
  return moments.resolved;
}

struct NamedMoment {
  std::string_view folded_name;
  MomentKind kind;
};

constexpr std::array<NamedMoment, 20> kFieldNames{{
    {"started", MomentKind::started},       {"start", MomentKind::started},
    {"start time", MomentKind::started},    {"incident start", MomentKind::started},
    {"impact start", MomentKind::started},  {"began", MomentKind::started},
    {"detected", MomentKind::detected},     {"detection", MomentKind::detected},
    {"detected at", MomentKind::detected},  {"detection time", MomentKind::detected},
    {"mitigated", MomentKind::mitigated},   {"mitigation", MomentKind::mitigated},
    {"mitigated at", MomentKind::mitigated}, {"resolved", MomentKind::resolved},
    {"resolved at", MomentKind::resolved},  {"resolution time", MomentKind::resolved},
    {"end", MomentKind::resolved},          {"end time", MomentKind::resolved},
    {"incident end", MomentKind::resolved}, {"ended", MomentKind::resolved},
}};

// Words in a timeline event that mark a moment; the first matching entry wins.
struct EventWords {
  MomentKind kind;
  std::array<std::string_view, 8> words;
};

constexpr std::array<EventWords, 3> kEventWords{{
    {MomentKind::detected, {"alert", "paged", "pages", "detected", "noticed", "reported", "reports", "on call"}},
    {MomentKind::mitigated, {"rollback", "rolled back", "reverted", "revert", "mitigat", "failover", "workaround",
                             "hotfix"}},
    {MomentKind::resolved, {"resolved", "incident closed", "back to normal", "fully recovered", "all clear",
                            "back to baseline", "recovered", "impact ends"}},
}};

bool mentions(const std::string& folded_event, std::string_view word) {
  for (std::size_t at = folded_event.find(word); at != std::string::npos; at = folded_event.find(word, at + 1)) {
    if (at == 0 || folded_event[at - 1] == ' ') return true;
  }
  return false;
}

std::optional<Timestamp> timestamp_of(const Moment& moment, int year_hint, bool end) {
  const auto& date = end && moment.end_date ? moment.end_date : moment.date;
  const auto& time = end ? moment.end_time : moment.time;
  if (!date || !time || !moment.valid) return std::nullopt;
  CivilDate day = *date;
  if (day.year == 0) day.year = year_hint;
  return Timestamp{day, *time, moment.utc_offset_minutes};
}

void read_metadata_moments(const Metadata& metadata, IncidentMoments& moments) {
  const int year_hint = metadata.date ? metadata.date->year : 0;
  for (const auto& field : metadata.fields) {
    const std::string folded = fold(field.name);
    for (const auto& named : kFieldNames) {
      if (folded != named.folded_name || slot(moments, named.kind)) continue;
      if (auto moment = parse_moment(field.value, year_hint)) {
        if (auto timestamp = timestamp_of(*moment, year_hint, false)) {
          slot(moments, named.kind) = IncidentMoment{*timestamp, field.line, IncidentMoment::Source::metadata};
        }
      }
    }
  }
  // "**Incident Date:** 2026-01-02 06:02 - 06:18 UTC" gives the start and the end.
  if (auto moment = parse_moment(metadata.date_text, year_hint); moment && moment->end_time) {
    if (!moments.started) {
      if (auto start = timestamp_of(*moment, year_hint, false)) {
        moments.started = IncidentMoment{*start, metadata.date_line, IncidentMoment::Source::metadata};
      }
    }
    if (!moments.resolved) {
      if (auto end = timestamp_of(*moment, year_hint, true)) {
        moments.resolved = IncidentMoment{*end, metadata.date_line, IncidentMoment::Source::metadata};
      }
    }
  }
}

void read_timeline_moments(const std::vector<TimelineEntry>& timeline, IncidentMoments& moments) {
  const TimelineEntry* first_timed = nullptr;
  for (const auto& entry : timeline) {
    if (!entry.timestamp || entry.timestamp->date.year == 0) continue;
    if (!first_timed) first_timed = &entry;
    const std::string folded = fold(entry.event + " " + entry.action);
    for (const auto& group : kEventWords) {
      auto& target = slot(moments, group.kind);
      if (target) continue;
      for (std::string_view word : group.words) {
        if (!word.empty() && mentions(folded, word)) {
          target = IncidentMoment{*entry.timestamp, entry.line, IncidentMoment::Source::timeline};
          break;
        }
      }
    }
  }
  if (!moments.started && first_timed) {
    moments.started = IncidentMoment{*first_timed->timestamp, first_timed->line, IncidentMoment::Source::timeline};
  }
}

}  // namespace

IncidentMoments extract_moments(const Metadata& metadata, const std::vector<TimelineEntry>& timeline) {
  IncidentMoments moments;
  read_metadata_moments(metadata, moments);
  read_timeline_moments(timeline, moments);
  return moments;
}

}  // namespace pm
