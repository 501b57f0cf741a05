#pragma once

#include <string>
#include <vector>

#include "markdown/front_matter.h"
#include "model/document_view.h"
#include "model/incident.h"

namespace pm {

// One extractor per part of the incident; each reads the document view and nothing else.

struct TitleAndMetadata {
  std::string title;
  int title_line = 0;
  Metadata metadata;
};
TitleAndMetadata extract_metadata(const DocumentView& view, const FrontMatter& front_matter);

// `incident_date` dates a timeline of bare times; its year also completes dates without one.
std::vector<TimelineEntry> extract_timeline(const DocumentView& view, const std::optional<CivilDate>& incident_date);

struct CauseAnalysis {
  std::vector<WhyStep> five_whys;
  std::string root_cause;
  int root_cause_line = 0;
  std::vector<std::string> contributing_factors;
};
CauseAnalysis extract_cause_analysis(const DocumentView& view);

std::vector<ActionItem> extract_action_items(const DocumentView& view, int year_hint);

std::vector<SignoffEntry> extract_signoff(const DocumentView& view);

// Started, detected, mitigated and resolved: from metadata fields ("started: ...", a date field
// holding a time range) or else from timeline events that say so (an alert firing, a rollback).
IncidentMoments extract_moments(const Metadata& metadata, const std::vector<TimelineEntry>& timeline);

std::vector<Section> extract_sections(const DocumentView& view);

}  // namespace pm
