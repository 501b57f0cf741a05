#pragma once

#include <cstddef>
#include <optional>
#include <string_view>

// The zone names incident documents write, for time_parse.cpp. Kept apart so the table can
// grow without touching the scanner.

namespace pm {

// Offset of a zone abbreviation ("PST", "CEST", "utc"), compared case-insensitively.
// Ambiguous abbreviations take the meaning English-language post-mortems usually intend:
// CST is US Central, IST is India, BST is British Summer Time. The generic US names PT, MT,
// CT and ET take their standard-time offsets, since the document does not say which half of
// the year it means.
std::optional<int> zone_abbreviation_offset(std::string_view abbreviation);

struct ZoneNameMatch {
  std::size_t length = 0;  // bytes of the name at the start of the text
  int utc_offset_minutes = 0;
};

// The longest spelled-out zone name ("Pacific Time", "Central European Summer Time") at the
// start of `text`, compared case-insensitively and ending where a word ends.
std::optional<ZoneNameMatch> match_zone_long_name(std::string_view text);

}  // namespace pm
