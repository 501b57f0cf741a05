#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pm {

// Edits (insert, delete, substitute, swap two neighbours) to turn `a` into `b`, ignoring ASCII
// case: a swapped pair is the commonest typo ("rlues"), and case is rarely what the user meant.
std::size_t edit_distance(std::string_view a, std::string_view b);

// The candidate nearest to `word`, for "did you mean ...?" hints; empty when none is close
// enough to be a plausible typo: within max(2, length / 3) edits and keeping at least one
// character of what was typed. Ties go to the earlier candidate.
std::string closest_match(std::string_view word, const std::vector<std::string>& candidates);

}  // namespace pm
