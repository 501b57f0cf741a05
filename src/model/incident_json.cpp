#include "model/incident_json.h"

namespace pm {
namespace {

using Json = nlohmann::ordered_json;

// The JSON promises real calendar dates. An entry written "2026-03-32" keeps that date in the
// model, marked invalid with its problem, but its "date" is null.
Json date_or_null(const std::optional<CivilDate>& date) {
  if (!date || date->year == 0 || !is_valid_date(*date)) return nullptr;
  return format_iso_date(*date);
}

Json timestamp_or_null(const std::optional<Timestamp>& timestamp) {
  if (!timestamp || timestamp->date.year == 0 || !is_valid_date(timestamp->date)) return nullptr;
  return format_iso_timestamp(timestamp->date, timestamp->time, timestamp->utc_offset_minutes);
}

template <typename T>
Json optional_or_null(const std::optional<T>& value) {
  if (!value) return nullptr;
  return *value;
}

Json metadata_json(const Metadata& metadata) {
  Json fields = Json::array();
  for (const auto& field : metadata.fields) {
    fields.push_back({{"name", field.name}, {"value", field.value}, {"line", field.line}});
  }
  return {{"date", date_or_null(metadata.date)},
          {"date_text", metadata.date_text},
          {"severity", optional_or_null(metadata.severity)},
          {"severity_text", metadata.severity_text},
          {"status", metadata.status},
          {"duration_minutes", optional_or_null(metadata.duration_minutes)},
          {"duration_text", metadata.duration_text},
          {"authors", metadata.authors},
          {"reviewers", metadata.reviewers},
          {"services", metadata.services},
          {"fields", fields}};
}

Json sections_json(const std::vector<Section>& sections) {
  Json out = Json::array();
  for (const auto& section : sections) {
    out.push_back({{"title", section.title},
                   {"key", section.key},
                   {"level", section.level},
                   {"line", section.line},
                   {"end_line", section.end_line},
                   {"sections", sections_json(section.sections)}});
  }
  return out;
}

Json timeline_json(const std::vector<TimelineEntry>& timeline) {
  Json out = Json::array();
  for (const auto& entry : timeline) {
    out.push_back({{"time_text", entry.time_text},
                   {"timestamp", timestamp_or_null(entry.timestamp)},
                   {"end_timestamp", timestamp_or_null(entry.end_timestamp)},
                   {"date", date_or_null(entry.date)},
                   {"event", entry.event},
                   {"action", entry.action},
                   {"actor", entry.actor},
                   {"line", entry.line},
                   {"approximate", entry.approximate},
                   {"invalid", entry.invalid},
                   {"problem", entry.problem}});
  }
  return out;
}

Json moment_json(const std::optional<IncidentMoment>& moment) {
  if (!moment || moment->timestamp.date.year == 0) return nullptr;
  return {{"timestamp", timestamp_or_null(moment->timestamp)},
          {"line", moment->line},
          {"source", moment->source == IncidentMoment::Source::metadata ? "metadata" : "timeline"}};
}

Json moments_json(const IncidentMoments& moments) {
  return {{"started", moment_json(moments.started)},
          {"detected", moment_json(moments.detected)},
          {"mitigated", moment_json(moments.mitigated)},
          {"resolved", moment_json(moments.resolved)}};
}

Json action_items_json(const std::vector<ActionItem>& items) {
  Json out = Json::array();
  for (const auto& item : items) {
    out.push_back({{"id", item.id},
                   {"title", item.title},
                   {"owner", item.owner},
                   {"deadline", date_or_null(item.deadline)},
                   {"deadline_text", item.deadline_text},
                   {"priority", item.priority},
                   {"priority_text", item.priority_text},
                   {"status", to_string(item.status)},
                   {"status_text", item.status_text},
                   {"tickets", item.tickets},
                   {"line", item.line}});
  }
  return out;
}

Json whys_json(const std::vector<WhyStep>& whys) {
  Json out = Json::array();
  for (const auto& step : whys) {
    out.push_back({{"question", step.question}, {"answer", step.answer}, {"line", step.line}});
  }
  return out;
}

Json signoff_json(const std::vector<SignoffEntry>& signoff) {
  Json out = Json::array();
  for (const auto& entry : signoff) {
    out.push_back({{"role", entry.role},
                   {"name", entry.name},
                   {"date", entry.date},
                   {"signed", entry.is_signed},
                   {"line", entry.line}});
  }
  return out;
}

Json repairs_json(const std::vector<Repair>& repairs) {
  Json out = Json::array();
  for (const auto& repair : repairs) {
    out.push_back({{"kind", "mojibake"}, {"encoding", repair.encoding}, {"line", repair.line}});
  }
  return out;
}

}  // namespace

nlohmann::ordered_json to_json(const Incident& incident) {
  return {{"schema_version", kIncidentSchemaVersion},
          {"file", incident.file},
          {"title", incident.title},
          {"title_line", incident.title_line},
          {"metadata", metadata_json(incident.metadata)},
          {"sections", sections_json(incident.sections)},
          {"timeline", timeline_json(incident.timeline)},
          {"moments", moments_json(incident.moments)},
          {"five_whys", whys_json(incident.five_whys)},
          {"root_cause", incident.root_cause},
          {"root_cause_line", incident.root_cause_line},
          {"contributing_factors", incident.contributing_factors},
          {"action_items", action_items_json(incident.action_items)},
          {"signoff", signoff_json(incident.signoff)},
          {"repairs", repairs_json(incident.repairs)}};
}

}  // namespace pm
