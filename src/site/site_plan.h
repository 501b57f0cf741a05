#pragma once

#include <string>
#include <vector>

#include "model/incident.h"

namespace pm {

// Whether the document's status says it may be published ("Published", in any case or markup).
bool is_published(const Incident& incident);

// One incident page of the site: which incident, and the file it is written to.
struct SitePage {
  const Incident* incident = nullptr;
  std::string file_name;  // "2026-03-14-ledgerline-outage.html"; a plain name, never a path
};

// The pages for `incidents`, newest first (undated ones last; ties by title, then source file),
// each named from its date and title as YYYY-MM-DD-slug.html ("undated-slug.html" without a
// date). A name taken by an earlier page gets -2, -3, ... in that order, so the same documents
// always give the same names.
std::vector<SitePage> plan_site_pages(const std::vector<const Incident*>& incidents);

}  // namespace pm
