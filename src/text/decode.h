#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pm {

// A line whose text was UTF-8 once, was read as a legacy 8-bit encoding and saved again
// (mojibake), and has been put back.
struct Repair {
  enum class Kind { mojibake };
  Kind kind = Kind::mojibake;
  std::string encoding;  // the encoding it had been misread as: "windows-1252" or "mac-roman"
  int line = 0;          // 1-based
  std::string original;  // the line as it was, without its line ending
  std::string repaired;  // the line as it is now
};

enum class LineEnding { lf, crlf };

struct DecodedText {
  std::string text;  // UTF-8 without BOM, lines ended by '\n' only, mojibake repaired
  bool had_bom = false;
  LineEnding dominant_line_ending = LineEnding::lf;
  bool ends_with_newline = false;
  std::vector<Repair> repairs;
};

struct DecodeFailure {
  enum class Kind { binary, utf16, utf32, invalid_utf8 };
  Kind kind = Kind::invalid_utf8;
  int line = 0;    // 1-based; 0 when the failure concerns the whole file
  int column = 0;  // 1-based byte column within the line
  std::string message;  // e.g. "invalid UTF-8 byte 0xff"; says what the file looks like
};

using DecodeResult = std::variant<DecodedText, DecodeFailure>;

// Turns raw file bytes into the text every later stage works on.
DecodeResult decode(std::string_view bytes);

// Mojibake repair of one line of valid UTF-8; empty encoding when nothing was repaired.
struct LineRepair {
  std::string text;
  std::string encoding;
};
LineRepair repair_mojibake_line(std::string_view line);

}  // namespace pm
