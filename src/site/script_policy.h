#pragma once

#include <string>
#include <string_view>

namespace pm {

// The Content-Security-Policy every page of the site carries: no scripts, nothing fetched, inline
// styles and data: images only.
std::string_view script_policy_meta();

// `html` with that policy added at the top of its <head> when the page does not set one itself
// (the tracker's template does not), so that every page the site publishes forbids scripts.
std::string with_script_policy(std::string html);

}  // namespace pm
