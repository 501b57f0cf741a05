#include "model/time_parse.h"

#include <algorithm>
#include <array>
#include <climits>
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "model/time_zones.h"

// Hand-written scanning throughout: every parser looks at a bounded stretch of text from one
// position and either consumes it or puts the position back, so a whole scan stays linear in
// the input and cannot recurse.

namespace pm {
namespace {

// ------------------------------------------------------------------------------------------
// Characters

constexpr std::string_view kNoBreakSpace = "\xC2\xA0";
// Tools that format "12:15 PM" often put U+202F before the AM/PM.
constexpr std::string_view kNarrowNoBreakSpace = "\xE2\x80\xAF";
constexpr std::string_view kEnDash = "\xE2\x80\x93";
constexpr std::string_view kEmDash = "\xE2\x80\x94";
constexpr std::string_view kRightArrow = "\xE2\x86\x92";
constexpr std::string_view kAlmostEqual = "\xE2\x89\x88";

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_alpha(char c) { return is_upper(c) || (c >= 'a' && c <= 'z'); }
bool is_alnum(char c) { return is_digit(c) || is_alpha(c); }
bool is_blank(char c) { return c == ' ' || c == '\t'; }
char to_lower(char c) { return is_upper(c) ? static_cast<char>(c - 'A' + 'a') : c; }
char to_upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c; }

bool all_upper(std::string_view word) { return std::all_of(word.begin(), word.end(), is_upper); }

bool equals_ignoring_case(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (to_lower(a[i]) != to_lower(b[i])) return false;
  }
  return true;
}

std::string upper_copy(std::string_view text) {
  std::string result(text);
  for (char& c : result) c = to_upper(c);
  return result;
}

std::string_view trim(std::string_view text) {
  while (!text.empty() && (is_blank(text.front()) || text.front() == '\n' || text.front() == '\r'))
    text.remove_prefix(1);
  while (!text.empty() && (is_blank(text.back()) || text.back() == '\n' || text.back() == '\r'))
    text.remove_suffix(1);
  return text;
}

// A read position in a text. Every consume_* either advances past what it matched or leaves
// the position where it was.
class Scanner {
 public:
  explicit Scanner(std::string_view text, std::size_t pos = 0)
      : text_(text), pos_(std::min(pos, text.size())) {}

  std::size_t pos() const { return pos_; }
  void reset(std::size_t pos) { pos_ = pos; }
  bool at_end() const { return pos_ >= text_.size(); }
  // '\0' past the end, which no parser accepts.
  char peek(std::size_t ahead = 0) const {
    return ahead < text_.size() - pos_ ? text_[pos_ + ahead] : '\0';
  }
  std::string_view rest() const { return text_.substr(pos_); }
  std::string_view since(std::size_t start) const { return text_.substr(start, pos_ - start); }
  void advance(std::size_t count) { pos_ = std::min(pos_ + count, text_.size()); }

  bool consume(char c) {
    if (at_end() || text_[pos_] != c) return false;
    ++pos_;
    return true;
  }
  bool consume(std::string_view s) {
    if (!rest().starts_with(s)) return false;
    pos_ += s.size();
    return true;
  }
  bool consume_ignoring_case(std::string_view s) {
    if (rest().size() < s.size() || !equals_ignoring_case(rest().substr(0, s.size()), s)) {
      return false;
    }
    pos_ += s.size();
    return true;
  }
  // A whole word: "sat" does not match the start of "saturn".
  bool consume_word_ignoring_case(std::string_view word) {
    const std::size_t start = pos_;
    if (consume_ignoring_case(word) && !is_alpha(peek())) return true;
    pos_ = start;
    return false;
  }
  bool consume_word(std::string_view word) {
    const std::size_t start = pos_;
    if (consume(word) && !is_alpha(peek())) return true;
    pos_ = start;
    return false;
  }
  // Spaces, tabs and no-break spaces; returns how many bytes were skipped.
  std::size_t skip_spaces() {
    const std::size_t start = pos_;
    while (!at_end()) {
      if (is_blank(text_[pos_])) {
        ++pos_;
      } else if (!consume(kNoBreakSpace) && !consume(kNarrowNoBreakSpace)) {
        break;
      }
    }
    return pos_ - start;
  }
  // A run of between min_count and max_count digits, no more: "2025" is not read as a
  // two-digit day. Looks at most max_count + 1 bytes.
  std::optional<int> digits(std::size_t min_count, std::size_t max_count) {
    std::size_t count = 0;
    int value = 0;
    while (count <= max_count && is_digit(peek(count))) {
      if (count < max_count) value = value * 10 + (peek(count) - '0');
      ++count;
    }
    if (count < min_count || count > max_count) return std::nullopt;
    pos_ += count;
    return value;
  }

 private:
  std::string_view text_;
  std::size_t pos_;
};

// ------------------------------------------------------------------------------------------
// Calendar arithmetic (proleptic Gregorian, no <ctime>, so no dependence on the host's zone)

constexpr std::array<std::string_view, 12> kMonthFullNames = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

long long floor_div(long long value, long long divisor) {
  const long long quotient = value / divisor;
  return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient;
}

bool is_leap_year(long long year) { return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0); }

// Year 0, the "unknown year", is a leap year, so "Feb 29" without a year stays valid.
int days_in_month(long long year, int month) {
  constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month == 2 && is_leap_year(year)) return 29;
  return kDays[static_cast<std::size_t>(month - 1)];
}

// Days since 1970-01-01, after Howard Hinnant's days_from_civil. Months outside 1-12 carry
// into the year and days past the month's end carry into the next month, so even an invalid
// date ("Feb 30") has a position that orders sensibly.
long long days_from_civil(const CivilDate& date) {
  const long long month_index = static_cast<long long>(date.month) - 1;
  const long long year_carry = floor_div(month_index, 12);
  const long long month = month_index - year_carry * 12 + 1;             // 1-12
  const long long year = date.year + year_carry - (month <= 2 ? 1 : 0);  // years start in March
  const long long era = floor_div(year, 400);
  const long long year_of_era = year - era * 400;
  const long long first_day_of_month = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5;
  const long long day_of_era =
      year_of_era * 365 + year_of_era / 4 - year_of_era / 100 + first_day_of_month;
  return era * 146097 + day_of_era - 719468 + (static_cast<long long>(date.day) - 1);
}

