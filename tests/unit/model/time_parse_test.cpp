#include "model/time_parse.h"

#include <doctest/doctest.h>

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace doctest {
template <>
struct StringMaker<pm::CivilDate> {
  static String convert(const pm::CivilDate& date) { return pm::format_iso_date(date).c_str(); }
};
template <>
struct StringMaker<std::optional<pm::CivilDate>> {
  static String convert(const std::optional<pm::CivilDate>& date) {
    return date ? pm::format_iso_date(*date).c_str() : "nullopt";
  }
};
template <>
struct StringMaker<pm::ClockTime> {
  static String convert(const pm::ClockTime& time) {
    return (std::to_string(time.hour) + ":" + std::to_string(time.minute) + ":" +
            std::to_string(time.second) + (time.has_seconds ? " (s)" : ""))
        .c_str();
  }
};
template <>
struct StringMaker<std::optional<pm::ClockTime>> {
  static String convert(const std::optional<pm::ClockTime>& time) {
    return time ? StringMaker<pm::ClockTime>::convert(*time) : "nullopt";
  }
};
}  // namespace doctest

namespace {

using pm::CivilDate;
using pm::ClockTime;
using pm::Moment;

CivilDate ymd(int year, int month, int day) { return CivilDate{year, month, day}; }
ClockTime hm(int hour, int minute) { return ClockTime{hour, minute, 0, false}; }
ClockTime hms(int hour, int minute, int second) { return ClockTime{hour, minute, second, true}; }

// The moment at the start of `text`; fails the test when there is none.
Moment leading(std::string_view text, int year_hint = 0) {
  const auto match = pm::match_leading_moment(text, year_hint);
  REQUIRE_MESSAGE(match.has_value(), "no moment in: " << std::string(text));
  CHECK(match->length <= text.size());
  return match->moment;
}

// What the caller keeps as event text after the moment.
std::string event_after(std::string_view text, int year_hint = 0) {
  const auto match = pm::match_leading_moment(text, year_hint);
  REQUIRE_MESSAGE(match.has_value(), "no moment in: " << std::string(text));
  return std::string(text.substr(match->length));
}

bool matches(std::string_view text) { return pm::match_leading_moment(text).has_value(); }

}  // namespace

