// How the timeline rules measure time: distances between timestamps with and without zones,
// human-readable durations, and the impact bounds PM013 compares a stated duration with.

#include "rules/timeline_window.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <vector>

namespace pm {
namespace {

Timestamp at(int day, int hour, int minute, std::optional<int> offset = 0) {
  return Timestamp{CivilDate{2026, 3, day}, ClockTime{hour, minute, 0, false}, offset};
}

IncidentMoment stated(const Timestamp& timestamp) {
  return IncidentMoment{timestamp, 1, IncidentMoment::Source::metadata};
}

IncidentMoment recognised(const Timestamp& timestamp) {
  return IncidentMoment{timestamp, 1, IncidentMoment::Source::timeline};
}

TimelineEntry entry(const Timestamp& timestamp) {
  TimelineEntry out;
  out.time_text = std::string("12:00");
  out.timestamp = timestamp;
  out.date = timestamp.date;
  return out;
}

TEST_CASE("seconds_between uses zones only when both timestamps name one") {
  CHECK(seconds_between(at(14, 21, 50, 0), at(14, 18, 5, -240)) == 15 * 60);
  // One side without a zone: both are read as the document's local time.
  CHECK(seconds_between(at(14, 21, 50, std::nullopt), at(14, 18, 5, -240)) ==
        -(3 * 3600 + 45 * 60));
  CHECK(seconds_between(at(14, 23, 50), at(15, 0, 10)) == 20 * 60);
}

TEST_CASE("describe_timestamp names the zone, or only the clock when the year is unknown") {
  CHECK(describe_timestamp(at(14, 9, 5)) == "2026-03-14 09:05 UTC");
  CHECK(describe_timestamp(at(14, 10, 24, -300)) == "2026-03-14 10:24 -05:00");
  CHECK(describe_timestamp(at(14, 10, 24, 330)) == "2026-03-14 10:24 +05:30");
  CHECK(describe_timestamp(at(14, 10, 24, std::nullopt)) == "2026-03-14 10:24");
  CHECK(describe_timestamp(Timestamp{CivilDate{0, 1, 1}, ClockTime{23, 40, 0, false}, {}}) ==
        "23:40");
  CHECK(describe_timestamp(Timestamp{CivilDate{2026, 3, 14}, ClockTime{8, 0, 7, true}, 0}) ==
        "2026-03-14 08:00:07 UTC");
}

TEST_CASE("human_duration writes days, hours and minutes in words") {
  CHECK(human_duration(0) == "0 minutes");
  CHECK(human_duration(1) == "1 minute");
  CHECK(human_duration(45) == "45 minutes");
  CHECK(human_duration(60) == "1 hour");
  CHECK(human_duration(125) == "2 hours 5 minutes");
  CHECK(human_duration(1440) == "1 day");
  CHECK(human_duration(1441) == "1 day 1 minute");
  CHECK(human_duration(2 * 1440 + 180) == "2 days 3 hours");
}

TEST_CASE("the duration tolerance is a quarter of an hour or a tenth, whichever is larger") {
  CHECK(duration_tolerance_minutes(30) == 15);
  CHECK(duration_tolerance_minutes(150) == 15);
  CHECK(duration_tolerance_minutes(300) == 30);
  CHECK(duration_tolerance_minutes(1440) == 144);
}

TEST_CASE("a stated start and resolution give the impact exactly") {
  IncidentMoments moments;
  moments.started = stated(at(20, 8, 10));
  moments.resolved = stated(at(20, 9, 40));
  const std::optional<ImpactEstimate> estimate = estimate_impact(moments, {});
  REQUIRE(estimate);
  CHECK(estimate->exact);
  CHECK(estimate->longest_minutes == 90);

  CHECK_FALSE(compare_duration(90, *estimate));
  CHECK_FALSE(compare_duration(78, *estimate));  // within 15 minutes
  const std::optional<DurationConflict> conflict = compare_duration(25, *estimate);
  REQUIRE(conflict);
  CHECK(conflict->kind == DurationConflict::Kind::differs);
  CHECK(conflict->timeline_minutes == 90);
}

TEST_CASE("stated moments in the wrong order give no estimate") {
  IncidentMoments moments;
  moments.started = stated(at(20, 9, 40));
  moments.resolved = stated(at(20, 8, 10));
  CHECK_FALSE(estimate_impact(moments, {}));
}

TEST_CASE("without stated moments the timeline bounds the impact from both sides") {
  // A trigger the evening before, detection, a rollback, resolution, and a review next day.
  const std::vector<TimelineEntry> timeline{entry(at(2, 17, 40)), entry(at(3, 9, 30)),
                                            entry(at(3, 9, 41)),  entry(at(3, 10, 20)),
                                            entry(at(3, 10, 45)), entry(at(4, 15, 0))};
  IncidentMoments moments;
  moments.started = recognised(at(2, 17, 40));
  moments.detected = recognised(at(3, 9, 41));
  moments.mitigated = recognised(at(3, 10, 20));
  moments.resolved = recognised(at(3, 10, 45));
  const std::optional<ImpactEstimate> estimate = estimate_impact(moments, timeline);
  REQUIRE(estimate);
  CHECK_FALSE(estimate->exact);
  CHECK(estimate->has_shortest);
  CHECK(estimate->shortest_minutes == 39);  // detected to mitigated
  CHECK(estimate->longest_minutes == 45 * 60 + 20);

  CHECK_FALSE(compare_duration(75, *estimate));
  CHECK_FALSE(compare_duration(25, *estimate));  // 39 minus the tolerance
  const std::optional<DurationConflict> short_one = compare_duration(20, *estimate);
  REQUIRE(short_one);
  CHECK(short_one->kind == DurationConflict::Kind::too_short);
  const std::optional<DurationConflict> long_one = compare_duration(4 * 1440, *estimate);
  REQUIRE(long_one);
  CHECK(long_one->kind == DurationConflict::Kind::too_long);
}

TEST_CASE("a start recognised only as the first row does not bound the impact from below") {
  const std::vector<TimelineEntry> timeline{entry(at(3, 8, 0)), entry(at(3, 10, 0))};
  IncidentMoments moments;
  moments.started = recognised(at(3, 8, 0));
  moments.resolved = recognised(at(3, 10, 0));
  const std::optional<ImpactEstimate> estimate = estimate_impact(moments, timeline);
  REQUIRE(estimate);
  CHECK_FALSE(estimate->has_shortest);
  CHECK_FALSE(compare_duration(10, *estimate));
  CHECK(compare_duration(3 * 60, *estimate));
}

TEST_CASE("a single timed entry is too little to judge a duration") {
  IncidentMoments moments;
  moments.started = recognised(at(3, 8, 0));
  CHECK_FALSE(estimate_impact(moments, {entry(at(3, 8, 0))}));
}

TEST_CASE("entries of an unknown year are left out of the estimate") {
  const Timestamp undated{CivilDate{0, 1, 1}, ClockTime{9, 0, 0, false}, {}};
  IncidentMoments moments;
  CHECK_FALSE(estimate_impact(moments, {entry(undated), entry(undated)}));
}

}  // namespace
}  // namespace pm
