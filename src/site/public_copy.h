#pragma once

#include <memory>
#include <string>
#include <variant>
#include <vector>

#include "model/parse_document.h"
#include "site/internal_sections.h"
#include "site/redact_text.h"

namespace pm {

// What `--public` takes out of a post-mortem.
struct PublicRules {
  std::vector<std::string>
      internal_sections;                    // section titles, the config's site.internal_sections
  std::vector<std::string> internal_hosts;  // the config's site.internal_hosts
};

// A post-mortem fit for outside readers, and a record of what was taken out.
struct PublicCopy {
  std::unique_ptr<ParsedDocument> document;
  std::vector<DroppedSection> dropped;
  std::vector<Redaction> redactions;
};

// Drops the internal sections and redacts the rest of the decoded text, then parses that text
// again: every later stage (page, feed, tracker) sees only the public copy, and line numbers
// still match the original since dropped lines are emptied rather than removed.
std::variant<PublicCopy, ParseFailure> make_public_copy(const ParsedDocument& document,
                                                        const PublicRules& rules);

}  // namespace pm
