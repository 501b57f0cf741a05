// Setting a timeline's points on one axis: the frame of reference and the ticks.

#include "render/time_axis.h"

#include <doctest/doctest.h>

namespace pm {
namespace {

Timestamp at(int day, int hour, int minute, std::optional<int> offset = std::nullopt) {
  return Timestamp{CivilDate{2026, 3, day}, ClockTime{hour, minute, 0, false}, offset};
}

TEST_CASE("points that all name one zone keep their wall clock; several zones compare in UTC") {
  const TimeFrame utc = choose_time_frame({at(14, 23, 40, 0), at(15, 0, 25, 0)});
  CHECK_FALSE(utc.in_utc);
  CHECK(utc.wall_clock_offset == 0);
  CHECK(describe_frame(utc) == "times in UTC");

  const TimeFrame pdt = choose_time_frame({at(16, 8, 52, -420), at(16, 12, 32, -420)});
  CHECK(describe_frame(pdt) == "times in UTC-07:00");
  CHECK(frame_minutes(at(16, 12, 32, -420), pdt) - frame_minutes(at(16, 8, 52, -420), pdt) == 220);

  const TimeFrame mixed = choose_time_frame({at(3, 10, 0, -300), at(3, 16, 0, 60)});
  CHECK(mixed.in_utc);
  // 10:00 EST and 16:00 CET are both 15:00 UTC.
  CHECK(frame_minutes(at(3, 10, 0, -300), mixed) == frame_minutes(at(3, 16, 0, 60), mixed));
}

TEST_CASE("when any point names no zone, every point is read on the document's own wall clock") {
  const TimeFrame frame = choose_time_frame({at(3, 9, 17), at(3, 10, 24, -300)});
  CHECK_FALSE(frame.in_utc);
  CHECK_FALSE(frame.wall_clock_offset.has_value());
  CHECK(describe_frame(frame) == "times as written");
  CHECK(frame_minutes(at(3, 10, 24, -300), frame) - frame_minutes(at(3, 9, 17), frame) == 67);
}

TEST_CASE("ticks fall on round times and name the day where it changes") {
  const TimeFrame frame = choose_time_frame({at(14, 23, 40, 0)});
  const long long first = frame_minutes(at(14, 23, 38, 0), frame);
  const long long last = frame_minutes(at(15, 0, 27, 0), frame);
  const auto ticks = axis_ticks(first, last, true);
  REQUIRE(ticks.size() >= 4);
  CHECK(ticks.front().time_label == "23:40");
  CHECK(ticks.front().date_label == "Mar 14");
  std::vector<std::string> dated;
  for (const auto& tick : ticks) {
    CHECK(tick.minute % 10 == 0);
    if (!tick.date_label.empty()) dated.push_back(tick.date_label + " " + tick.time_label);
  }
  CHECK(dated == std::vector<std::string>{"Mar 14 23:40", "Mar 15 00:00"});
}

TEST_CASE("the tick step grows with the span, and days are not named when the year is unknown") {
  CHECK(axis_ticks(0, 60, true).size() == 7);            // every 10 minutes
  CHECK(axis_ticks(0, 29 * 60, true)[1].minute == 360);  // every 6 hours
  const auto undated = axis_ticks(0, 120, false);
  for (const auto& tick : undated) CHECK(tick.date_label.empty());
  CHECK(axis_ticks(10, 5, true).empty());
  CHECK(clock_label(-1) == "23:59");
  CHECK(day_label(0) == "Jan 1");
}

}  // namespace
}  // namespace pm
