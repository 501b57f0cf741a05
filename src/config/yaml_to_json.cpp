#include "config/yaml_to_json.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <charconv>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <optional>
#include <sstream>
#include <vector>

#include "config/json_schema.h"

namespace pm {
namespace {

// A configuration is a few levels deep; anything far deeper or larger is hostile or corrupt, and
// YAML aliases could otherwise expand a small file into an enormous document.
constexpr int max_depth = 32;
constexpr std::size_t max_values = 100000;

std::string hex_byte(unsigned char byte) {
  char text[8];
  std::snprintf(text, sizeof text, "0x%02X", static_cast<unsigned>(byte));
  return text;
}

bool in_range(std::string_view text, std::size_t at, unsigned char low, unsigned char high) {
  if (at >= text.size()) return false;
  const auto byte = static_cast<unsigned char>(text[at]);
  return byte >= low && byte <= high;
}

// Length of the well-formed UTF-8 sequence starting at `at` (RFC 3629), 0 when it is not one.
std::size_t utf8_sequence_length(std::string_view text, std::size_t at) {
  const auto lead = static_cast<unsigned char>(text[at]);
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return in_range(text, at + 1, 0x80, 0xBF) ? 2 : 0;
  if (lead >= 0xE0 && lead <= 0xEF) {
    const unsigned char low = lead == 0xE0 ? 0xA0 : 0x80;   // no overlong forms
    const unsigned char high = lead == 0xED ? 0x9F : 0xBF;  // no surrogates
    return in_range(text, at + 1, low, high) && in_range(text, at + 2, 0x80, 0xBF) ? 3 : 0;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    const unsigned char low = lead == 0xF0 ? 0x90 : 0x80;
    const unsigned char high = lead == 0xF4 ? 0x8F : 0xBF;
    return in_range(text, at + 1, low, high) && in_range(text, at + 2, 0x80, 0xBF) &&
                   in_range(text, at + 3, 0x80, 0xBF)
               ? 4
               : 0;
  }
  return 0;
}

bool is_control_byte(unsigned char byte) {
  return (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') || byte == 0x7F;
}

// yaml-cpp happily reads most binary files as one long string, so reject them up front with a
// message that says what is wrong with the file rather than with its "configuration".
std::optional<YamlProblem> not_text_problem(std::string_view text) {
  int line = 1;
  for (std::size_t at = 0; at < text.size();) {
    const auto byte = static_cast<unsigned char>(text[at]);
    if (is_control_byte(byte)) {
      return YamlProblem{line, "",
                         "not a text file: it contains the control byte " + hex_byte(byte) +
                             "; the configuration must be YAML"};
    }
    const std::size_t length = utf8_sequence_length(text, at);
    if (length == 0) {
      return YamlProblem{
          line, "",
          "not UTF-8 text: invalid byte " + hex_byte(byte) + "; save the configuration as UTF-8"};
    }
    if (byte == '\n') ++line;
    at += length;
  }
  return std::nullopt;
}

int line_of(const YAML::Mark& mark) { return mark.is_null() ? 0 : mark.line + 1; }
int column_of(const YAML::Mark& mark) { return mark.is_null() ? 0 : mark.column + 1; }

bool is_one_of(std::string_view text, std::initializer_list<std::string_view> words) {
  for (const std::string_view word : words) {
    if (text == word) return true;
  }
  return false;
}

bool all_digits(std::string_view text, bool (*is_digit)(char)) {
  if (text.empty()) return false;
  for (const char c : text) {
    if (!is_digit(c)) return false;
  }
  return true;
}

bool is_decimal_digit(char c) { return c >= '0' && c <= '9'; }
bool is_octal_digit(char c) { return c >= '0' && c <= '7'; }
bool is_hex_digit(char c) {
  return is_decimal_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

std::string_view without_sign(std::string_view text) {
  return !text.empty() && (text.front() == '+' || text.front() == '-') ? text.substr(1) : text;
}

// YAML 1.2 core schema: [-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?
bool is_core_float(std::string_view text) {
  std::string_view rest = without_sign(text);
  const std::size_t exponent = rest.find_first_of("eE");
  const std::string_view mantissa = rest.substr(0, exponent);
  if (exponent != std::string_view::npos &&
      !all_digits(without_sign(rest.substr(exponent + 1)), is_decimal_digit)) {
    return false;
  }
  const std::size_t dot = mantissa.find('.');
  const std::string_view whole = mantissa.substr(0, dot);
  const std::string_view fraction =
      dot == std::string_view::npos ? std::string_view() : mantissa.substr(dot + 1);
  if (whole.empty()) return all_digits(fraction, is_decimal_digit);
  return all_digits(whole, is_decimal_digit) &&
         (fraction.empty() || all_digits(fraction, is_decimal_digit));
}

std::optional<double> parse_double(std::string_view text) {
  if (!text.empty() && text.front() == '+') text.remove_prefix(1);
  double value = 0;
  const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<std::int64_t> parse_integer(std::string_view digits, int base, bool negative) {
  std::uint64_t magnitude = 0;
  const auto [end, error] =
      std::from_chars(digits.data(), digits.data() + digits.size(), magnitude, base);
  if (error != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
  constexpr auto largest = static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max());
  if (magnitude > largest + (negative ? 1 : 0)) return std::nullopt;
  if (!negative) return static_cast<std::int64_t>(magnitude);
  if (magnitude == largest + 1) return std::numeric_limits<std::int64_t>::min();
  return -static_cast<std::int64_t>(magnitude);
}

// Typing of an unquoted scalar. Infinity and NaN stay strings because JSON cannot hold them, and
// an integer too large for 64 bits becomes a float, as YAML libraries elsewhere do.
nlohmann::ordered_json plain_scalar(const std::string& text) {
  if (is_one_of(text, {"", "~", "null", "Null", "NULL"})) return nullptr;
  if (is_one_of(text, {"true", "True", "TRUE"})) return true;
  if (is_one_of(text, {"false", "False", "FALSE"})) return false;
  const std::string_view view = text;
  if (all_digits(without_sign(view), is_decimal_digit)) {
    const bool negative = view.front() == '-';
    if (auto value = parse_integer(without_sign(view), 10, negative)) return *value;
    if (auto value = parse_double(view)) return *value;
  }
  if (view.size() > 2 && view.substr(0, 2) == "0o" && all_digits(view.substr(2), is_octal_digit)) {
    if (auto value = parse_integer(view.substr(2), 8, false)) return *value;
  }
  if (view.size() > 2 && view.substr(0, 2) == "0x" && all_digits(view.substr(2), is_hex_digit)) {
    if (auto value = parse_integer(view.substr(2), 16, false)) return *value;
  }
  if (is_core_float(view)) {
    if (auto value = parse_double(view)) return *value;
  }
  return text;
}

nlohmann::ordered_json scalar_value(const YAML::Node& node) {
  // yaml-cpp tags quoted and block scalars "!" and untagged plain ones "?".
  const bool forced_string = node.Tag() == "!" || node.Tag() == "tag:yaml.org,2002:str";
  return forced_string ? nlohmann::ordered_json(node.Scalar()) : plain_scalar(node.Scalar());
}

// Where a value sits: its JSON pointer tokens and its dotted name.
struct Path {
  std::vector<std::string> tokens;
  std::string key;

  Path member(const std::string& name) const {
    const std::string label = key_label(name);
    Path child{tokens, key.empty() ? label : key + "." + label};
    child.tokens.push_back(name);
    return child;
  }
  Path item(std::size_t index) const {
    Path child{tokens, key + "[" + std::to_string(index) + "]"};
    child.tokens.push_back(std::to_string(index));
    return child;
  }
};

std::string pointer_of(const Path& path) { return to_json_pointer(path.tokens); }

class Converter {
 public:
  explicit Converter(YamlJson& result) : result_(result) {}

  std::optional<YamlProblem> convert(const YAML::Node& node, const Path& path, int depth,
                                     nlohmann::ordered_json& out) {
    if (++values_ > max_values) {
      return YamlProblem{line_of(node.Mark()), path.key,
                         "too many values; is this the right file?"};
    }
    if (depth > max_depth) {
      return YamlProblem{line_of(node.Mark()), path.key, "nested too deeply"};
    }
    switch (node.Type()) {
      case YAML::NodeType::Map:
        return convert_map(node, path, depth, out);
      case YAML::NodeType::Sequence:
        return convert_sequence(node, path, depth, out);
      case YAML::NodeType::Scalar:
        out = scalar_value(node);
        return std::nullopt;
      case YAML::NodeType::Null:
      case YAML::NodeType::Undefined:
        out = nullptr;
        return std::nullopt;
    }
    return std::nullopt;
  }

  void place(const Path& path, const YAML::Mark& mark) {
    result_.places[pointer_of(path)] = YamlPlace{line_of(mark), column_of(mark), path.key};
  }

 private:
  std::optional<YamlProblem> convert_map(const YAML::Node& node, const Path& path, int depth,
                                         nlohmann::ordered_json& out) {
    out = nlohmann::ordered_json::object();
    for (const auto& entry : node) {
      const YAML::Node& key = entry.first;
      if (!key.IsScalar()) {
        return YamlProblem{line_of(key.Mark()), path.key,
                           "a key must be plain text, not a list, mapping or empty value"};
      }
      const std::string& name = key.Scalar();
      const Path child = path.member(name);
      if (out.contains(name)) {
        const int first_line = result_.places[pointer_of(child)].line;
        return YamlProblem{line_of(key.Mark()), child.key,
                           "duplicate key " + key_label(name) + " (first written on line " +
                               std::to_string(first_line) + ")"};
      }
      place(child, key.Mark());
      if (auto problem = convert(entry.second, child, depth + 1, out[name])) return problem;
    }
    return std::nullopt;
  }

  std::optional<YamlProblem> convert_sequence(const YAML::Node& node, const Path& path, int depth,
                                              nlohmann::ordered_json& out) {
    out = nlohmann::ordered_json::array();
    std::size_t index = 0;
    for (const YAML::Node& element : node) {
      const Path child = path.item(index++);
      place(child, element.Mark());
      out.push_back(nullptr);
      if (auto problem = convert(element, child, depth + 1, out.back())) return problem;
    }
    return std::nullopt;
  }

  YamlJson& result_;
  std::size_t values_ = 0;
};

// Follows the documents of a stream without building them. yaml-cpp 0.7 can report the same
// broken document forever without consuming input (a stray "," at the top: jbeder/yaml-cpp#1040;
// its LoadAll then allocates until memory runs out, fixed upstream by #1319), so a document that
// starts where the previous one did means the parser is stuck.
class DocumentScanner final : public YAML::EventHandler {
 public:
  struct Document {
    YAML::Mark start;
    bool has_content = false;  // more than an empty (null) root
  };

  void OnDocumentStart(const YAML::Mark& mark) override { documents_.push_back({mark, false}); }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark&, YAML::anchor_t) override {}
  void OnAlias(const YAML::Mark&, YAML::anchor_t) override { mark_content(); }
  void OnScalar(const YAML::Mark&, const std::string&, YAML::anchor_t,
                const std::string&) override {
    mark_content();
  }
  void OnSequenceStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    mark_content();
  }
  void OnSequenceEnd() override {}
  void OnMapStart(const YAML::Mark&, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    mark_content();
  }
  void OnMapEnd() override {}

  const std::vector<Document>& documents() const { return documents_; }

  bool stuck() const {
    const std::size_t count = documents_.size();
    return count >= 2 && documents_[count - 1].start.pos == documents_[count - 2].start.pos;
  }

 private:
  void mark_content() {
    if (!documents_.empty()) documents_.back().has_content = true;
  }

  std::vector<Document> documents_;
};

std::string unexpected_text(std::string_view text, int position) {
  const std::size_t at =
      position < 0 ? text.size()
                   : text.find_first_not_of(" \t\r\n", static_cast<std::size_t>(position));
  if (at >= text.size()) return "malformed YAML: cannot parse this file";
  return "malformed YAML: unexpected '" + std::string(1, text[at]) + "'";
}

// A configuration is one document; a second one is almost always a pasted file or a stray "---".
// Empty documents (a trailing "---") are harmless.
std::optional<YamlProblem> document_structure_problem(std::string_view text) {
  std::istringstream input{std::string(text)};
  YAML::Parser parser(input);
  DocumentScanner scanner;
  int documents_with_content = 0;
  while (parser.HandleNextDocument(scanner)) {
    const DocumentScanner::Document& latest = scanner.documents().back();
    if (scanner.stuck()) {
      return YamlProblem{line_of(latest.start), "", unexpected_text(text, latest.start.pos)};
    }
    if (latest.has_content && ++documents_with_content > 1) {
      return YamlProblem{line_of(latest.start), "",
                         "the configuration must be a single YAML document; another one starts "
                         "here"};
    }
  }
  return std::nullopt;
}

std::variant<YamlJson, YamlProblem> convert_document(const YAML::Node& document) {
  YamlJson result;
  Converter converter(result);
  converter.place(Path{}, YAML::Mark());  // line 1 unless the document says otherwise
  if (document.IsNull()) return result;
  converter.place(Path{}, document.Mark());
  if (auto problem = converter.convert(document, Path{}, 0, result.value)) return *problem;
  return result;
}

std::string_view line_text(std::string_view text, int line) {
  std::size_t start = 0;
  for (int current = 1; current < line; ++current) {
    start = text.find('\n', start);
    if (start == std::string_view::npos) return {};
    ++start;
  }
  return text.substr(start, text.find('\n', start) - start);
}

bool indented_with_tab(std::string_view line) {
  const std::size_t indentation = line.find_first_not_of(" \t");
  return line.substr(0, indentation).find('\t') != std::string_view::npos;
}

// yaml-cpp's messages do not mention the commonest cause of its errors in hand-written files.
std::string parse_error_message(std::string_view text, const YAML::Exception& error) {
  std::string message = "malformed YAML: " + error.msg;
  const int line = line_of(error.mark);
  const bool tab_nearby = (line > 0 && indented_with_tab(line_text(text, line))) ||
                          (line > 1 && indented_with_tab(line_text(text, line - 1)));
  const bool already_said = error.msg.find("tab") != std::string::npos;
  if (tab_nearby && !already_said) message += " (YAML indentation must use spaces, not tabs)";
  return message;
}

}  // namespace

std::string key_label(std::string_view key) {
  const bool needs_quotes = key.empty() || key.front() == ' ' || key.back() == ' ' ||
                            std::any_of(key.begin(), key.end(), [](char c) {
                              const auto byte = static_cast<unsigned char>(c);
                              return byte < 0x20 || byte == 0x7F;  // tabs and line breaks included
                            });
  if (!needs_quotes) return std::string(key);
  return nlohmann::json(key).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

std::variant<YamlJson, YamlProblem> yaml_to_json(std::string_view text) {
  if (auto problem = not_text_problem(text)) return *problem;
  try {
    if (auto problem = document_structure_problem(text)) return *problem;
    return convert_document(YAML::Load(std::string(text)));
  } catch (const YAML::Exception& error) {
    return YamlProblem{line_of(error.mark), "", parse_error_message(text, error)};
  }
}

}  // namespace pm
