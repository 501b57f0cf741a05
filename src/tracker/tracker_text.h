#pragma once

#include <string>

#include "tracker/tracker.h"

// Wording that every human-readable format of the tracker shares, so that Markdown and HTML say
// the same things.
namespace pm {

std::string count_of(long count, const std::string& singular,
                     const std::string& plural);  // "1 day", "3 days"

// "open action items", "overdue open action items owned by @ana with priority P0 or P1", ...
std::string describe_selection(const ItemFilter& filter);

// "Open action items from 8 post-mortems, as of 2026-07-01: 21 of 31 items."
std::string tracker_lead(const TrackerReport& report);

// "samples/2026-03-14-ledgerline.md:85"
std::string source_of(const TrackedItem& item);

// "(no owner)" for the tally of unowned items, "(none)" for items without a priority.
std::string tally_owner_label(const std::string& owner);
std::string tally_priority_label(const std::string& priority);

constexpr const char* kTrackerTitle = "Action items";
constexpr const char* kNeedsOwnerHeading = "Needs an owner or a deadline";
constexpr const char* kNeedsOwnerNote =
    "Open items without an owner or a usable deadline: nobody will be asked about them until "
    "someone is named and a date is set.";
constexpr const char* kRepeatsHeading = "Possible repeats";
constexpr const char* kRepeatsNote =
    "Items in different post-mortems with nearly the same title: the same fix may have been "
    "promised more than once.";

}  // namespace pm