CivilDate civil_from_days(long long days) {
  days += 719468;
  const long long era = floor_div(days, 146097);
  const long long day_of_era = days - era * 146097;
  const long long year_of_era =
      (day_of_era - day_of_era / 1460 + day_of_era / 36524 - day_of_era / 146096) / 365;
  const long long day_of_year =
      day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
  const long long month_index = (5 * day_of_year + 2) / 153;  // 0 is March
  const long long day = day_of_year - (153 * month_index + 2) / 5 + 1;
  const long long month = month_index < 10 ? month_index + 3 : month_index - 9;
  const long long year = year_of_era + era * 400 + (month <= 2 ? 1 : 0);
  return CivilDate{static_cast<int>(year), static_cast<int>(month), static_cast<int>(day)};
}

// Why a date cannot exist, for diagnostics; nullopt when it can.
std::optional<std::string> date_problem(const CivilDate& date) {
  if (date.month < 1 || date.month > 12) {
    return "month " + std::to_string(date.month) + " is out of range";
  }
  if (date.day < 1 || date.day > days_in_month(date.year, date.month)) {
    std::string month = std::string(kMonthFullNames[static_cast<std::size_t>(date.month - 1)]);
    if (date.year != 0) month += " " + std::to_string(date.year);
    return month + " has no day " + std::to_string(date.day);
  }
  return std::nullopt;
}

// The next day; an unknown year (0) stays unknown across New Year.
CivilDate next_day(const CivilDate& date) {
  CivilDate next = add_days(date, 1);
  if (date.year == 0) next.year = 0;
  return next;
}

std::string zero_padded(long long value, int width) {
  const bool negative = value < 0;
  std::string digits = std::to_string(negative ? -value : value);
  if (static_cast<int>(digits.size()) < width) {
    digits.insert(0, static_cast<std::size_t>(width) - digits.size(), '0');
  }
  return negative ? "-" + digits : digits;
}

std::string format_offset(int offset_minutes) {
  if (offset_minutes == 0) return "Z";
  const long long magnitude = offset_minutes < 0 ? -static_cast<long long>(offset_minutes)
                                                 : static_cast<long long>(offset_minutes);
  return (offset_minutes < 0 ? "-" : "+") + zero_padded(magnitude / 60, 2) + ":" +
         zero_padded(magnitude % 60, 2);
}

// ------------------------------------------------------------------------------------------
// Names

// Timeline text often starts with the verb "may", so where text may follow a moment, month
// names must be capitalized; a whole-text date can be written in any case.
enum class Mode { leading, whole };

struct NamedNumber {
  std::string_view name;
  int value;
};

constexpr auto kMonthNames = std::to_array<NamedNumber>({
    {"january", 1},   {"february", 2},  {"march", 3},  {"april", 4},     {"may", 5},
    {"june", 6},      {"july", 7},      {"august", 8}, {"september", 9}, {"october", 10},
    {"november", 11}, {"december", 12}, {"jan", 1},    {"feb", 2},       {"mar", 3},
    {"apr", 4},       {"jun", 6},       {"jul", 7},    {"aug", 8},       {"sept", 9},
    {"sep", 9},       {"oct", 10},      {"nov", 11},   {"dec", 12},
});

constexpr auto kWeekdayNames = std::to_array<std::string_view>({
    "monday",
    "mon",
    "tuesday",
    "tues",
    "tue",
    "wednesday",
    "wed",
    "thursday",
    "thurs",
    "thur",
    "thu",
    "friday",
    "fri",
    "saturday",
    "sat",
    "sunday",
    "sun",
});

std::optional<int> parse_month_name(Scanner& s, Mode mode) {
  if (mode == Mode::leading && !is_upper(s.peek())) return std::nullopt;
  for (const NamedNumber& month : kMonthNames) {
    if (s.consume_word_ignoring_case(month.name)) {
      s.consume('.');  // "Sep. 9"
      return month.value;
    }
  }
  return std::nullopt;
}

bool skip_weekday_name(Scanner& s) {
  for (std::string_view name : kWeekdayNames) {
    if (s.consume_word_ignoring_case(name)) {
      s.consume('.');  // "Sat. 26 July"
      return true;
    }
  }
  return false;
}

// "~13:50", "approx. 13:50", "around 9am".
bool skip_approximation_marker(Scanner& s) {
  if (s.consume('~') || s.consume(kAlmostEqual)) {
    s.skip_spaces();
    return true;
  }
  const std::size_t start = s.pos();
  for (std::string_view word :
       {"approximately", "approx.", "approx", "around", "about", "circa", "ca."}) {
    const bool ends_with_dot = word.back() == '.';
    if (s.consume_ignoring_case(word) && (ends_with_dot || !is_alpha(s.peek())) &&
        (s.skip_spaces() > 0 || ends_with_dot)) {
      return true;
    }
    s.reset(start);
  }
  return false;
}

// "13:50 (approx.)", "13:50 (estimated)".
bool skip_trailing_approximation(Scanner& s) {
  const std::size_t start = s.pos();
  s.skip_spaces();
  if (s.consume('(')) {
    for (std::string_view word :
         {"approximately", "approximate", "approx.", "approx", "estimated", "est.", "est"}) {
      const std::size_t word_start = s.pos();
      if (s.consume_ignoring_case(word) && s.consume(')')) return true;
      s.reset(word_start);
    }
  }
  s.reset(start);
  return false;
}

// ------------------------------------------------------------------------------------------
// Dates

struct WrittenDate {
  CivilDate date;         // year 0 when the text has none
  std::string_view text;  // as written, for diagnostics
};

