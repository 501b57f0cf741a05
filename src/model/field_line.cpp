#include "model/field_line.h"

#include <cctype>

#include "text/fold.h"

namespace pm {
namespace {

std::string_view strip_bullet(std::string_view line) {
  line = trim(line);
  if (line.size() >= 2 && (line[0] == '-' || line[0] == '*' || line[0] == '+') && line[1] == ' ') {
    line = trim(line.substr(2));
  }
  return line;
}

std::string_view strip_hard_break(std::string_view value) {
  value = trim(value);
  if (!value.empty() && value.back() == '\\') value.remove_suffix(1);
  if (value.size() >= 4 && value.substr(value.size() - 4) == "<br>") value.remove_suffix(4);
  return trim(value);
}

// A short name without markup. Bold marks a key explicitly, so it may start with a digit or an
// emoji ("**1st Responder**", "**🔥 Severity**"); a plain key must start with a letter.
bool is_plausible_name(std::string_view name, bool bold) {
  if (name.empty() || name.size() > 40) return false;
  int words = 1;
  for (char c : name) {
    if (c == ' ') ++words;
    // Markup inside a name ("Action Items**Services**") means the line is not a field line.
    if (c == '`' || c == '[' || c == ']' || c == '|' || c == '*') return false;
  }
  if (words > 5) return false;
  const unsigned char first = static_cast<unsigned char>(name.front());
  return bold ? first > ' ' && first != 0x7f : std::isalpha(first) != 0;
}

std::optional<FieldLine> parse_bold_key(std::string_view line) {
  // `**Key**: value` or `**Key:** value`; `__Key__` is the same in Markdown.
  for (std::string_view marker : {"**", "__"}) {
    if (line.substr(0, 2) != marker) continue;
    std::size_t close = line.find(marker, 2);
    if (close == std::string_view::npos) return std::nullopt;
    std::string_view name = trim(line.substr(2, close - 2));
    std::string_view rest = line.substr(close + 2);
    if (!name.empty() && name.back() == ':') {
      name = trim(name.substr(0, name.size() - 1));
    } else if (!rest.empty() && rest.front() == ':') {
      rest.remove_prefix(1);
    } else {
      return std::nullopt;
    }
    if (!is_plausible_name(name, true)) return std::nullopt;
    return FieldLine{std::string(name), std::string(strip_hard_break(rest))};
  }
  return std::nullopt;
}

std::optional<FieldLine> parse_plain_key(std::string_view line) {
  std::size_t colon = line.find(": ");
  if (colon == std::string_view::npos) return std::nullopt;
  std::string_view name = trim(line.substr(0, colon));
  if (!is_plausible_name(name, false) || !std::isupper(static_cast<unsigned char>(name.front()))) return std::nullopt;
  return FieldLine{std::string(name), std::string(strip_hard_break(line.substr(colon + 1)))};
}

}  // namespace

std::optional<FieldLine> parse_field_line(std::string_view line, bool allow_plain_key) {
  std::string_view content = strip_bullet(line);
  if (auto field = parse_bold_key(content)) return field;
  if (allow_plain_key) return parse_plain_key(content);
  return std::nullopt;
}

}  // namespace pm
