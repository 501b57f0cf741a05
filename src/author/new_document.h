#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>

#include "model/time_parse.h"
#include "template/template_spec.h"

namespace pm {

// What the author knows when starting a post-mortem; everything else stays a placeholder.
struct NewDocumentFacts {
  std::string title;
  CivilDate date;
  std::optional<std::string> severity;  // as the user typed it
  std::optional<std::string> author;    // from git, when there is one
};

struct NewDocumentError {
  std::string message;
};

// The template's text with the title, date, severity, status (Draft) and author filled in.
// A severity outside the template's values is an error naming them.
std::variant<std::string, NewDocumentError> fill_template(std::string_view template_text, const TemplateSpec& spec,
                                                          const NewDocumentFacts& facts);

// "2026-03-14-checkout-outage.md"
std::string new_document_file_name(const NewDocumentFacts& facts);

}  // namespace pm
