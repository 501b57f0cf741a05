#include "config/did_you_mean.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

using pm::closest_match;
using pm::edit_distance;

const std::vector<std::string> top_level_keys = {"template", "rules",   "options",
                                                 "include",  "exclude", "site"};

TEST_CASE("edit_distance counts insertions, deletions, substitutions and swaps") {
  CHECK(edit_distance("", "") == 0);
  CHECK(edit_distance("", "abc") == 3);
  CHECK(edit_distance("abc", "") == 3);
  CHECK(edit_distance("kitten", "sitting") == 3);
  CHECK(edit_distance("rule", "rules") == 1);
  CHECK(edit_distance("rlues", "rules") == 1);  // one swap, not two substitutions
  CHECK(edit_distance("PM999", "PM009") == 2);
}

TEST_CASE("edit_distance ignores ASCII case") {
  CHECK(edit_distance("Rules", "rules") == 0);
  CHECK(edit_distance("SEV-A", "sev-a") == 0);
}

TEST_CASE("closest_match suggests near misses") {
  CHECK(closest_match("rule", top_level_keys) == "rules");
  CHECK(closest_match("rlues", top_level_keys) == "rules");
  CHECK(closest_match("Options", top_level_keys) == "options");
  CHECK(closest_match("templat", top_level_keys) == "template");
  CHECK(closest_match("excldue", top_level_keys) == "exclude");
}

TEST_CASE("closest_match suggests rule IDs and names") {
  const std::vector<std::string> rules = {"PM001", "PM008",         "PM009",
                                          "PM012", "missing-owner", "missing-section"};
  CHECK(closest_match("PM999", rules) == "PM009");
  CHECK(closest_match("pm012", rules) == "PM012");
  CHECK(closest_match("missing-ownr", rules) == "missing-owner");
  CHECK(closest_match("mising-section", rules) == "missing-section");
}

TEST_CASE("closest_match allows more edits for longer words") {
  // 15 characters: up to 5 edits still reads as a typo.
  CHECK(closest_match("overdue_grace_d", {"overdue_grace_days"}) == "overdue_grace_days");
  // 4 characters: 2 edits at most.
  CHECK(closest_match("whyz", {"whys"}) == "whys");
  CHECK(closest_match("wxyz", {"whys"}) == "whys");
  CHECK(closest_match("wxzq", {"whys"}).empty());
}

TEST_CASE("closest_match returns nothing when no candidate is plausible") {
  CHECK(closest_match("colour", top_level_keys).empty());
  CHECK(closest_match("ab", {"xy"}).empty());  // replacing everything typed is no hint
  CHECK(closest_match("x", {"id"}).empty());
  CHECK(closest_match("", {"a", "b"}).empty());
  CHECK(closest_match("rules", {}).empty());
}

TEST_CASE("closest_match prefers the nearest candidate, then the earlier one") {
  CHECK(closest_match("lint", {"list", "lint", "lints"}) == "lint");
  CHECK(closest_match("cat", {"bat", "hat"}) == "bat");
  CHECK(closest_match("cat", {"hat", "bat"}) == "hat");
  CHECK(closest_match("PM01", {"PM011", "PM01x", "PM0"}) == "PM011");
}

}  // namespace