// "9", "09", "9th", "23rd": a day of the month, 1-31. Days the month lacks ("Feb 30") are
// still read, so the moment can be kept and reported.
std::optional<int> parse_day_number(Scanner& s) {
  const std::size_t start = s.pos();
  const std::optional<int> day = s.digits(1, 2);
  if (!day || *day < 1 || *day > 31) {
    s.reset(start);
    return std::nullopt;
  }
  for (std::string_view suffix : {"st", "nd", "rd", "th"}) {
    if (s.consume_word_ignoring_case(suffix)) break;
  }
  // "May 12:00" is a time after a month name, not the 12th.
  if (s.peek() == ':' && is_digit(s.peek(1))) {
    s.reset(start);
    return std::nullopt;
  }
  return day;
}

// ", 2025" or " 2025" after a day or a month name.
std::optional<int> parse_trailing_year(Scanner& s) {
  const std::size_t start = s.pos();
  const bool comma = s.consume(',');
  const bool space = s.skip_spaces() > 0;
  if (comma || space) {
    const std::optional<int> year = s.digits(4, 4);
    if (year && !(s.peek() == ':' && is_digit(s.peek(1)))) return year;
  }
  s.reset(start);
  return std::nullopt;
}

// "2025-09-09", "2025/9/9": the separator must be the same twice.
std::optional<CivilDate> parse_iso_date(Scanner& s) {
  const std::size_t start = s.pos();
  const std::optional<int> year = s.digits(4, 4);
  const char separator = s.peek();
  if (year && (separator == '-' || separator == '/')) {
    s.advance(1);
    const std::optional<int> month = s.digits(1, 2);
    if (month && s.consume(separator)) {
      if (const std::optional<int> day = s.digits(1, 2)) return CivilDate{*year, *month, *day};
    }
  }
  s.reset(start);
  return std::nullopt;
}

// "09/09/2025" in US order (month first) or "19.04.2025" in European order (day first); the
// four-digit year keeps fractions and version numbers out. A slashed date that cannot be US
// order ("30/09/2025") is read day first.
std::optional<CivilDate> parse_numeric_date(Scanner& s) {
  const std::size_t start = s.pos();
  const std::optional<int> first = s.digits(1, 2);
  const char separator = s.peek();
  if (first && (separator == '/' || separator == '.')) {
    s.advance(1);
    const std::optional<int> second = s.digits(1, 2);
    if (second && s.consume(separator)) {
      if (const std::optional<int> year = s.digits(4, 4)) {
        const bool month_first = separator == '/' && !(*first > 12 && *second <= 12);
        return month_first ? CivilDate{*year, *first, *second} : CivilDate{*year, *second, *first};
      }
    }
  }
  s.reset(start);
  return std::nullopt;
}

// "15 May", "19. April", "9th of September 2025".
std::optional<CivilDate> parse_day_month_date(Scanner& s, Mode mode) {
  const std::size_t start = s.pos();
  const std::optional<int> day = parse_day_number(s);
  if (day) {
    const bool dot = s.consume('.');
    const bool space = s.skip_spaces() > 0;
    bool words_ok = dot || space;
    if (words_ok && s.consume_word_ignoring_case("of")) words_ok = s.skip_spaces() > 0;
    if (words_ok) {
      if (const std::optional<int> month = parse_month_name(s, mode)) {
        return CivilDate{parse_trailing_year(s).value_or(0), *month, *day};
      }
    }
  }
  s.reset(start);
  return std::nullopt;
}

// "Sep 8", "September 9, 2025", "Sep 9 2025", "January 23rd, 2019".
std::optional<CivilDate> parse_month_day_date(Scanner& s, Mode mode) {
  const std::size_t start = s.pos();
  const std::optional<int> month = parse_month_name(s, mode);
  if (month && s.skip_spaces() > 0) {
    if (const std::optional<int> day = parse_day_number(s)) {
      return CivilDate{parse_trailing_year(s).value_or(0), *month, *day};
    }
  }
  s.reset(start);
  return std::nullopt;
}

std::optional<CivilDate> parse_calendar_date(Scanner& s, Mode mode) {
  if (auto date = parse_iso_date(s)) return date;
  if (auto date = parse_numeric_date(s)) return date;
  if (auto date = parse_day_month_date(s, mode)) return date;
  return parse_month_day_date(s, mode);
}

// "Saturday, " or "Sat " before a date.
void skip_weekday_prefix(Scanner& s) {
  const std::size_t start = s.pos();
  if (!skip_weekday_name(s)) return;
  const bool comma = s.consume(',');
  const bool space = s.skip_spaces() > 0;
  if (!comma && !space) s.reset(start);
}

// " Saturday", ", Sat" or " (Saturday)" after a date.
void skip_weekday_suffix(Scanner& s) {
  const std::size_t start = s.pos();
  const bool comma = s.consume(',');
  const bool space = s.skip_spaces() > 0;
  if (comma || space) {
    const bool parenthesized = s.consume('(');
    if (skip_weekday_name(s) && (!parenthesized || s.consume(')'))) return;
  }
  s.reset(start);
}

// A date with an optional weekday before or after it.
std::optional<WrittenDate> parse_date_part(Scanner& s, Mode mode) {
  const std::size_t start = s.pos();
  skip_weekday_prefix(s);
  const std::size_t date_start = s.pos();
  const std::optional<CivilDate> date = parse_calendar_date(s, mode);
  if (!date) {
    s.reset(start);
    return std::nullopt;
  }
  const WrittenDate written{*date, s.since(date_start)};
  skip_weekday_suffix(s);
  return written;
}

// ------------------------------------------------------------------------------------------
// Clock times

enum class Meridiem { none, am, pm };

struct WrittenTime {
  int hour = 0;
  int minute = 0;
  int second = 0;
  bool has_seconds = false;
  Meridiem meridiem = Meridiem::none;
  std::string_view text;  // as written, "12:15 PM", for diagnostics
};

