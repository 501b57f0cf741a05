#pragma once

#include <map>
#include <string>

#include "model/time_parse.h"

namespace pm {

// How an HTML report is made.
struct RenderOptions {
  std::string
      html_template;  // Mustache source; empty for the built-in templates/report.html.mustache
  CivilDate today;    // open action items due before it are marked overdue; year 0 marks none
  int overdue_grace_days = 0;
  std::map<std::string, std::string>
      status_map;  // folded status -> done | in_progress | not_started
};

}  // namespace pm
