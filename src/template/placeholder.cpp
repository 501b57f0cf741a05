#include "template/placeholder.h"

#include <algorithm>
#include <initializer_list>
#include <sstream>

#include "text/fold.h"

namespace pm {
namespace {

std::vector<std::string> words_of(std::string_view text) {
  std::istringstream stream(fold(text));
  std::vector<std::string> words;
  for (std::string word; stream >> word;) words.push_back(std::move(word));
  return words;
}

bool has_any_word(const std::vector<std::string>& words,
                  std::initializer_list<std::string_view> wanted) {
  return std::any_of(words.begin(), words.end(), [&](const std::string& word) {
    return std::find(wanted.begin(), wanted.end(), word) != wanted.end();
  });
}

bool is_task_box(std::string_view inner) { return inner == " " || inner == "x" || inner == "X"; }

// Date formats are written with a year pattern ("YYYY-MM-DD", "DD/MM/YYYY") or simply named.
bool names_a_date(const std::vector<std::string>& words) {
  return has_any_word(words, {"yyyy", "date"}) ||
         (has_any_word(words, {"dd"}) && has_any_word(words, {"mm"}));
}

// "HH:MM" is a time of day, so only spelled-out units make a duration.
bool names_a_duration(const std::vector<std::string>& words) {
  return has_any_word(words,
                      {"duration", "hours", "hour", "hrs", "minutes", "minute", "mins", "days"});
}

}  // namespace

std::vector<std::string_view> bracketed_texts(std::string_view value) {
  std::vector<std::string_view> texts;
  std::size_t open = value.find('[');
  while (open != std::string_view::npos) {
    const std::size_t close = value.find(']', open + 1);
    if (close == std::string_view::npos) break;
    const std::string_view inner = value.substr(open + 1, close - open - 1);
    const bool escaped = open > 0 && value[open - 1] == '\\';
    const bool is_link = close + 1 < value.size() && value[close + 1] == '(';
    if (!escaped && !is_link && !is_task_box(inner) && !trim(inner).empty())
      texts.push_back(trim(inner));
    open = value.find('[', close + 1);
  }
  return texts;
}

std::vector<std::string> placeholder_alternatives(std::string_view inner) {
  std::vector<std::string> alternatives;
  std::size_t start = 0;
  for (std::size_t at = 0; at <= inner.size(); ++at) {
    if (at < inner.size() && inner[at] != '/' && inner[at] != '|') continue;
    const std::string_view alternative = trim(inner.substr(start, at - start));
    if (!alternative.empty()) alternatives.emplace_back(alternative);
    start = at + 1;
  }
  if (alternatives.size() < 2) alternatives.clear();
  return alternatives;
}

FieldSpec::Type placeholder_type(std::string_view inner) {
  const std::vector<std::string> words = words_of(inner);
  // Dates first: "YYYY/MM/DD" has slashes but is no choice between alternatives.
  if (names_a_date(words)) return FieldSpec::Type::date;
  if (names_a_duration(words)) return FieldSpec::Type::duration;
  if (!placeholder_alternatives(inner).empty()) return FieldSpec::Type::enumeration;
  return FieldSpec::Type::text;
}

}  // namespace pm
