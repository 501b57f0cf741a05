#include <algorithm>
#include <string>

#include "lint/rule_context.h"
#include "rules/rule_list.h"

namespace pm {
namespace {

// ---------------------------------------------------------------------------------------------
// PM028 malformed-front-matter

// YAML and TOML parsers may place an error past the closing fence (an unclosed bracket is only
// noticed at the end); the finding stays on the front matter's own lines.
int line_inside(const FrontMatter& front_matter, int line) {
  const int first = front_matter.first_line + 1;
  const int last = std::max(first, front_matter.last_line - 1);
  return std::clamp(line, first, last);
}

void check_front_matter(const RuleContext& ctx, DiagnosticSink& sink) {
  const FrontMatter& front_matter = ctx.document.front_matter;
  for (const FrontMatterError& error : front_matter.errors) {
    sink.report(ctx.line_range(line_inside(front_matter, error.line)),
                error.message +
                    "; none of its fields were read, so the date, severity and other "
                    "values it holds are missing");
  }
}

}  // namespace

namespace rules {

const RuleInfo kMalformedFrontMatter{
    "PM028",
    "malformed-front-matter",
    "The YAML or TOML front matter cannot be read.",
    "Front matter between `---` (YAML) or `+++` (TOML) fences at the top of the file is read for "
    "the post-mortem's fields. When it does not parse (an unclosed bracket or quote, a tab used "
    "for indentation, a list where keys and values belong), none of its fields are read, so rules "
    "then report them missing, and static site generators usually refuse the page too. Correct "
    "the syntax at the line given; quoting a value that holds `:`, `[` or `#` is the usual cure.",
    "---\ntitle: [Checkout outage\nseverity: P1\n---\n",
    "---\ntitle: \"[Checkout] outage\"\nseverity: P1\n---\n",
    Severity::error,
    false,
    false,
    check_front_matter,
};

}  // namespace rules
}  // namespace pm
