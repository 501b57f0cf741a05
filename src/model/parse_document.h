#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <variant>

#include "markdown/document.h"
#include "markdown/front_matter.h"
#include "markdown/heading_tree.h"
#include "model/incident.h"
#include "text/decode.h"
#include "text/line_table.h"

namespace pm {

// Every stage's result for one document, kept together so rules and fixes can go back to the
// source. Not movable: the line table and the tree point into the text.
struct ParsedDocument {
  ParsedDocument() = default;
  ParsedDocument(const ParsedDocument&) = delete;
  ParsedDocument& operator=(const ParsedDocument&) = delete;

  DecodedText decoded;
  std::string markdown_text;  // decoded text with the front matter blanked out
  FrontMatter front_matter;
  std::unique_ptr<LineTable> lines;  // over decoded.text
  MarkdownDocument markdown;
  std::unique_ptr<HeadingTree> tree;
  Incident incident;
};

struct ParseFailure {
  DecodeFailure decode;
};

using ParseResult = std::variant<std::unique_ptr<ParsedDocument>, ParseFailure>;

// Decodes, parses and extracts the incident of one file's bytes.
ParseResult parse_document(std::string_view bytes, std::string file_name);

}  // namespace pm
