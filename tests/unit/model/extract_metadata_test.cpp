// Title and metadata as parse_document extracts them from small documents.

#include <doctest/doctest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/incident.h"
#include "model/parse_document.h"
#include "model/time_parse.h"

namespace pm {
namespace {

// Parses `markdown` and keeps the document alive for the rest of the run.
const Incident& parse(std::string_view markdown) {
  static std::vector<std::unique_ptr<ParsedDocument>> kept;
  ParseResult result = parse_document(markdown, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  kept.push_back(std::move(std::get<std::unique_ptr<ParsedDocument>>(result)));
  return kept.back()->incident;
}

std::string iso(const std::optional<CivilDate>& date) { return date ? format_iso_date(*date) : "null"; }
std::string text_or_null(const std::optional<std::string>& value) { return value ? *value : "null"; }
std::string number_or_null(const std::optional<int>& value) { return value ? std::to_string(*value) : "null"; }

using Names = std::vector<std::string>;

// "a | b | c": readable in a failed check.
std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : " | ") + value;
  return out;
}

// The field called `name`; fails the test when there is none.
const MetadataField& field_named(const Incident& incident, std::string_view name) {
  for (const auto& field : incident.metadata.fields) {
    if (field.name == name) return field;
  }
  FAIL("no field named " << std::string(name));
  return incident.metadata.fields.front();  // not reached
}

TEST_CASE("metadata: YAML front matter gives title, date, severity, status and people with their lines") {
  const Incident& incident = parse(R"md(---
title: Card authorizations failing
date: 2026-03-14
severity: Critical
status: Resolved
authors:
  - Ana Ruiz
  - Bo Chen
reviewers: [Chen Li, Dara Okafor]
services: payments-api, ledger
---

Some text without a heading.
)md");
  CHECK(incident.title == "Card authorizations failing");
  CHECK(incident.title_line == 2);
  CHECK(iso(incident.metadata.date) == "2026-03-14");
  CHECK(incident.metadata.date_text == "2026-03-14");
  CHECK(incident.metadata.date_line == 3);
  CHECK(text_or_null(incident.metadata.severity) == "P0");
  CHECK(incident.metadata.severity_text == "Critical");
  CHECK(incident.metadata.severity_line == 4);
  CHECK(incident.metadata.status == "Resolved");
  CHECK(incident.metadata.status_line == 5);
  CHECK(joined(incident.metadata.authors) == joined(Names{"Ana Ruiz", "Bo Chen"}));
  CHECK(joined(incident.metadata.reviewers) == joined(Names{"Chen Li", "Dara Okafor"}));
  CHECK(joined(incident.metadata.services) == joined(Names{"payments-api", "ledger"}));

  REQUIRE(incident.metadata.fields.size() == 7);
  const auto& fields = incident.metadata.fields;
  CHECK(fields[0].name == "title");
  CHECK(fields[0].line == 2);
  CHECK(fields[1].name == "date");
  CHECK(fields[1].line == 3);
  CHECK(fields[2].name == "severity");
  CHECK(fields[2].line == 4);
  CHECK(fields[3].name == "status");
  CHECK(fields[3].line == 5);
  CHECK(fields[4].name == "authors");
  CHECK(fields[4].value == "Ana Ruiz, Bo Chen");
  CHECK(fields[4].line == 6);  // the key's line, not its first item's
  CHECK(fields[5].name == "reviewers");
  CHECK(fields[5].value == "Chen Li, Dara Okafor");
  CHECK(fields[5].line == 9);
  CHECK(fields[6].name == "services");
  CHECK(fields[6].value == "payments-api, ledger");
  CHECK(fields[6].line == 10);
}

TEST_CASE("metadata: TOML front matter with an array and an [extra] table") {
  const Incident& incident = parse(R"md(+++
title = "Cache stampede on the product page"
date = 2026-03-14
authors = ["Ana Ruiz", "Bo Chen"]
severity = "SEV2"

[extra]
team = "storefront"
+++

Text.
)md");
  CHECK(incident.title == "Cache stampede on the product page");
  CHECK(incident.title_line == 2);
  CHECK(iso(incident.metadata.date) == "2026-03-14");
  CHECK(incident.metadata.date_line == 3);
  CHECK(joined(incident.metadata.authors) == joined(Names{"Ana Ruiz", "Bo Chen"}));
  CHECK(text_or_null(incident.metadata.severity) == "P2");
  CHECK(incident.metadata.severity_line == 5);
  const MetadataField& authors = field_named(incident, "authors");
  CHECK(authors.value == "Ana Ruiz, Bo Chen");
  CHECK(authors.line == 4);
  const MetadataField& team = field_named(incident, "extra.team");
  CHECK(team.value == "storefront");
  CHECK(team.line == 8);
}

TEST_CASE("metadata: bold field lines") {
  SUBCASE("**Date**: 2026-03-14") {
    const Incident& incident = parse("# Outage\n\n**Date**: 2026-03-14\n");
    CHECK(iso(incident.metadata.date) == "2026-03-14");
    CHECK(incident.metadata.date_text == "2026-03-14");
    CHECK(incident.metadata.date_line == 3);
    REQUIRE(incident.metadata.fields.size() == 1);
    CHECK(incident.metadata.fields[0].name == "Date");
    CHECK(incident.metadata.fields[0].value == "2026-03-14");
    CHECK(incident.metadata.fields[0].line == 3);
  }
  SUBCASE("**Date:** 2026-03-14 with a trailing hard break, one field per line") {
    const Incident& incident = parse(
        "# Outage\n\n"
        "**Date:** 2026-03-14  \n"
        "**Severity:** SEV1  \n"
        "**Status:** Resolved\n");
    CHECK(iso(incident.metadata.date) == "2026-03-14");
    CHECK(incident.metadata.date_text == "2026-03-14");
    CHECK(incident.metadata.date_line == 3);
    CHECK(text_or_null(incident.metadata.severity) == "P1");
    CHECK(incident.metadata.severity_text == "SEV1");
    CHECK(incident.metadata.severity_line == 4);
    CHECK(incident.metadata.status == "Resolved");
    CHECK(incident.metadata.status_line == 5);
    CHECK(incident.metadata.fields.size() == 3);
  }
  SUBCASE("hard breaks written as a backslash or <br>") {
    const Incident& incident = parse("# Outage\n\n**Date**: 2026-03-14\\\n**Severity**: SEV2<br>\n**Status**: Open\n");
    CHECK(incident.metadata.date_text == "2026-03-14");
    CHECK(iso(incident.metadata.date) == "2026-03-14");
    CHECK(incident.metadata.severity_text == "SEV2");
    CHECK(text_or_null(incident.metadata.severity) == "P2");
    CHECK(incident.metadata.status == "Open");
    CHECK(incident.metadata.status_line == 5);
  }
  SUBCASE("**Date**: March 14, 2026") {
    const Incident& incident = parse("# Outage\n\n**Date**: March 14, 2026\n");
    CHECK(iso(incident.metadata.date) == "2026-03-14");
    CHECK(incident.metadata.date_text == "March 14, 2026");
    CHECK(incident.metadata.date_line == 3);
  }
}

TEST_CASE("metadata: plain `Key: value` lines under the H1") {
  const Incident& incident = parse(R"md(# Login outage

Created By: Ana
Date: 2026-03-14

## Summary

Status: this line is body text of a section, not metadata.
)md");
  CHECK(joined(incident.metadata.authors) == joined(Names{"Ana"}));
  CHECK(iso(incident.metadata.date) == "2026-03-14");
  CHECK(incident.metadata.date_line == 4);
  CHECK(incident.metadata.status.empty());
  REQUIRE(incident.metadata.fields.size() == 2);
  CHECK(incident.metadata.fields[0].name == "Created By");
  CHECK(incident.metadata.fields[0].value == "Ana");
  CHECK(incident.metadata.fields[0].line == 3);
  CHECK(incident.metadata.fields[1].name == "Date");
  CHECK(incident.metadata.fields[1].line == 4);
}

TEST_CASE("metadata: `- **Key**: value` bullets") {
  const Incident& incident = parse(R"md(# Queue backlog

- **Severity**: SEV1
- **Duration**: 47 minutes
- **Services**: queue, printer
)md");
  CHECK(text_or_null(incident.metadata.severity) == "P1");
  CHECK(incident.metadata.severity_text == "SEV1");
  CHECK(incident.metadata.severity_line == 3);
  CHECK(number_or_null(incident.metadata.duration_minutes) == "47");
  CHECK(incident.metadata.duration_line == 4);
  CHECK(joined(incident.metadata.services) == joined(Names{"queue", "printer"}));
  REQUIRE(incident.metadata.fields.size() == 3);
  CHECK(incident.metadata.fields[2].name == "Services");
  CHECK(incident.metadata.fields[2].line == 5);
}

TEST_CASE("metadata: a two-column Field | Value table") {
  const Incident& incident = parse(R"md(# Search lag

| Field | Value |
| --- | --- |
| Date | 2026-04-16 |
| Severity | P2 |
| Status | Mitigated |
| Duration | 2 hours 5 minutes |
)md");
  CHECK(iso(incident.metadata.date) == "2026-04-16");
  CHECK(incident.metadata.date_line == 5);
  CHECK(text_or_null(incident.metadata.severity) == "P2");
  CHECK(incident.metadata.severity_line == 6);
  CHECK(incident.metadata.status == "Mitigated");
  CHECK(incident.metadata.status_line == 7);
  CHECK(number_or_null(incident.metadata.duration_minutes) == "125");
  REQUIRE(incident.metadata.fields.size() == 4);
  CHECK(incident.metadata.fields[0].name == "Date");
  CHECK(incident.metadata.fields[0].value == "2026-04-16");
  CHECK(incident.metadata.fields[0].line == 5);
  CHECK(incident.metadata.fields[3].line == 8);
}

TEST_CASE("metadata: a table row named only by symbols is no field") {
  const Incident& incident = parse("# Search lag\n\n| Field | Value |\n|---|---|\n| ?> | x |\n| Status | Draft |\n");
  REQUIRE(incident.metadata.fields.size() == 1);
  CHECK(incident.metadata.fields[0].name == "Status");
}

TEST_CASE("metadata: severities normalise to P0-P4 where the mapping is clear") {
  struct Example {
    std::string_view written;
    std::string_view expected;
  };
  for (const Example& example : {Example{"SEV1", "P1"}, Example{"Sev-2", "P2"}, Example{"HIGH", "P1"},
                                 Example{"P3", "P3"}, Example{"Critical (Complete Outage)", "P0"},
                                 Example{"whatever", "null"}, Example{"[P0 / P1 / P2 / P3]", "null"}}) {
    CAPTURE(example.written);
    const Incident& incident = parse("# Outage\n\n**Severity**: " + std::string(example.written) + "\n");
    CHECK(text_or_null(incident.metadata.severity) == example.expected);
    CHECK(incident.metadata.severity_text == example.written);
    CHECK(incident.metadata.severity_line == 3);
  }
}

TEST_CASE("metadata: dates in other spellings normalise to YYYY-MM-DD") {
  for (std::string_view written : {"14 Mar 2026", "Sat, 2026-03-14", "Saturday, March 14, 2026", "March 14th, 2026",
                                   "2026/03/14", "2026-03-14 14:00 UTC"}) {
    CAPTURE(written);
    const Incident& incident = parse("# Outage\n\n**Incident Date:** " + std::string(written) + "\n");
    CHECK(iso(incident.metadata.date) == "2026-03-14");
    CHECK(incident.metadata.date_text == written);
  }
}

TEST_CASE("metadata: a placeholder date gives no date") {
  const Incident& incident = parse("# Post-Mortem: [Incident Title]\n\n**Date**: [YYYY-MM-DD]\n");
  CHECK(iso(incident.metadata.date) == "null");
  CHECK(incident.metadata.date_text == "[YYYY-MM-DD]");
}

TEST_CASE("metadata: durations in minutes") {
  struct Example {
    std::string_view written;
    std::string_view expected;
  };
  for (const Example& example : {Example{"47 minutes", "47"}, Example{"2 hours 5 minutes", "125"},
                                 Example{"3h 10m", "190"}, Example{"1 hour 35 minutes", "95"},
                                 Example{"1.5 hours", "90"}, Example{"90 min", "90"},
                                 Example{"[XX hours YY minutes]", "null"}}) {
    CAPTURE(example.written);
    const Incident& incident = parse("# Outage\n\n**Duration**: " + std::string(example.written) + "\n");
    CHECK(number_or_null(incident.metadata.duration_minutes) == example.expected);
    CHECK(incident.metadata.duration_text == example.written);
    CHECK(incident.metadata.duration_line == 3);
  }
}

TEST_CASE("metadata: the date comes from the title when no field gives it") {
  SUBCASE("ISO date at the start of the title") {
    const Incident& incident = parse("# 2018-04-18, Culler flood\n\nText.\n");
    CHECK(incident.title == "2018-04-18, Culler flood");
    CHECK(iso(incident.metadata.date) == "2018-04-18");
    CHECK(incident.metadata.date_line == 1);
  }
  SUBCASE("spelled-out date with an ordinal") {
    const Incident& incident = parse("# January 23rd, 2019 Prow Outage\n\nText.\n");
    CHECK(iso(incident.metadata.date) == "2019-01-23");
    CHECK(incident.metadata.date_line == 1);
  }
  SUBCASE("a date field wins over the title") {
    const Incident& incident = parse("# 2018-04-18, Culler flood\n\n**Date**: 2018-04-19\n");
    CHECK(iso(incident.metadata.date) == "2018-04-19");
    CHECK(incident.metadata.date_line == 3);
  }
}

TEST_CASE("metadata: an emoji status keeps its words") {
  const Incident& incident = parse("# Site down\n\n**Status:** \u2705 RESOLVED - Site back online\n");
  CHECK(incident.metadata.status == "RESOLVED - Site back online");
  CHECK(incident.metadata.status_line == 3);
}

TEST_CASE("metadata: the H1 title wins over the front matter's title") {
  const Incident& incident = parse(R"md(---
title: From front matter
---

# From the heading

Text.
)md");
  CHECK(incident.title == "From the heading");
  CHECK(incident.title_line == 5);
  const MetadataField& title = field_named(incident, "title");
  CHECK(title.value == "From front matter");
  CHECK(title.line == 2);
}

TEST_CASE("metadata: fields lists every field in document order with its line") {
  const Incident& incident = parse(R"md(---
owner: payments
---

# Checkout errors

**Date**: 2026-03-14
**Impact Level**: high

- **Status**: Resolved

## Details

| Field | Value |
| --- | --- |
| Region | eu-west-1 |
)md");
  const auto& fields = incident.metadata.fields;
  REQUIRE(fields.size() == 5);
  CHECK(fields[0].name == "owner");
  CHECK(fields[0].value == "payments");
  CHECK(fields[0].line == 2);
  CHECK(fields[1].name == "Date");
  CHECK(fields[1].line == 7);
  CHECK(fields[2].name == "Impact Level");
  CHECK(fields[2].value == "high");
  CHECK(fields[2].line == 8);
  CHECK(fields[3].name == "Status");
  CHECK(fields[3].value == "Resolved");
  CHECK(fields[3].line == 10);
  CHECK(fields[4].name == "Region");
  CHECK(fields[4].value == "eu-west-1");
  CHECK(fields[4].line == 16);
  // Fields the model does not know are listed and change nothing else.
  CHECK(!incident.metadata.severity.has_value());
  CHECK(incident.metadata.status == "Resolved");
}

TEST_CASE("metadata: an incident nested in a status document") {
  const Incident& incident = parse(R"md(# Platform Status

**Date**: 2026-04-01

All systems operational.

## Incident Report: Search lag

**Date**: 2026-04-16
**Severity**: SEV2

### Summary

Search results lagged behind writes.

### Timeline

- 09:17 Indexer queue grows
- 10:02 Indexer restarted

### Action Items

- [ ] Alert on indexer lag (owner: @ana)

## Older notes

### Timeline

- 08:00 Unrelated entry
)md");
  CHECK(incident.title == "Incident Report: Search lag");
  CHECK(incident.title_line == 7);
  CHECK(iso(incident.metadata.date) == "2026-04-16");
  CHECK(incident.metadata.date_line == 9);
  CHECK(text_or_null(incident.metadata.severity) == "P2");
  REQUIRE(incident.timeline.size() == 2);
  CHECK(incident.timeline[0].event == "Indexer queue grows");
  CHECK(incident.timeline[0].line == 18);
  CHECK(incident.timeline[1].event == "Indexer restarted");
  REQUIRE(incident.action_items.size() == 1);
  CHECK(incident.action_items[0].title == "Alert on indexer lag");
  CHECK(incident.action_items[0].owner == "@ana");
}


// A post-mortem that quotes or appends another one under "## Post-Mortem: ..." is still the
// post-mortem its own title names; only a page whose title is not an incident holds one nested.
TEST_CASE("metadata: a document titled as a post-mortem is the incident even with one nested") {
  const Incident& incident = parse(R"md(# Post-Mortem: Cache stampede

**Date**: 2026-03-02
**Severity**: P1

## Timeline

- 10:00 Cache flushed

## Post-Mortem: Earlier stampede

**Date**: 2025-11-20

### Timeline

- 08:00 Older entry
)md");
  CHECK(incident.title == "Post-Mortem: Cache stampede");
  CHECK(incident.title_line == 1);
  CHECK(iso(incident.metadata.date) == "2026-03-02");
  REQUIRE(!incident.timeline.empty());
  CHECK(incident.timeline[0].event == "Cache flushed");
}


// A stray section above the title (a leftover heading, a broken front matter read as a setext
// heading) does not hide the fields below the title.
TEST_CASE("metadata: fields below the first H1 are read when a section comes before it") {
  const Incident& incident = parse(R"md(## Notes

Written before the title.

# Post-Mortem: Stale search

**Status**: Draft
**Severity**: P2

## Executive Summary

Search results were stale.
)md");
  CHECK(incident.title == "Post-Mortem: Stale search");
  CHECK(incident.metadata.status == "Draft");
  CHECK(incident.metadata.status_line == 7);
  CHECK(text_or_null(incident.metadata.severity) == "P2");
}


// The canonical Markdown keeps one H1; which one must not change between two renderings.
TEST_CASE("metadata: of two H1s, the one that names a post-mortem is the title") {
  const Incident& incident = parse(R"md(# Draft notes

scratch

# Post-Mortem: Search lag

**Severity**: P3
)md");
  CHECK(incident.title == "Post-Mortem: Search lag");
  CHECK(incident.title_line == 5);
  CHECK(text_or_null(incident.metadata.severity) == "P3");
}

}  // namespace
}  // namespace pm
