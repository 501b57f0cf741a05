#include "render/time_axis.h"

#include <array>

#include "model/time_parse.h"

namespace pm {
namespace {

constexpr long long kMinutesPerDay = 24 * 60;
constexpr int kWantedTicks = 8;
constexpr std::array<long long, 15> kTickSteps{1,   2,   5,   10,   15,   30,       60,       120,
                                               180, 360, 720, 1440, 2880, 7 * 1440, 14 * 1440};

long long floor_div(long long value, long long divisor) {
  const long long quotient = value / divisor;
  return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

std::string two_digits(long long value) { return (value < 10 ? "0" : "") + std::to_string(value); }

long long tick_step(long long span) {
  for (long long step : kTickSteps) {
    if (span / step <= kWantedTicks) return step;
  }
  return kTickSteps.back();
}

std::string offset_text(int offset) {
  const int magnitude = offset < 0 ? -offset : offset;
  return std::string("UTC") + (offset < 0 ? "-" : "+") + two_digits(magnitude / 60) + ":" +
         two_digits(magnitude % 60);
}

}  // namespace

TimeFrame choose_time_frame(const std::vector<Timestamp>& points) {
  TimeFrame frame;
  bool all_zoned = !points.empty();
  bool one_zone = true;
  for (const Timestamp& point : points) {
    all_zoned = all_zoned && point.utc_offset_minutes.has_value();
    one_zone = one_zone && point.utc_offset_minutes == points.front().utc_offset_minutes;
  }
  if (!all_zoned) return frame;
  if (one_zone) {
    frame.wall_clock_offset = points.front().utc_offset_minutes;
  } else {
    frame.in_utc = true;
  }
  return frame;
}

long long frame_minutes(const Timestamp& point, const TimeFrame& frame) {
  const std::optional<int> offset = frame.in_utc ? point.utc_offset_minutes : std::nullopt;
  return minutes_since_epoch(point.date, point.time, offset);
}

std::string describe_frame(const TimeFrame& frame) {
  if (frame.in_utc || frame.wall_clock_offset == 0) return "times in UTC";
  if (frame.wall_clock_offset) return "times in " + offset_text(*frame.wall_clock_offset);
  return "times as written";
}

std::string clock_label(long long minute) {
  const long long of_day = minute - floor_div(minute, kMinutesPerDay) * kMinutesPerDay;
  return two_digits(of_day / 60) + ":" + two_digits(of_day % 60);
}

std::string day_label(long long minute) {
  static constexpr std::array<const char*, 12> kMonths{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                       "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
  const auto days = static_cast<int>(floor_div(minute, kMinutesPerDay));
  const CivilDate date = add_days(CivilDate{1970, 1, 1}, days);
  return std::string(kMonths[static_cast<std::size_t>(date.month - 1)]) + " " +
         std::to_string(date.day);
}

std::vector<AxisTick> axis_ticks(long long first, long long last, bool dates_known) {
  std::vector<AxisTick> ticks;
  if (last < first) return ticks;
  const long long step = tick_step(last - first);
  long long previous_day = 0;
  for (long long minute = floor_div(first + step - 1, step) * step; minute <= last;
       minute += step) {
    AxisTick tick{minute, clock_label(minute), ""};
    const long long day = floor_div(minute, kMinutesPerDay);
    if (dates_known && (ticks.empty() || day != previous_day)) tick.date_label = day_label(minute);
    previous_day = day;
    ticks.push_back(std::move(tick));
  }
  return ticks;
}

}  // namespace pm
