// The canonical Markdown: the template's layout and words, the document's content.

#include "render/markdown_writer.h"

#include <doctest/doctest.h>

#include <memory>
#include <variant>

#include "model/parse_document.h"
#include "template/template_reader.h"

namespace pm {
namespace {

std::unique_ptr<ParsedDocument> parse(std::string_view markdown) {
  ParseResult result = parse_document(markdown, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  return std::move(std::get<std::unique_ptr<ParsedDocument>>(result));
}

const TemplateSpec& spec() {
  static const TemplateSpec kSpec = std::get<TemplateSpec>(default_template());
  return kSpec;
}

std::string canonical(std::string_view markdown) {
  return render_markdown(*parse(markdown), spec());
}

TEST_CASE(
    "sections come in the template's order under its titles; unknown ones stay after their "
    "neighbour") {
  const std::string out = canonical(R"md(# Outage

## Action items

- [ ] Add an alert (owner: @ana, due: 2026-04-01)

## TL;DR

The cache broke.

## Chronology

- 10:00 Alert fires

## May 13

- 09:00 Review

## Root cause

A bad key.
)md");
  CHECK(out == R"md(# Outage

## Executive Summary

The cache broke.

## Timeline

- 10:00 Alert fires

## May 13

- 09:00 Review

## Root Cause Analysis

A bad key.

## Action Items

- [ ] Add an alert (owner: @ana, due: 2026-04-01)
)md");
}

TEST_CASE(
    "header fields take the template's names, order and vocabulary; other fields follow as "
    "written") {
  const std::string out = canonical(R"md(# Outage

Status: Published
Written by: Ana Ruiz, Bo Chen
Date: March 3, 2026
Severity: SEV2
Duration: 3h 40m
Incident commander: Ana Ruiz

A note under the title.

## Summary

Text.
)md");
  CHECK(out == R"md(# Outage

**Date**: 2026-03-03
**Severity**: P2
**Duration**: 3 hours 40 minutes
**Status**: Published
**Authors**: Ana Ruiz, Bo Chen
**Incident commander**: Ana Ruiz

A note under the title.

## Executive Summary

Text.
)md");
}

TEST_CASE("front matter becomes field lines, and its title the heading when there is none") {
  const std::string out = canonical(R"md(---
title: Build jobs stuck
severity: Critical
authors:
  - Noor Valdane
  - Kasper Lindholt
started: 2026-04-22T13:48:00Z
---

## Summary

Jobs waited.
)md");
  CHECK(out == R"md(# Build jobs stuck

**Severity**: P0
**Authors**: Noor Valdane, Kasper Lindholt
**started**: 2026-04-22T13:48:00Z

## Executive Summary

Jobs waited.
)md");
}

TEST_CASE(
    "a post-mortem nested in a status page is written on its own, its sections one level up") {
  const std::string out = canonical(R"md(# Platform Status — April

Monthly notes.

## Highlights

- Checkout moved.

## Incident Report: Search index lag

| Field | Value |
|-------|-------|
| Date | 2026-04-16 |
| Severity | P2 |

### 🕒 Timeline

| When | What happened |
|------|---------------|
| 8:52 AM PDT | Import emits a large event |

### ROOT CAUSE

Retries forever.

## Looking ahead

- More work.
)md");
  CHECK(out == R"md(# Incident Report: Search index lag

**Date**: 2026-04-16
**Severity**: P2

## Timeline

| When        | What happened              |
| ----------- | -------------------------- |
| 8:52 AM PDT | Import emits a large event |

## Root Cause Analysis

Retries forever.
)md");
}

TEST_CASE("action statuses and priorities take the template's words where the meaning is certain") {
  const std::string out = canonical(R"md(# Outage

## Action Items

| Action | Owner | Due | Priority | Status |
|--------|-------|-----|----------|--------|
| Add lag alert | Ana | 2026-04-21 | High | done |
| Cap field size | Bo | 2026-05-08 | P2 | In progress |
| Show freshness | Cy | 2026-05-29 | P3 | Blocked on infra |
)md");
  CHECK(out.find("| Add lag alert  | Ana   | 2026-04-21 | P1       | 🟢 Done          |") !=
        std::string::npos);
  CHECK(out.find("| 🟡 In Progress ") != std::string::npos);
  CHECK(out.find("| Blocked on infra |") != std::string::npos);
}

TEST_CASE("a timeline title naming the zone keeps it; subsections sit at their depth") {
  const std::string out = canonical(R"md(# Outage

## Timeline (all times PDT)

- 09:00 Alert fires

#### Day two

- 10:00 Review
)md");
  CHECK(out == R"md(# Outage

## Timeline (all times PDT)

- 09:00 Alert fires

### Day two

- 10:00 Review
)md");
}

TEST_CASE("rendering the canonical form again changes nothing") {
  const std::string once = canonical(R"md(---
severity: high
---
# Outage

Date: 2026/03/09

## Follow-ups

| Task | Owner | Status |
|------|-------|--------|
| Fix | Ana | completed |

## Summary

Broke.
)md");
  CHECK(canonical(once) == once);
}


// cmark-gfm ends a setext heading on the line after its underline when a paragraph follows
// directly; that paragraph was dropped and the underline joined the heading's text.
TEST_CASE("a setext heading keeps the paragraph right below its underline") {
  CHECK(canonical(R"md(# Post-Mortem: Outage

**Status**: Draft

Notes
on two lines
---
Kept paragraph.

Summary
=======
Also kept.

#---
title: Not front matter
---
Under it.
)md") == R"md(# Post-Mortem: Outage

**Status**: Draft

## Notes on two lines

Kept paragraph.

## Executive Summary

Also kept.

### #--- title: Not front matter

Under it.
)md");
}


// Front matter keys may be anything; a field line whose name would not be read again as a field
// is kept as text, so rendering twice gives one text.
TEST_CASE("front matter keys that are not field names stay as text items") {
  const std::string once = canonical(R"md(---
severity: P1
1tsa Ptus: Published
"**x**": bold already
a key written as a whole long sentence: value
"[draft]": yes
---
# Post-Mortem: Outage

## Executive Summary

Broke.
)md");
  CHECK(once == R"md(# Post-Mortem: Outage

**Severity**: P1
**1tsa Ptus**: Published

- \**x**: bold already
- a key written as a whole long sentence: value
- [draft]: yes

## Executive Summary

Broke.
)md");
  CHECK(canonical(once) == once);
}


// Front matter is recognised on the first line only; text that starts there with a break is
// written so that it cannot be read as front matter the second time.
TEST_CASE("a leading thematic break is not written as a front matter fence") {
  const std::string broken = canonical("---\nti**Duration**: outage\n---\n<!-- note -->\n");
  CHECK(broken.starts_with("***\n"));
  CHECK(canonical(broken) == broken);
}

TEST_CASE("leading +++ lines are not written as a TOML front matter fence") {
  const std::string once = canonical("#\n+++\n+++\n");
  CHECK(once == "\\+++\n+++\n");
  CHECK(canonical(once) == once);
}

// A field bullet moves to the header; the paragraph above it and the break below it must not
// join into a setext heading.
TEST_CASE("a dropped field bullet keeps the blocks around it apart") {
  const std::string once = canonical("over two lines\n- **Owner**: Bob\n---\n");
  CHECK(once == "**Owner**: Bob\n\nover two lines\n\n---\n");
  CHECK(canonical(once) == once);
}

TEST_CASE("a field bullet between two others leaves the list as it was") {
  const std::string once = canonical("# Outage\n\n- Note one\n- **Severity**: P2\n- Note two\n");
  CHECK(once == "# Outage\n\n**Severity**: P2\n\n- Note one\n- Note two\n");
  CHECK(canonical(once) == once);
}

// "</pre>" continued the paragraph of the field line; on its own it would open an HTML block
// that takes in what follows.
TEST_CASE("the line left of a paragraph whose field line moved still reads as a paragraph") {
  const std::string once = canonical("Why 1: because\n</pre>\n<!--\n\n**Title**: Other\n");
  CHECK(once.find("\\</pre>\n<!--\n") != std::string::npos);
  CHECK(canonical(once) == once);
  CHECK(canonical("**Date**: 2026-03-01\n    indented note\n").find("\nindented note\n") != std::string::npos);
  CHECK(canonical("**Date**: 2026-03-01\n2. step\n").find("\n2\\. step\n") != std::string::npos);
}

TEST_CASE("a dropped field paragraph keeps the blocks around it apart") {
  const std::string once = canonical("> ```\n**Resolved**: 11:00 UTC\n> *emph* start\n**Root cause**: config\n");
  CHECK(once == "**Resolved**: 11:00 UTC\n\n> ```\n\n> *emph* start\n**Root cause**: config\n");
  CHECK(canonical(once) == once);
}

// The title heading ended the list above it; written first, it no longer does.
TEST_CASE("text above the title that ends in a list does not take in the text below the title") {
  const std::string once = canonical("1. first\n# Post-Mortem: Checkout outage\n   ~~~\n   log\n   ~~~\n");
  CHECK(once == "# Post-Mortem: Checkout outage\n\n1. first\n\n<!-- -->\n\n   ~~~\n   log\n   ~~~\n");
  CHECK(canonical(once) == once);
}

// A front matter key that is no field name is written as a `- key: value` item; the indented
// text that followed the front matter must not become part of that item.
TEST_CASE("field items above indented text do not take it in") {
  const std::string once = canonical("---\ntitle: Outage\n\"[x] done\": v\n---\n   <pre>\nraw\n</pre>\n");
  CHECK(once == "# Outage\n\n- [x] done: v\n\n<!-- -->\n\n   <pre>\nraw\n</pre>\n");
  CHECK(canonical(once) == once);
}

// With an empty `#` heading the model takes its title from the title field; the canonical form
// writes that title as the heading, so the field is not dropped on the next rendering.
TEST_CASE("an empty H1 is written with the title the title field gives") {
  const std::string once = canonical("---\ntitle: Search results served stale\nseverity: P4\n---\n\n#\n");
  CHECK(once == "# Search results served stale\n\n**Severity**: P4\n");
  CHECK(canonical(once) == once);
}

}  // namespace
}  // namespace pm
