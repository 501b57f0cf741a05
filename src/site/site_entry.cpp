#include "site/site_entry.h"

#include "model/normalize.h"
#include "render/key_figures.h"
#include "rules/timeline_window.h"
#include "text/fold.h"

namespace pm {
namespace {

// A value still as the template left it ("[XX hours YY minutes]") says nothing to a reader.
std::string shown(std::string_view value) {
  const std::string_view text = trim(value);
  return is_placeholder(text) ? std::string() : std::string(text);
}

std::string severity_class(const std::optional<std::string>& severity) {
  if (!severity) return "neutral";
  if (*severity == "P0" || *severity == "P1") return "critical";
  if (*severity == "P2") return "major";
  return "minor";
}

std::string date_text(const Metadata& metadata) {
  if (metadata.date && metadata.date->year > 0) return format_iso_date(*metadata.date);
  return shown(metadata.date_text);
}

std::string duration_text(const Metadata& metadata) {
  if (metadata.duration_minutes) return human_duration(*metadata.duration_minutes);
  return shown(metadata.duration_text);
}

std::string time_to_resolve(const Incident& incident) {
  for (const KeyFigure& figure : key_figures(incident.moments)) {
    if (figure.name == "Time to resolve") return human_duration(figure.minutes);
  }
  return {};
}

std::string joined(const std::vector<std::string>& names) {
  std::string out;
  for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
  return out;
}

}  // namespace

SiteEntry site_entry(const SitePage& page) {
  const Incident& incident = *page.incident;
  const Metadata& metadata = incident.metadata;
  SiteEntry entry;
  entry.page = page.file_name;
  entry.title = incident.title.empty() ? "Untitled post-mortem" : incident.title;
  entry.date = date_text(metadata);
  entry.severity = metadata.severity.value_or(shown(metadata.severity_text));
  entry.severity_class = severity_class(metadata.severity);
  entry.duration = duration_text(metadata);
  entry.status = shown(metadata.status);
  entry.time_to_resolve = time_to_resolve(incident);
  entry.services = joined(metadata.services);
  return entry;
}

}  // namespace pm
