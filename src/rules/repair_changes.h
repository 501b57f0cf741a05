#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pm {

// One stretch of a line that mojibake repair replaced.
struct RepairChange {
  std::string before;  // as the file has it: "â€™"
  std::string after;   // as it reads now: "’"
  std::size_t at = 0;  // byte offset of `after` in the repaired line
};

// What repair changed in a line, in order. Repair only ever rewrites runs of non-ASCII
// characters and copies ASCII as it is, so the lines are compared run by run; when their ASCII
// does not line up (a misread byte order mark dropped at the start), the one differing middle
// stretch is given instead.
std::vector<RepairChange> repair_changes(std::string_view original, std::string_view repaired);

}  // namespace pm