// ------------------------------------------------------------------------------------------
TEST_SUITE("time_parse leading moments") {
  TEST_CASE("bold date with a time span") {
    const std::string_view text = "**Sep 8, 13:22-18:36**: Multiple deployments";
    const Moment m = leading(text, 2025);
    CHECK(m.date == ymd(2025, 9, 8));
    CHECK(m.time == hm(13, 22));
    CHECK(m.end_time == hm(18, 36));
    CHECK(m.end_date == ymd(2025, 9, 8));
    CHECK(m.valid);
    CHECK_FALSE(m.approximate);
    CHECK_FALSE(m.utc_offset_minutes.has_value());
    CHECK(event_after(text, 2025) == "Multiple deployments");
  }

  TEST_CASE("bold with the colon inside") {
    const Moment m = leading("**Sep 9, ~13:50:** User reports", 2025);
    CHECK(m.date == ymd(2025, 9, 9));
    CHECK(m.time == hm(13, 50));
    CHECK(m.approximate);
    CHECK(event_after("**Sep 9, ~13:50:** User reports", 2025) == "User reports");
    CHECK(event_after("**Sep 9, ~13:50**: User reports", 2025) == "User reports");
  }

  TEST_CASE("plain times") {
    CHECK(leading("09:17 event").time == hm(9, 17));
    CHECK(event_after("09:17 event") == "event");
    CHECK(leading("9:17 event").time == hm(9, 17));
    CHECK(event_after("9:17 event") == "event");
    CHECK(leading("09:17").time == hm(9, 17));
    CHECK(event_after("09:17").empty());
    CHECK_FALSE(leading("09:17 event").date.has_value());
  }

  TEST_CASE("12-hour clock") {
    const Moment edt = leading("12:15 PM EDT: event");
    CHECK(edt.time == hm(12, 15));
    CHECK(edt.utc_offset_minutes == -240);
    CHECK(edt.zone_text == "EDT");
    CHECK(event_after("12:15 PM EDT: event") == "event");

    CHECK(leading("10:15 AM").time == hm(10, 15));
    CHECK(leading("11:39AM deploy").time == hm(11, 39));
    CHECK(event_after("11:39AM deploy") == "deploy");
    CHECK(leading("11:00 AM").time == hm(11, 0));
    CHECK(leading("12:00 AM").time == hm(0, 0));
    CHECK(leading("12:30 PM").time == hm(12, 30));
    CHECK(leading("1:05 a.m. paged").time == hm(1, 5));
    CHECK(event_after("1:05 a.m. paged") == "paged");
    CHECK(leading("1:05 p.m.").time == hm(13, 5));
    CHECK(leading("11:59 pm").time == hm(23, 59));
    CHECK(leading("9am standup").time == hm(9, 0));
    CHECK(leading("9 PM").time == hm(21, 0));
  }

  TEST_CASE("no-break spaces before AM/PM") {
    CHECK(leading("12:15\xE2\x80\xAFPM").time == hm(12, 15));
    CHECK(leading("12:15\xC2\xA0PM").time == hm(12, 15));
  }

  TEST_CASE("PST and other abbreviations after a 12-hour time") {
    const Moment m = leading("4:05 PM PST: hook restarted");
    CHECK(m.time == hm(16, 5));
    CHECK(m.utc_offset_minutes == -480);
    CHECK(m.zone_text == "PST");
    CHECK(event_after("4:05 PM PST: hook restarted") == "hook restarted");
  }

  TEST_CASE("ISO dates and timestamps") {
    const Moment a = leading("2018-07-12 9:49 UTC");
    CHECK(a.date == ymd(2018, 7, 12));
    CHECK(a.time == hm(9, 49));
    CHECK(a.utc_offset_minutes == 0);
    CHECK(a.zone_text == "UTC");

    const Moment b = leading("2025-07-26 14:03:10 UTC");
    CHECK(b.date == ymd(2025, 7, 26));
    CHECK(b.time == hms(14, 3, 10));

    const Moment c = leading("2019-01-22T16:08:30Z");
    CHECK(c.date == ymd(2019, 1, 22));
    CHECK(c.time == hms(16, 8, 30));
    CHECK(c.utc_offset_minutes == 0);
    CHECK(c.zone_text == "Z");

    const Moment d = leading("2019-01-22T16:08:30.123+05:30 started");
    CHECK(d.time == hms(16, 8, 30));
    CHECK(d.utc_offset_minutes == 330);
    CHECK(leading("2019-01-22T16:08-05:00").utc_offset_minutes == -300);

    const Moment e = leading("2021-08-17: event");
    CHECK(e.date == ymd(2021, 8, 17));
    CHECK_FALSE(e.time.has_value());
    CHECK(event_after("2021-08-17: event") == "event");

    CHECK(leading("2019-01-22").date == ymd(2019, 1, 22));
    CHECK(leading("2025/09/09 alert").date == ymd(2025, 9, 9));
  }

  TEST_CASE("heading spans and spans across midnight") {
    const Moment h = leading("~13:30-13:45");
    CHECK(h.approximate);
    CHECK(h.time == hm(13, 30));
    CHECK(h.end_time == hm(13, 45));
    CHECK_FALSE(h.end_date.has_value());  // no date known

    CHECK(leading("13:22 - 18:36 outage").end_time == hm(18, 36));
    CHECK(event_after("13:22 - 18:36 outage") == "outage");
    CHECK(leading("13:22\u201318:36").end_time == hm(18, 36));
    CHECK(leading("13:22 \xE2\x80\x94 18:36").end_time == hm(18, 36));
    CHECK(leading("13:22 to 18:36").end_time == hm(18, 36));

    const Moment night = leading("23:50-00:10");
    CHECK(night.end_time == hm(0, 10));
    CHECK_FALSE(night.end_date.has_value());

    const Moment dated = leading("2025-12-31 23:50-00:10: rollover");
    CHECK(dated.date == ymd(2025, 12, 31));
    CHECK(dated.end_date == ymd(2026, 1, 1));
    CHECK(dated.end_time == hm(0, 10));

    const Moment unknown_year = leading("Dec 31 23:50-00:10");
    CHECK(unknown_year.end_date == ymd(0, 1, 1));  // the year stays unknown
  }

  TEST_CASE("span ends with their own date, AM/PM and zone") {
    const Moment m = leading("Sep 8 22:00 - Sep 9 02:00 UTC", 2025);
    CHECK(m.end_date == ymd(2025, 9, 9));
    CHECK(m.end_time == hm(2, 0));
    CHECK(m.utc_offset_minutes == 0);

    const Moment am = leading("9:00-10:30 AM");
    CHECK(am.time == hm(9, 0));
    CHECK(am.end_time == hm(10, 30));
    const Moment pm = leading("2:00-3:30 PM");
    CHECK(pm.time == hm(14, 0));
    CHECK(pm.end_time == hm(15, 30));
    const Moment noon = leading("11:00-1:00 PM");
    CHECK(noon.time == hm(11, 0));
    CHECK(noon.end_time == hm(13, 0));

    const Moment zoned = leading("13:22 UTC - 14:00 UTC: x");
    CHECK(zoned.utc_offset_minutes == 0);
    CHECK(zoned.end_time == hm(14, 0));
    CHECK(event_after("13:22 UTC - 14:00 UTC: x") == "x");

    const Moment midnight = leading("2025-09-08 23:00-24:00");
    CHECK(midnight.valid);
    CHECK(midnight.end_time == hm(0, 0));
    CHECK(midnight.end_date == ymd(2025, 9, 9));
  }

  TEST_CASE("date ranges without times") {
    const Moment m = leading("Sep 8 - Sep 10: migration", 2025);
    CHECK(m.date == ymd(2025, 9, 8));
    CHECK(m.end_date == ymd(2025, 9, 10));
    CHECK_FALSE(m.end_time.has_value());
    CHECK(event_after("Sep 8 - Sep 10: migration", 2025) == "migration");
  }

  TEST_CASE("day-first and month-first dates") {
    const Moment a = leading("19. April, 11:00 backup", 2024);
    CHECK(a.date == ymd(2024, 4, 19));
    CHECK(a.time == hm(11, 0));
    CHECK(event_after("19. April, 11:00 backup", 2024) == "backup");

    CHECK(leading("15 May", 2024).date == ymd(2024, 5, 15));
    CHECK(leading("May 12", 2024).date == ymd(2024, 5, 12));
    CHECK(leading("May 12").date == ymd(0, 5, 12));

    const Moment b = leading("October 25, 2025 - Incident Start");
    CHECK(b.date == ymd(2025, 10, 25));
    CHECK_FALSE(b.time.has_value());
    CHECK(event_after("October 25, 2025 - Incident Start") == "Incident Start");

    CHECK(leading("2026-03-14 (all times UTC)").date == ymd(2026, 3, 14));
    CHECK(event_after("2026-03-14 (all times UTC)") == "(all times UTC)");

    const Moment c = leading("Jan 2, 2026 06:02 UTC");
    CHECK(c.date == ymd(2026, 1, 2));
    CHECK(c.time == hm(6, 2));
    CHECK(c.utc_offset_minutes == 0);

    CHECK(leading("Saturday, July 26, 2025").date == ymd(2025, 7, 26));
    CHECK(leading("2025-07-26 Saturday").date == ymd(2025, 7, 26));
    CHECK(event_after("2025-07-26 Saturday: quiet") == "quiet");
    CHECK(leading("January 23rd, 2019").date == ymd(2019, 1, 23));
    CHECK(leading("9th of September 2025").date == ymd(2025, 9, 9));
    CHECK(leading("Sep. 9 at 14:00").time == hm(14, 0));
    CHECK(leading("Sept 9, 2025").date == ymd(2025, 9, 9));
    CHECK(leading("09/09/2025 deploy").date == ymd(2025, 9, 9));
    CHECK(leading("19.04.2025 deploy").date == ymd(2025, 4, 19));
    CHECK(leading("Sat 26 July 2025, 10:00").time == hm(10, 0));
  }

  TEST_CASE("zones after a time") {
    const Moment dash = leading("14:00 UTC \xE2\x80\x93 text");
    CHECK(dash.utc_offset_minutes == 0);
    CHECK(event_after("14:00 UTC \xE2\x80\x93 text") == "text");

    const Moment shifted = leading("14:00 UTC+2");
    CHECK(shifted.utc_offset_minutes == 120);
    CHECK(shifted.zone_text == "UTC+2");

    const Moment numeric = leading("14:00 +02:00 deploy");
    CHECK(numeric.utc_offset_minutes == 120);
    CHECK(numeric.zone_text == "+02:00");

    const Moment parens = leading("14:00 (UTC) deploy");
    CHECK(parens.utc_offset_minutes == 0);
    CHECK(parens.zone_text == "UTC");
    CHECK(event_after("14:00 (UTC) deploy") == "deploy");

    CHECK(leading("14:00 GMT").utc_offset_minutes == 0);
    CHECK(leading("14:00 CEST").utc_offset_minutes == 120);
    CHECK(leading("14:00 utc").utc_offset_minutes == 0);
    CHECK(leading("14:00 GMT-5").utc_offset_minutes == -300);
    CHECK(leading("14:00Z").utc_offset_minutes == 0);
    CHECK(leading("14:00 Pacific Time: x").utc_offset_minutes == -480);
  }

  TEST_CASE("words after a time are not zones") {
    const Moment m = leading("09:17 west region failed");
    CHECK_FALSE(m.utc_offset_minutes.has_value());
    CHECK(event_after("09:17 west region failed") == "west region failed");
    CHECK_FALSE(leading("09:17 ESTIMATED").utc_offset_minutes.has_value());
    CHECK_FALSE(leading("09:17 -10 errors").end_time.has_value());
  }

  TEST_CASE("separators after the moment") {
    CHECK(event_after("09:17 - text") == "text");
    CHECK(event_after("09:17 \xE2\x80\x93 text") == "text");
    CHECK(event_after("09:17 \xE2\x80\x94 text") == "text");
    CHECK(event_after("09:17 | text") == "text");
    CHECK(event_after("09:17, text") == "text");
    CHECK(event_after("09:17 -> text") == "text");
    CHECK(event_after("**09:17** - text") == "text");
    CHECK(event_after("`09:17` text") == "text");
    CHECK(event_after("[09:17] text") == "text");
    CHECK(event_after("- 09:17: text") == "text");
    CHECK(event_after("09:17: - text") == "- text");  // one separator only
  }

  TEST_CASE("approximate markers") {
    CHECK(leading("~13:50").approximate);
    CHECK(leading("around 9am").approximate);
    CHECK(leading("approx. 13:50 x").approximate);
    CHECK(leading("Approximately 13:50 x").approximate);
    CHECK(leading("13:50 (approx.) x").approximate);
    CHECK(event_after("13:50 (approx.) x") == "x");
    const Moment estimated = leading("13:50 (est) x");
    CHECK(estimated.approximate);
    CHECK_FALSE(estimated.utc_offset_minutes.has_value());
    CHECK(leading("13:50 (EST) x").utc_offset_minutes == -300);
    CHECK_FALSE(leading("13:50").approximate);
  }

  TEST_CASE("invalid moments are kept and explained") {
    const Moment pm = leading("13:09 PM: restart");
    CHECK_FALSE(pm.valid);
    CHECK(pm.problem == "13:09 PM: hour 13 with PM");
    CHECK(event_after("13:09 PM: restart") == "restart");

    const Moment hour = leading("25:00 x");
    CHECK_FALSE(hour.valid);
    CHECK(hour.problem == "25:00: hour 25 is out of range");

    const Moment minute = leading("12:61 x");
    CHECK_FALSE(minute.valid);
    CHECK(minute.problem == "12:61: minute 61 is out of range");

    const Moment feb = leading("Feb 30: x", 2025);
    CHECK_FALSE(feb.valid);
    CHECK(feb.problem == "Feb 30: February 2025 has no day 30");

    const Moment month = leading("2025-13-01 x");
    CHECK_FALSE(month.valid);
    CHECK(month.problem == "2025-13-01: month 13 is out of range");

    CHECK_FALSE(leading("Feb 29 2025").valid);
    CHECK(leading("Feb 29 2024").valid);
    CHECK(leading("Feb 29").valid);  // year unknown: could be a leap year
    CHECK_FALSE(leading("Feb 29", 2025).valid);

    const Moment both = leading("Feb 30 25:00", 2025);
    CHECK(both.problem == "Feb 30: February 2025 has no day 30; 25:00: hour 25 is out of range");
  }

  TEST_CASE("text that is not a moment") {
    for (std::string_view text : {"10 users were affected",
                                  "3 retries",
                                  "404 errors",
                                  "v1.2.3 deployed",
                                  "1.5 hours later",
                                  "#123",
                                  "Step 2: rollback",
                                  "2 hours",
                                  "42",
                                  "PAY-812",
                                  "words",
                                  "2019 was a bad year",
                                  "May be related",
                                  "may 5 fail",
                                  "5 may fail",
                                  "Monday: deploy",
                                  "12:30:45:10",
                                  "09:17-5",
                                  "2025-09-09-1",
                                  "9:17.5",
                                  "3/4 of servers",
                                  "1:2",
                                  "123:45",
                                  "09:17x",
                                  "Mayday",
                                  "Sep 32",
                                  "Sept",
                                  "2nd deploy",
                                  "T+5 minutes"}) {
      CAPTURE(text);
      CHECK_FALSE(matches(text));
    }
  }

  TEST_CASE("never crashes on odd input") {
    const std::string_view inputs[] = {"",
                                       "~",
                                       "**",
                                       "-",
                                       "*",
                                       "_",
                                       "`",
                                       "[",
                                       "(",
                                       ":",
                                       " ",
                                       "~~~~",
                                       "** **",
                                       "- - -",
                                       "\xF0\x9F\x94\xA5 09:17 fire",
                                       "\xE2\x80\x93",
                                       "\xE2",
                                       "\xC2",
                                       "T",
                                       "Z",
                                       "+",
                                       "+02:00",
                                       "2025-",
                                       "2025-09",
                                       "2025-09-",
                                       "Sep",
                                       "Sep ",
                                       "12:",
                                       "12:3",
                                       "1 2 3",
                                       "a.m.",
                                       std::string_view("\0 09:17", 7)};
    for (std::string_view text : inputs) {
      CAPTURE(text);
      const auto match = pm::match_leading_moment(text);
      if (match) CHECK(match->length <= text.size());
      (void)pm::parse_moment(text);
      (void)pm::parse_date(text);
      (void)pm::parse_duration_minutes(text);
      (void)pm::find_zone_declaration(text);
      (void)pm::zone_offset_minutes(text);
    }
    CHECK_FALSE(matches("\xF0\x9F\x94\xA5 09:17 fire"));
  }
}

