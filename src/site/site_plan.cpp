#include "site/site_plan.h"

#include <algorithm>
#include <set>
#include <tuple>

#include "author/slug.h"
#include "text/fold.h"

namespace pm {
namespace {

bool newer_first(const Incident* a, const Incident* b) {
  const auto& date_a = a->metadata.date;
  const auto& date_b = b->metadata.date;
  if (date_a.has_value() != date_b.has_value()) return date_a.has_value();
  if (date_a && date_b && *date_a != *date_b) return *date_a > *date_b;
  return std::tie(a->title, a->file) < std::tie(b->title, b->file);
}

std::string base_name(const Incident& incident) {
  const std::string date = incident.metadata.date && incident.metadata.date->year > 0
                               ? format_iso_date(*incident.metadata.date)
                               : "undated";
  return date + "-" + slug_of(incident.title);
}

}  // namespace

bool is_published(const Incident& incident) {
  return fold(incident.metadata.status) == "published";
}

std::vector<SitePage> plan_site_pages(const std::vector<const Incident*>& incidents) {
  std::vector<const Incident*> ordered = incidents;
  std::stable_sort(ordered.begin(), ordered.end(), newer_first);
  std::vector<SitePage> pages;
  std::set<std::string> taken{"index.html", "actions.html"};
  for (const Incident* incident : ordered) {
    const std::string base = base_name(*incident);
    std::string name = base + ".html";
    for (int n = 2; taken.count(name); ++n) name = base + "-" + std::to_string(n) + ".html";
    taken.insert(name);
    pages.push_back(SitePage{incident, name});
  }
  return pages;
}

}  // namespace pm
