#include "site/site_index.h"

#include <kainjow/mustache.hpp>

#include "render/html_escape.h"
#include "support/embedded_files.h"

namespace pm {
namespace {

using kainjow::mustache::data;
using kainjow::mustache::list;

data entry_data(const SiteEntry& entry) {
  data row;
  row.set("page", entry.page);
  row.set("title", entry.title);
  row.set("date", entry.date);
  // A section tag shows any string, even an empty one, so optional values are left unset.
  if (!entry.severity.empty()) row.set("severity", entry.severity);
  row.set("severity_class", entry.severity_class);
  row.set("duration", entry.duration);
  row.set("status", entry.status);
  row.set("time_to_resolve", entry.time_to_resolve);
  if (!entry.services.empty()) row.set("services", entry.services);
  return row;
}

}  // namespace

std::variant<std::string, HtmlTemplateError> render_site_index(
    const std::string& site_title, const std::vector<SiteEntry>& entries) {
  const auto source = find_embedded_file("templates/site_index.html.mustache");
  if (!source) return HtmlTemplateError{"templates/site_index.html.mustache is not built in"};
  kainjow::mustache::mustache page{std::string(*source)};
  if (!page.is_valid()) return HtmlTemplateError{page.error_message()};
  data rows = list();
  for (const SiteEntry& entry : entries) rows.push_back(entry_data(entry));
  data values;
  values.set("site_title", site_title);
  values.set("count",
             std::to_string(entries.size()) + (entries.size() == 1 ? " incident" : " incidents"));
  values.set("has_entries", !entries.empty());
  values.set("entries", rows);
  std::string html = page.render(values);
  if (!page.is_valid()) return HtmlTemplateError{page.error_message()};
  return replace_forbidden_characters(html);
}

}  // namespace pm