// " PM", "am", " a.m." after a time; Meridiem::none leaves the position unchanged.
Meridiem parse_meridiem(Scanner& s) {
  struct Spelling {
    std::string_view text;
    Meridiem meridiem;
  };
  constexpr std::array<Spelling, 6> kSpellings = {{{"a.m.", Meridiem::am},
                                                   {"a.m", Meridiem::am},
                                                   {"am", Meridiem::am},
                                                   {"p.m.", Meridiem::pm},
                                                   {"p.m", Meridiem::pm},
                                                   {"pm", Meridiem::pm}}};
  const std::size_t start = s.pos();
  s.skip_spaces();
  const std::size_t word_start = s.pos();
  for (const Spelling& spelling : kSpellings) {
    if (s.consume_ignoring_case(spelling.text) && !is_alpha(s.peek())) return spelling.meridiem;
    s.reset(word_start);
  }
  s.reset(start);
  return Meridiem::none;
}

// ":30" after hours and minutes, and an ISO fraction after it ("16:08:30.123Z").
void read_seconds(Scanner& s, WrittenTime& time) {
  if (s.peek() != ':' || !is_digit(s.peek(1))) return;
  const std::size_t start = s.pos();
  s.advance(1);
  const std::optional<int> second = s.digits(2, 2);
  if (!second) {
    s.reset(start);
    return;
  }
  time.second = *second;
  time.has_seconds = true;
  if (s.peek() == '.' && is_digit(s.peek(1))) {
    s.advance(1);
    while (is_digit(s.peek())) s.advance(1);  // the model keeps whole seconds
  }
}

// "13:22", "9:17", "14:03:10", "12:15 PM", "11:39AM", "9am". Out-of-range values are read
// too ("25:00", "13:09 PM") so they can be reported; checking happens in checked_time.
std::optional<WrittenTime> parse_clock(Scanner& s, bool allow_meridiem) {
  const std::size_t start = s.pos();
  const std::optional<int> hour = s.digits(1, 2);
  if (!hour) return std::nullopt;
  WrittenTime time;
  time.hour = *hour;
  if (s.peek() == ':' && is_digit(s.peek(1))) {
    s.advance(1);
    const std::optional<int> minute = s.digits(2, 2);
    if (!minute) {
      s.reset(start);
      return std::nullopt;
    }
    time.minute = *minute;
    read_seconds(s, time);
    if (allow_meridiem) time.meridiem = parse_meridiem(s);
  } else {
    // A bare hour is a time only with AM/PM: "9am", never "10 users".
    if (allow_meridiem) time.meridiem = parse_meridiem(s);
    if (time.meridiem == Meridiem::none) {
      s.reset(start);
      return std::nullopt;
    }
  }
  time.text = s.since(start);
  return time;
}

std::optional<std::string> clock_problem(const WrittenTime& time) {
  if (time.meridiem != Meridiem::none) {
    if (time.hour > 12 || (time.hour == 0 && time.meridiem == Meridiem::pm)) {
      return "hour " + std::to_string(time.hour) +
             (time.meridiem == Meridiem::pm ? " with PM" : " with AM");
    }
  } else if (time.hour > 23) {
    return "hour " + std::to_string(time.hour) + " is out of range";
  }
  if (time.minute > 59) return "minute " + std::to_string(time.minute) + " is out of range";
  if (time.second > 59) return "second " + std::to_string(time.second) + " is out of range";
  return std::nullopt;
}

// 12-hour to 24-hour; an invalid time keeps the numbers as written.
ClockTime to_clock(const WrittenTime& time) {
  ClockTime clock{time.hour, time.minute, time.second, time.has_seconds};
  if (time.hour >= 1 && time.hour <= 12) {
    if (time.meridiem == Meridiem::am && time.hour == 12) clock.hour = 0;
    if (time.meridiem == Meridiem::pm && time.hour != 12) clock.hour = time.hour + 12;
  }
  return clock;
}

int seconds_of_day(const ClockTime& time) {
  return time.hour * 3600 + time.minute * 60 + time.second;
}

// "24:00" ending a span is midnight at the end of the day.
bool is_end_of_day(const WrittenTime& time) {
  return time.meridiem == Meridiem::none && time.hour == 24 && time.minute == 0 && time.second == 0;
}

// A start written without AM/PM takes the end's ("9:00-10:30 AM"), unless that would put the
// start after the end ("11:00-1:00 PM" starts at 11 AM).
void share_meridiem(WrittenTime& start, const WrittenTime& end) {
  if (start.meridiem != Meridiem::none || end.meridiem == Meridiem::none) return;
  if (start.hour < 1 || start.hour > 12) return;
  start.meridiem = end.meridiem;
  if (end.meridiem == Meridiem::pm &&
      seconds_of_day(to_clock(start)) > seconds_of_day(to_clock(end))) {
    start.meridiem = Meridiem::am;
  }
}

// ------------------------------------------------------------------------------------------
// Zones

struct WrittenZone {
  int offset = 0;
  std::string_view text;  // as written: "UTC", "UTC+2", "+02:00"
};

// "+02:00", "+0200", "+2", "+5:30", "-05:00". Offsets beyond 14 hours do not exist.
std::optional<int> parse_signed_offset(Scanner& s) {
  const std::size_t start = s.pos();
  const int sign = s.consume('+') ? 1 : s.consume('-') ? -1 : 0;
  if (sign == 0) return std::nullopt;
  int hours = -1;
  int minutes = 0;
  if (const std::optional<int> packed = s.digits(4, 4)) {
    hours = *packed / 100;
    minutes = *packed % 100;
  } else if (const std::optional<int> hour = s.digits(1, 2)) {
    hours = *hour;
    if (s.peek() == ':' && is_digit(s.peek(1))) {
      s.advance(1);
      minutes = s.digits(2, 2).value_or(60);
    }
  }
  if (hours < 0 || hours > 14 || minutes > 59) {
    s.reset(start);
    return std::nullopt;
  }
  return sign * (hours * 60 + minutes);
}

