#include "markdown/front_matter.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace pm {
namespace {

using Texts = std::vector<std::string>;

// "a | b | c": readable in a failed check.
std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : " | ") + value;
  return out;
}

// The fields found, by name; fails the test when there is none.
const FrontMatterField& field_named(const FrontMatter& front_matter, std::string_view name) {
  for (const auto& field : front_matter.fields) {
    if (field.name == name) return field;
  }
  FAIL("no front matter field named " << std::string(name));
  return front_matter.fields.front();  // not reached
}

// The lines of `text`, without their '\n'.
Texts lines_of(std::string_view text) {
  Texts lines;
  std::size_t start = 0;
  for (std::size_t at = text.find('\n'); at != std::string_view::npos; at = text.find('\n', start)) {
    lines.emplace_back(text.substr(start, at - start));
    start = at + 1;
  }
  lines.emplace_back(text.substr(start));
  return lines;
}

bool is_blank(std::string_view line) { return line.find_first_not_of(" \t") == std::string_view::npos; }

TEST_CASE("front matter: YAML fields with their lines, the lines blanked") {
  std::string text = R"md(---
title: Card authorizations failing
date: 2026-03-14
severity: Critical
extra:
  team: payments
  region: eu-west-1
---
# Heading
Body.
)md";
  const std::string original = text;
  const FrontMatter front_matter = take_front_matter(text);
  CHECK(front_matter.format == FrontMatter::Format::yaml);
  CHECK(front_matter.first_line == 1);
  CHECK(front_matter.last_line == 8);
  CHECK(front_matter.errors.empty());
  REQUIRE(front_matter.fields.size() == 5);
  CHECK(front_matter.fields[0].name == "title");
  CHECK(front_matter.fields[0].value == "Card authorizations failing");
  CHECK(joined(front_matter.fields[0].items) == joined(Texts{"Card authorizations failing"}));
  CHECK(front_matter.fields[0].line == 2);
  CHECK(front_matter.fields[1].name == "date");
  CHECK(front_matter.fields[1].value == "2026-03-14");
  CHECK(front_matter.fields[1].line == 3);
  CHECK(front_matter.fields[2].name == "severity");
  CHECK(front_matter.fields[2].line == 4);
  CHECK(front_matter.fields[3].name == "extra.team");
  CHECK(front_matter.fields[3].value == "payments");
  CHECK(front_matter.fields[3].line == 6);
  CHECK(front_matter.fields[4].name == "extra.region");
  CHECK(front_matter.fields[4].line == 7);

  const Texts lines = lines_of(text);
  REQUIRE(lines.size() == lines_of(original).size());
  for (std::size_t i = 0; i < 8; ++i) {
    CAPTURE(i);
    CHECK(is_blank(lines[i]));
  }
  CHECK(lines[8] == "# Heading");
  CHECK(lines[9] == "Body.");
  CHECK(text.size() == original.size());
}

TEST_CASE("front matter: YAML lists are items, one per element") {
  std::string text = R"md(---
reviewers: [Chen Li, Dara Okafor]
authors:
  - Ana Ruiz
  - Bo Chen
services:
- ledger
status: Draft
---
)md";
  const FrontMatter front_matter = take_front_matter(text);
  REQUIRE(front_matter.errors.empty());
  const FrontMatterField& reviewers = field_named(front_matter, "reviewers");
  CHECK(joined(reviewers.items) == joined(Texts{"Chen Li", "Dara Okafor"}));
  CHECK(reviewers.value == "Chen Li, Dara Okafor");
  CHECK(reviewers.line == 2);
  const FrontMatterField& authors = field_named(front_matter, "authors");
  CHECK(joined(authors.items) == joined(Texts{"Ana Ruiz", "Bo Chen"}));
  CHECK(authors.value == "Ana Ruiz, Bo Chen");
  CHECK(authors.line == 3);  // the key's line
  const FrontMatterField& services = field_named(front_matter, "services");
  CHECK(joined(services.items) == joined(Texts{"ledger"}));
  CHECK(services.line == 6);  // the key's line
  const FrontMatterField& status = field_named(front_matter, "status");
  CHECK(joined(status.items) == joined(Texts{"Draft"}));
  CHECK(status.line == 8);
}

