#pragma once

#include <kainjow/mustache.hpp>

#include "model/parse_document.h"
#include "render/render_options.h"

namespace pm {

// Page ids the report uses for itself; section ids never take them.
extern const std::vector<std::string> kReportPageIds;

// Everything the report template shows, as Mustache data. Text values are plain text for the
// template to escape with {{ }}; only values whose names end in `_html` hold HTML, built and made
// safe here, for {{{ }}}. The keys are listed in templates/report.html.mustache.
kainjow::mustache::data report_data(const ParsedDocument& document, const RenderOptions& options);

}  // namespace pm
