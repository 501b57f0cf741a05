#include "template/placeholder.h"

#include <doctest/doctest.h>

#include "template/directives.h"

namespace pm {
namespace {

using Strings = std::vector<std::string>;
using Views = std::vector<std::string_view>;

TEST_CASE("bracketed texts skip links, task boxes and escaped brackets") {
  CHECK(bracketed_texts("[Name] - [YYYY-MM-DD]") == Views{"Name", "YYYY-MM-DD"});
  CHECK(bracketed_texts("[docs](https://x.test) and [ Owner ]") == Views{"Owner"});
  CHECK(bracketed_texts("[ ] done? [x]") == Views{});
  CHECK(bracketed_texts("\\[literal] text") == Views{});
  CHECK(bracketed_texts("no placeholder").empty());
}

TEST_CASE("placeholder alternatives and types") {
  CHECK(placeholder_alternatives("P0 / P1 / P2") == Strings{"P0", "P1", "P2"});
  CHECK(placeholder_alternatives("a|b || c") == Strings{"a", "b", "c"});
  CHECK(placeholder_alternatives("Name").empty());
  CHECK(placeholder_type("YYYY-MM-DD") == FieldSpec::Type::date);
  CHECK(placeholder_type("DD/MM/YYYY") == FieldSpec::Type::date);
  CHECK(placeholder_type("Date") == FieldSpec::Type::date);
  CHECK(placeholder_type("XX hours YY minutes") == FieldSpec::Type::duration);
  CHECK(placeholder_type("Duration") == FieldSpec::Type::duration);
  CHECK(placeholder_type("HH:MM") == FieldSpec::Type::text);
  CHECK(placeholder_type("Draft / In Review / Published") == FieldSpec::Type::enumeration);
  CHECK(placeholder_type("Names") == FieldSpec::Type::text);
}

TEST_CASE("section directives in HTML comments") {
  const auto comments = html_comments("<!-- optional -->\n<!--\n aliases: A, B\n-->\n<!-- open");
  REQUIRE(comments.size() == 3);
  CHECK(comments[0].text == "optional");
  CHECK(comments[1].text == "aliases: A, B");
  CHECK(comments[1].line_offset == 1);
  CHECK_FALSE(comments[2].closed);

  CHECK(read_section_directive("optional").kind == SectionDirective::Kind::optional);
  CHECK(read_section_directive("Optional: only for P0").kind == SectionDirective::Kind::optional);
  const SectionDirective aliases = read_section_directive("Aliases: Summary, TL;DR ,Overview");
  CHECK(aliases.kind == SectionDirective::Kind::aliases);
  CHECK(aliases.aliases == Strings{"Summary", "TL;DR", "Overview"});
  CHECK(read_section_directive("TODO: fill in").kind == SectionDirective::Kind::none);
  CHECK(read_section_directive("aliases").kind == SectionDirective::Kind::none);
}

}  // namespace
}  // namespace pm
