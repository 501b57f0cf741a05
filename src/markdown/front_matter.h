#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pm {

struct FrontMatterField {
  std::string name;  // nested keys joined with '.', e.g. "extra.author"
  std::string value;  // scalars as written; lists joined with ", "
  std::vector<std::string> items;  // list values, one per element; one element for scalars
  int line = 0;
};

struct FrontMatterError {
  int line = 0;
  std::string message;
};

struct FrontMatter {
  enum class Format { none, yaml, toml };
  Format format = Format::none;
  int first_line = 0;  // the opening fence
  int last_line = 0;   // the closing fence
  std::vector<FrontMatterField> fields;
  std::vector<FrontMatterError> errors;  // malformed front matter: reported, never fatal
};

// Finds YAML (---) or TOML (+++) front matter at the top of `text`, reads its fields, and
// blanks its lines in `text` so the Markdown parser sees empty lines there and every later
// line keeps its number.
FrontMatter take_front_matter(std::string& text);

}  // namespace pm
