#pragma once

#include <optional>
#include <string>
#include <vector>

#include "model/time_parse.h"
#include "text/decode.h"

namespace pm {

// A `name: value` pair as the document wrote it (front matter, bold field line, field table).
struct MetadataField {
  std::string name;
  std::string value;
  int line = 0;
};

struct Metadata {
  std::optional<CivilDate> date;
  std::string date_text;
  int date_line = 0;
  std::optional<std::string> severity;  // "P0".."P4" where the mapping is clear
  std::string severity_text;
  int severity_line = 0;
  std::string status;  // as written, without emoji and markup
  int status_line = 0;
  std::optional<int> duration_minutes;
  std::string duration_text;
  int duration_line = 0;
  std::vector<std::string> authors;
  std::vector<std::string> reviewers;
  std::vector<std::string> services;
  std::vector<MetadataField> fields;  // every field found, in document order
};

struct Section {
  std::string title;  // as written, inline markup removed
  std::string key;    // canonical key such as "timeline", "action_items"; empty when unknown
  int level = 0;
  int line = 0;
  int end_line = 0;  // last line that belongs to the section, its subsections included
  std::vector<Section> sections;
};

// A point in time; the offset is known only when the document names a zone.
struct Timestamp {
  CivilDate date;
  ClockTime time;
  std::optional<int> utc_offset_minutes;
};

struct TimelineEntry {
  std::string time_text;
  std::optional<Timestamp> timestamp;
  std::optional<Timestamp> end_timestamp;
  std::optional<CivilDate> date;  // the day, also for entries with a date and no time
  std::string event;
  std::string action;
  std::string actor;
  int line = 0;
  bool approximate = false;
  bool invalid = false;
  std::string problem;  // why the time is invalid
};

struct WhyStep {
  std::string question;
  std::string answer;
  int line = 0;
};

enum class ActionStatus { done, in_progress, not_started, unknown };

struct ActionItem {
  std::string id;
  std::string title;
  std::string owner;
  std::optional<CivilDate> deadline;
  std::string deadline_text;
  std::string priority;  // normalized "P0".."P4" where clear, else as written
  std::string priority_text;
  ActionStatus status = ActionStatus::unknown;
  std::string status_text;
  std::vector<std::string> tickets;
  int line = 0;
};

struct SignoffEntry {
  std::string role;
  std::string name;
  std::string date;
  bool is_signed = false;
  int line = 0;
};

// A moment of the incident's life, from a metadata field or recognised in the timeline.
struct IncidentMoment {
  Timestamp timestamp;
  int line = 0;
  enum class Source { metadata, timeline };
  Source source = Source::metadata;
};

struct IncidentMoments {
  std::optional<IncidentMoment> started;
  std::optional<IncidentMoment> detected;
  std::optional<IncidentMoment> mitigated;
  std::optional<IncidentMoment> resolved;
};

struct Incident {
  std::string file;
  std::string title;
  int title_line = 0;
  Metadata metadata;
  std::vector<Section> sections;
  std::vector<TimelineEntry> timeline;
  IncidentMoments moments;
  std::vector<WhyStep> five_whys;
  std::string root_cause;
  int root_cause_line = 0;
  std::vector<std::string> contributing_factors;
  std::vector<ActionItem> action_items;
  std::vector<SignoffEntry> signoff;
  std::vector<Repair> repairs;
};

const char* to_string(ActionStatus status);

}  // namespace pm
