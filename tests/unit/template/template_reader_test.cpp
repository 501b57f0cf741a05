#include "template/template_reader.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <string>
#include <vector>

#include "support/golden.h"
#include "support/run_command.h"
#include "support/schema_check.h"
#include "support/shared_corpus.h"

namespace pm {
namespace {

using Strings = std::vector<std::string>;

TemplateSpec require_spec(const TemplateResult& result) {
  if (const auto* error = std::get_if<TemplateError>(&result)) {
    FAIL("template error at line " << error->line << ": " << error->message);
  }
  return std::get<TemplateSpec>(result);
}

TemplateSpec read_inline(const std::string& text) {
  return require_spec(read_template(text, "inline.md"));
}

TemplateError read_error(const std::string& text) {
  const TemplateResult result = read_template(text, "inline.md");
  REQUIRE(std::holds_alternative<TemplateError>(result));
  return std::get<TemplateError>(result);
}

const SectionSpec& section_titled(const TemplateSpec& spec, const std::string& title) {
  for (const SectionSpec& section : spec.sections) {
    if (section.title == title) return section;
  }
  FAIL("no section titled " << title);
  return spec.sections.front();
}

const FieldSpec& field_named(const TemplateSpec& spec, const std::string& name) {
  for (const FieldSpec& field : spec.fields) {
    if (field.name == name) return field;
  }
  FAIL("no field named " << name);
  return spec.fields.front();
}

Strings section_titles(const TemplateSpec& spec) {
  Strings titles;
  for (const SectionSpec& section : spec.sections) titles.push_back(section.title);
  return titles;
}

Strings titles_where(const TemplateSpec& spec, bool optional) {
  Strings titles;
  for (const SectionSpec& section : spec.sections) {
    if (section.optional == optional) titles.push_back(section.title);
  }
  return titles;
}

Strings field_names(const TemplateSpec& spec) {
  Strings names;
  for (const FieldSpec& field : spec.fields) names.push_back(field.name);
  return names;
}

std::vector<std::string> schema_errors_of(const TemplateSpec& spec) {
  return test::schema_errors(nlohmann::json::parse(to_json(spec).dump()),
                             test::project_path("schemas/template.schema.json"));
}

// ---------------------------------------------------------------------------------------------
// The built-in default template

TEST_CASE("the default template declares its sections, with optional ones and aliases") {
  const TemplateSpec spec = require_spec(default_template());
  CHECK(spec.source == "built-in default");
  CHECK(spec.title_pattern == "Post-Mortem: [Incident Title]");
  CHECK(titles_where(spec, false) ==
        Strings{"Executive Summary", "Impact", "User Impact", "Timeline", "Root Cause Analysis",
                "What Happened", "Five Whys", "Resolution", "Action Items", "Lessons Learned",
                "What Went Well", "What Went Wrong", "Sign-Off"});
  CHECK(titles_where(spec, true) ==
        Strings{"Business Impact", "Contributing Factors", "Detection", "Where We Got Lucky"});

  const SectionSpec& summary = section_titled(spec, "Executive Summary");
  CHECK(summary.key == "summary");
  CHECK(summary.level == 2);
  CHECK(summary.parent == -1);
  CHECK(summary.aliases == Strings{"Summary", "TL;DR", "Overview"});
  CHECK(section_titled(spec, "Action Items").aliases ==
        Strings{"Follow-ups", "Corrective Actions", "Next Steps", "Remediation"});

  const SectionSpec& business = section_titled(spec, "Business Impact");
  CHECK(business.level == 3);
  CHECK(spec.sections[static_cast<std::size_t>(business.parent)].title == "Impact");
  CHECK(section_titled(spec, "Five Whys").key == "five_whys");
  CHECK(section_titled(spec, "Sign-Off").key == "signoff");
}

TEST_CASE("the default template declares typed header fields") {
  const TemplateSpec spec = require_spec(default_template());
  CHECK(field_names(spec) ==
        Strings{"Date", "Severity", "Duration", "Status", "Authors", "Reviewers", "Services"});
  CHECK(field_named(spec, "Date").type == FieldSpec::Type::date);
  CHECK(field_named(spec, "Date").placeholder == "[YYYY-MM-DD]");
  CHECK(field_named(spec, "Duration").type == FieldSpec::Type::duration);
  const FieldSpec& severity = field_named(spec, "Severity");
  CHECK(severity.type == FieldSpec::Type::enumeration);
  CHECK(severity.values == Strings{"P0", "P1", "P2", "P3"});
  CHECK(severity.placeholder == "[P0 / P1 / P2 / P3]");
  CHECK(severity.line == 4);
  CHECK(field_named(spec, "Status").values == Strings{"Draft", "In Review", "Published"});
  CHECK(field_named(spec, "Authors").type == FieldSpec::Type::text);
  CHECK(field_named(spec, "Authors").values.empty());
}

TEST_CASE("the default template declares table columns and vocabularies") {
  const TemplateSpec spec = require_spec(default_template());
  REQUIRE(spec.tables.size() == 2);
  CHECK(spec.tables[0].section_key == "timeline");
  CHECK(spec.tables[0].columns == Strings{"Time (UTC)", "Event", "Action Taken", "By Whom"});
  CHECK(spec.tables[1].section_key == "action_items");
  CHECK(spec.tables[1].columns ==
        Strings{"#", "Action Item", "Owner", "Deadline", "Priority", "Status", "Ticket"});
  CHECK(spec.status_vocabulary == Strings{"🟢 Done", "🟡 In Progress", "🔴 Not Started"});
  CHECK(spec.priority_vocabulary == Strings{"P0", "P1", "P2"});
  CHECK(spec.whys == 5);
}

TEST_CASE("the embedded default template is templates/default.md") {
  TemplateSpec from_disk = require_spec(read_template(
      test::read_text(test::project_path("templates/default.md")), "built-in default"));
  CHECK(to_json(from_disk) == to_json(require_spec(default_template())));
}

TEST_CASE("the default template's JSON matches its golden file and the schema") {
  const TemplateSpec spec = require_spec(default_template());
  const auto errors = schema_errors_of(spec);
  CHECK_MESSAGE(errors.empty(), (errors.empty() ? "" : errors.front()));
  const std::string difference =
      test::compare_with_golden(to_json(spec).dump(2) + "\n", "tests/golden/template/default.json");
  CHECK_MESSAGE(difference.empty(), difference);
}

TEST_CASE("the default template's description matches its golden file") {
  const std::string difference = test::compare_with_golden(
      describe_template(require_spec(default_template())), "tests/golden/template/default.txt");
  CHECK_MESSAGE(difference.empty(), difference);
}

TEST_CASE("the template schema rejects unknown keys and wrong types") {
  nlohmann::json json = nlohmann::json::parse(to_json(require_spec(default_template())).dump());
  const std::string schema = test::project_path("schemas/template.schema.json");
  nlohmann::json extra = json;
  extra["fields"][0]["required"] = true;
  CHECK_FALSE(test::schema_errors(extra, schema).empty());
  nlohmann::json wrong_type = json;
  wrong_type["fields"][0]["type"] = "number";
  CHECK_FALSE(test::schema_errors(wrong_type, schema).empty());
  nlohmann::json missing = json;
  missing.erase("whys");
  CHECK_FALSE(test::schema_errors(missing, schema).empty());
}

// ---------------------------------------------------------------------------------------------
// A real template from the corpus, with mojibake, used unmodified

TEST_CASE("seed 004, a real template with mojibake, is read unmodified") {
  if (!test::shared_directory_available("the seed 004 template test")) return;
  const std::string path = test::shared_path("seeds/004_9d2cc0b81c121779.txt");
  const TemplateSpec spec = require_spec(read_template(test::read_text(path), path));
  CHECK(spec.source == path);
  CHECK(spec.title_pattern == "Post-Mortem: [Incident Title]");

  CHECK(field_names(spec) ==
        Strings{"Date", "Severity", "Duration", "Status", "Author", "Reviewers"});
  CHECK(field_named(spec, "Date").type == FieldSpec::Type::date);
  CHECK(field_named(spec, "Severity").type == FieldSpec::Type::enumeration);
  CHECK(field_named(spec, "Severity").values == Strings{"P0", "P1", "P2"});
  CHECK(field_named(spec, "Duration").type == FieldSpec::Type::duration);
  CHECK(field_named(spec, "Status").values == Strings{"Draft", "In Review", "Published"});
  CHECK(field_named(spec, "Author").type == FieldSpec::Type::text);
  CHECK(field_named(spec, "Reviewers").type == FieldSpec::Type::text);

  const Strings titles = section_titles(spec);
  for (const char* title :
       {"Executive Summary", "Impact", "User Impact", "Business Impact", "Data Impact", "Timeline",
        "Root Cause Analysis", "What Happened?", "Why Did It Happen?", "Contributing Factors",
        "Resolution", "What Went Well", "What Went Wrong", "Action Items", "Lessons Learned",
        "Appendix", "Sign-Off", "Follow-Up Review"}) {
    CAPTURE(title);
    CHECK(std::find(titles.begin(), titles.end(), title) != titles.end());
  }
  const int impact =
      static_cast<int>(std::find(titles.begin(), titles.end(), "Impact") - titles.begin());
  for (const char* child : {"User Impact", "Business Impact", "Data Impact"}) {
    CAPTURE(child);
    CHECK(section_titled(spec, child).parent == impact);
    CHECK(section_titled(spec, child).level == 3);
  }
  CHECK(section_titled(spec, "What Happened?").parent ==
        static_cast<int>(std::find(titles.begin(), titles.end(), "Root Cause Analysis") -
                         titles.begin()));
  for (const SectionSpec& section : spec.sections) {
    CAPTURE(section.title);
    CHECK_FALSE(section.optional);
    CHECK(section.aliases.empty());
  }

  CHECK(spec.status_vocabulary == Strings{"🟢 Done", "🟡 In Progress", "🔴 Not Started"});
  CHECK(spec.priority_vocabulary == Strings{"P0", "P1", "P2"});
  REQUIRE(spec.tables.size() == 2);
  CHECK(spec.tables[0].section_key == "timeline");
  CHECK(spec.tables[0].columns == Strings{"Time (UTC)", "Event", "Action Taken", "By Whom"});
  CHECK(spec.tables[1].section_key == "action_items");
  CHECK(spec.tables[1].columns ==
        Strings{"#", "Action Item", "Owner", "Deadline", "Priority", "Status"});
  CHECK(spec.whys == 5);

  const auto errors = schema_errors_of(spec);
  CHECK_MESSAGE(errors.empty(), (errors.empty() ? "" : errors.front()));
}

// ---------------------------------------------------------------------------------------------
// Small templates

TEST_CASE("optional and aliases comments work on the heading line and as the next block") {
  const TemplateSpec spec = read_inline(
      "# Incident: [Title]\n"
      "\n"
      "## Summary <!-- aliases: TL;DR, Overview -->\n"
      "\n"
      "## Detection <!-- optional -->\n"
      "\n"
      "## Timeline\n"
      "<!-- aliases: Chronology -->\n"
      "\n"
      "## Lucky Breaks\n"
      "\n"
      "<!-- optional -->\n"
      "\n"
      "<!-- aliases: Near Misses,  Where We Got Lucky -->\n"
      "\n"
      "## Appendix\n"
      "\n"
      "Some text.\n"
      "\n"
      "<!-- optional -->\n");
  REQUIRE(spec.sections.size() == 5);
  CHECK(spec.sections[0].aliases == Strings{"TL;DR", "Overview"});
  CHECK_FALSE(spec.sections[0].optional);
  CHECK(spec.sections[1].optional);
  CHECK(spec.sections[1].aliases.empty());
  CHECK(spec.sections[2].aliases == Strings{"Chronology"});
  CHECK_FALSE(spec.sections[2].optional);
  CHECK(spec.sections[3].optional);
  CHECK(spec.sections[3].aliases == Strings{"Near Misses", "Where We Got Lucky"});
  CHECK(spec.sections[3].key == "lucky breaks");
  // A comment after other content is an ordinary comment.
  CHECK_FALSE(spec.sections[4].optional);
}

TEST_CASE("sections record level, parent and line below the title") {
  const TemplateSpec spec = read_inline(
      "# Post-Mortem: [Incident Title]\n"  // 1
      "\n"
      "## 📊 Impact\n"  // 3
      "\n"
      "### User Impact\n"  // 5
      "\n"
      "#### Regions\n"  // 7
      "\n"
      "### Business Impact\n"  // 9
      "\n"
      "## Timeline\n");  // 11
  REQUIRE(spec.sections.size() == 5);
  CHECK(spec.sections[0].title == "📊 Impact");
  CHECK(spec.sections[0].key == "impact");
  CHECK(spec.sections[0].parent == -1);
  CHECK(spec.sections[1].parent == 0);
  CHECK(spec.sections[2].parent == 1);
  CHECK(spec.sections[2].level == 4);
  CHECK(spec.sections[2].line == 7);
  CHECK(spec.sections[3].parent == 0);
  CHECK(spec.sections[4].parent == -1);
  CHECK(spec.sections[4].line == 11);
}

TEST_CASE("enumeration placeholders split on '/' and '|'") {
  const TemplateSpec spec = read_inline(
      "# Post-Mortem\n"
      "\n"
      "**Severity**: [SEV1 | SEV2 | SEV3]\n"
      "**Status**: [Draft/Final]\n"
      "**Customer facing**: [Yes / No]\n"
      "**Started**: [YYYY/MM/DD]\n"
      "**Time to resolve**: [N minutes]\n"
      "**Owner**: [Team name]\n"
      "\n"
      "## Summary\n");
  CHECK(field_named(spec, "Severity").type == FieldSpec::Type::enumeration);
  CHECK(field_named(spec, "Severity").values == Strings{"SEV1", "SEV2", "SEV3"});
  CHECK(field_named(spec, "Status").values == Strings{"Draft", "Final"});
  CHECK(field_named(spec, "Customer facing").values == Strings{"Yes", "No"});
  // Slashes in a date pattern are no choice.
  CHECK(field_named(spec, "Started").type == FieldSpec::Type::date);
  CHECK(field_named(spec, "Started").values.empty());
  CHECK(field_named(spec, "Time to resolve").type == FieldSpec::Type::duration);
  CHECK(field_named(spec, "Owner").type == FieldSpec::Type::text);
}

TEST_CASE("only header field lines with placeholders are template fields") {
  const TemplateSpec spec = read_inline(
      "# Post-Mortem\n"
      "\n"
      "- **Date:** [YYYY-MM-DD]\n"
      "- **Incident Commander**: [Name]\n"
      "\n"
      "**Template Version**: 1.0.0\n"
      "**Runbook**: [runbook](https://example.com/runbook)\n"
      "\n"
      "## Impact\n"
      "\n"
      "- **Users Affected**: [Number of users]\n"
      "\n"
      "**Owner**: [Name]\n");
  CHECK(field_names(spec) == Strings{"Date", "Incident Commander"});
  CHECK(field_named(spec, "Date").line == 3);
}

TEST_CASE("guidance paragraphs and examples are never requirements") {
  const TemplateSpec spec = read_inline(
      "# Post-Mortem\n"
      "\n"
      "*Fill in every field, e.g. **Owner**: [Name].*\n"
      "\n"
      "**Example**:\n"
      "**Region**: [eu / us]\n"
      "\n"
      "**Date**: [YYYY-MM-DD]\n"
      "\n"
      "## Timeline\n"
      "\n"
      "**Example**:\n"
      "\n"
      "| Time | Note |\n"
      "|------|------|\n"
      "| 10:00 | Paged |\n"
      "\n"
      "| Time (UTC) | Event |\n"
      "|------------|-------|\n"
      "| [HH:MM] | [What happened] |\n"
      "\n"
      "## Root Cause\n"
      "\n"
      "**Example**:\n"
      "1. **Why did it fail?** → a bad config\n"
      "2. **Why was it bad?** → no review\n"
      "\n"
      "*Start from the symptom users saw.*\n"
      "\n"
      "1. **Why [symptom]?** → [Answer]\n"
      "2. **Why [that]?** → [Answer]\n"
      "3. **Why [that]?** → [Answer]\n"
      "\n"
      "## Action Items\n"
      "\n"
      "**Example:**\n"
      "\n"
      "| Action | Status |\n"
      "|--------|--------|\n"
      "| Fix it | ✅ Complete |\n");
  CHECK(field_names(spec) == Strings{"Date"});
  REQUIRE(spec.tables.size() == 1);
  CHECK(spec.tables[0].columns == Strings{"Time (UTC)", "Event"});
  CHECK(spec.tables[0].line == 18);
  CHECK(spec.whys == 3);
  CHECK(spec.status_vocabulary.empty());
}

TEST_CASE("tables count under timeline and action sections, subsections included") {
  const TemplateSpec spec = read_inline(
      "# Post-Mortem\n"
      "\n"
      "## Impact\n"
      "\n"
      "| Metric | Value |\n"
      "|--------|-------|\n"
      "| [Name] | [Value] |\n"
      "\n"
      "## Action Items\n"
      "\n"
      "### Open Tasks\n"
      "\n"
      "| Task | Owner | Priority | Status |\n"
      "|------|-------|----------|--------|\n"
      "| [Task] | [Name] | [High / Medium] | [Open / Done] |\n"
      "| [Task] | [Name] | Low | ✅ |\n"
      "| [Task] | [Name] | [Priority] | Done |\n"
      "\n"
      "| Second | Table |\n"
      "|--------|-------|\n");
  REQUIRE(spec.tables.size() == 1);
  CHECK(spec.tables[0].section_key == "action_items");
  CHECK(spec.tables[0].columns == Strings{"Task", "Owner", "Priority", "Status"});
  CHECK(spec.priority_vocabulary == Strings{"High", "Medium", "Low"});
  CHECK(spec.status_vocabulary == Strings{"Open", "Done", "✅"});
}

TEST_CASE("a template without an H1 title takes every heading as a section") {
  const TemplateSpec spec = read_inline("**Date**: [YYYY-MM-DD]\n\n## Summary\n\n## Timeline\n");
  CHECK(spec.title_pattern.empty());
  CHECK(section_titles(spec) == Strings{"Summary", "Timeline"});
  CHECK(field_names(spec) == Strings{"Date"});
}

TEST_CASE("bad templates are errors with a line and a clear message") {
  SUBCASE("no headings at all") {
    const TemplateError error = read_error("**Date**: [YYYY-MM-DD]\n\nJust some text.\n");
    CHECK(error.line == 1);
    CHECK(error.message.find("no headings") != std::string::npos);
  }
  SUBCASE("an empty file") {
    CHECK(read_error("").message.find("no headings") != std::string::npos);
  }
  SUBCASE("a title and no sections") {
    const TemplateError error = read_error("\n# Post-Mortem: [Title]\n\n**Date**: [YYYY-MM-DD]\n");
    CHECK(error.line == 2);
    CHECK(error.message.find("no sections") != std::string::npos);
  }
  SUBCASE("not UTF-8") {
    const TemplateError error = read_error("# Post-Mortem\n\n## R\xE9sum\xE9\n");
    CHECK(error.line == 3);
    CHECK(error.message.find("not UTF-8") != std::string::npos);
  }
  SUBCASE("UTF-16") {
    const TemplateError error = read_error(std::string("\xFF\xFE#\0 \0T\0\n\0", 10));
    CHECK(error.message.find("UTF-16") != std::string::npos);
  }
  SUBCASE("an aliases comment without titles") {
    const TemplateError error = read_error("# T\n\n## Summary\n<!-- aliases: -->\n");
    CHECK(error.line == 4);
    CHECK(error.message.find("lists no titles") != std::string::npos);
  }
  SUBCASE("an unclosed comment that hides the rest") {
    const TemplateError error = read_error("# T\n\n## Summary\n\n<!-- optional\n\n## Timeline\n");
    CHECK(error.line == 5);
    CHECK(error.message.find("never closed") != std::string::npos);
  }
}

TEST_CASE("describe_template lists fields, sections and vocabularies") {
  const TemplateSpec spec = read_inline(
      "# Post-Mortem\n\n**Severity**: [P1 / P2]\n\n## Summary <!-- optional -->\n\n### Détails\n");
  const std::string text = describe_template(spec);
  CHECK(text.find("Severity  enumeration  P1 | P2") != std::string::npos);
  CHECK(text.find("## Summary  (optional)") != std::string::npos);
  CHECK(text.find("  ### Détails") != std::string::npos);
  CHECK(text.find("Action statuses: (none)") != std::string::npos);
  CHECK(text.find("Why steps: 0") != std::string::npos);
}

}  // namespace
}  // namespace pm
