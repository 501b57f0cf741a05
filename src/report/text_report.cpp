// The default format, for people at a terminal:
//
//   notes/db.md:1:8: error: expected a date in the title [PM001 title-date]
//   # 🔥 Database outage
//          ^~~~~~~~
//     note: ...
//   2 files checked: 1 error, 0 warnings, 0 infos

#include <algorithm>
#include <cstddef>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/reporter.h"
#include "report/report_parts.h"

namespace pm::reporters {

namespace {

namespace ansi {
constexpr std::string_view bold = "\x1b[1m";
constexpr std::string_view dim = "\x1b[2m";
constexpr std::string_view red = "\x1b[1;31m";
constexpr std::string_view yellow = "\x1b[1;33m";
constexpr std::string_view cyan = "\x1b[1;36m";
constexpr std::string_view reset = "\x1b[0m";
}  // namespace ansi

std::string styled(std::string_view text, std::string_view style, bool color) {
  if (!color) return std::string(text);
  return std::string(style) + std::string(text) + std::string(ansi::reset);
}

std::string_view severity_style(Severity severity) {
  switch (severity) {
    case Severity::error:
      return ansi::red;
    case Severity::warning:
      return ansi::yellow;
    case Severity::info:
      break;
  }
  return ansi::cyan;
}

struct CodePointRange {
  char32_t first;
  char32_t last;
};

bool in_ranges(char32_t code_point, const auto& ranges) {
  return std::any_of(std::begin(ranges), std::end(ranges), [code_point](const CodePointRange& r) {
    return code_point >= r.first && code_point <= r.last;
  });
}

// Characters a terminal draws two cells wide: East Asian wide and fullwidth forms and emoji.
// An approximation of wcwidth(), enough to keep the caret under the right character.
constexpr CodePointRange wide_characters[] = {
    {0x1100, 0x115F},   {0x231A, 0x231B},   {0x2329, 0x232A},   {0x23E9, 0x23EC},
    {0x23F0, 0x23F0},   {0x23F3, 0x23F3},   {0x25FD, 0x25FE},   {0x2614, 0x2615},
    {0x2648, 0x2653},   {0x267F, 0x267F},   {0x2693, 0x2693},   {0x26A1, 0x26A1},
    {0x26AA, 0x26AB},   {0x26BD, 0x26BE},   {0x26C4, 0x26C5},   {0x26CE, 0x26CE},
    {0x26D4, 0x26D4},   {0x26EA, 0x26EA},   {0x26F2, 0x26F3},   {0x26F5, 0x26F5},
    {0x26FA, 0x26FA},   {0x26FD, 0x26FD},   {0x2705, 0x2705},   {0x270A, 0x270B},
    {0x2728, 0x2728},   {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},
    {0x2757, 0x2757},   {0x2795, 0x2797},   {0x27B0, 0x27B0},   {0x27BF, 0x27BF},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0x2E80, 0x303E},
    {0x3041, 0x33FF},   {0x3400, 0x4DBF},   {0x4E00, 0x9FFF},   {0xA000, 0xA4CF},
    {0xAC00, 0xD7A3},   {0xF900, 0xFAFF},   {0xFE30, 0xFE4F},   {0xFF00, 0xFF60},
    {0xFFE0, 0xFFE6},   {0x1F004, 0x1F004}, {0x1F0CF, 0x1F0CF}, {0x1F18E, 0x1F18E},
    {0x1F191, 0x1F19A}, {0x1F200, 0x1F2FF}, {0x1F300, 0x1F3FA}, {0x1F400, 0x1F64F},
    {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB}, {0x1F900, 0x1F9FF}, {0x1FA70, 0x1FAFF},
    {0x20000, 0x3FFFD},
};

// Characters drawn on top of the one before: combining marks, joiners, variation selectors,
// emoji skin tones.
constexpr CodePointRange zero_width_characters[] = {
    {0x0300, 0x036F}, {0x200B, 0x200F},   {0x20D0, 0x20FF},   {0xFE00, 0xFE0F},
    {0xFE20, 0xFE2F}, {0x1F3FB, 0x1F3FF}, {0xE0100, 0xE01EF},
};

int cell_width(char32_t code_point) {
  if (in_ranges(code_point, zero_width_characters)) return 0;
  if (in_ranges(code_point, wide_characters)) return 2;
  return 1;
}

// C0 controls but tab, DEL and C1 controls: shown escaped, so that a message keeps to its line
// and a document cannot send escape sequences to the terminal.
bool is_control(char32_t code_point) {
  return (code_point < 0x20 && code_point != '\t') || (code_point >= 0x7F && code_point <= 0x9F);
}

std::string hex_escape(std::string_view prefix, unsigned value, int digits) {
  constexpr std::string_view hex_digits = "0123456789abcdef";
  std::string escape(prefix);
  for (int shift = 4 * (digits - 1); shift >= 0; shift -= 4)
    escape += hex_digits[(value >> shift) & 0xF];
  return escape;
}

std::string control_escape(char32_t code_point) {
  if (code_point == '\n') return "\\n";
  if (code_point == '\r') return "\\r";
  if (code_point <= 0x7F) return hex_escape("\\x", code_point, 2);
  return hex_escape("\\u", code_point, 4);
}

// How one code point of a line (or one byte that is not UTF-8) appears on a terminal.
struct ShownPiece {
  std::size_t byte_length = 1;
  std::string text;
  int cells = 1;
  bool is_tab = false;
};

ShownPiece shown_piece(std::string_view line, std::size_t offset) {
  const std::size_t length = utf8_sequence_length(line, offset);
  if (length == 0) {
    const std::string escape = hex_escape("\\x", static_cast<unsigned char>(line[offset]), 2);
    return {1, escape, static_cast<int>(escape.size()), false};
  }
  const char32_t code_point = utf8_code_point(line.substr(offset, length));
  if (code_point == '\t') return {1, "\t", 1, true};
  if (is_control(code_point)) {
    const std::string escape = control_escape(code_point);
    return {length, escape, static_cast<int>(escape.size()), false};
  }
  return {length, std::string(line.substr(offset, length)), cell_width(code_point), false};
}

std::string shown_text(std::string_view text) {
  std::string shown;
  for (std::size_t offset = 0; offset < text.size();) {
    const ShownPiece piece = shown_piece(text, offset);
    shown += piece.text;
    offset += piece.byte_length;
  }
  return shown;
}

struct Excerpt {
  std::string source;
  std::string caret;
};

std::size_t offset_of_column(int column) {
  return column > 1 ? static_cast<std::size_t>(column - 1) : 0;
}

// The underlined part of the range's first line: to its end column, or to the end of the line
// when the range goes on to later lines.
std::size_t underline_end(std::string_view line, const Range& range) {
  const std::size_t begin = offset_of_column(range.begin.column);
  if (range.end.line > range.begin.line) return std::max(begin, line.size());
  if (range.end.line < range.begin.line) return begin;
  return std::max(begin, offset_of_column(range.end.column));
}

// The source line and a caret line under the range. Padding copies the line's tabs and the
// cell widths of its characters so the caret lines up whatever the tab stops are.
Excerpt excerpt_of(std::string_view line, const Range& range) {
  const std::size_t begin = offset_of_column(range.begin.column);
  const std::size_t end = underline_end(line, range);
  Excerpt excerpt;
  int underline_cells = 0;
  for (std::size_t offset = 0; offset < line.size();) {
    const ShownPiece piece = shown_piece(line, offset);
    excerpt.source += piece.text;
    if (offset < begin) {
      excerpt.caret += piece.is_tab ? std::string("\t") : std::string(piece.cells, ' ');
    } else if (offset < end) {
      underline_cells += piece.cells;
    }
    offset += piece.byte_length;
  }
  // A range past the end of the line (such as "missing at the end of the line") gets its caret
  // where the missing text would go.
  if (begin > line.size()) excerpt.caret.append(begin - line.size(), ' ');
  const std::size_t past_line = std::max(begin, line.size());
  if (end > past_line) underline_cells += static_cast<int>(end - past_line);
  excerpt.caret += '^';
  excerpt.caret.append(static_cast<std::size_t>(std::max(underline_cells - 1, 0)), '~');
  return excerpt;
}

// A line longer than this is shown only around the finding: one line of minified text or a
// pasted log would otherwise be printed whole for each of its findings, and a file of 100 KB
// can hold thousands of them.
constexpr std::size_t kLongLineBytes = 1000;
constexpr std::size_t kContextBeforeBytes = 200;
constexpr std::size_t kWindowBytes = 600;
constexpr std::string_view kElision = "…";

bool inside_character(std::string_view line, std::size_t offset) {
  return offset < line.size() && (static_cast<unsigned char>(line[offset]) & 0xC0) == 0x80;
}

// The part of a long line around the range, with the range moved to match.
struct ClippedLine {
  std::string_view text;
  Range range;
  bool cut_before = false;
  bool cut_after = false;
};

ClippedLine clip_long_line(std::string_view line, const Range& range) {
  if (line.size() <= kLongLineBytes) return {line, range};
  const std::size_t begin = std::min(offset_of_column(range.begin.column), line.size());
  std::size_t start = begin > kContextBeforeBytes ? begin - kContextBeforeBytes : 0;
  while (inside_character(line, start)) --start;
  std::size_t stop = std::min(line.size(), start + kWindowBytes);
  while (inside_character(line, stop)) ++stop;
  ClippedLine clipped{line.substr(start, stop - start), range, start > 0, stop < line.size()};
  const int shift = static_cast<int>(start);
  const int last_column = static_cast<int>(stop - start) + 1;
  clipped.range.begin.column = std::min(range.begin.column - shift, last_column);
  if (range.end.line == range.begin.line) clipped.range.end.column = std::min(range.end.column - shift, last_column);
  return clipped;
}

std::string headline(const std::string& file, const Diagnostic& diagnostic, bool color) {
  const std::string location = shown_text(file) + ":" +
                               std::to_string(diagnostic.range.begin.line) + ":" +
                               std::to_string(diagnostic.range.begin.column) + ":";
  const std::string severity = std::string(to_string(diagnostic.severity)) + ":";
  const std::string rule = "[" + diagnostic.rule + " " + diagnostic.name + "]";
  return styled(location, ansi::bold, color) + " " +
         styled(severity, severity_style(diagnostic.severity), color) + " " +
         shown_text(diagnostic.message) + " " + styled(rule, ansi::dim, color);
}

const std::string* source_line(const FileResult& result, int line) {
  if (line < 1 || static_cast<std::size_t>(line) > result.source_lines.size()) return nullptr;
  return &result.source_lines[static_cast<std::size_t>(line - 1)];
}

void write_diagnostic(const FileResult& result, const Diagnostic& diagnostic, bool color,
                      std::ostream& out) {
  out << headline(result.file, diagnostic, color) << '\n';
  if (const std::string* line = source_line(result, diagnostic.range.begin.line)) {
    const ClippedLine clipped = clip_long_line(*line, diagnostic.range);
    const Excerpt excerpt = excerpt_of(clipped.text, clipped.range);
    const std::string before = clipped.cut_before ? std::string(kElision) : "";
    const std::string after = clipped.cut_after ? std::string(kElision) : "";
    out << before << excerpt.source << after << '\n' << (clipped.cut_before ? " " : "") << excerpt.caret << '\n';
  }
  for (const std::string& note : diagnostic.notes) out << "  note: " << shown_text(note) << '\n';
}

std::string counted(int count, std::string_view singular, std::string_view plural) {
  return std::to_string(count) + " " + std::string(count == 1 ? singular : plural);
}

}  // namespace

// "file:line:col: severity: message [PM001 name]" without colour; also the line the junit
// format lists in a failure.
std::string diagnostic_headline(const std::string& file, const Diagnostic& diagnostic) {
  return headline(file, diagnostic, false);
}

// "3 files checked: 1 error, 2 warnings, 0 infos", or "... checked: no problems".
std::string summary_line(const Summary& summary) {
  const std::string checked = counted(summary.files, "file", "files") + " checked: ";
  if (summary.errors + summary.warnings + summary.infos == 0) return checked + "no problems";
  return checked + counted(summary.errors, "error", "errors") + ", " +
         counted(summary.warnings, "warning", "warnings") + ", " +
         counted(summary.infos, "info", "infos");
}

void write_text_report(const std::vector<FileResult>& results, const ReportOptions& options,
                       std::ostream& out) {
  for (const FileResult& result : results) {
    for (const Diagnostic& diagnostic : result.diagnostics) {
      write_diagnostic(result, diagnostic, options.color, out);
    }
  }
  out << summary_line(summarize(results)) << '\n';
}

}  // namespace pm::reporters
