#include "model/action_text.h"

#include <cctype>

#include "model/normalize.h"
#include "text/fold.h"

namespace pm {
namespace {

std::vector<std::string_view> split_on(std::string_view text, char separator) {
  std::vector<std::string_view> parts;
  std::size_t start = 0;
  for (std::size_t i = 0; i <= text.size(); ++i) {
    if (i == text.size() || text[i] == separator) {
      parts.push_back(trim(text.substr(start, i - start)));
      start = i + 1;
    }
  }
  return parts;
}

void set_deadline(ActionItem& item, std::string_view text, int year_hint) {
  item.deadline_text = std::string(trim(text));
  item.deadline = parse_date(text, year_hint);
}

// One "key: value" or bare token from a trailing "(owner: @x, due: 2026-05-09, P1)".
bool read_detail(ActionItem& item, std::string_view part, int year_hint) {
  const std::size_t colon = part.find(':');
  if (colon != std::string_view::npos && colon < 20) {
    const std::string key = fold(part.substr(0, colon));
    const std::string_view value = trim(part.substr(colon + 1));
    if (key == "owner" || key == "assignee" || key == "assigned to" || key == "who") {
      item.owner = std::string(value);
    } else if (key == "due" || key == "deadline" || key == "due date" || key == "by" || key == "eta") {
      set_deadline(item, value, year_hint);
    } else if (key == "priority" || key == "prio") {
      item.priority_text = std::string(value);
    } else if (key == "status") {
      item.status_text = std::string(value);
      item.status = normalize_action_status(value);
    } else if (key == "ticket" || key == "bug" || key == "issue" || key == "jira") {
      for (auto& ticket : find_ticket_references(value)) item.tickets.push_back(ticket);
    } else {
      return false;
    }
    return true;
  }
  if (!part.empty() && part.front() == '@') {
    item.owner = std::string(part);
    return true;
  }
  if (fold(part.substr(0, 4)) == "due" ) {
    set_deadline(item, part.substr(3), year_hint);
    return true;
  }
  if (normalize_severity(part) && part.size() <= 4) {
    item.priority_text = std::string(part);
    return true;
  }
  if (auto date = parse_date(part, year_hint)) {
    item.deadline = date;
    item.deadline_text = std::string(part);
    return true;
  }
  return !find_ticket_references(part).empty();
}

// Reads a trailing parenthesis of details; returns the title without it when it held any.
std::string_view read_trailing_details(ActionItem& item, std::string_view text, int year_hint) {
  text = trim(text);
  if (text.empty() || text.back() != ')') return text;
  const std::size_t open = text.rfind('(');
  if (open == std::string_view::npos) return text;
  bool any = false;
  for (std::string_view part : split_on(text.substr(open + 1, text.size() - open - 2), ',')) {
    if (read_detail(item, part, year_hint)) any = true;
  }
  return any ? trim(text.substr(0, open)) : text;
}

// "HIGH: Add alerts" or "P1 - Add alerts".
std::string_view read_priority_prefix(ActionItem& item, std::string_view text) {
  const std::size_t end = text.find_first_of(":-\u2013");
  if (end == std::string_view::npos || end > 12) return text;
  const std::string_view word = trim(text.substr(0, end));
  if (word.empty() || !normalize_severity(word)) return text;
  item.priority_text = std::string(word);
  std::string_view rest = text.substr(end + 1);
  while (!rest.empty() && (rest.front() == ' ' || rest.front() == '-' || rest.front() == ':')) rest.remove_prefix(1);
  return rest;
}

// An "@handle" anywhere names the owner when no detail did.
void read_inline_owner(ActionItem& item, std::string_view text) {
  for (std::size_t at = 0; at < text.size(); ++at) {
    if (text[at] != '@' || (at > 0 && std::isalnum(static_cast<unsigned char>(text[at - 1])))) continue;
    std::size_t end = at + 1;
    while (end < text.size() && (std::isalnum(static_cast<unsigned char>(text[end])) || text[end] == '-' ||
                                 text[end] == '_' || text[end] == '.'))
      ++end;
    while (end > at + 1 && text[end - 1] == '.') --end;
    if (end > at + 1) {
      item.owner = std::string(text.substr(at, end - at));
      return;
    }
  }
}

}  // namespace

ActionItem parse_action_text(std::string_view text, int year_hint) {
  ActionItem item;
  std::string_view title = read_priority_prefix(item, trim(text));
  title = read_trailing_details(item, title, year_hint);
  if (item.owner.empty()) read_inline_owner(item, title);
  for (auto& ticket : find_ticket_references(text)) {
    bool seen = false;
    for (const auto& existing : item.tickets) seen = seen || existing == ticket;
    if (!seen) item.tickets.push_back(ticket);
  }
  item.title = std::string(title);
  if (!item.priority_text.empty()) item.priority = normalize_severity(item.priority_text).value_or(item.priority_text);
  return item;
}

}  // namespace pm
