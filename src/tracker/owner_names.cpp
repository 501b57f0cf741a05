#include "tracker/owner_names.h"

#include <algorithm>
#include <array>

#include "model/normalize.h"
#include "tracker/text_words.h"

namespace pm {
namespace {

bool names_nobody(std::string_view name) {
  constexpr std::array<std::string_view, 15> kNobody{
      "n a",         "na",  "none", "nobody", "no one", "noone",          "unassigned",
      "unknown",     "tbd", "tba",  "tbc",    "todo",   "to be assigned", "to be determined",
      "not assigned"};
  if (is_placeholder(name)) return true;
  const std::string key = owner_key(name);
  return key.empty() || std::find(kNobody.begin(), kNobody.end(), key) != kNobody.end();
}

// True when `part` occurs as a run of whole words in `whole`.
bool contains_words(const std::vector<std::string>& whole, const std::vector<std::string>& part) {
  if (part.empty() || part.size() > whole.size()) return false;
  for (std::size_t start = 0; start + part.size() <= whole.size(); ++start) {
    if (std::equal(part.begin(), part.end(), whole.begin() + static_cast<long>(start))) return true;
  }
  return false;
}

// A name with the symbols and markup around it dropped, keeping the "@" of a handle and the
// closing parenthesis of "Ana Ruiz (SRE)".
std::string bare_name(std::string_view text) {
  const std::string_view name = between_words(text);
  if (name.empty()) return {};
  std::size_t begin = static_cast<std::size_t>(name.data() - text.data());
  std::size_t end = begin + name.size();
  if (begin > 0 && text[begin - 1] == '@') --begin;
  if (end < text.size() && text[end] == ')' && name.find('(') != std::string_view::npos) ++end;
  return std::string(text.substr(begin, end - begin));
}

// The parts of "Ana Ruiz, @bo and SRE": split on commas, semicolons, slashes, " and " and " & ".
std::vector<std::string_view> name_parts(std::string_view text) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t at = 0; at <= text.size(); ++at) {
    std::size_t separator = 0;
    if (at == text.size() || text[at] == ',' || text[at] == ';' || text[at] == '/') {
      separator = 1;
    } else if (text.substr(at, 5) == " and ") {
      separator = 5;
    } else if (text.substr(at, 3) == " & ") {
      separator = 3;
    }
    if (separator == 0) continue;
    parts.push_back(text.substr(start, at - start));
    start = at + separator;
    at = start - 1;
  }
  return parts;
}

}  // namespace

std::vector<std::string> owners_named(std::string_view owner_text) {
  if (names_nobody(owner_text)) return {};
  std::vector<std::string> owners;
  for (const std::string_view part : name_parts(owner_text)) {
    if (names_nobody(part)) continue;
    std::string name = bare_name(part);
    if (!name.empty()) owners.push_back(std::move(name));
  }
  return owners;
}

std::string owner_key(std::string_view name) { return joined_words(split_words(name)); }

bool owner_matches(std::string_view query, const std::vector<std::string>& owners) {
  const std::vector<std::string> wanted = split_words(query);
  return std::any_of(owners.begin(), owners.end(), [&](const std::string& owner) {
    return contains_words(split_words(owner), wanted);
  });
}

std::string preferred_owner_spelling(const std::vector<std::string>& spellings) {
  const std::string* best = nullptr;
  auto is_handle = [](const std::string& name) { return !name.empty() && name.front() == '@'; };
  for (const auto& spelling : spellings) {
    if (!best || std::pair(is_handle(spelling), spelling) < std::pair(is_handle(*best), *best)) {
      best = &spelling;
    }
  }
  return best ? *best : std::string();
}

}  // namespace pm
