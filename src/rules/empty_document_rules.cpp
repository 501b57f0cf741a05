#include <algorithm>
#include <string>

#include "lint/rule_context.h"
#include "model/document_body.h"
#include "rules/rule_list.h"

namespace pm {
namespace {

// ---------------------------------------------------------------------------------------------
// PM030 empty-document

void check_empty_document(const RuleContext& ctx, DiagnosticSink& sink) {
  const std::optional<MissingBody> missing = missing_body(ctx.document);
  if (!missing) return;
  const FrontMatter& front_matter = ctx.document.front_matter;
  if (front_matter.format == FrontMatter::Format::none) {
    sink.report(ctx.line_range(1), std::string("the file holds no post-mortem: ") +
                                       (*missing == MissingBody::blank ? "it is empty" : "it holds only comments") +
                                       " (start one with `postmortem new`)");
    return;
  }
  // Below the closing fence, where the body belongs; the fence itself when nothing follows.
  const int line = std::min(front_matter.last_line + 1, ctx.document.lines->line_count());
  sink.report(ctx.line_range(line),
              "the file holds only front matter: the title, sections and timeline are missing");
}

}  // namespace

namespace rules {

const RuleInfo kEmptyDocument{
    "PM030",
    "empty-document",
    "The file holds no post-mortem: it is empty, or only front matter or comments.",
    "A Markdown file in the post-mortem folders that is empty, or has nothing below its front "
    "matter but blank lines and HTML comments, is usually a file created and never written, or "
    "one whose body was lost in a bad merge. It is reported once, as an error, instead of as "
    "every section and field it lacks. Write the post-mortem (`postmortem new` starts one from "
    "the template), or delete the file.",
    "---\ntitle: Checkout outage\nseverity: P1\n---\n",
    "---\ntitle: Checkout outage\nseverity: P1\n---\n\n# Post-Mortem: Checkout outage\n\n## Executive "
    "Summary\n\nCard payments failed for 40 minutes.\n",
    Severity::error,
    false,
    false,
    check_empty_document,
};

}  // namespace rules
}  // namespace pm