// ------------------------------------------------------------------------------------------
TEST_SUITE("time_parse whole text") {
  TEST_CASE("parse_date spellings") {
    const CivilDate expected = ymd(2025, 9, 9);
    for (std::string_view text :
         {"2025-09-09", "2025/09/09", "September 9, 2025", "Sep 9 2025", "9 Sep 2025",
          "9. September 2025", "09/09/2025", "2025-9-9", "Tuesday, 2025-09-09", "Tue, Sep 9, 2025",
          "2025-09-09 (Tuesday)", "  **2025-09-09**  ", "_Sep 9, 2025_", "2025-09-09.",
          "september 9, 2025", "SEP 9 2025", "9th September 2025"}) {
      CAPTURE(text);
      CHECK(pm::parse_date(text) == expected);
    }
  }

  TEST_CASE("parse_date year hint") {
    CHECK(pm::parse_date("Sep 9th", 2025) == ymd(2025, 9, 9));
    CHECK(pm::parse_date("Sep 9th") == ymd(0, 9, 9));
    CHECK(pm::parse_date("January 23rd, 2019", 2025) == ymd(2019, 1, 23));
    CHECK(pm::parse_date("may 5", 2025) == ymd(2025, 5, 5));  // any case when alone
  }

  TEST_CASE("parse_date slashed order") {
    CHECK(pm::parse_date("09/10/2025") == ymd(2025, 9, 10));  // US order when ambiguous
    CHECK(pm::parse_date("30/09/2025") == ymd(2025, 9, 30));  // only day first is possible
    CHECK_FALSE(pm::parse_date("13/13/2025").has_value());
  }

  TEST_CASE("parse_date rejects") {
    for (std::string_view text :
         {"2025-02-30", "Feb 30, 2025", "2025-13-01", "2025-09-09 14:00", "09:17", "",
          "next Tuesday", "2025", "Sep 2025", "2025-09-09 and later", "TBD", "Sep 8 - Sep 10"}) {
      CAPTURE(text);
      CHECK_FALSE(pm::parse_date(text).has_value());
    }
    CHECK_FALSE(pm::parse_date("Feb 29", 2025).has_value());
    CHECK(pm::parse_date("Feb 29", 2024) == ymd(2024, 2, 29));
  }

  TEST_CASE("parse_moment") {
    const auto a = pm::parse_moment("**2025-07-26 14:03:10 UTC**");
    REQUIRE(a);
    CHECK(a->date == ymd(2025, 7, 26));
    CHECK(a->time == hms(14, 3, 10));
    CHECK(a->utc_offset_minutes == 0);

    const auto b = pm::parse_moment("12:15 PM EDT.");
    REQUIRE(b);
    CHECK(b->time == hm(12, 15));
    CHECK(b->utc_offset_minutes == -240);

    const auto c = pm::parse_moment("~13:30-13:45");
    REQUIRE(c);
    CHECK(c->approximate);
    CHECK(c->end_time == hm(13, 45));

    const auto d = pm::parse_moment("13:09 PM");
    REQUIRE(d);
    CHECK_FALSE(d->valid);
    CHECK(d->problem == "13:09 PM: hour 13 with PM");

    const auto e = pm::parse_moment("Sep 9", 2025);
    REQUIRE(e);
    CHECK(e->date == ymd(2025, 9, 9));

    const auto f = pm::parse_moment("14:00 est");  // any case when alone
    REQUIRE(f);
    CHECK(f->utc_offset_minutes == -300);

    CHECK_FALSE(pm::parse_moment("09:17 event").has_value());
    CHECK_FALSE(pm::parse_moment("about").has_value());
    CHECK_FALSE(pm::parse_moment("").has_value());
  }
}

