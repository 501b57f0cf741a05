#include "model/normalize.h"

#include <array>
#include <cctype>

#include "text/fold.h"

namespace pm {
namespace {

std::optional<std::string> level_from_digit(std::string_view folded, std::string_view prefix) {
  if (!starts_with_folded(folded, prefix) && folded.substr(0, prefix.size()) != prefix) return std::nullopt;
  std::string_view rest = folded.substr(prefix.size());
  if (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
  if (rest.empty() || rest[0] < '0' || rest[0] > '4') return std::nullopt;
  if (rest.size() > 1 && rest[1] != ' ') return std::nullopt;
  return std::string("P") + rest[0];
}

struct WordLevel {
  std::string_view word;
  std::string_view level;
};

constexpr std::array<WordLevel, 10> kSeverityWords{{
    {"critical", "P0"}, {"blocker", "P0"}, {"urgent", "P0"}, {"emergency", "P0"}, {"high", "P1"},
    {"major", "P1"}, {"medium", "P2"}, {"moderate", "P2"}, {"low", "P3"}, {"minor", "P3"},
}};

struct WordStatus {
  std::string_view word;
  ActionStatus status;
};

// Longer phrases before the words they contain ("not started" before "started").
constexpr std::array<WordStatus, 27> kStatusWords{{
    {"not started", ActionStatus::not_started}, {"not done", ActionStatus::not_started},
    {"to do", ActionStatus::not_started},       {"todo", ActionStatus::not_started},
    {"open", ActionStatus::not_started},        {"planned", ActionStatus::not_started},
    {"pending", ActionStatus::not_started},     {"backlog", ActionStatus::not_started},
    {"new", ActionStatus::not_started},         {"in progress", ActionStatus::in_progress},
    {"in review", ActionStatus::in_progress},   {"ongoing", ActionStatus::in_progress},
    {"wip", ActionStatus::in_progress},         {"started", ActionStatus::in_progress},
    {"doing", ActionStatus::in_progress},       {"underway", ActionStatus::in_progress},
    {"partially done", ActionStatus::in_progress}, {"blocked", ActionStatus::in_progress},
    {"done", ActionStatus::done},               {"complete", ActionStatus::done},
    {"completed", ActionStatus::done},          {"closed", ActionStatus::done},
    {"fixed", ActionStatus::done},              {"resolved", ActionStatus::done},
    {"finished", ActionStatus::done},           {"shipped", ActionStatus::done},
    {"merged", ActionStatus::done},
}};

struct SymbolStatus {
  std::string_view utf8;
  ActionStatus status;
};

constexpr std::array<SymbolStatus, 13> kStatusSymbols{{
    {"\u2705", ActionStatus::done},            // ✅
    {"\U0001F7E2", ActionStatus::done},        // 🟢
    {"\u2714", ActionStatus::done},            // ✔
    {"\u2611", ActionStatus::done},            // ☑
    {"[x]", ActionStatus::done},
    {"[X]", ActionStatus::done},
    {"\U0001F7E1", ActionStatus::in_progress},  // 🟡
    {"\U0001F7E0", ActionStatus::in_progress},  // 🟠
    {"\U0001F504", ActionStatus::in_progress},  // 🔄
    {"\u23F3", ActionStatus::in_progress},      // ⏳
    {"\U0001F534", ActionStatus::not_started},  // 🔴
    {"\u274C", ActionStatus::not_started},      // ❌
    {"[ ]", ActionStatus::not_started},
}};

bool is_ticket_key_char(char c) { return std::isupper(static_cast<unsigned char>(c)) || std::isdigit(static_cast<unsigned char>(c)); }
bool is_digit(char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; }
bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; }

// "PAY-812": an upper-case key starting with a letter, a dash, digits, word boundaries around.
std::size_t match_ticket_key(std::string_view text, std::size_t at) {
  if (at > 0 && is_word_char(text[at - 1])) return 0;
  if (!std::isupper(static_cast<unsigned char>(text[at]))) return 0;
  std::size_t i = at;
  while (i < text.size() && is_ticket_key_char(text[i])) ++i;
  if (i - at < 2 || i >= text.size() || text[i] != '-') return 0;
  std::size_t digits = ++i;
  while (i < text.size() && is_digit(text[i])) ++i;
  if (i == digits || (i < text.size() && is_word_char(text[i]))) return 0;
  return i - at;
}

std::size_t match_issue_number(std::string_view text, std::size_t at) {
  if (text[at] != '#' || (at > 0 && is_word_char(text[at - 1]))) return 0;
  std::size_t i = at + 1;
  while (i < text.size() && is_digit(text[i])) ++i;
  if (i == at + 1 || (i < text.size() && is_word_char(text[i]))) return 0;
  return i - at;
}

std::size_t match_url(std::string_view text, std::size_t at) {
  std::string_view rest = text.substr(at);
  if (rest.substr(0, 7) != "http://" && rest.substr(0, 8) != "https://") return 0;
  std::size_t i = 0;
  while (i < rest.size() && !std::isspace(static_cast<unsigned char>(rest[i])) && rest[i] != ')' && rest[i] != '>' &&
         rest[i] != '|' && rest[i] != ']')
    ++i;
  while (i > 0 && (rest[i - 1] == '.' || rest[i - 1] == ',' || rest[i - 1] == ';')) --i;
  return i;
}


}  // namespace

std::optional<std::string> normalize_severity(std::string_view text) {
  if (is_placeholder(text)) return std::nullopt;  // "[P0 / P1 / P2]" lists choices, it picks none
  const std::string folded = fold(text);
  if (folded.empty()) return std::nullopt;
  for (std::string_view prefix : {"p", "sev", "severity", "s", "priority"}) {
    if (auto level = level_from_digit(folded, prefix)) return level;
  }
  const std::string first_word = folded.substr(0, folded.find(' '));
  for (const auto& entry : kSeverityWords) {
    if (first_word == entry.word) return std::string(entry.level);
  }
  return std::nullopt;
}

ActionStatus normalize_action_status(std::string_view text) {
  const std::string folded = fold(text);
  for (const auto& entry : kStatusWords) {
    if (folded == entry.word || starts_with_folded(folded, entry.word)) return entry.status;
  }
  for (const auto& entry : kStatusSymbols) {
    if (text.find(entry.utf8) != std::string_view::npos) return entry.status;
  }
  return ActionStatus::unknown;
}

std::vector<std::string> find_ticket_references(std::string_view text) {
  std::vector<std::string> out;
  for (std::size_t at = 0; at < text.size(); ++at) {
    std::size_t length = match_url(text, at);
    if (length == 0) length = match_ticket_key(text, at);
    if (length == 0) length = match_issue_number(text, at);
    if (length == 0) continue;
    std::string reference(text.substr(at, length));
    bool seen = false;
    for (const auto& existing : out) seen = seen || existing == reference;
    if (!seen) out.push_back(std::move(reference));
    at += length - 1;
  }
  return out;
}

std::string strip_symbols(std::string_view text) {
  // Keep from the first letter or digit to the last letter, digit or closing punctuation.
  auto keeps = [](unsigned char c) { return std::isalnum(c) != 0; };
  std::size_t begin = 0;
  while (begin < text.size() && !keeps(static_cast<unsigned char>(text[begin])) && text[begin] != '@' &&
         text[begin] != '[' && text[begin] != '~' && text[begin] != '<')
    ++begin;
  std::size_t end = text.size();
  while (end > begin && !keeps(static_cast<unsigned char>(text[end - 1])) && text[end - 1] != ')' &&
         text[end - 1] != ']' && text[end - 1] != '.' && text[end - 1] != '>' && text[end - 1] != '?' &&
         text[end - 1] != '!')
    --end;
  return std::string(trim(text.substr(begin, end - begin)));
}

std::vector<std::string> split_names(std::string_view text) {
  std::vector<std::string> names;
  std::string current;
  auto flush = [&] {
    std::string name = strip_symbols(current);
    if (!name.empty()) names.push_back(std::move(name));
    current.clear();
  };
  for (std::size_t i = 0; i < text.size(); ++i) {
    if (text[i] == ',' || text[i] == ';' || text[i] == '/') {
      flush();
    } else if (text.substr(i, 5) == " and " || text.substr(i, 3) == " & ") {
      flush();
      i += text[i + 1] == '&' ? 1 : 3;
    } else {
      current += text[i];
    }
  }
  flush();
  return names;
}

bool is_placeholder(std::string_view text) {
  std::string_view trimmed = trim(text);
  if (trimmed.empty()) return false;
  if (trimmed.front() == '[' && trimmed.back() == ']' && trimmed.find("](") == std::string_view::npos) return true;
  if (trimmed.substr(0, 2) == "{{" && trimmed.substr(trimmed.size() >= 2 ? trimmed.size() - 2 : 0) == "}}") return true;
  const std::string folded = fold(trimmed);
  for (std::string_view marker : {"tbd", "todo", "tba", "n a yet", "xx", "xx hours", "xx hours yy minutes", "fixme", "to be determined"}) {
    if (folded == marker) return true;
  }
  return false;
}

}  // namespace pm
