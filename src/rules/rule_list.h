#pragma once

#include "rules/rule.h"

// Every rule of postmortem: its data and check live in src/rules/<family>_rules.cpp; the
// registry (registry.cpp) lists them in ID order. IDs are never reused once published.
namespace pm::rules {

// Sections (section_rules.cpp)
extern const RuleInfo kMissingSection;      // PM001 missing-section
extern const RuleInfo kEmptySection;        // PM002 empty-section
extern const RuleInfo kDuplicateSection;    // PM003 duplicate-section
extern const RuleInfo kSectionOrder;        // PM004 section-order
// Metadata fields (field_rules.cpp)
extern const RuleInfo kMissingField;        // PM005 missing-field
extern const RuleInfo kFieldVocabulary;     // PM006 field-vocabulary
extern const RuleInfo kUnparseableDate;     // PM007 unparseable-date
extern const RuleInfo kUnparseableDuration; // PM008 unparseable-duration
// Unfinished text (placeholder_rules.cpp)
extern const RuleInfo kPlaceholderText;     // PM009 placeholder-text
extern const RuleInfo kTemplateGuidance;    // PM010 template-guidance
// Timeline (timeline_rules.cpp)
extern const RuleInfo kTimelineOrder;       // PM011 timeline-order
extern const RuleInfo kInvalidTime;         // PM012 invalid-time
extern const RuleInfo kDurationMismatch;    // PM013 duration-mismatch
// Action items (action_rules.cpp)
extern const RuleInfo kActionOwner;         // PM014 action-without-owner
extern const RuleInfo kActionDeadline;      // PM015 action-without-deadline
extern const RuleInfo kActionOverdue;       // PM016 action-overdue
extern const RuleInfo kActionStatus;        // PM017 action-status-vocabulary
// Cause analysis (cause_rules.cpp)
extern const RuleInfo kTooFewWhys;          // PM018 too-few-whys
extern const RuleInfo kMissingRootCause;    // PM019 missing-root-cause
extern const RuleInfo kBlamingRootCause;    // PM020 root-cause-names-person
// Incident window (timeline_rules.cpp)
extern const RuleInfo kMomentOrder;         // PM021 moments-out-of-order
extern const RuleInfo kOutsideWindow;       // PM022 timeline-outside-window
// Sign-off (signoff_rules.cpp)
extern const RuleInfo kPublishedUnsigned;   // PM023 published-unsigned
// Encoding (encoding_rules.cpp)
extern const RuleInfo kMojibake;            // PM024 mojibake-repaired
extern const RuleInfo kInvalidUtf8;         // PM025 invalid-utf8
// Links (link_rules.cpp)
extern const RuleInfo kBrokenLink;          // PM026 broken-relative-link
// Dates (date_rules.cpp)
extern const RuleInfo kDateFormat;          // PM027 date-format
// Front matter (front_matter_rules.cpp)
extern const RuleInfo kMalformedFrontMatter; // PM028 malformed-front-matter
// Vocabulary spelling (field_rules.cpp)
extern const RuleInfo kVocabularySpelling;  // PM029 vocabulary-spelling
// Empty files (empty_document_rules.cpp)
extern const RuleInfo kEmptyDocument;       // PM030 empty-document

}  // namespace pm::rules
