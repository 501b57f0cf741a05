#pragma once

#include <string>
#include <vector>

#include "model/time_parse.h"
#include "site/site_entry.h"

namespace pm {

// An Atom feed (RFC 4287) of the incidents, feed.xml, with links relative to the site's folder.
// Ids are stable URNs built from the site title and each page's file name, so a reader sees an
// incident once however often the site is rebuilt; an entry's updated time is its incident's
// date (the feed's, the newest of them; `today` when no incident has a date).
std::string render_atom_feed(const std::string& site_title, const std::vector<SiteEntry>& entries,
                             const CivilDate& today);

// "urn:postmortem:incident-history" for the title "Incident history": the title's slug.
std::string feed_id(const std::string& site_title);

}  // namespace pm