// "UTC", "EDT", "UTC+2", "GMT-05:00". Where text may follow, zones other than UTC and GMT
// must be written in capitals, so "09:17 west region" does not read as WEST.
std::optional<WrittenZone> parse_zone_abbreviation(Scanner& s, Mode mode) {
  constexpr std::size_t kLongestAbbreviation = 5;
  std::size_t length = 0;
  while (length <= kLongestAbbreviation && is_alpha(s.peek(length))) ++length;
  if (length == 0 || length > kLongestAbbreviation || is_digit(s.peek(length))) {
    return std::nullopt;
  }
  const std::size_t start = s.pos();
  const std::string_view word = s.rest().substr(0, length);
  const bool universal = equals_ignoring_case(word, "utc") || equals_ignoring_case(word, "gmt");
  if (mode == Mode::leading && !universal && !all_upper(word)) return std::nullopt;
  std::optional<int> offset = zone_abbreviation_offset(word);
  if (!offset) return std::nullopt;
  s.advance(length);
  if (universal) {
    if (const std::optional<int> shift = parse_signed_offset(s)) *offset += *shift;
  }
  if (is_alnum(s.peek())) {
    s.reset(start);
    return std::nullopt;
  }
  return WrittenZone{*offset, s.since(start)};
}

// A zone on its own: an offset, a spelled-out name or an abbreviation.
std::optional<WrittenZone> parse_zone_name(Scanner& s, Mode mode) {
  const std::size_t start = s.pos();
  if (s.peek() == '+' || s.peek() == '-') {
    const std::optional<int> offset = parse_signed_offset(s);
    if (offset && !is_alnum(s.peek())) return WrittenZone{*offset, s.since(start)};
    s.reset(start);
    return std::nullopt;
  }
  if (const std::optional<ZoneNameMatch> name = match_zone_long_name(s.rest())) {
    s.advance(name->length);
    return WrittenZone{name->utc_offset_minutes, s.since(start)};
  }
  return parse_zone_abbreviation(s, mode);
}

// The zone after a time: "Z", "+02:00", " UTC", " (UTC)", " UTC+2", " Pacific Time".
// A "-" offset counts only right after an ISO time: elsewhere "13:22-18:36" and
// "09:00 -10:00" are spans, which timelines write far more often than bare negative offsets.
std::optional<WrittenZone> parse_zone(Scanner& s, Mode mode, bool after_iso_time) {
  const std::size_t start = s.pos();
  if (s.peek() == 'Z' && !is_alnum(s.peek(1))) {
    s.advance(1);
    return WrittenZone{0, s.since(start)};
  }
  if (s.peek() == '+' || (after_iso_time && s.peek() == '-')) {
    const std::optional<int> offset = parse_signed_offset(s);
    if (offset && !is_alnum(s.peek())) return WrittenZone{*offset, s.since(start)};
    s.reset(start);
  }
  s.skip_spaces();
  if (s.consume('(')) {
    s.skip_spaces();
    const std::optional<WrittenZone> zone = parse_zone_name(s, mode);
    s.skip_spaces();
    if (zone && s.consume(')')) return zone;
  } else if (s.peek() == '+' && s.pos() > start) {
    const std::size_t offset_start = s.pos();
    const std::optional<int> offset = parse_signed_offset(s);
    if (offset && !is_alnum(s.peek())) return WrittenZone{*offset, s.since(offset_start)};
  } else if (s.peek() != '-') {
    if (std::optional<WrittenZone> zone = parse_zone_name(s, mode)) return zone;
  }
  s.reset(start);
  return std::nullopt;
}

// ------------------------------------------------------------------------------------------
// Moments

struct RangeEnd {
  std::optional<WrittenDate> date;
  std::optional<WrittenTime> time;
  std::optional<WrittenZone> zone;
  bool approximate = false;
};

struct MomentParts {
  std::optional<WrittenDate> date;
  std::optional<WrittenTime> time;
  std::optional<WrittenZone> zone;
  std::optional<RangeEnd> end;
  bool approximate = false;
};

// Between a date and its time: "Sep 8, 13:22", "2025-07-26 14:03", "Sep 8 at 13:22".
bool skip_date_time_separator(Scanner& s) {
  const std::size_t start = s.pos();
  const bool comma = s.consume(',');
  const bool space = s.skip_spaces() > 0;
  if (!comma && !space) {
    s.reset(start);
    return false;
  }
  const std::size_t word_start = s.pos();
  if (s.consume_word_ignoring_case("at") || s.consume('@') || s.consume(kEnDash) ||
      s.consume(kEmDash) || s.consume('-')) {
    if (s.skip_spaces() == 0) s.reset(word_start);
  }
  return true;
}

// Between the two ends of a span: "-", "–", "—", "to", "until".
bool consume_range_word(Scanner& s) {
  return s.consume(kEnDash) || s.consume(kEmDash) || s.consume("--") || s.consume('-') ||
         s.consume_word_ignoring_case("to") || s.consume_word_ignoring_case("until") ||
         s.consume_word_ignoring_case("till");
}

// The time after a date: ISO "T16:08:30Z" or a separated "13:22", "~13:50".
std::optional<WrittenTime> parse_time_after_date(Scanner& s, Mode mode, MomentParts& parts) {
  const std::size_t start = s.pos();
  if (s.peek() == 'T' && is_digit(s.peek(1))) {
    s.advance(1);
    if (std::optional<WrittenTime> time = parse_clock(s, false)) {
      parts.zone = parse_zone(s, mode, true);
      return time;
    }
  } else if (skip_date_time_separator(s)) {
    const bool approximate = skip_approximation_marker(s);
    if (std::optional<WrittenTime> time = parse_clock(s, true)) {
      parts.approximate = parts.approximate || approximate;
      return time;
    }
  }
  s.reset(start);
  return std::nullopt;
}

// The end of a span. After a time it is a time, possibly with its own date
// ("Sep 8 22:00 - Sep 9 02:00"); after a bare date it is a date ("Sep 8 - Sep 10").
std::optional<RangeEnd> parse_range_end(Scanner& s, Mode mode, bool start_has_time) {
  const std::size_t start = s.pos();
  s.skip_spaces();
  if (!consume_range_word(s)) {
    s.reset(start);
    return std::nullopt;
  }
  s.skip_spaces();
  RangeEnd end;
  end.approximate = skip_approximation_marker(s);
  const std::size_t end_start = s.pos();
  end.date = parse_date_part(s, mode);
  if (start_has_time) {
    if (end.date && skip_date_time_separator(s)) end.time = parse_clock(s, true);
    if (!end.time) {
      s.reset(end_start);
      end.date.reset();
      end.time = parse_clock(s, true);
    }
    if (end.time) end.zone = parse_zone(s, mode, false);
  }
  if (start_has_time ? !end.time : !end.date) {
    s.reset(start);
    return std::nullopt;
  }
  return end;
}

