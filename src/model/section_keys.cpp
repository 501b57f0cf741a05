#include "model/section_keys.h"

#include <array>
#include <utility>

#include "text/fold.h"

namespace pm {
namespace {

struct KeyTitles {
  std::string_view key;
  std::array<std::string_view, 14> titles;  // folded titles that name the section exactly
};

// Exact titles first; the table is small, so a linear search costs nothing.
constexpr std::array<KeyTitles, 23> kExactTitles{{
    {"summary", {"summary", "executive summary", "incident summary", "tl dr", "tldr", "overview",
                 "synopsis", "abstract", "incident overview"}},
    {"impact", {"impact", "impact analysis", "customer impact", "impact assessment", "user impact and scope"}},
    {"user_impact", {"user impact", "end user impact", "end user"}},
    {"business_impact", {"business impact", "productivity"}},
    {"data_impact", {"data impact"}},
    {"timeline", {"timeline", "timeline of events", "incident timeline", "chronological timeline", "chronology",
                  "timeline utc", "sequence of events", "detailed timeline"}},
    {"root_cause", {"root cause", "root causes", "root cause analysis", "root cause s", "cause", "causes",
                    "primary cause", "rca"}},
    {"what_happened", {"what happened", "description", "incident description"}},
    {"five_whys", {"five whys", "5 whys", "the five whys", "5 whys analysis", "five whys analysis",
                   "why did it happen"}},
    {"contributing_factors", {"contributing factors", "contributing factor", "contributing causes"}},
    {"trigger", {"trigger", "trigger s", "triggers"}},
    {"detection", {"detection", "how was it detected", "detection and response"}},
    {"resolution", {"resolution", "how was it resolved", "recovery", "mitigation", "resolution and recovery",
                    "fix", "response"}},
    {"action_items", {"action items", "action item", "corrective actions", "follow ups", "follow up",
                      "followups", "next steps", "remediation", "recommended actions", "action items followups",
                      "follow up actions", "follow up items", "todo"}},
    {"lessons_learned", {"lessons learned", "lessons learnt", "takeaways", "learnings", "retrospective",
                         "lessons"}},
    {"what_went_well", {"what went well", "what went right", "things that went well"}},
    {"what_went_wrong", {"what went wrong", "what went poorly", "what went badly", "things that went wrong",
                         "what didn t go well"}},
    {"where_we_got_lucky", {"where we got lucky", "where we were lucky", "lucky"}},
    {"signoff", {"sign off", "signoff", "sign offs", "approvals", "approval", "review and approval"}},
    {"appendix", {"appendix", "supporting information", "supporting data", "references", "links"}},
    {"detection_gaps", {"critical gaps identified", "gaps identified"}},
    {"status", {"status", "current status"}},
    {"metadata", {"metadata", "incident details", "details", "incident information", "incident metadata"}},
}};

// Titles that contain these words name the section even with more words around them.
constexpr std::array<std::pair<std::string_view, std::string_view>, 10> kContainedWords{{
    {"five whys", "five_whys"},
    {"5 whys", "five_whys"},
    {"action item", "action_items"},
    {"corrective action", "action_items"},
    {"todo list", "action_items"},
    {"timeline", "timeline"},
    {"root cause", "root_cause"},
    {"lessons learn", "lessons_learned"},
    {"sign off", "signoff"},
    {"contributing factor", "contributing_factors"},
}};

bool contains_words(std::string_view folded, std::string_view words) {
  for (std::size_t at = folded.find(words); at != std::string_view::npos; at = folded.find(words, at + 1)) {
    if (at == 0 || folded[at - 1] == ' ') return true;
  }
  return false;
}

}  // namespace

std::string canonical_section_key(std::string_view title) {
  const std::string folded = fold(title);
  if (folded.empty()) return {};
  for (const auto& entry : kExactTitles) {
    for (std::string_view candidate : entry.titles) {
      if (!candidate.empty() && candidate == folded) return std::string(entry.key);
    }
  }
  for (const auto& [words, key] : kContainedWords) {
    if (contains_words(folded, words)) return std::string(key);
  }
  return {};
}

}  // namespace pm
