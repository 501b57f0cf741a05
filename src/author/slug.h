#pragma once

#include <string>
#include <string_view>

namespace pm {

// The title as a file-name part: ASCII, lowercase, words joined by single dashes, accents
// dropped ("Caché outage: EU/US" -> "cache-outage-eu-us"), at most 60 characters, cut at a dash.
// "incident" when nothing is left.
std::string slug_of(std::string_view title);

}  // namespace pm
