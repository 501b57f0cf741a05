#include "tracker/repeat_detection.h"

#include <algorithm>
#include <array>
#include <map>
#include <numeric>
#include <tuple>

#include "config/did_you_mean.h"
#include "tracker/text_words.h"

namespace pm {
namespace {

constexpr std::array<std::string_view, 34> kFunctionWords{
    "a",     "an",    "the", "to",    "for",  "of",  "on",  "in",    "at",   "by",   "with", "and",
    "or",    "all",   "any", "every", "each", "our", "its", "their", "into", "from", "that", "this",
    "these", "those", "be",  "is",    "are",  "it",  "as",  "so",    "we",   "us"};

bool ends_with(const std::string& word, std::string_view ending) {
  return word.size() >= ending.size() &&
         word.compare(word.size() - ending.size(), ending.size(), ending) == 0;
}

// A light suffix trim, enough to make inflections of one English word meet; words with letters
// beyond ASCII are left as they are.
std::string word_stem(std::string word) {
  const bool ascii = std::all_of(word.begin(), word.end(),
                                 [](char c) { return static_cast<unsigned char>(c) < 0x80; });
  if (!ascii || word.size() < 4) return word;
  auto cut = [&](std::size_t count) { word.erase(word.size() - count); };
  if (ends_with(word, "ies") && word.size() > 4) {
    cut(3);
    word += 'y';
  } else if (ends_with(word, "ing") && word.size() >= 6) {
    cut(3);
  } else if (ends_with(word, "ed") && word.size() >= 5) {
    cut(2);
  } else if (ends_with(word, "s") && !ends_with(word, "ss") && !ends_with(word, "us")) {
    cut(1);
  }
  if (word.size() > 3 && word.back() == 'e') cut(1);
  return word;
}

double dice(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  std::vector<std::string> shared;
  std::set_intersection(a.begin(), a.end(), b.begin(), b.end(), std::back_inserter(shared));
  return 2.0 * static_cast<double>(shared.size()) / static_cast<double>(a.size() + b.size());
}

// For wording that differs by a typo or two ("recieve", "dead letter" / "dead-letter"), whose
// terms no longer match exactly.
bool nearly_same_spelling(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  const std::string left = joined_words(a), right = joined_words(b);
  const std::size_t longer = std::max(left.size(), right.size());
  if (longer < 12) return false;
  const std::size_t allowed = std::max<std::size_t>(1, longer / 12);
  const std::size_t length_gap =
      left.size() > right.size() ? left.size() - right.size() : right.size() - left.size();
  return length_gap <= allowed && edit_distance(left, right) <= allowed;
}

bool terms_near_identical(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  if (a.empty() || b.empty()) return false;
  if (a == b) return true;
  const double similarity = dice(a, b);
  if (std::min(a.size(), b.size()) >= 3 && similarity >= 0.8) return true;
  return similarity >= 0.5 && nearly_same_spelling(a, b);
}

std::size_t find_root(std::vector<std::size_t>& parent, std::size_t at) {
  while (parent[at] != at) at = parent[at] = parent[parent[at]];
  return at;
}

}  // namespace

std::vector<std::string> title_terms(std::string_view title) {
  std::vector<std::string> terms;
  for (auto& word : split_words(title)) {
    if (std::find(kFunctionWords.begin(), kFunctionWords.end(), word) != kFunctionWords.end())
      continue;
    terms.push_back(word_stem(std::move(word)));
  }
  std::sort(terms.begin(), terms.end());
  terms.erase(std::unique(terms.begin(), terms.end()), terms.end());
  return terms;
}

bool titles_near_identical(std::string_view a, std::string_view b) {
  return terms_near_identical(title_terms(a), title_terms(b));
}

std::vector<std::vector<std::size_t>> find_repeats(const std::vector<TrackedItem>& items) {
  std::vector<std::vector<std::string>> terms;
  terms.reserve(items.size());
  for (const auto& item : items) terms.push_back(title_terms(item.title));
  std::vector<std::size_t> parent(items.size());
  std::iota(parent.begin(), parent.end(), std::size_t{0});
  for (std::size_t i = 0; i < items.size(); ++i) {
    for (std::size_t j = i + 1; j < items.size(); ++j) {
      if (items[i].file == items[j].file || !terms_near_identical(terms[i], terms[j])) continue;
      parent[find_root(parent, j)] = find_root(parent, i);
    }
  }
  std::map<std::size_t, std::vector<std::size_t>> by_root;
  for (std::size_t i = 0; i < items.size(); ++i) by_root[find_root(parent, i)].push_back(i);
  const auto position = [&](std::size_t index) {
    return std::tie(items[index].file, items[index].line);
  };
  std::vector<std::vector<std::size_t>> groups;
  for (auto& [root, members] : by_root) {
    if (members.size() < 2) continue;
    std::sort(members.begin(), members.end(),
              [&](std::size_t a, std::size_t b) { return position(a) < position(b); });
    groups.push_back(std::move(members));
  }
  std::sort(groups.begin(), groups.end(), [&](const auto& a, const auto& b) {
    return position(a.front()) < position(b.front());
  });
  return groups;
}

}  // namespace pm
