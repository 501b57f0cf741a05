#include "site/atom_feed.h"

#include "author/slug.h"
#include "report/report_parts.h"

namespace pm {
namespace {

using reporters::xml_element_text;

std::string atom_time(const std::string& date) { return date + "T00:00:00Z"; }

// Only a complete YYYY-MM-DD date can be an Atom timestamp.
bool is_iso_date(const std::string& text) {
  const auto date = parse_date(text);
  return text.size() == 10 && date && date->year > 0 && format_iso_date(*date) == text;
}

std::string summary(const SiteEntry& entry) {
  std::string out;
  auto add = [&](const std::string& name, const std::string& value) {
    if (!value.empty()) out += (out.empty() ? "" : "; ") + name + ": " + value;
  };
  add("Severity", entry.severity);
  add("Duration", entry.duration);
  add("Time to resolve", entry.time_to_resolve);
  add("Status", entry.status);
  add("Services", entry.services);
  return out;
}

std::string feed_entry(const std::string& id_base, const SiteEntry& entry,
                       const std::string& fallback_time) {
  std::string xml = "  <entry>\n";
  xml += "    <id>" + xml_element_text(id_base + ":" + entry.page) + "</id>\n";
  xml += "    <title>" + xml_element_text(entry.title) + "</title>\n";
  xml += "    <updated>" + (is_iso_date(entry.date) ? atom_time(entry.date) : fallback_time) +
         "</updated>\n";
  xml += "    <link rel=\"alternate\" type=\"text/html\" href=\"" +
         reporters::xml_attribute_text(entry.page) + "\"/>\n";
  const std::string text = summary(entry);
  if (!text.empty()) xml += "    <summary>" + xml_element_text(text) + "</summary>\n";
  return xml + "  </entry>\n";
}

}  // namespace

std::string feed_id(const std::string& site_title) {
  return "urn:postmortem:" + slug_of(site_title);
}

std::string render_atom_feed(const std::string& site_title, const std::vector<SiteEntry>& entries,
                             const CivilDate& today) {
  const std::string fallback = atom_time(format_iso_date(today));
  std::string updated;
  for (const SiteEntry& entry : entries) {
    if (is_iso_date(entry.date) && atom_time(entry.date) > updated) updated = atom_time(entry.date);
  }
  if (updated.empty()) updated = fallback;
  const std::string id = feed_id(site_title);
  std::string xml = "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n";
  xml += "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n";
  xml += "  <id>" + xml_element_text(id) + "</id>\n";
  xml += "  <title>" + xml_element_text(site_title) + "</title>\n";
  xml += "  <updated>" + updated + "</updated>\n";
  xml += "  <author><name>" + xml_element_text(site_title) + "</name></author>\n";
  xml += "  <link rel=\"alternate\" type=\"text/html\" href=\"index.html\"/>\n";
  xml += "  <link rel=\"self\" type=\"application/atom+xml\" href=\"feed.xml\"/>\n";
  xml += "  <generator>postmortem</generator>\n";
  for (const SiteEntry& entry : entries) xml += feed_entry(id, entry, fallback);
  return xml + "</feed>\n";
}

}  // namespace pm