// ------------------------------------------------------------------------------------------
TEST_SUITE("time_parse durations") {
  TEST_CASE("spellings") {
    struct Case {
      std::string_view text;
      int minutes;
    };
    for (const Case& c : {Case{"47 minutes", 47},
                          Case{"2 hours 5 minutes", 125},
                          Case{"3h 10m", 190},
                          Case{"3h10m", 190},
                          Case{"1 hour 35 minutes", 95},
                          Case{"1 hour and 35 minutes", 95},
                          Case{"1 hour, 35 minutes", 95},
                          Case{"1.5 hours", 90},
                          Case{"90 min", 90},
                          Case{"~4 hours", 240},
                          Case{"2 days", 2880},
                          Case{"16 minutes", 16},
                          Case{"1h", 60},
                          Case{"45m", 45},
                          Case{"2 hrs", 120},
                          Case{"an hour", 60},
                          Case{"An hour", 60},
                          Case{"half an hour", 30},
                          Case{"an hour and a half", 90},
                          Case{"a 47-minute outage", 47},
                          Case{"1 week", 10080},
                          Case{"90 seconds", 2},
                          Case{"approximately 16 minutes (06:02 - 06:18 UTC)", 16},
                          Case{"Duration: **2 hours 5 minutes**", 125},
                          Case{"P1 for 30 mins", 30},
                          Case{"1:30 hours", 90},
                          Case{"1:30h", 90},
                          Case{"1 hr 30 min", 90},
                          Case{"47min", 47},
                          Case{"120+ minutes", 120},
                          Case{"v1.2 took 3 hours", 180}}) {
      CAPTURE(c.text);
      CHECK(pm::parse_duration_minutes(c.text) == c.minutes);
    }
  }

  TEST_CASE("no duration") {
    for (std::string_view text :
         {"[XX hours YY minutes]", "TBD", "", "10 users", "404 errors", "3 retries", "5M requests",
          "2 months", "06:02 - 06:18", "a second deploy", "hours", "N/A", "99999999999 hours"}) {
      CAPTURE(text);
      CHECK_FALSE(pm::parse_duration_minutes(text).has_value());
    }
  }

  TEST_CASE("units must shrink") { CHECK(pm::parse_duration_minutes("5 minutes 2 hours") == 5); }
}

