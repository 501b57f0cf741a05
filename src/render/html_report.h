#pragma once

#include <string>
#include <variant>

#include "model/parse_document.h"
#include "render/render_options.h"

namespace pm {

// A Mustache template that cannot be used: unbalanced sections, a bad tag.
struct HtmlTemplateError {
  std::string message;
};

using HtmlReport = std::variant<std::string, HtmlTemplateError>;

// The post-mortem as one self-contained HTML page: inline CSS, no script, no request to anywhere,
// a Content-Security-Policy that forbids scripts. It shows the header (title, severity and status,
// date, duration, people), the key figures, the timeline as a chart on a time axis and a table,
// the whys as a chain ending in the root cause, the action items as a table with overdue ones
// marked, and every other section rendered from its Markdown. Document text is always escaped,
// raw HTML is left out and links to unsafe places are dropped.
HtmlReport render_html_report(const ParsedDocument& document, const RenderOptions& options);

// The built-in template, templates/report.html.mustache.
std::string_view default_html_template();

}  // namespace pm
