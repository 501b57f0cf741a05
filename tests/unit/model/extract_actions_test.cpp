// Action items as parse_document extracts them from tables and lists.

#include <doctest/doctest.h>

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/incident.h"
#include "model/incident_json.h"
#include "model/parse_document.h"
#include "model/time_parse.h"

namespace pm {
namespace {

const Incident& parse(std::string_view markdown) {
  static std::vector<std::unique_ptr<ParsedDocument>> kept;
  ParseResult result = parse_document(markdown, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  kept.push_back(std::move(std::get<std::unique_ptr<ParsedDocument>>(result)));
  return kept.back()->incident;
}

std::string iso(const std::optional<CivilDate>& date) { return date ? format_iso_date(*date) : "null"; }
std::string status(const ActionItem& item) { return to_string(item.status); }

using Texts = std::vector<std::string>;

// "a | b | c": readable in a failed check.
std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : " | ") + value;
  return out;
}

TEST_CASE("action items: a # | Action Item | Owner | Deadline | Priority | Status table with emoji statuses") {
  const Incident& incident = parse(R"md(# Outage

**Date**: 2026-03-14

## Action Items

| # | Action Item | Owner | Deadline | Priority | Status |
|---|-------------|-------|----------|----------|--------|
| 1 | Add pool saturation alert | Ana Ruiz | 2026-03-20 | P1 | 🟢 Done |
| 2 | Add jitter to retries | Bo Chen | 2026-04-01 | High | 🟡 In Progress |
| 3 | Load-test the ledger | Chen Li | 2026-05-15 | P3 | 🔴 Not Started |
)md");
  REQUIRE(incident.action_items.size() == 3);
  const ActionItem& first = incident.action_items[0];
  CHECK(first.id == "1");
  CHECK(first.title == "Add pool saturation alert");
  CHECK(first.owner == "Ana Ruiz");
  CHECK(iso(first.deadline) == "2026-03-20");
  CHECK(first.deadline_text == "2026-03-20");
  CHECK(first.priority == "P1");
  CHECK(first.priority_text == "P1");
  CHECK(status(first) == "done");
  CHECK(first.status_text == "🟢 Done");
  CHECK(first.line == 9);
  const ActionItem& second = incident.action_items[1];
  CHECK(second.id == "2");
  CHECK(iso(second.deadline) == "2026-04-01");
  CHECK(second.priority == "P1");
  CHECK(second.priority_text == "High");
  CHECK(status(second) == "in_progress");
  CHECK(second.line == 10);
  const ActionItem& third = incident.action_items[2];
  CHECK(third.id == "3");
  CHECK(third.owner == "Chen Li");
  CHECK(iso(third.deadline) == "2026-05-15");
  CHECK(third.priority == "P3");
  CHECK(status(third) == "not_started");
  CHECK(third.line == 11);
}

TEST_CASE("action items: a Task | Assignee | Due | Status table with word statuses") {
  const Incident& incident = parse(R"md(# Outage

## Follow-ups

| Task | Assignee | Due | Status |
| --- | --- | --- | --- |
| Rotate the signing key | @ana | 2026-03-20 | done |
| Document the rollback | @bo | 2026-03-27 | in progress |
| Add a canary stage | @chen | 2026-04-10 | todo |
)md");
  REQUIRE(incident.action_items.size() == 3);
  CHECK(incident.action_items[0].title == "Rotate the signing key");
  CHECK(incident.action_items[0].owner == "@ana");
  CHECK(iso(incident.action_items[0].deadline) == "2026-03-20");
  CHECK(status(incident.action_items[0]) == "done");
  CHECK(incident.action_items[0].id.empty());
  CHECK(incident.action_items[1].owner == "@bo");
  CHECK(status(incident.action_items[1]) == "in_progress");
  CHECK(incident.action_items[1].status_text == "in progress");
  CHECK(iso(incident.action_items[2].deadline) == "2026-04-10");
  CHECK(status(incident.action_items[2]) == "not_started");
  CHECK(incident.action_items[2].line == 9);
}

TEST_CASE("action items: task lists with details in a trailing parenthesis") {
  const Incident& incident = parse(R"md(# Outage

## Action Items

- [ ] Add alerts (owner: @ana, due: 2026-05-09, P1)
- [x] Roll back the config (owner: @bo)
)md");
  REQUIRE(incident.action_items.size() == 2);
  const ActionItem& open = incident.action_items[0];
  CHECK(open.title == "Add alerts");
  CHECK(open.owner == "@ana");
  CHECK(iso(open.deadline) == "2026-05-09");
  CHECK(open.priority == "P1");
  CHECK(status(open) == "not_started");
  CHECK(open.line == 5);
  const ActionItem& done = incident.action_items[1];
  CHECK(done.title == "Roll back the config");
  CHECK(done.owner == "@bo");
  CHECK(status(done) == "done");
  CHECK(done.line == 6);
}

TEST_CASE("action items: ticket references") {
  SUBCASE("a key, an issue number and a URL in list items") {
    const Incident& incident = parse(R"md(# Outage

## Action Items

- [ ] Add an idempotency key to webhooks PAY-812
- [ ] Fix the retry loop #123
- [ ] Ship the dashboard https://tracker.example.com/browse/OPS-7
)md");
    REQUIRE(incident.action_items.size() == 3);
    CHECK(joined(incident.action_items[0].tickets) == joined(Texts{"PAY-812"}));
    CHECK(joined(incident.action_items[1].tickets) == joined(Texts{"#123"}));
    CHECK(joined(incident.action_items[2].tickets) == joined(Texts{"https://tracker.example.com/browse/OPS-7"}));
  }
  SUBCASE("the URL of a link in the title") {
    const Incident& incident = parse(R"md(# Outage

## Action items

- Fix bugs in the image culler
  ([PR](https://github.com/acme/binder/pull/534))
)md");
    REQUIRE(incident.action_items.size() == 1);
    CHECK(joined(incident.action_items[0].tickets) == joined(Texts{"https://github.com/acme/binder/pull/534"}));
  }
  SUBCASE("a Ticket column and a Bug column") {
    const Incident& incident = parse(R"md(# Outage

## Action Items

| Action | Owner | Ticket |
| --- | --- | --- |
| Add an alert | Ana | PAY-812 |
| Fix retries | Bo | https://github.com/acme/pay/issues/9 |

## Corrective Actions

| Action | Owner | Bug |
| --- | --- | --- |
| Pin the runner image | Chen | #456 |
)md");
    REQUIRE(incident.action_items.size() == 3);
    CHECK(joined(incident.action_items[0].tickets) == joined(Texts{"PAY-812"}));
    CHECK(joined(incident.action_items[1].tickets) == joined(Texts{"https://github.com/acme/pay/issues/9"}));
    CHECK(incident.action_items[2].title == "Pin the runner image");
    CHECK(joined(incident.action_items[2].tickets) == joined(Texts{"#456"}));
  }
}

TEST_CASE("action items: numbered items with nested plain bullets count once each") {
  const Incident& incident = parse(R"md(# Outage

## Action Items

1. Add alerting on pool saturation
   - cover both regions
   - page the owning team
2. Add jitter to retries
   - in the client library
)md");
  REQUIRE(incident.action_items.size() == 2);
  CHECK(incident.action_items[0].title == "Add alerting on pool saturation");
  CHECK(incident.action_items[0].line == 5);
  CHECK(incident.action_items[1].title == "Add jitter to retries");
  CHECK(incident.action_items[1].line == 8);
}

TEST_CASE("action items: numbered groups of tasks count only the tasks") {
  const Incident& incident = parse(R"md(# Outage

## Action Items

1. **Detection:**
   - [ ] Alert on indexer lag
   - [x] Dashboard for indexer lag
2. **Prevention:**
   - [ ] Backpressure in the indexer
)md");
  REQUIRE(incident.action_items.size() == 3);
  CHECK(incident.action_items[0].title == "Alert on indexer lag");
  CHECK(status(incident.action_items[0]) == "not_started");
  CHECK(incident.action_items[0].line == 6);
  CHECK(incident.action_items[1].title == "Dashboard for indexer lag");
  CHECK(status(incident.action_items[1]) == "done");
  CHECK(incident.action_items[2].title == "Backpressure in the indexer");
  CHECK(incident.action_items[2].line == 9);
}

TEST_CASE("action items: a **HIGH**: prefix is the priority") {
  const Incident& incident = parse(R"md(# Outage

## Action Items

- **HIGH**: Add alerts on the queue depth
- **Low**: Tidy the runbook
)md");
  REQUIRE(incident.action_items.size() == 2);
  CHECK(incident.action_items[0].title == "Add alerts on the queue depth");
  CHECK(incident.action_items[0].priority == "P1");
  CHECK(incident.action_items[0].priority_text == "HIGH");
  CHECK(incident.action_items[1].title == "Tidy the runbook");
  CHECK(incident.action_items[1].priority == "P3");
}

TEST_CASE("action items: items under **Example**: are ignored") {
  const Incident& incident = parse(R"md(# Outage

## Action Items

*List every follow-up with an owner.*

**Example**:
- [ ] Add monitoring for database connections (owner: @example)

Ours:

- [ ] Add a canary stage (owner: @ana)
)md");
  REQUIRE(incident.action_items.size() == 1);
  CHECK(incident.action_items[0].title == "Add a canary stage");
  CHECK(incident.action_items[0].owner == "@ana");
  CHECK(incident.action_items[0].line == 12);
}

TEST_CASE("action items: a Follow-Up Review section is not an action-item section") {
  const Incident& incident = parse(R"md(# Outage

## Follow-Up Review

- [ ] Review the incident again in 30 days

## Action Items

- [ ] Add a canary stage
)md");
  REQUIRE(incident.action_items.size() == 1);
  CHECK(incident.action_items[0].title == "Add a canary stage");
  CHECK(incident.action_items[0].line == 9);
}

TEST_CASE("action items: a template's list of priorities is no priority and is kept as written") {
  const Incident& incident = parse(R"md(# Outage

## Action Items

| # | Action Item | Owner | Priority |
|---|-------------|-------|----------|
| 1 | [Completed action] | [Name] | [P0 / P1 / P2] |
)md");
  REQUIRE(incident.action_items.size() == 1);
  CHECK(incident.action_items[0].priority_text == "[P0 / P1 / P2]");
  CHECK(incident.action_items[0].priority == "[P0 / P1 / P2]");
}

TEST_CASE("action items: a status emoji alone") {
  const Incident& incident = parse(R"md(# Outage

## Action Items

| Action | Owner | Status |
| --- | --- | --- |
| Add an alert | Ana | ✅ |
| Drop the cache | Bo | ❌ |
| Migrate the queue | Chen | 🔄 |
)md");
  REQUIRE(incident.action_items.size() == 3);
  CHECK(status(incident.action_items[0]) == "done");
  CHECK(incident.action_items[0].status_text == "✅");
  CHECK(status(incident.action_items[1]) == "not_started");
  CHECK(status(incident.action_items[2]) == "in_progress");
}

TEST_CASE("decoding: Windows-1252 mojibake in an action table is repaired and listed") {
  // "ðŸŸ¢" is 🟢 saved as UTF-8 after being read as Windows-1252.
  const Incident& incident = parse(R"md(# Outage

## Action Items

| Action | Owner | Status |
| --- | --- | --- |
| Add an alert | Ana | ðŸŸ¢ Done |
)md");
  REQUIRE(incident.action_items.size() == 1);
  CHECK(status(incident.action_items[0]) == "done");
  CHECK(incident.action_items[0].status_text == "🟢 Done");
  REQUIRE(incident.repairs.size() == 1);
  CHECK(incident.repairs[0].line == 7);
  CHECK(incident.repairs[0].encoding == "windows-1252");
  CHECK(incident.repairs[0].original == "| Add an alert | Ana | ðŸŸ¢ Done |");
  CHECK(incident.repairs[0].repaired == "| Add an alert | Ana | 🟢 Done |");
}

TEST_CASE("decoding: Mac Roman mojibake in an action table is repaired and listed") {
  // "‚úÖ" is ✅ saved as UTF-8 after being read as Mac Roman.
  const Incident& incident = parse(R"md(# Outage

## Action Items

| Action | Owner | Status |
| --- | --- | --- |
| Add an alert | Ana | In progress |
| Drop the cache | Bo | ‚úÖ |
)md");
  REQUIRE(incident.action_items.size() == 2);
  CHECK(status(incident.action_items[0]) == "in_progress");
  CHECK(status(incident.action_items[1]) == "done");
  CHECK(incident.action_items[1].status_text == "✅");
  REQUIRE(incident.repairs.size() == 1);
  CHECK(incident.repairs[0].line == 8);
  CHECK(incident.repairs[0].encoding == "mac-roman");
}

TEST_CASE("decoding: CRLF input gives the same model as LF input") {
  const std::string lf = R"md(---
title: Front
authors: [Ana Ruiz]
---

# Checkout outage

**Date:** 2026-03-14  
**Severity:** SEV1  
**Duration:** 2 hours 5 minutes

## Timeline

| Time (UTC) | Event |
| --- | --- |
| 23:40 | Alerts fire |
| 00:25 | Rolled back |

## Root Cause

**Root Cause**:
> A retry loop without backoff.

## Five Whys

1. **Why did checkout fail?** → The pool was exhausted.

## Action Items

- [ ] Add alerts (owner: @ana, due: 2026-05-09, P1)
- [x] Roll back (owner: @bo)

## Sign-Off

- [x] **CTO**: Ana Ruiz - 2026-03-16
)md";
  std::string crlf;
  for (char c : lf) {
    if (c == '\n') crlf += '\r';
    crlf += c;
  }
  const Incident& from_lf = parse(lf);
  const Incident& from_crlf = parse(crlf);
  CHECK(from_crlf.action_items.size() == 2);
  CHECK(from_crlf.timeline.size() == 2);
  CHECK(from_crlf.metadata.duration_minutes == std::optional<int>(125));
  CHECK(to_json(from_crlf).dump(1) == to_json(from_lf).dump(1));
}

}  // namespace
}  // namespace pm
