#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pm {

// The people or teams an owner value names: "Ana Ruiz, @bo and SRE" -> {"Ana Ruiz", "@bo",
// "SRE"}. Values that fill the cell without naming anyone ("-", "n/a", "TBD", "[Name]",
// "unassigned") give none.
std::vector<std::string> owners_named(std::string_view owner_text);

// What "@kasper.lindholt", "Kasper Lindholt" and "kasper_lindholt" have in common, so that a
// handle and a full name count as the same owner: "kasper lindholt".
std::string owner_key(std::string_view name);

// Whether `query` (as given to --owner) names one of `owners`: its words appear whole and in
// order in an owner's name, so "@kasper", "Kasper Lindholt" and "lindholt" all find
// "@kasper.lindholt", while "kas" finds nobody.
bool owner_matches(std::string_view query, const std::vector<std::string>& owners);

// The spelling to show for everyone who shares a key: a full name over a handle, then the
// first in byte order, so the choice never depends on the order files were read.
std::string preferred_owner_spelling(const std::vector<std::string>& spellings);

}  // namespace pm
