#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "tracker/tracked_item.h"

namespace pm {

// The words that carry what a title promises: function words such as "the", "to" or "all"
// dropped, and endings trimmed so that "alerts", "alerting" and "alert" meet. Sorted, each
// word once.
std::vector<std::string> title_terms(std::string_view title);

// Whether two titles promise nearly the same work: the same terms, terms that overlap almost
// entirely (a Dice coefficient of 0.8 or more over at least three terms each), or wording that
// differs by little more than a typo.
bool titles_near_identical(std::string_view a, std::string_view b);

// Groups of items whose titles are near-identical although they come from different
// incidents: the same fix promised more than once. Indexes into `items`; each group is in file
// and line order, and the groups are in the order of their first items.
std::vector<std::vector<std::size_t>> find_repeats(const std::vector<TrackedItem>& items);

}  // namespace pm