TEST_CASE("front matter: malformed YAML is an error with its line, and the lines are still blanked") {
  std::string text = "---\ntitle: ok\nkey: a: b\n---\n# Heading\n";
  const FrontMatter front_matter = take_front_matter(text);
  CHECK(front_matter.format == FrontMatter::Format::yaml);
  CHECK(front_matter.last_line == 4);
  REQUIRE(front_matter.errors.size() == 1);
  CHECK(front_matter.errors[0].line == 3);
  CHECK_FALSE(front_matter.errors[0].message.empty());
  CHECK(front_matter.fields.empty());
  const Texts lines = lines_of(text);
  REQUIRE(lines.size() == 6);
  CHECK(is_blank(lines[0]));
  CHECK(is_blank(lines[1]));
  CHECK(is_blank(lines[2]));
  CHECK(is_blank(lines[3]));
  CHECK(lines[4] == "# Heading");
}

TEST_CASE("front matter: TOML fields, arrays and tables") {
  std::string text = R"md(+++
title = "Cache stampede"
authors = ["Ana Ruiz", "Bo Chen"]

[extra]
team = "storefront"
+++
# Heading
)md";
  const FrontMatter front_matter = take_front_matter(text);
  CHECK(front_matter.format == FrontMatter::Format::toml);
  CHECK(front_matter.first_line == 1);
  CHECK(front_matter.last_line == 7);
  CHECK(front_matter.errors.empty());
  const FrontMatterField& title = field_named(front_matter, "title");
  CHECK(title.value == "Cache stampede");
  CHECK(title.line == 2);
  const FrontMatterField& authors = field_named(front_matter, "authors");
  CHECK(joined(authors.items) == joined(Texts{"Ana Ruiz", "Bo Chen"}));
  CHECK(authors.value == "Ana Ruiz, Bo Chen");
  CHECK(authors.line == 3);
  const FrontMatterField& team = field_named(front_matter, "extra.team");
  CHECK(team.value == "storefront");
  CHECK(team.line == 6);
  const Texts lines = lines_of(text);
  REQUIRE(lines.size() == 9);
  CHECK(is_blank(lines[6]));
  CHECK(lines[7] == "# Heading");
}

// yaml-cpp and toml++ accept some control characters inside keys; a key is only a name to match.
TEST_CASE("front matter: control characters are dropped from keys, not from values") {
  std::string yaml = "---\ntitle: Stale\n\x19" "severity: P2\nextra:\n  te\x7f" "am: pay\x01" "ments\n---\n";
  const FrontMatter from_yaml = take_front_matter(yaml);
  REQUIRE(from_yaml.errors.empty());
  CHECK(field_named(from_yaml, "severity").value == "P2");
  CHECK(field_named(from_yaml, "severity").line == 3);
  CHECK(field_named(from_yaml, "extra.team").value == "pay\x01" "ments");
  std::string toml = "+++\ntitle = \"Stale\"\n\"sev\\u0019erity\" = \"P1\"\n+++\n";
  const FrontMatter from_toml = take_front_matter(toml);
  REQUIRE(from_toml.errors.empty());
  CHECK(field_named(from_toml, "severity").value == "P1");
}

TEST_CASE("front matter: malformed TOML is an error with its line") {
  std::string text = "+++\ntitle = \"x\"\nbad = \n+++\n# Heading\n";
  const FrontMatter front_matter = take_front_matter(text);
  CHECK(front_matter.format == FrontMatter::Format::toml);
  REQUIRE(front_matter.errors.size() == 1);
  CHECK(front_matter.errors[0].line == 3);
  CHECK(lines_of(text)[4] == "# Heading");
  CHECK(is_blank(lines_of(text)[2]));
}

TEST_CASE("front matter: a leading thematic break is not front matter") {
  std::string text = "---\n\nSome paragraph.\n\n---\n\n# Heading\n";
  const std::string original = text;
  const FrontMatter front_matter = take_front_matter(text);
  CHECK(front_matter.format == FrontMatter::Format::none);
  CHECK(front_matter.fields.empty());
  CHECK(front_matter.errors.empty());
  CHECK(text == original);
}

TEST_CASE("front matter: unterminated front matter is not front matter") {
  std::string text = "---\ntitle: Never closed\n\n# Heading\n\nBody.\n";
  const std::string original = text;
  const FrontMatter front_matter = take_front_matter(text);
  CHECK(front_matter.format == FrontMatter::Format::none);
  CHECK(front_matter.fields.empty());
  CHECK(text == original);
}

TEST_CASE("front matter: a document without front matter is left alone") {
  std::string text = "# Heading\n\n---\ntitle: not front matter\n---\n";
  const std::string original = text;
  const FrontMatter front_matter = take_front_matter(text);
  CHECK(front_matter.format == FrontMatter::Format::none);
  CHECK(text == original);
}

}  // namespace
}  // namespace pm
