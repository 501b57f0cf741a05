#pragma once

#include <string>

#include "site/site_plan.h"

namespace pm {

// What the index and the feed say about one incident, as plain text (empty when unknown).
struct SiteEntry {
  std::string page;  // the incident page's file name
  std::string title;
  std::string date;  // YYYY-MM-DD, or the date as written when it is not a complete date
  std::string severity;
  std::string severity_class;  // critical | major | minor | neutral, for the index's colours
  std::string duration;        // "2 hours 5 minutes"
  std::string status;
  std::string time_to_resolve;  // from the key figures
  std::string services;         // "payments, ledger"
};

SiteEntry site_entry(const SitePage& page);

}  // namespace pm