std::optional<MomentParts> parse_moment_parts(Scanner& s, Mode mode) {
  const std::size_t start = s.pos();
  MomentParts parts;
  parts.approximate = skip_approximation_marker(s);
  parts.date = parse_date_part(s, mode);
  if (parts.date) {
    parts.time = parse_time_after_date(s, mode, parts);
  } else {
    parts.time = parse_clock(s, true);
    if (!parts.time) {
      s.reset(start);
      return std::nullopt;
    }
  }
  if (parts.time && !parts.zone) parts.zone = parse_zone(s, mode, false);
  parts.end = parse_range_end(s, mode, parts.time.has_value());
  if (parts.end) {
    if (!parts.zone) parts.zone = parts.end->zone;
    parts.approximate = parts.approximate || parts.end->approximate;
  }
  if (skip_trailing_approximation(s)) parts.approximate = true;
  return parts;
}

void add_problem(Moment& moment, std::string_view written, const std::string& reason) {
  moment.valid = false;
  if (!moment.problem.empty()) moment.problem += "; ";
  moment.problem.append(written).append(": ").append(reason);
}

CivilDate checked_date(Moment& moment, const WrittenDate& written, int year_hint) {
  CivilDate date = written.date;
  if (date.year == 0 && year_hint > 0) date.year = year_hint;
  if (const std::optional<std::string> problem = date_problem(date)) {
    add_problem(moment, written.text, *problem);
  }
  return date;
}

ClockTime checked_time(Moment& moment, const WrittenTime& written) {
  if (const std::optional<std::string> problem = clock_problem(written)) {
    add_problem(moment, written.text, *problem);
  }
  return to_clock(written);
}

// The end of a span. Without its own date the end falls on the start's date, or the next day
// when it is earlier than the start ("23:50-00:10").
void set_end(Moment& moment, const RangeEnd& end, int year_hint) {
  if (end.date) {
    moment.end_date = checked_date(moment, *end.date, moment.date ? moment.date->year : year_hint);
  }
  if (!end.time) return;
  const bool end_of_day = is_end_of_day(*end.time);
  moment.end_time = end_of_day ? ClockTime{} : checked_time(moment, *end.time);
  if (moment.end_date) {
    if (end_of_day && is_valid_date(*moment.end_date)) moment.end_date = next_day(*moment.end_date);
    return;
  }
  if (!moment.date) return;
  const bool crosses_midnight =
      end_of_day || (moment.time && moment.valid &&
                     seconds_of_day(*moment.end_time) < seconds_of_day(*moment.time));
  moment.end_date =
      crosses_midnight && is_valid_date(*moment.date) ? next_day(*moment.date) : *moment.date;
}

Moment build_moment(MomentParts parts, int year_hint) {
  Moment moment;
  moment.approximate = parts.approximate;
  if (parts.zone) {
    moment.utc_offset_minutes = parts.zone->offset;
    moment.zone_text = std::string(parts.zone->text);
  }
  if (parts.date) moment.date = checked_date(moment, *parts.date, year_hint);
  if (parts.time && parts.end && parts.end->time) share_meridiem(*parts.time, *parts.end->time);
  if (parts.time) moment.time = checked_time(moment, *parts.time);
  if (parts.end) set_end(moment, *parts.end, year_hint);
  return moment;
}

// A moment must end where a word ends, and digits must not run on: "09:17am" is handled by
// the clock, but "12:30:45:10", "2025-09-09-1" and "9:17.5" are something else.
bool ends_cleanly(const Scanner& s) {
  const char next = s.peek();
  if (is_alnum(next)) return false;
  const bool joins_digits = next == ':' || next == '.' || next == '/' || next == '-' || next == ',';
  return !(joins_digits && is_digit(s.peek(1)));
}

// ------------------------------------------------------------------------------------------
// Markup around a leading moment

struct Openers {
  bool emphasis = false;  // "**", "__", "*", "_"
  bool code = false;      // "`"
  bool bracket = false;   // "["
  bool paren = false;     // "("
};

// Bullets, bold and other openers before a moment: "- **Sep 8, ...", "[09:17]". Bounded so a
// line of a million asterisks costs nothing.
Openers skip_leading_decoration(Scanner& s) {
  constexpr int kMaxDecorations = 8;
  Openers open;
  for (int i = 0; i < kMaxDecorations; ++i) {
    s.skip_spaces();
    const char c = s.peek();
    if ((c == '-' || c == '*' || c == '+') && is_blank(s.peek(1))) {
      s.advance(2);
    } else if (s.consume("**") || s.consume("__") || s.consume('*') || s.consume('_')) {
      open.emphasis = true;
    } else if (s.consume('`')) {
      open.code = true;
    } else if (s.consume('[')) {
      open.bracket = true;
    } else if (s.consume('(')) {
      open.paren = true;
    } else {
      break;
    }
  }
  return open;
}

bool consume_closer(Scanner& s, const Openers& open) {
  if (open.emphasis && (s.consume("**") || s.consume("__") || s.consume('*') || s.consume('_'))) {
    return true;
  }
  return (open.code && s.consume('`')) || (open.bracket && s.consume(']')) ||
         (open.paren && s.consume(')'));
}

// Punctuation between a moment and its event: ":", "|", ",", ";", "->", "→", or a dash or a
// full stop standing alone ("09:17 - text", "09:17 – text").
bool consume_separator(Scanner& s) {
  if (s.consume(':') || s.consume('|') || s.consume(',') || s.consume(';') || s.consume("->") ||
      s.consume("=>") || s.consume(kRightArrow)) {
    return true;
  }
  const std::size_t start = s.pos();
  if (s.consume(kEnDash) || s.consume(kEmDash) || s.consume("--") || s.consume('-') ||
      s.consume('.')) {
    if (s.at_end() || is_blank(s.peek())) return true;
    s.reset(start);
  }
  return false;
}

