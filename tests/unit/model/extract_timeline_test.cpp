// Timeline entries as parse_document extracts them from small documents.

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

const Incident& parse(std::string_view markdown) {
  static std::vector<std::unique_ptr<ParsedDocument>> kept;
  ParseResult result = parse_document(markdown, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  kept.push_back(std::move(std::get<std::unique_ptr<ParsedDocument>>(result)));
  return kept.back()->incident;
}

std::string iso(const std::optional<CivilDate>& date) { return date ? format_iso_date(*date) : "null"; }
std::string iso(const std::optional<Timestamp>& timestamp) {
  return timestamp ? format_iso_timestamp(timestamp->date, timestamp->time, timestamp->utc_offset_minutes) : "null";
}

TEST_CASE("timeline: a table with Time (UTC), Event, Action Taken and By Whom columns") {
  const Incident& incident = parse(R"md(# Ledger outage

**Date**: 2026-03-14

## Timeline

| Time (UTC) | Event | Action Taken | By Whom |
| --- | --- | --- | --- |
| 14:02 | Alerts fire for declined payments | Paged on-call | PagerDuty |
| 14:10 | Incident declared | Opened the bridge | Ana Ruiz |
)md");
  REQUIRE(incident.timeline.size() == 2);
  const TimelineEntry& first = incident.timeline[0];
  CHECK(first.time_text == "14:02");
  CHECK(iso(first.timestamp) == "2026-03-14T14:02:00Z");
  CHECK(iso(first.end_timestamp) == "null");
  CHECK(iso(first.date) == "2026-03-14");
  CHECK(first.event == "Alerts fire for declined payments");
  CHECK(first.action == "Paged on-call");
  CHECK(first.actor == "PagerDuty");
  CHECK(first.line == 9);
  CHECK_FALSE(first.approximate);
  CHECK_FALSE(first.invalid);
  const TimelineEntry& second = incident.timeline[1];
  CHECK(iso(second.timestamp) == "2026-03-14T14:10:00Z");
  CHECK(second.event == "Incident declared");
  CHECK(second.action == "Opened the bridge");
  CHECK(second.actor == "Ana Ruiz");
  CHECK(second.line == 10);
}

TEST_CASE("timeline: Date/Time and When columns with full timestamps and seconds") {
  const Incident& incident = parse(R"md(# Outage

## Timeline

| Date/Time | What happened | Who |
| --- | --- | --- |
| 2026-03-14 14:02:33 UTC | Alert fires | monitoring |
| 2026-03-15 01:00 | Fix deployed | Ana |

## Timeline of events

| When | Event |
| --- | --- |
| ~15:00 | Postmortem meeting |
)md");
  REQUIRE(incident.timeline.size() == 3);
  CHECK(incident.timeline[0].time_text == "2026-03-14 14:02:33 UTC");
  CHECK(iso(incident.timeline[0].timestamp) == "2026-03-14T14:02:33Z");
  CHECK(incident.timeline[0].event == "Alert fires");
  CHECK(incident.timeline[0].actor == "monitoring");
  CHECK(iso(incident.timeline[1].timestamp) == "2026-03-15T01:00:00");
  CHECK(incident.timeline[1].actor == "Ana");
  CHECK(incident.timeline[2].event == "Postmortem meeting");
  CHECK(incident.timeline[2].approximate);
  CHECK(incident.timeline[2].line == 14);
}

TEST_CASE("timeline: a table that passes midnight rolls over to the next day") {
  const Incident& incident = parse(R"md(# Night outage

**Date**: 2026-03-14

## Timeline

| Time | Event |
| --- | --- |
| 23:40 | Backup job starts |
| 00:25 | Disk fills up |
)md");
  REQUIRE(incident.timeline.size() == 2);
  CHECK(iso(incident.timeline[0].timestamp) == "2026-03-14T23:40:00");
  CHECK(iso(incident.timeline[1].timestamp) == "2026-03-15T00:25:00");
  CHECK(iso(incident.timeline[1].date) == "2026-03-15");
}

TEST_CASE("timeline: a small step back is out of order, not the next day") {
  const Incident& incident = parse(R"md(# Outage

**Date**: 2026-03-14

## Timeline

| Time | Event |
| --- | --- |
| 14:49 | Rollback finished |
| 14:43 | Rollback started |
)md");
  REQUIRE(incident.timeline.size() == 2);
  CHECK(iso(incident.timeline[0].timestamp) == "2026-03-14T14:49:00");
  CHECK(iso(incident.timeline[1].timestamp) == "2026-03-14T14:43:00");
}

TEST_CASE("timeline: bullets with bold dates, ranges and approximate times") {
  const Incident& incident = parse(R"md(# Deploy freeze

**Date**: 2025-09-08

## Timeline

- **Sep 8, 13:22-18:36**: Deployments fail
- **Sep 9, ~13:50**: First customer reports
)md");
  REQUIRE(incident.timeline.size() == 2);
  const TimelineEntry& range = incident.timeline[0];
  CHECK(iso(range.timestamp) == "2025-09-08T13:22:00");
  CHECK(iso(range.end_timestamp) == "2025-09-08T18:36:00");
  CHECK(iso(range.date) == "2025-09-08");
  CHECK(range.event == "Deployments fail");
  CHECK(range.line == 7);
  CHECK_FALSE(range.approximate);
  const TimelineEntry& approximate = incident.timeline[1];
  CHECK(iso(approximate.timestamp) == "2025-09-09T13:50:00");
  CHECK(approximate.approximate);
  CHECK(approximate.event == "First customer reports");
  CHECK(approximate.line == 8);
}

TEST_CASE("timeline: plain time bullets") {
  SUBCASE("- 09:17 event") {
    const Incident& incident = parse("# Outage\n\n**Date**: 2026-03-14\n\n## Timeline\n\n- 09:17 Alert fires\n");
    REQUIRE(incident.timeline.size() == 1);
    CHECK(incident.timeline[0].time_text == "09:17");
    CHECK(iso(incident.timeline[0].timestamp) == "2026-03-14T09:17:00");
    CHECK(incident.timeline[0].event == "Alert fires");
    CHECK(incident.timeline[0].line == 7);
  }
  SUBCASE("- 12:15 PM EDT: event carries the zone's offset") {
    const Incident& incident =
        parse("# Outage\n\n**Date**: 2026-06-02\n\n## Timeline\n\n- 12:15 PM EDT: Labels stop printing\n");
    REQUIRE(incident.timeline.size() == 1);
    CHECK(iso(incident.timeline[0].timestamp) == "2026-06-02T12:15:00-04:00");
    CHECK(incident.timeline[0].event == "Labels stop printing");
  }
}

TEST_CASE("timeline: a bold date line groups the bullets under it") {
  const Incident& incident = parse(R"md(# Outage

## Timeline

**October 25, 2025 - Incident Start**

- 09:00 Error rate rises
- 09:30 Rollback
)md");
  REQUIRE(incident.timeline.size() == 2);
  CHECK(iso(incident.timeline[0].timestamp) == "2025-10-25T09:00:00");
  CHECK(incident.timeline[0].event == "Error rate rises");
  CHECK(incident.timeline[0].line == 7);
  CHECK(iso(incident.timeline[1].timestamp) == "2025-10-25T09:30:00");
}

TEST_CASE("timeline: a paragraph date line with a zone groups the bullets under it") {
  const Incident& incident = parse(R"md(# Outage

## Timeline

2026-03-14 (all times UTC)

- 14:02 Alerts fire
- 14:10 Incident declared
)md");
  REQUIRE(incident.timeline.size() == 2);
  CHECK(iso(incident.timeline[0].timestamp) == "2026-03-14T14:02:00Z");
  CHECK(iso(incident.timeline[1].timestamp) == "2026-03-14T14:10:00Z");
}

TEST_CASE("timeline: date headings with bullets") {
  const Incident& incident = parse(R"md(# Outage

## Timeline

### 2020-02-20

- 22:10 Certificates expire

### 2020-02-21

- 08:05 Certificates renewed
)md");
  REQUIRE(incident.timeline.size() == 2);
  CHECK(iso(incident.timeline[0].timestamp) == "2020-02-20T22:10:00");
  CHECK(incident.timeline[0].line == 7);
  CHECK(iso(incident.timeline[1].timestamp) == "2020-02-21T08:05:00");
  CHECK(incident.timeline[1].line == 11);
}

TEST_CASE("timeline: one heading per moment takes the paragraph below as its event") {
  const Incident& incident = parse(R"md(# Outage

**Date**: 2026-03-14

## Timeline

### 14:29

The first alert fires.

### 14:35

On-call acknowledges.
)md");
  REQUIRE(incident.timeline.size() == 2);
  CHECK(incident.timeline[0].time_text == "14:29");
  CHECK(iso(incident.timeline[0].timestamp) == "2026-03-14T14:29:00");
  CHECK(incident.timeline[0].event == "The first alert fires.");
  CHECK(incident.timeline[0].line == 7);
  CHECK(incident.timeline[1].event == "On-call acknowledges.");
  CHECK(incident.timeline[1].line == 11);
}

TEST_CASE("timeline: entries without a time keep the date of their group") {
  const Incident& incident = parse(R"md(# Outage

## Timeline

### 2020-02-20

- Customers start to complain
- 10:00 Support escalates
)md");
  REQUIRE(incident.timeline.size() == 2);
  CHECK(iso(incident.timeline[0].date) == "2020-02-20");
  CHECK(iso(incident.timeline[0].timestamp) == "null");
  CHECK(incident.timeline[0].time_text.empty());
  CHECK(incident.timeline[0].event == "Customers start to complain");
  CHECK(iso(incident.timeline[1].timestamp) == "2020-02-20T10:00:00");
}

TEST_CASE("timeline: an impossible time is kept and marked invalid") {
  const Incident& incident =
      parse("# Outage\n\n**Date**: 2026-03-14\n\n## Timeline\n\n- 13:09 PM: Database fails over\n");
  REQUIRE(incident.timeline.size() == 1);
  const TimelineEntry& entry = incident.timeline[0];
  CHECK(entry.time_text == "13:09 PM");
  CHECK(entry.invalid);
  CHECK_FALSE(entry.problem.empty());
  CHECK(iso(entry.timestamp) == "null");
  CHECK(entry.event == "Database fails over");
}

TEST_CASE("timeline: an `All times in` line sets the offset") {
  const Incident& incident = parse(R"md(# Outage

**Date**: 2026-05-19

## Timeline

_All times in EEST_

- 01:00 Backup window opens
- 01:40 Backups skipped
)md");
  REQUIRE(incident.timeline.size() == 2);
  CHECK(iso(incident.timeline[0].timestamp) == "2026-05-19T01:00:00+03:00");
  CHECK(iso(incident.timeline[1].timestamp) == "2026-05-19T01:40:00+03:00");
}

TEST_CASE("timeline: day headings beside the Timeline heading still belong to it") {
  const Incident& incident = parse(R"md(# Outage

**Date**: 2026-05-12

## Timeline

## May 12

### 20:15

Replication lag starts.

## May 13

### 08:30

Replica rebuilt.

## Lessons Learned

- 09:00 is not a timeline entry here
)md");
  REQUIRE(incident.timeline.size() == 2);
  CHECK(iso(incident.timeline[0].timestamp) == "2026-05-12T20:15:00");
  CHECK(incident.timeline[0].event == "Replication lag starts.");
  CHECK(incident.timeline[0].line == 9);
  CHECK(iso(incident.timeline[1].timestamp) == "2026-05-13T08:30:00");
  CHECK(incident.timeline[1].event == "Replica rebuilt.");
  CHECK(incident.timeline[1].line == 15);
}

TEST_CASE("timeline: date-only bullets are entries with a date and no time") {
  const Incident& incident = parse(R"md(# Slow rollout

## Timeline

- 2021-08-17: Something happened
- 2021-08-19: Something else happened
)md");
  REQUIRE(incident.timeline.size() == 2);
  CHECK(iso(incident.timeline[0].date) == "2021-08-17");
  CHECK(iso(incident.timeline[0].timestamp) == "null");
  CHECK(incident.timeline[0].event == "Something happened");
  CHECK(incident.timeline[0].line == 5);
  CHECK(iso(incident.timeline[1].date) == "2021-08-19");
  CHECK(incident.timeline[1].event == "Something else happened");
}

TEST_CASE("timeline: tables of other sections are not timeline") {
  const Incident& incident = parse(R"md(# Outage

**Date**: 2026-03-14

## Impact

| Time | Availability |
| --- | --- |
| 14:00 | 99.1% |
| 15:00 | 97.5% |

## Timeline

| Time | Event |
| --- | --- |
| 14:02 | Alerts fire |
)md");
  REQUIRE(incident.timeline.size() == 1);
  CHECK(incident.timeline[0].event == "Alerts fire");
  CHECK(incident.timeline[0].line == 16);
}

}  // namespace
}  // namespace pm
