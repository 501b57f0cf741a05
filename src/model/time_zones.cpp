#include "model/time_zones.h"

#include <array>

namespace pm {
namespace {

struct ZoneEntry {
  std::string_view name;
  int utc_offset_minutes;
};

constexpr auto kAbbreviations = std::to_array<ZoneEntry>({
    // Universal and European
    {"UTC", 0},
    {"GMT", 0},
    {"WET", 0},
    {"WEST", 60},
    {"BST", 60},
    {"CET", 60},
    {"CEST", 120},
    {"MEZ", 60},
    {"MESZ", 120},
    {"EET", 120},
    {"EEST", 180},
    {"MSK", 180},
    {"SAST", 120},
    // Asia and Oceania
    {"IST", 330},
    {"PKT", 300},
    {"ICT", 420},
    {"WIB", 420},
    {"SGT", 480},
    {"HKT", 480},
    {"AWST", 480},
    {"JST", 540},
    {"KST", 540},
    {"ACST", 570},
    {"ACDT", 630},
    {"AEST", 600},
    {"AEDT", 660},
    {"NZST", 720},
    {"NZDT", 780},
    // Americas
    {"HST", -600},
    {"AKST", -540},
    {"AKDT", -480},
    {"PST", -480},
    {"PDT", -420},
    {"MST", -420},
    {"MDT", -360},
    {"CST", -360},
    {"CDT", -300},
    {"EST", -300},
    {"EDT", -240},
    {"AST", -240},
    {"ADT", -180},
    {"NST", -210},
    {"NDT", -150},
    {"BRT", -180},
    {"PT", -480},
    {"MT", -420},
    {"CT", -360},
    {"ET", -300},
});

constexpr auto kLongNames = std::to_array<ZoneEntry>({
    {"Coordinated Universal Time", 0},
    {"Universal Time", 0},
    {"Greenwich Mean Time", 0},
    {"Western European Time", 0},
    {"Western European Summer Time", 60},
    {"British Summer Time", 60},
    {"Central European Time", 60},
    {"Central European Standard Time", 60},
    {"Central European Summer Time", 120},
    {"Eastern European Time", 120},
    {"Eastern European Summer Time", 180},
    {"India Standard Time", 330},
    {"Singapore Time", 480},
    {"Japan Standard Time", 540},
    {"Korea Standard Time", 540},
    {"Australian Eastern Standard Time", 600},
    {"Australian Eastern Daylight Time", 660},
    {"Hawaii Standard Time", -600},
    {"Alaska Time", -540},
    {"Pacific Time", -480},
    {"Pacific Standard Time", -480},
    {"Pacific Daylight Time", -420},
    {"Mountain Time", -420},
    {"Mountain Standard Time", -420},
    {"Mountain Daylight Time", -360},
    {"Central Time", -360},
    {"Central Standard Time", -360},
    {"Central Daylight Time", -300},
    {"Eastern Time", -300},
    {"Eastern Standard Time", -300},
    {"Eastern Daylight Time", -240},
});

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool is_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

bool starts_with_ignoring_case(std::string_view text, std::string_view prefix) {
  if (text.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i) {
    if (lower(text[i]) != lower(prefix[i])) return false;
  }
  return true;
}

}  // namespace

std::optional<int> zone_abbreviation_offset(std::string_view abbreviation) {
  for (const ZoneEntry& entry : kAbbreviations) {
    if (abbreviation.size() == entry.name.size() &&
        starts_with_ignoring_case(abbreviation, entry.name)) {
      return entry.utc_offset_minutes;
    }
  }
  return std::nullopt;
}

std::optional<ZoneNameMatch> match_zone_long_name(std::string_view text) {
  std::optional<ZoneNameMatch> best;
  for (const ZoneEntry& entry : kLongNames) {
    const std::size_t length = entry.name.size();
    if (!starts_with_ignoring_case(text, entry.name)) continue;
    // "Central Time" must not match the start of "Central Timezone".
    const bool ends_word = text.size() == length || !is_letter(text[length]);
    if (ends_word && (!best || length > best->length)) {
      best = ZoneNameMatch{length, entry.utc_offset_minutes};
    }
  }
  return best;
}

}  // namespace pm
