#include "rules/rule_list.h"
#include "text/fold.h"

namespace pm {

const std::vector<RuleInfo>& all_rules() {
  static const std::vector<RuleInfo> rules{
      rules::kMissingSection,   rules::kEmptySection,     rules::kDuplicateSection,  rules::kSectionOrder,
      rules::kMissingField,     rules::kFieldVocabulary,  rules::kUnparseableDate,   rules::kUnparseableDuration,
      rules::kPlaceholderText,  rules::kTemplateGuidance, rules::kTimelineOrder,     rules::kInvalidTime,
      rules::kDurationMismatch, rules::kActionOwner,      rules::kActionDeadline,    rules::kActionOverdue,
      rules::kActionStatus,     rules::kTooFewWhys,       rules::kMissingRootCause,  rules::kBlamingRootCause,
      rules::kMomentOrder,      rules::kOutsideWindow,    rules::kPublishedUnsigned, rules::kMojibake,
      rules::kInvalidUtf8,      rules::kBrokenLink,       rules::kDateFormat,        rules::kMalformedFrontMatter,
      rules::kVocabularySpelling, rules::kEmptyDocument,
  };
  return rules;
}

const RuleInfo* find_rule(std::string_view id_or_name) {
  for (const auto& rule : all_rules()) {
    if (rule.id == id_or_name || rule.name == id_or_name) return &rule;
  }
  // IDs are accepted in any case: "pm003".
  for (const auto& rule : all_rules()) {
    if (fold(rule.id) == fold(id_or_name)) return &rule;
  }
  return nullptr;
}

}  // namespace pm