// ------------------------------------------------------------------------------------------
TEST_SUITE("time_parse zones") {
  TEST_CASE("declarations") {
    struct Case {
      std::string_view text;
      int offset;
      std::string_view zone;
    };
    for (const Case& c :
         {Case{"All times in UTC", 0, "UTC"},
          Case{"*All times in UTC. Use reverse chronological order.*", 0, "UTC"},
          Case{"All times UTC", 0, "UTC"}, Case{"## Timeline (all times UTC)", 0, "UTC"},
          Case{"_All times in EEST_", 180, "EEST"}, Case{"All times are PST", -480, "PST"},
          Case{"Times are in CET", 60, "CET"},
          Case{"all times in Pacific Time", -480, "Pacific Time"},
          Case{"All times are in utc+2.", 120, "UTC+2"}, Case{"Timezone: EDT", -240, "EDT"},
          Case{"All timestamps are UTC", 0, "UTC"}}) {
      CAPTURE(c.text);
      const auto declaration = pm::find_zone_declaration(c.text);
      REQUIRE(declaration);
      CHECK(declaration->utc_offset_minutes == c.offset);
      CHECK(declaration->zone_text == c.zone);
    }
  }

  TEST_CASE("not declarations") {
    for (std::string_view text : {"", "Timeline", "3 times in a row", "sometimes UTC",
                                  "times are hard", "All times in UTCX", "the times"}) {
      CAPTURE(text);
      CHECK_FALSE(pm::find_zone_declaration(text).has_value());
    }
  }

  TEST_CASE("offsets") {
    struct Case {
      std::string_view zone;
      int offset;
    };
    for (const Case& c : {Case{"UTC", 0},
                          Case{"GMT", 0},
                          Case{"Z", 0},
                          Case{"PST", -480},
                          Case{"PDT", -420},
                          Case{"MST", -420},
                          Case{"MDT", -360},
                          Case{"CST", -360},
                          Case{"CDT", -300},
                          Case{"EST", -300},
                          Case{"EDT", -240},
                          Case{"AKST", -540},
                          Case{"AKDT", -480},
                          Case{"HST", -600},
                          Case{"CET", 60},
                          Case{"CEST", 120},
                          Case{"EET", 120},
                          Case{"EEST", 180},
                          Case{"WET", 0},
                          Case{"WEST", 60},
                          Case{"BST", 60},
                          Case{"IST", 330},
                          Case{"JST", 540},
                          Case{"KST", 540},
                          Case{"AEST", 600},
                          Case{"AEDT", 660},
                          Case{"NZST", 720},
                          Case{"NZDT", 780},
                          Case{"SGT", 480},
                          Case{"+02:00", 120},
                          Case{"-0500", -300},
                          Case{"+2", 120},
                          Case{"UTC+2", 120},
                          Case{"UTC-05:00", -300},
                          Case{"GMT+1", 60},
                          Case{"+05:30", 330},
                          Case{"utc", 0},
                          Case{" (UTC) ", 0},
                          Case{"Pacific Time", -480},
                          Case{"Central European Summer Time", 120}}) {
      CAPTURE(c.zone);
      CHECK(pm::zone_offset_minutes(c.zone) == c.offset);
    }
    for (std::string_view zone :
         {"", "XYZ", "+15:00", "+02:60", "UTC+", "UTC+2x", "Pacific", "2", "UTCUTC"}) {
      CAPTURE(zone);
      CHECK_FALSE(pm::zone_offset_minutes(zone).has_value());
    }
  }
}

