#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pm {

struct CivilDate {
  int year = 0;  // 0 when the text named no year and none was hinted
  int month = 0;
  int day = 0;
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

struct ClockTime {
  int hour = 0;  // 0-23 after 12-hour conversion
  int minute = 0;
  int second = 0;
  bool has_seconds = false;
  friend bool operator==(const ClockTime&, const ClockTime&) = default;
};

// A point or span of time as an incident document writes it: "Sep 8, 13:22-18:36",
// "12:15 PM EDT", "2018-07-12 9:49 UTC", "~13:50", "2019-01-22", "13:09 PM" (kept, invalid).
struct Moment {
  std::optional<CivilDate> date;
  std::optional<ClockTime> time;
  std::optional<CivilDate> end_date;
  std::optional<ClockTime> end_time;
  std::optional<int> utc_offset_minutes;  // set when a zone or offset is named
  std::string zone_text;                  // the zone as written: "UTC", "EDT", "+02:00"
  bool approximate = false;               // "~13:50", "around 9am", "approx."
  bool valid = true;                      // false for "13:09 PM", "25:00", "Feb 30"
  std::string problem;                    // why it is invalid, for diagnostics
};

struct MomentMatch {
  Moment moment;
  std::size_t length = 0;  // bytes of the input consumed, including trailing separators
};

// Reads a moment at the start of `text` (after optional bullets, bold markers and "~"),
// followed by a separator such as ":", " - ", " – ", "|" or the end of text.
// `year_hint` fills dates written without a year (0 leaves the year unknown).
std::optional<MomentMatch> match_leading_moment(std::string_view text, int year_hint = 0);

// The whole text (trimmed, bold markers and trailing punctuation ignored) is one moment.
std::optional<Moment> parse_moment(std::string_view text, int year_hint = 0);

// A date in any common spelling: 2025-09-09, 2025/09/09, September 9, 2025, Sep 9 2025,
// 9 Sep 2025, 9. September 2025, Sep 9th, "January 23rd, 2019", 09/09/2025 (US order),
// with an optional weekday before or after ("Saturday", "Sat,").
std::optional<CivilDate> parse_date(std::string_view text, int year_hint = 0);

// "47 minutes", "2 hours 5 minutes", "3h 10m", "1 hour 35 minutes", "1.5 hours", "90 min",
// "~4 hours", "2 days". Null when no duration is found.
std::optional<int> parse_duration_minutes(std::string_view text);

// "All times in UTC", "All times UTC", "(all times UTC)", "times are PST", "_All times in EEST_".
// Returns the zone's offset and its text.
struct ZoneDeclaration {
  int utc_offset_minutes = 0;
  std::string zone_text;
};
std::optional<ZoneDeclaration> find_zone_declaration(std::string_view text);

// Known zone abbreviations (UTC, GMT, Z, PST, PDT, EST, EDT, CST, CDT, MST, MDT, CET, CEST,
// EET, EEST, WET, WEST, BST, JST, AEST, ...) and numeric offsets (+02:00, -0500, UTC+2).
std::optional<int> zone_offset_minutes(std::string_view zone);

bool is_valid_date(const CivilDate& date);
CivilDate add_days(const CivilDate& date, int days);
// Days from `from` to `to` (negative when `to` is earlier).
long days_between(const CivilDate& from, const CivilDate& to);
std::string format_iso_date(const CivilDate& date);  // "2025-09-09"
// "2025-09-09T13:22:00" plus "Z" or "+02:00" when the offset is known.
std::string format_iso_timestamp(const CivilDate& date, const ClockTime& time,
                                 std::optional<int> utc_offset_minutes);
// Minutes since 1970-01-01 00:00 in the given offset (local when none), for ordering.
long long minutes_since_epoch(const CivilDate& date, const ClockTime& time,
                              std::optional<int> utc_offset_minutes);

}  // namespace pm