// Closing markup and one separator after a leading moment, in either order
// ("**Sep 8**: text", "**Sep 9, ~13:50:** text"), and the spaces before the event.
void skip_tail(Scanner& s, const Openers& open) {
  constexpr int kMaxTailTokens = 8;
  bool separated = false;
  for (int i = 0; i < kMaxTailTokens; ++i) {
    const std::size_t before = s.pos();
    s.skip_spaces();
    if (consume_closer(s, open)) continue;
    if (!separated && consume_separator(s)) {
      separated = true;
      continue;
    }
    s.reset(before);
    break;
  }
  s.skip_spaces();
}

// What may follow a whole-text moment: closing markup, trailing punctuation and spaces.
bool only_trailing_noise_left(Scanner& s) {
  constexpr std::string_view kNoise = "*_`.,;:!?)]";
  while (!s.at_end()) {
    if (s.skip_spaces() > 0) continue;
    if (kNoise.find(s.peek()) == std::string_view::npos) return false;
    s.advance(1);
  }
  return true;
}

// ------------------------------------------------------------------------------------------
// Durations

struct DurationUnit {
  std::string_view name;
  long long seconds;
  bool lowercase_only;  // "5M users" is not five minutes
};

constexpr auto kDurationUnits = std::to_array<DurationUnit>({
    {"weeks", 604800, false}, {"week", 604800, false}, {"wks", 604800, false},
    {"wk", 604800, false},    {"w", 604800, true},     {"days", 86400, false},
    {"day", 86400, false},    {"d", 86400, true},      {"hours", 3600, false},
    {"hour", 3600, false},    {"hrs", 3600, false},    {"hr", 3600, false},
    {"h", 3600, true},        {"minutes", 60, false},  {"minute", 60, false},
    {"mins", 60, false},      {"min", 60, false},      {"m", 60, true},
    {"seconds", 1, false},    {"second", 1, false},    {"secs", 1, false},
    {"sec", 1, false},        {"s", 1, true},
});

struct DurationPart {
  long long milliseconds = 0;
  long long unit_seconds = 0;
};

std::optional<long long> parse_duration_unit(Scanner& s) {
  for (const DurationUnit& unit : kDurationUnits) {
    if (unit.lowercase_only ? s.consume_word(unit.name) : s.consume_word_ignoring_case(unit.name)) {
      return unit.seconds;
    }
  }
  return std::nullopt;
}

// "47", "1.5", in thousandths so "1.5 hours" stays exact.
std::optional<long long> parse_amount_thousandths(Scanner& s) {
  const std::optional<int> whole = s.digits(1, 7);
  if (!whole) return std::nullopt;
  long long thousandths = *whole * 1000LL;
  if (s.peek() == '.' && is_digit(s.peek(1))) {
    s.advance(1);
    for (long long scale = 100; is_digit(s.peek()); s.advance(1)) {
      thousandths += (s.peek() - '0') * scale;
      scale /= 10;
    }
  }
  return thousandths;
}

// "47 minutes", "3h", "47-minute".
std::optional<DurationPart> parse_numeric_duration(Scanner& s) {
  const std::size_t start = s.pos();
  const std::optional<long long> amount = parse_amount_thousandths(s);
  if (amount) {
    s.consume('+');  // "120+ minutes"
    if (!s.consume('-')) s.skip_spaces();
    if (const std::optional<long long> unit = parse_duration_unit(s)) {
      return DurationPart{*amount * *unit, *unit};
    }
  }
  s.reset(start);
  return std::nullopt;
}

// "1:30 hours", "1:30h": hours and minutes written like a clock, then an hour unit.
std::optional<DurationPart> parse_clock_duration(Scanner& s) {
  const std::size_t start = s.pos();
  const std::optional<int> hours = s.digits(1, 2);
  if (hours && s.consume(':')) {
    const std::optional<int> minutes = s.digits(2, 2);
    s.skip_spaces();
    if (minutes && *minutes < 60 && parse_duration_unit(s) == 3600) {
      return DurationPart{(*hours * 60LL + *minutes) * 60000, 60};
    }
  }
  s.reset(start);
  return std::nullopt;
}

// "an hour", "a day", "half an hour". Seconds are left out: "a second deploy" is no duration.
std::optional<DurationPart> parse_article_duration(Scanner& s) {
  const std::size_t start = s.pos();
  long long thousandths = 1000;
  if (s.consume_word_ignoring_case("half") && s.skip_spaces() > 0) thousandths = 500;
  if ((s.consume_word_ignoring_case("an") || s.consume_word_ignoring_case("a")) &&
      s.skip_spaces() > 0) {
    const std::size_t unit_start = s.pos();
    const std::optional<long long> unit = parse_duration_unit(s);
    if (unit && *unit >= 60 && s.pos() - unit_start >= 3) {
      return DurationPart{thousandths * *unit, *unit};
    }
  }
  s.reset(start);
  return std::nullopt;
}

// A duration starting at the position: one part, then smaller parts ("2 hours 5 minutes",
// "1 hour and 35 minutes", "3h10m", "an hour and a half").
std::optional<int> parse_duration_at(Scanner& s) {
  std::optional<DurationPart> first;
  if (is_digit(s.peek())) {
    first = parse_clock_duration(s);
    if (!first) first = parse_numeric_duration(s);
  } else {
    first = parse_article_duration(s);
  }
  if (!first) return std::nullopt;
  long long milliseconds = first->milliseconds;
  long long last_unit = first->unit_seconds;
  while (true) {
    const std::size_t before = s.pos();
    s.skip_spaces();
    s.consume(',');
    s.skip_spaces();
    const std::size_t joined = s.pos();
    if (s.consume_word_ignoring_case("and") && s.skip_spaces() > 0 &&
        s.consume_word_ignoring_case("a") && s.skip_spaces() > 0 &&
        s.consume_word_ignoring_case("half")) {
      milliseconds += last_unit * 500;
      break;
    }
    s.reset(joined);
    if (s.consume_word_ignoring_case("and")) s.skip_spaces();
    // Units must get smaller, which also bounds the loop: "2 hours 5 minutes".
    const std::optional<DurationPart> next = parse_numeric_duration(s);
    if (!next || next->unit_seconds >= last_unit) {
      s.reset(before);
      break;
    }
    milliseconds += next->milliseconds;
    last_unit = next->unit_seconds;
  }
  const long long minutes = (milliseconds + 30000) / 60000;
  if (minutes > INT_MAX) return std::nullopt;
  return static_cast<int>(minutes);
}