// ------------------------------------------------------------------------------------------
TEST_SUITE("time_parse calendar helpers") {
  TEST_CASE("is_valid_date") {
    CHECK(pm::is_valid_date(ymd(2024, 2, 29)));
    CHECK_FALSE(pm::is_valid_date(ymd(2025, 2, 29)));
    CHECK(pm::is_valid_date(ymd(2000, 2, 29)));
    CHECK_FALSE(pm::is_valid_date(ymd(1900, 2, 29)));
    CHECK_FALSE(pm::is_valid_date(ymd(2025, 4, 31)));
    CHECK(pm::is_valid_date(ymd(2025, 12, 31)));
    CHECK_FALSE(pm::is_valid_date(ymd(2025, 0, 1)));
    CHECK_FALSE(pm::is_valid_date(ymd(2025, 13, 1)));
    CHECK_FALSE(pm::is_valid_date(ymd(2025, 1, 0)));
    CHECK(pm::is_valid_date(ymd(0, 2, 29)));  // unknown year
  }

  TEST_CASE("add_days and days_between") {
    CHECK(pm::add_days(ymd(2025, 12, 31), 1) == ymd(2026, 1, 1));
    CHECK(pm::add_days(ymd(2024, 2, 28), 1) == ymd(2024, 2, 29));
    CHECK(pm::add_days(ymd(2025, 2, 28), 1) == ymd(2025, 3, 1));
    CHECK(pm::add_days(ymd(2025, 3, 1), -1) == ymd(2025, 2, 28));
    CHECK(pm::add_days(ymd(1970, 1, 1), -1) == ymd(1969, 12, 31));
    CHECK(pm::add_days(ymd(2025, 9, 9), 365) == ymd(2026, 9, 9));
    CHECK(pm::days_between(ymd(2025, 9, 8), ymd(2025, 9, 9)) == 1);
    CHECK(pm::days_between(ymd(2025, 9, 9), ymd(2025, 9, 8)) == -1);
    CHECK(pm::days_between(ymd(2024, 1, 1), ymd(2025, 1, 1)) == 366);
    CHECK(pm::days_between(ymd(1970, 1, 1), ymd(2000, 3, 1)) == 11017);
  }

  TEST_CASE("formatting") {
    CHECK(pm::format_iso_date(ymd(2025, 9, 9)) == "2025-09-09");
    CHECK(pm::format_iso_date(ymd(0, 9, 9)) == "0000-09-09");
    CHECK(pm::format_iso_timestamp(ymd(2025, 9, 9), hm(13, 22), 0) == "2025-09-09T13:22:00Z");
    CHECK(pm::format_iso_timestamp(ymd(2025, 9, 9), hm(13, 22), 120) ==
          "2025-09-09T13:22:00+02:00");
    CHECK(pm::format_iso_timestamp(ymd(2025, 9, 9), hm(13, 22), -240) ==
          "2025-09-09T13:22:00-04:00");
    CHECK(pm::format_iso_timestamp(ymd(2025, 9, 9), hm(13, 22), 330) ==
          "2025-09-09T13:22:00+05:30");
    CHECK(pm::format_iso_timestamp(ymd(2025, 9, 9), hms(1, 2, 3), std::nullopt) ==
          "2025-09-09T01:02:03");
  }

  TEST_CASE("minutes_since_epoch") {
    CHECK(pm::minutes_since_epoch(ymd(1970, 1, 1), hm(0, 0), 0) == 0);
    CHECK(pm::minutes_since_epoch(ymd(1970, 1, 2), hm(0, 1), std::nullopt) == 1441);
    // 2019-01-22T16:08:00Z is 1548173280 seconds after the epoch.
    CHECK(pm::minutes_since_epoch(ymd(2019, 1, 22), hm(16, 8), 0) == 1548173280LL / 60);
    // The same instant written in two zones.
    CHECK(pm::minutes_since_epoch(ymd(2025, 9, 9), hm(14, 0), 120) ==
          pm::minutes_since_epoch(ymd(2025, 9, 9), hm(8, 0), -240));
    CHECK(pm::minutes_since_epoch(ymd(1969, 12, 31), hm(23, 59), 0) == -1);
  }
}

