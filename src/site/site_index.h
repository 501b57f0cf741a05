#pragma once

#include <string>
#include <variant>
#include <vector>

#include "render/html_report.h"
#include "site/site_entry.h"

namespace pm {

// The site's front page, index.html: the incidents newest first with date, title (linking to
// its page), severity, duration, status and time to resolve, and links to the action-item
// tracker and the feed. Self-contained, with a Content-Security-Policy that forbids scripts.
// `entries` are in the order to show them.
std::variant<std::string, HtmlTemplateError> render_site_index(
    const std::string& site_title, const std::vector<SiteEntry>& entries);

}  // namespace pm