// Where a duration may start: not inside a word, a version ("v1.2") or a time ("06:02").
bool starts_duration_token(std::string_view text, std::size_t i) {
  if (!is_alnum(text[i])) return false;
  if (i == 0) return true;
  const char before = text[i - 1];
  return !is_alnum(before) && before != '.' && before != ':';
}

// ------------------------------------------------------------------------------------------
// Zone declarations

// "All times in UTC", "times are PST", "Timezone: UTC", "(all times UTC)".
std::optional<ZoneDeclaration> read_zone_declaration(Scanner& s) {
  if (!s.consume_word_ignoring_case("timestamps") && !s.consume_word_ignoring_case("times") &&
      !s.consume_word_ignoring_case("timezone") && !s.consume_word_ignoring_case("time zone")) {
    return std::nullopt;
  }
  constexpr int kMaxFillerWords = 4;
  for (int i = 0; i < kMaxFillerWords; ++i) {
    s.skip_spaces();
    s.consume(':');
    s.skip_spaces();
    bool filler = false;
    for (std::string_view word : {"are", "is", "in", "the", "shown", "given", "listed", "displayed",
                                  "expressed", "reported", "written"}) {
      if (s.consume_word_ignoring_case(word)) {
        filler = true;
        break;
      }
    }
    if (!filler) break;
  }
  const std::size_t start = s.pos();
  if (const std::optional<ZoneNameMatch> name = match_zone_long_name(s.rest())) {
    s.advance(name->length);
    return ZoneDeclaration{name->utc_offset_minutes, std::string(s.since(start))};
  }
  const std::optional<WrittenZone> zone = parse_zone_name(s, Mode::whole);
  if (!zone) return std::nullopt;
  return ZoneDeclaration{zone->offset, upper_copy(zone->text)};
}

}  // namespace

// ------------------------------------------------------------------------------------------
// Public interface

std::optional<MomentMatch> match_leading_moment(std::string_view text, int year_hint) {
  Scanner s(text);
  const Openers open = skip_leading_decoration(s);
  std::optional<MomentParts> parts = parse_moment_parts(s, Mode::leading);
  if (!parts || !ends_cleanly(s)) return std::nullopt;
  skip_tail(s, open);
  return MomentMatch{build_moment(std::move(*parts), year_hint), s.pos()};
}

std::optional<Moment> parse_moment(std::string_view text, int year_hint) {
  Scanner s(trim(text));
  skip_leading_decoration(s);
  std::optional<MomentParts> parts = parse_moment_parts(s, Mode::whole);
  if (!parts || !ends_cleanly(s) || !only_trailing_noise_left(s)) return std::nullopt;
  return build_moment(std::move(*parts), year_hint);
}

std::optional<CivilDate> parse_date(std::string_view text, int year_hint) {
  const std::optional<Moment> moment = parse_moment(text, year_hint);
  if (!moment || !moment->valid || !moment->date || moment->time || moment->end_date) {
    return std::nullopt;
  }
  return moment->date;
}

std::optional<int> parse_duration_minutes(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (!starts_duration_token(text, i)) continue;
    Scanner s(text, i);
    if (const std::optional<int> minutes = parse_duration_at(s)) return minutes;
  }
  return std::nullopt;
}

std::optional<ZoneDeclaration> find_zone_declaration(std::string_view text) {
  for (std::size_t i = 0; i < text.size(); ++i) {
    const bool word_start = i == 0 || !is_alpha(text[i - 1]);
    if (!word_start || to_lower(text[i]) != 't') continue;
    Scanner s(text, i);
    if (std::optional<ZoneDeclaration> declaration = read_zone_declaration(s)) return declaration;
  }
  return std::nullopt;
}

std::optional<int> zone_offset_minutes(std::string_view zone) {
  zone = trim(zone);
  if (zone.size() >= 2 && zone.front() == '(' && zone.back() == ')') {
    zone = trim(zone.substr(1, zone.size() - 2));
  }
  if (zone == "Z" || zone == "z") return 0;
  Scanner s(zone);
  const std::optional<WrittenZone> parsed = parse_zone_name(s, Mode::whole);
  if (!parsed || !s.at_end()) return std::nullopt;
  return parsed->offset;
}

bool is_valid_date(const CivilDate& date) { return date.year >= 0 && !date_problem(date); }

CivilDate add_days(const CivilDate& date, int days) {
  return civil_from_days(days_from_civil(date) + days);
}

long days_between(const CivilDate& from, const CivilDate& to) {
  return static_cast<long>(days_from_civil(to) - days_from_civil(from));
}

std::string format_iso_date(const CivilDate& date) {
  return zero_padded(date.year, 4) + "-" + zero_padded(date.month, 2) + "-" +
         zero_padded(date.day, 2);
}

std::string format_iso_timestamp(const CivilDate& date, const ClockTime& time,
                                 std::optional<int> utc_offset_minutes) {
  std::string result = format_iso_date(date) + "T" + zero_padded(time.hour, 2) + ":" +
                       zero_padded(time.minute, 2) + ":" + zero_padded(time.second, 2);
  if (utc_offset_minutes) result += format_offset(*utc_offset_minutes);
  return result;
}

long long minutes_since_epoch(const CivilDate& date, const ClockTime& time,
                              std::optional<int> utc_offset_minutes) {
  return days_from_civil(date) * 1440 + static_cast<long long>(time.hour) * 60 + time.minute -
         utc_offset_minutes.value_or(0);
}

}  // namespace pm
