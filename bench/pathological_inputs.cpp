#include "pathological_inputs.h"

#include <cmath>

namespace pm::bench {
namespace {

std::size_t scaled(std::size_t count, double scale) {
  return static_cast<std::size_t>(std::llround(static_cast<double>(count) * scale));
}

std::string repeated(std::string_view part, std::size_t times) {
  std::string text;
  text.reserve(part.size() * times);
  for (std::size_t i = 0; i < times; ++i) text += part;
  return text;
}

// A post-mortem heading first, so the extractors and rules have a document to work on.
std::string in_document(const std::string& body) {
  return "# Post-Mortem: Pathological input\n\n" + body + "\n";
}

std::string wide_table(std::size_t columns, std::size_t rows) {
  std::string text =
      "| Time |" + repeated(" c |", columns - 1) + "\n|" + repeated("---|", columns) + "\n";
  for (std::size_t row = 0; row < rows; ++row)
    text += "| 10:0" + std::to_string(row % 10) + " |" + repeated(" x |", columns - 1) + "\n";
  return text;
}

std::string long_line(std::size_t bytes) {
  const std::string_view words =
      "the deploy at 14:05 UTC broke checkout for @sam and engineer Alex ";
  std::string text;
  text.reserve(bytes);
  while (text.size() + words.size() <= bytes) text += words;
  return text;
}

}  // namespace

std::vector<PathologicalInput> pathological_inputs(double scale) {
  const std::size_t levels = scaled(50'000, scale);
  const std::size_t columns = scaled(5'000, scale);
  const std::size_t markers = scaled(100'000, scale);
  const std::size_t line_bytes = scaled(1'000'000, scale);
  const std::string n = std::to_string(levels);
  return {
      {"nested block quotes", n + " levels", in_document(repeated("> ", levels) + "deep")},
      {"nested list items", n + " levels", in_document(repeated("- ", levels) + "deep")},
      {"nested ordered items", n + " levels", in_document(repeated("1. ", levels) + "deep")},
      {"wide table", std::to_string(columns) + " columns, 20 rows",
       "## Timeline\n\n" + wide_table(columns, 20)},
      {"emphasis, unclosed", std::to_string(markers) + " markers",
       in_document(repeated("*a ", markers))},
      {"emphasis, nested", std::to_string(markers) + " markers",
       in_document(repeated("*", markers / 2) + "a" + repeated("*", markers / 2))},
      {"emphasis, mixed", std::to_string(markers) + " markers",
       in_document(repeated("_a*", markers))},
      {"one long line", std::to_string(line_bytes) + " bytes", in_document(long_line(line_bytes))},
      {"nested brackets", n + " levels",
       in_document(repeated("[", levels) + "a" + repeated("]", levels))},
      {"unclosed links", n + " openers", in_document(repeated("[a](<b", levels))},
      {"backticks", std::to_string(levels / 10) + " runs", in_document([&] {
         std::string text;
         for (std::size_t i = 1; i <= levels / 10; ++i) text += "e" + std::string(i % 500 + 1, '`');
         return text;
       }())},
      {"many lines", std::to_string(levels) + " timeline bullets",
       "## Timeline\n\n" +
           [&] {
             std::string text;
             for (std::size_t i = 0; i < levels; ++i)
               text += "- " + std::to_string(10 + i % 12) + ":" + std::to_string(10 + i % 50) +
                       " step " + std::to_string(i) + "\n";
             return text;
           }()},
      {"many headings", std::to_string(levels / 5) + " sections", in_document([&] {
         std::string text;
         for (std::size_t i = 0; i < levels / 5; ++i)
           text += "## Section " + std::to_string(i) + "\n\ntext\n\n";
         return text;
       }())},
      {"long action table", std::to_string(levels / 5) + " rows",
       "## Action Items\n\n" +
           [&] {
             std::string text =
                 "| Action Item | Owner | Deadline | Priority | Status |\n|---|---|---|---|---|\n";
             for (std::size_t i = 0; i < levels / 5; ++i)
               text += "| Fix " + std::to_string(i) + " | @sam | 2026-05-09 | P1 | Done |\n";
             return text;
           }()},
  };
}

}  // namespace pm::bench