// ------------------------------------------------------------------------------------------
TEST_SUITE("time_parse large input") {
  // Each call must stay linear: a quadratic scan of a megabyte would take minutes.
  void check_all_quickly(const std::string& text) {
    const auto start = std::chrono::steady_clock::now();
    const auto match = pm::match_leading_moment(text);
    if (match) CHECK(match->length <= text.size());
    (void)pm::parse_moment(text);
    (void)pm::parse_date(text);
    (void)pm::parse_duration_minutes(text);
    (void)pm::find_zone_declaration(text);
    (void)pm::zone_offset_minutes(text);
    const auto elapsed = std::chrono::steady_clock::now() - start;
    CHECK(elapsed < std::chrono::seconds(5));
  }

  std::string repeated(std::string_view piece, std::size_t total) {
    std::string text;
    text.reserve(total + piece.size());
    while (text.size() < total) text += piece;
    return text;
  }

  TEST_CASE("a megabyte of digits and colons") {
    constexpr std::size_t kMegabyte = 1 << 20;
    check_all_quickly(repeated("12:34:", kMegabyte));
    check_all_quickly(repeated("1", kMegabyte));
    check_all_quickly(repeated("1:", kMegabyte));
    check_all_quickly(repeated("1.", kMegabyte));
    check_all_quickly(repeated("1 ", kMegabyte));
    check_all_quickly("1" + repeated(" ", kMegabyte) + "x");
    check_all_quickly("09:17" + repeated(" ", kMegabyte) + "x");
    check_all_quickly(repeated("*", kMegabyte));
    check_all_quickly(repeated("~", kMegabyte));
    check_all_quickly(repeated("times ", kMegabyte));
    check_all_quickly(repeated("Sep ", kMegabyte));
    check_all_quickly(repeated("an ", kMegabyte));
    check_all_quickly(repeated("2025-09-09 ", kMegabyte));
    check_all_quickly(repeated("\xF0\x9F\x94\xA5", kMegabyte));
  }

  TEST_CASE("a long line after a moment") {
    const std::string text = "09:17 " + repeated("word ", 1 << 20);
    const auto match = pm::match_leading_moment(text);
    REQUIRE(match);
    CHECK(match->length == 6);
  }
}
