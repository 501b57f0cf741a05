#pragma once

#include <map>
#include <string>

#include "model/document_view.h"
#include "model/incident.h"
#include "template/template_spec.h"
#include "text/line_table.h"

namespace pm {

// Action-item table rows with their status and priority cells in the template's vocabulary,
// where the meaning is certain ("done" and "Done" as "🟢 Done", "High" as "P1" when the template
// lists "P1"), keyed by line number. Rows already in the vocabulary, list items and cells that say
// more than the value ("Done in #412", "Blocked") are left alone.
std::map<int, std::string> action_rows_in_vocabulary(const DocumentView& view,
                                                     const Incident& incident,
                                                     const LineTable& lines,
                                                     const TemplateSpec& spec);

}  // namespace pm
