#include <string>

#include "lint/rule_context.h"
#include "rules/rule_list.h"
#include "text/fold.h"

namespace pm {
namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// "Published", "Published on 2026-05-02", "✅ Published": the status as the reader sees it.
bool is_published(const RuleContext& ctx) {
  return starts_with_folded(fold(ctx.incident().metadata.status), "published");
}

std::string who(const SignoffEntry& entry) {
  const std::string_view role = trim(entry.role);
  if (!role.empty()) return "the sign-off of " + quoted(role);
  const std::string_view name = trim(entry.name);
  return name.empty() ? std::string("a sign-off") : "the sign-off of " + quoted(name);
}

// ---------------------------------------------------------------------------------------------
// PM023 published-unsigned

void check_published_unsigned(const RuleContext& ctx, DiagnosticSink& sink) {
  if (!is_published(ctx)) return;
  for (const SignoffEntry& entry : ctx.incident().signoff) {
    if (entry.is_signed) continue;
    const std::string_view role = trim(entry.role);
    sink.report(role.empty() ? ctx.line_range(entry.line) : ctx.find_on_line(entry.line, role),
                "the post-mortem is Published but " + who(entry) +
                    " is not given yet; tick it once they have approved the text, or set the "
                    "status back to In Review");
  }
}

}  // namespace

namespace rules {

const RuleInfo kPublishedUnsigned{
    "PM023",
    "published-unsigned",
    "The status is Published while a sign-off is still unticked.",
    "The sign-off list records who checked the final text: the incident commander that the "
    "facts are right, the service owner that the action items are accepted. A post-mortem "
    "marked Published with an open box claims an approval it does not have. Tick the box once "
    "the person has approved it (with their name and the date), or keep the status at In Review "
    "until they have.",
    "**Status**: Published\n\n## Sign-Off\n\n"
    "- [x] **Incident Commander**: Noor Haddad - 2026-03-20\n"
    "- [ ] **Service Owner**: Felix Mora - \n",
    "**Status**: Published\n\n## Sign-Off\n\n"
    "- [x] **Incident Commander**: Noor Haddad - 2026-03-20\n"
    "- [x] **Service Owner**: Felix Mora - 2026-03-21\n",
    Severity::error,
    false,
    false,
    check_published_unsigned,
};

}  // namespace rules
}  // namespace pm
