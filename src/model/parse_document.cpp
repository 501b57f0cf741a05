#include "model/parse_document.h"

#include "model/document_view.h"
#include "model/extract.h"

namespace pm {
namespace {

Incident extract_incident(const DocumentView& view, const ParsedDocument& document, std::string file_name) {
  Incident incident;
  incident.file = std::move(file_name);
  TitleAndMetadata header = extract_metadata(view, document.front_matter);
  incident.title = std::move(header.title);
  incident.title_line = header.title_line;
  incident.metadata = std::move(header.metadata);
  incident.sections = extract_sections(view);
  incident.timeline = extract_timeline(view, incident.metadata.date);
  incident.moments = extract_moments(incident.metadata, incident.timeline);
  CauseAnalysis cause = extract_cause_analysis(view);
  incident.five_whys = std::move(cause.five_whys);
  incident.root_cause = std::move(cause.root_cause);
  incident.root_cause_line = cause.root_cause_line;
  incident.contributing_factors = std::move(cause.contributing_factors);
  int year_hint = incident.metadata.date ? incident.metadata.date->year : 0;
  incident.action_items = extract_action_items(view, year_hint);
  incident.signoff = extract_signoff(view);
  incident.repairs = document.decoded.repairs;
  return incident;
}

}  // namespace

ParseResult parse_document(std::string_view bytes, std::string file_name) {
  DecodeResult decoded = decode(bytes);
  if (auto* failure = std::get_if<DecodeFailure>(&decoded)) return ParseFailure{std::move(*failure)};
  auto document = std::make_unique<ParsedDocument>();
  document->decoded = std::move(std::get<DecodedText>(decoded));
  document->lines = std::make_unique<LineTable>(document->decoded.text);
  document->markdown_text = document->decoded.text;
  document->front_matter = take_front_matter(document->markdown_text);
  document->markdown = MarkdownDocument::parse(document->markdown_text);
  document->tree = std::make_unique<HeadingTree>(HeadingTree::build(document->markdown, document->lines->line_count()));
  DocumentView view(*document->tree, *document->lines);
  document->incident = extract_incident(view, *document, std::move(file_name));
  return document;
}

}  // namespace pm
