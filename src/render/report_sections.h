#pragma once

#include <string>
#include <vector>

#include "model/document_view.h"
#include "render/incident_outline.h"
#include "render/markdown_html.h"

namespace pm {

// One piece of a report section: a block of the document as HTML, or the place where a view
// built from the model (the timeline chart and table, the chain of whys, the action table)
// stands in for the blocks it was read from.
struct ReportPart {
  enum class Kind { markdown, timeline, whys, actions };
  Kind kind = Kind::markdown;
  std::string html;  // for markdown parts: safe HTML from MarkdownHtml
};

struct ReportSection {
  std::string id;     // unique in the page
  std::string title;  // plain text, as written
  int level = 2;      // 2 for the incident's sections, 3..6 below
  std::vector<ReportPart> parts;
  std::vector<ReportSection> subsections;  // every level below, in document order (flattened)
};

struct ReportBody {
  std::vector<ReportPart> preamble;  // notes under the title that are not header fields
  std::vector<ReportSection> sections;
};

// The incident's sections as a report shows them, in document order. Each model view is shown
// once, where the first block it was read from stood; the other blocks it was read from are
// left out, and a section left with nothing to show is dropped. `view` is built over the tree of
// a MarkdownHtml, whose blocks are safe to render. `reserved_ids` are ids the page uses itself.
ReportBody report_body(const DocumentView& view, const IncidentOutline& outline,
                       const Incident& incident, const std::vector<std::string>& reserved_ids);

}  // namespace pm
