#include "text/decode.h"

#include <algorithm>
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "text/legacy_encodings.h"
#include "text/position.h"

namespace pm {
namespace {

using namespace std::string_view_literals;

// ---------------------------------------------------------------------------------------------
// UTF-8

enum class Utf8Error {
  none,
  stray_continuation,
  never_valid_byte,
  overlong,
  surrogate,
  above_max,
  incomplete,
  truncated_at_end,
};

struct Utf8Char {
  char32_t code_point = 0;
  std::size_t length = 0;  // in bytes; 0 when there is an error
  Utf8Error error = Utf8Error::none;
};

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF"sv;

unsigned char byte_at(std::string_view bytes, std::size_t at) {
  return static_cast<unsigned char>(bytes[at]);
}

bool is_continuation(unsigned char byte) { return (byte & 0xC0) == 0x80; }

// 0 for bytes that cannot start a sequence.
std::size_t sequence_length(unsigned char lead) {
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) return 3;
  if (lead >= 0xF0 && lead <= 0xF4) return 4;
  return 0;
}

Utf8Error error_of_unusable_lead(unsigned char lead) {
  if (is_continuation(lead)) return Utf8Error::stray_continuation;
  // C0 and C1 could only start two-byte encodings of ASCII.
  if (lead == 0xC0 || lead == 0xC1) return Utf8Error::overlong;
  return Utf8Error::never_valid_byte;
}

// Overlong forms, surrogates and code points above U+10FFFF all show in the second byte, so
// strict validation narrows the range allowed there and nowhere else.
Utf8Error check_continuation(unsigned char lead, std::size_t index, unsigned char byte) {
  if (!is_continuation(byte)) return Utf8Error::incomplete;
  if (index > 1) return Utf8Error::none;
  if (lead == 0xE0 && byte < 0xA0) return Utf8Error::overlong;
  if (lead == 0xF0 && byte < 0x90) return Utf8Error::overlong;
  if (lead == 0xED && byte > 0x9F) return Utf8Error::surrogate;
  if (lead == 0xF4 && byte > 0x8F) return Utf8Error::above_max;
  return Utf8Error::none;
}

Utf8Char read_utf8_char(std::string_view bytes, std::size_t at) {
  const unsigned char lead = byte_at(bytes, at);
  const std::size_t length = sequence_length(lead);
  if (length == 0) return {0, 0, error_of_unusable_lead(lead)};
  if (length == 1) return {lead, 1, Utf8Error::none};
  char32_t code_point = lead & (0xFFu >> (length + 1));
  for (std::size_t index = 1; index < length; ++index) {
    if (at + index >= bytes.size()) return {0, 0, Utf8Error::truncated_at_end};
    const unsigned char next = byte_at(bytes, at + index);
    const Utf8Error error = check_continuation(lead, index, next);
    if (error != Utf8Error::none) return {0, 0, error};
    code_point = (code_point << 6) | (next & 0x3Fu);
  }
  return {code_point, length, Utf8Error::none};
}

void append_utf8(char32_t code_point, std::string& out) {
  const auto append_byte = [&out](char32_t value) { out += static_cast<char>(value); };
  if (code_point < 0x80) {
    append_byte(code_point);
  } else if (code_point < 0x800) {
    append_byte(0xC0 | (code_point >> 6));
    append_byte(0x80 | (code_point & 0x3F));
  } else if (code_point < 0x10000) {
    append_byte(0xE0 | (code_point >> 12));
    append_byte(0x80 | ((code_point >> 6) & 0x3F));
    append_byte(0x80 | (code_point & 0x3F));
  } else {
    append_byte(0xF0 | (code_point >> 18));
    append_byte(0x80 | ((code_point >> 12) & 0x3F));
    append_byte(0x80 | ((code_point >> 6) & 0x3F));
    append_byte(0x80 | (code_point & 0x3F));
  }
}

// ---------------------------------------------------------------------------------------------
// Failures

// Where a byte of the undecoded input would be once decoded: CRLF, LF and a lone CR each end a
// line, as they will after line endings are normalised.
Position position_in_input(std::string_view bytes, std::size_t offset) {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t at = 0; at < offset; ++at) {
    const bool ends_line = bytes[at] == '\n' ||
                           (bytes[at] == '\r' && (at + 1 == bytes.size() || bytes[at + 1] != '\n'));
    if (ends_line) {
      ++line;
      line_start = at + 1;
    }
  }
  return {line, static_cast<int>(offset - line_start) + 1};
}

DecodeFailure failure_at(DecodeFailure::Kind kind, std::string_view bytes, std::size_t offset,
                         std::string message) {
  const Position position = position_in_input(bytes, offset);
  return {kind, position.line, position.column, std::move(message)};
}

struct WideEncoding {
  bool is_utf32 = false;
  bool little_endian = true;
  bool has_bom = true;
};

// Only the start of the file is sampled: it decides the encoding as well as the whole would.
constexpr std::size_t kWideEncodingSampleBytes = 1024;

// Whether the code unit holds an ASCII character: its low byte set, every other byte NUL.
bool is_ascii_code_unit(std::string_view unit, bool little_endian) {
  const std::size_t low_index = little_endian ? 0 : unit.size() - 1;
  for (std::size_t index = 0; index < unit.size(); ++index) {
    if ((unit[index] != '\0') != (index == low_index)) return false;
  }
  return true;
}

// UTF-16 or UTF-32 text without a BOM shows itself by NUL bytes in the same places of most code
// units, because most characters of a Markdown file are ASCII.
std::optional<bool> mostly_ascii_code_units_little_endian(std::string_view bytes,
                                                          std::size_t unit_size) {
  const std::size_t unit_count = std::min(bytes.size(), kWideEncodingSampleBytes) / unit_size;
  if (unit_count == 0) return std::nullopt;
  std::size_t little_endian_units = 0;
  std::size_t big_endian_units = 0;
  for (std::size_t unit = 0; unit < unit_count; ++unit) {
    const std::string_view code_unit = bytes.substr(unit * unit_size, unit_size);
    if (is_ascii_code_unit(code_unit, true)) ++little_endian_units;
    if (is_ascii_code_unit(code_unit, false)) ++big_endian_units;
  }
  const auto is_most = [unit_count](std::size_t count) { return count * 4 >= unit_count * 3; };
  if (is_most(little_endian_units)) return true;
  if (is_most(big_endian_units)) return false;
  return std::nullopt;
}

std::optional<WideEncoding> detect_wide_encoding(std::string_view bytes) {
  // UTF-32 first: its little-endian BOM starts with the UTF-16 one.
  if (bytes.starts_with("\xFF\xFE\0\0"sv)) return WideEncoding{true, true, true};
  if (bytes.starts_with("\0\0\xFE\xFF"sv)) return WideEncoding{true, false, true};
  if (bytes.starts_with("\xFF\xFE"sv)) return WideEncoding{false, true, true};
  if (bytes.starts_with("\xFE\xFF"sv)) return WideEncoding{false, false, true};
  if (const auto little_endian = mostly_ascii_code_units_little_endian(bytes, 4)) {
    return WideEncoding{true, *little_endian, false};
  }
  if (const auto little_endian = mostly_ascii_code_units_little_endian(bytes, 2)) {
    return WideEncoding{false, *little_endian, false};
  }
  return std::nullopt;
}

DecodeFailure wide_encoding_failure(const WideEncoding& encoding) {
  const std::string name = std::string(encoding.is_utf32 ? "UTF-32" : "UTF-16") + " (" +
                           (encoding.little_endian ? "little-endian" : "big-endian") + ")";
  const std::string what = encoding.has_bom
                               ? "file is " + name
                               : "file looks like " + name + " without a byte order mark";
  return {encoding.is_utf32 ? DecodeFailure::Kind::utf32 : DecodeFailure::Kind::utf16, 0, 0,
          what + "; save it as UTF-8"};
}

std::optional<DecodeFailure> find_nul_byte(std::string_view bytes) {
  const std::size_t nul = bytes.find('\0');
  if (nul == std::string_view::npos) return std::nullopt;
  return failure_at(DecodeFailure::Kind::binary, bytes, nul, "file looks binary: NUL byte");
}

std::string hex_byte(unsigned char byte) {
  constexpr std::string_view kDigits = "0123456789abcdef";
  return {'0', 'x', kDigits[byte >> 4], kDigits[byte & 0x0F]};
}

std::string_view describe(Utf8Error error) {
  switch (error) {
    case Utf8Error::stray_continuation:
      return "a continuation byte without a lead byte";
    case Utf8Error::never_valid_byte:
      return "a byte that never occurs in UTF-8";
    case Utf8Error::overlong:
      return "an overlong encoding";
    case Utf8Error::surrogate:
      return "an encoded UTF-16 surrogate";
    case Utf8Error::above_max:
      return "a code point above U+10FFFF";
    case Utf8Error::incomplete:
      return "an incomplete multi-byte sequence";
    case Utf8Error::truncated_at_end:
      return "a multi-byte sequence cut off by the end of the file";
    case Utf8Error::none:
      break;
  }
  return "valid";
}

// Overlongs, surrogates and huge code points come from broken UTF-8 encoders; everything else
// is what accented letters of an 8-bit encoding look like to a UTF-8 reader.
bool suggests_legacy_encoding(Utf8Error error) {
  return error != Utf8Error::overlong && error != Utf8Error::surrogate &&
         error != Utf8Error::above_max;
}

std::optional<DecodeFailure> find_invalid_utf8(std::string_view bytes) {
  std::size_t at = 0;
  while (at < bytes.size()) {
    const Utf8Char decoded = read_utf8_char(bytes, at);
    if (decoded.error == Utf8Error::none) {
      at += decoded.length;
      continue;
    }
    const std::string_view verdict = suggests_legacy_encoding(decoded.error)
                                         ? "the file looks like Windows-1252 or Latin-1; save it "
                                           "as UTF-8"
                                         : "the file is not valid UTF-8";
    std::string message = "invalid UTF-8 byte " + hex_byte(byte_at(bytes, at)) + " (" +
                          std::string(describe(decoded.error)) + "); " + std::string(verdict);
    return failure_at(DecodeFailure::Kind::invalid_utf8, bytes, at, std::move(message));
  }
  return std::nullopt;
}

// ---------------------------------------------------------------------------------------------
// Line endings

struct NormalizedText {
  std::string text;
  LineEnding dominant_line_ending = LineEnding::lf;
  bool ends_with_newline = false;
};

NormalizedText normalize_line_endings(std::string_view bytes) {
  NormalizedText normalized;
  normalized.text.reserve(bytes.size());
  std::size_t crlf_lines = 0;
  std::size_t lf_lines = 0;
  for (std::size_t at = 0; at < bytes.size(); ++at) {
    if (bytes[at] == '\r') {
      if (at + 1 < bytes.size() && bytes[at + 1] == '\n') {
        ++crlf_lines;
        ++at;
      }
      normalized.text += '\n';
      continue;
    }
    if (bytes[at] == '\n') ++lf_lines;
    normalized.text += bytes[at];
  }
  normalized.dominant_line_ending = crlf_lines > lf_lines ? LineEnding::crlf : LineEnding::lf;
  normalized.ends_with_newline = !bytes.empty() && (bytes.back() == '\n' || bytes.back() == '\r');
  return normalized;
}

// ---------------------------------------------------------------------------------------------
// Mojibake

struct CodePointRange {
  char32_t first = 0;
  char32_t last = 0;
};

template <std::size_t N>
bool is_in(const std::array<CodePointRange, N>& ranges, char32_t code_point) {
  return std::any_of(ranges.begin(), ranges.end(), [code_point](const CodePointRange& range) {
    return code_point >= range.first && code_point <= range.last;
  });
}

// What a run of legacy characters may decode to for us to believe it was mojibake. Leaving out
// C1 controls, rarely written scripts, private use and noncharacters keeps legitimate pairs
// such as German "ß“" (which would read as an N'Ko letter) untouched.
constexpr std::array<CodePointRange, 16> kPlausibleRepairs = {{
    {0x00A0, 0x052F},    // Latin-1 Supplement through Cyrillic Supplement
    {0x0531, 0x058A},    // Armenian
    {0x05D0, 0x05EA},    // Hebrew letters
    {0x0600, 0x06FF},    // Arabic
    {0x0900, 0x0DFF},    // Indic scripts
    {0x0E00, 0x0E7F},    // Thai
    {0x1E00, 0x1EFF},    // Latin Extended Additional
    {0x2000, 0x2BFF},    // punctuation, currency, arrows, maths, technical, shapes, dingbats
    {0x3000, 0x9FFF},    // CJK punctuation, kana, ideographs
    {0xAC00, 0xD7A3},    // Hangul syllables
    {0xFE0E, 0xFE0F},    // text and emoji variation selectors
    {0xFEFF, 0xFEFF},    // a byte order mark that was itself misread
    {0xFF00, 0xFFEF},    // fullwidth and halfwidth forms
    {0x1F000, 0x1FAFF},  // emoji
    {0x20000, 0x3FFFF},  // CJK extensions
    {0xE0020, 0xE007F},  // tags of flag sequences
}};

// What a run may decode to when it yields a single character. A letter of another script
// needs company: on its own it is more likely a legitimate pair such as the French "l’é" read
// as Mac OS Roman (an Armenian letter) or "é »" with a no-break space (an ideograph), while
// real mojibake of those scripts comes as whole words.
constexpr std::array<CodePointRange, 6> kPlausibleLoneRepairs = {{
    {0x00A0, 0x024F},    // Latin-1 Supplement, Latin Extended-A and -B
    {0x1E00, 0x1EFF},    // Latin Extended Additional
    {0x2000, 0x2BFF},    // punctuation, arrows, symbols
    {0xFE0E, 0xFE0F},    // variation selectors
    {0xFEFF, 0xFEFF},    // a misread byte order mark
    {0x1F000, 0x1FAFF},  // emoji
}};

// A byte that the misreading lost has to be guessed, so only characters people actually put in
// post-mortems are accepted: emoji and the symbols and arrows commonly used beside them. The
// Dingbats rows E2 9D xx are listed one emoji at a time so that "â€" (a right double quote
// whose 0x9D was dropped) does not become the flower dingbat E2 9D 80.
constexpr std::array<CodePointRange, 30> kLikelyDroppedByteRepairs = {{
    {0x2049, 0x2049},   {0x2190, 0x2199},   {0x21A9, 0x21AA},   {0x21D0, 0x21D5},
    {0x231A, 0x231B},   {0x2328, 0x2328},   {0x23CF, 0x23CF},   {0x23E9, 0x23F3},
    {0x23F8, 0x23FA},   {0x2500, 0x273F},   {0x2744, 0x2744},   {0x2747, 0x2747},
    {0x274C, 0x274C},   {0x274E, 0x274E},   {0x2753, 0x2755},   {0x2757, 0x2757},
    {0x2763, 0x2764},   {0x2780, 0x27BF},   {0x2934, 0x2935},   {0x2B05, 0x2B07},
    {0x2B1B, 0x2B1C},   {0x2B50, 0x2B50},   {0x2B55, 0x2B55},   {0xFE0E, 0xFE0F},
    {0x1F000, 0x1F0FF}, {0x1F100, 0x1F64F}, {0x1F680, 0x1F6FF}, {0x1F7E0, 0x1F7EB},
    {0x1F900, 0x1F9FF}, {0x1FA70, 0x1FAFF},
}};

constexpr char32_t kZeroWidthJoiner = 0x200D;
constexpr char32_t kRightDoubleQuote = 0x201D;

// The bytes Windows-1252 leaves undefined, most likely first: 0x9D occurs in the Dingbats and
// in the right double quote, the others are rarer.
constexpr std::array<unsigned char, 5> kUndefinedWindows1252Bytes = {0x9D, 0x8F, 0x8D, 0x81, 0x90};

// Mac OS Roman reads the lead byte 0xF0 of every emoji as the Apple logo, U+F8FF, which is
// private use and so often dropped.
constexpr unsigned char kAppleLogoByte = 0xF0;

// The zero-width joiner (E2 80 8D) and the right double quote (E2 80 9D) differ only in a byte
// that gets dropped; a joiner sits between two emoji, a closing quote does not.
bool is_likely_dropped_byte_repair(char32_t code_point, bool between_characters) {
  if (code_point == kZeroWidthJoiner) return between_characters;
  if (code_point == kRightDoubleQuote) return !between_characters;
  return is_in(kLikelyDroppedByteRepairs, code_point);
}

struct RepairedChar {
  char32_t code_point = 0;
  std::size_t consumed = 0;  // bytes of the run used up
};

std::optional<char32_t> decode_whole_sequence(std::string_view sequence) {
  const Utf8Char decoded = read_utf8_char(sequence, 0);
  if (decoded.error != Utf8Error::none || decoded.length != sequence.size()) return std::nullopt;
  return decoded.code_point;
}

// `survivors` is the sequence with one byte missing; puts `missing` back before index `gap`.
std::optional<char32_t> decode_with_byte_inserted(std::string_view survivors, std::size_t gap,
                                                  unsigned char missing) {
  std::array<char, 4> sequence{};
  std::copy(survivors.begin(), survivors.begin() + static_cast<std::ptrdiff_t>(gap),
            sequence.begin());
  sequence[gap] = static_cast<char>(missing);
  std::copy(survivors.begin() + static_cast<std::ptrdiff_t>(gap), survivors.end(),
            sequence.begin() + static_cast<std::ptrdiff_t>(gap) + 1);
  return decode_whole_sequence(std::string_view(sequence.data(), survivors.size() + 1));
}

std::optional<RepairedChar> restore_dropped_windows_1252_byte(std::string_view bytes,
                                                              std::size_t at,
                                                              bool after_character) {
  const std::size_t length = sequence_length(byte_at(bytes, at));
  // A lone lead byte plus a guessed byte is too little evidence: "Ã" before ASCII is a name.
  if (length < 3 || at + length - 1 > bytes.size()) return std::nullopt;
  const std::string_view survivors = bytes.substr(at, length - 1);
  const bool between_characters = after_character && at + survivors.size() < bytes.size();
  for (const unsigned char missing : kUndefinedWindows1252Bytes) {
    for (std::size_t gap = 1; gap < length; ++gap) {
      const auto code_point = decode_with_byte_inserted(survivors, gap, missing);
      if (code_point && is_likely_dropped_byte_repair(*code_point, between_characters)) {
        return RepairedChar{*code_point, survivors.size()};
      }
    }
  }
  return std::nullopt;
}

std::optional<RepairedChar> restore_dropped_apple_logo(std::string_view bytes, std::size_t at) {
  constexpr std::size_t kSurvivingBytes = 3;
  if (at + kSurvivingBytes > bytes.size()) return std::nullopt;
  const auto code_point =
      decode_with_byte_inserted(bytes.substr(at, kSurvivingBytes), 0, kAppleLogoByte);
  if (!code_point || !is_in(kLikelyDroppedByteRepairs, *code_point)) return std::nullopt;
  return RepairedChar{*code_point, kSurvivingBytes};
}

std::optional<RepairedChar> read_repaired_char(std::string_view bytes, std::size_t at,
                                               LegacyEncoding encoding, bool after_character) {
  const Utf8Char decoded = read_utf8_char(bytes, at);
  if (decoded.error == Utf8Error::none) {
    if (!is_in(kPlausibleRepairs, decoded.code_point)) return std::nullopt;
    return RepairedChar{decoded.code_point, decoded.length};
  }
  if (encoding == LegacyEncoding::windows_1252) {
    return restore_dropped_windows_1252_byte(bytes, at, after_character);
  }
  return restore_dropped_apple_logo(bytes, at);
}

// Decodes the bytes a run of legacy characters stands for; all of them or nothing.
std::optional<std::string> decode_run_bytes(std::string_view bytes, LegacyEncoding encoding) {
  std::string text;
  std::size_t characters = 0;
  char32_t first = 0;
  for (std::size_t at = 0; at < bytes.size();) {
    const auto repaired = read_repaired_char(bytes, at, encoding, at > 0);
    if (!repaired) return std::nullopt;
    append_utf8(repaired->code_point, text);
    at += repaired->consumed;
    if (characters++ == 0) first = repaired->code_point;
  }
  if (characters == 1 && !is_in(kPlausibleLoneRepairs, first)) return std::nullopt;
  return text;
}

// The legacy bytes a run of characters came from, if every one has a byte in `encoding`.
std::optional<std::string> legacy_bytes_of(std::string_view run, LegacyEncoding encoding) {
  std::string bytes;
  for (std::size_t at = 0; at < run.size();) {
    const Utf8Char decoded = read_utf8_char(run, at);
    if (decoded.error != Utf8Error::none) return std::nullopt;
    const auto byte = legacy_byte(encoding, decoded.code_point);
    if (!byte) return std::nullopt;
    bytes += static_cast<char>(*byte);
    at += decoded.length;
  }
  return bytes;
}

struct RepairedRun {
  std::string text;
  LegacyEncoding encoding = LegacyEncoding::windows_1252;
};

std::optional<RepairedRun> repair_run(std::string_view run) {
  for (const LegacyEncoding encoding : {LegacyEncoding::windows_1252, LegacyEncoding::mac_roman}) {
    const auto bytes = legacy_bytes_of(run, encoding);
    if (!bytes) continue;
    if (auto text = decode_run_bytes(*bytes, encoding)) {
      return RepairedRun{std::move(*text), encoding};
    }
  }
  return std::nullopt;
}

bool has_legacy_byte(char32_t code_point) {
  return legacy_byte(LegacyEncoding::windows_1252, code_point).has_value() ||
         legacy_byte(LegacyEncoding::mac_roman, code_point).has_value();
}

// The end of the run of characters, starting at `at`, that each have a byte >= 0x80 in one of
// the legacy encodings; `at` itself if the character there has none.
std::size_t end_of_legacy_run(std::string_view line, std::size_t at) {
  while (at < line.size() && byte_at(line, at) >= 0x80) {
    const Utf8Char decoded = read_utf8_char(line, at);
    if (decoded.error != Utf8Error::none || !has_legacy_byte(decoded.code_point)) break;
    at += decoded.length;
  }
  return at;
}

// The length of the character at `at`, treating a byte of invalid UTF-8 as a character of its
// own so that callers passing unchecked text still make progress.
std::size_t character_length(std::string_view line, std::size_t at) {
  const Utf8Char decoded = read_utf8_char(line, at);
  return decoded.error == Utf8Error::none ? decoded.length : 1;
}

// A BOM that was misread along with the rest ("ï»¿") decodes back to U+FEFF at the start of
// the text, where it is no more wanted than a real one.
void drop_leading_bom(std::string& text) {
  if (std::string_view(text).starts_with(kUtf8Bom)) text.erase(0, kUtf8Bom.size());
}

std::string repair_mojibake_lines(std::string_view text, std::vector<Repair>& repairs) {
  std::string repaired_text;
  repaired_text.reserve(text.size());
  int line_number = 1;
  std::size_t start = 0;
  while (true) {
    const std::size_t newline = text.find('\n', start);
    const std::size_t end = newline == std::string_view::npos ? text.size() : newline;
    const std::string_view line = text.substr(start, end - start);
    LineRepair repair = repair_mojibake_line(line);
    if (repair.encoding.empty()) {
      repaired_text += line;
    } else {
      if (line_number == 1) drop_leading_bom(repair.text);
      repaired_text += repair.text;
      repairs.push_back(
          {Repair::Kind::mojibake, repair.encoding, line_number, std::string(line), repair.text});
    }
    if (newline == std::string_view::npos) break;
    repaired_text += '\n';
    start = newline + 1;
    ++line_number;
  }
  return repaired_text;
}

}  // namespace

LineRepair repair_mojibake_line(std::string_view line) {
  LineRepair result;
  result.text.reserve(line.size());
  std::size_t at = 0;
  while (at < line.size()) {
    const std::size_t run_end = end_of_legacy_run(line, at);
    if (run_end == at) {
      const std::size_t length = character_length(line, at);
      result.text += line.substr(at, length);
      at += length;
      continue;
    }
    const std::string_view run = line.substr(at, run_end - at);
    if (auto repaired = repair_run(run)) {
      result.text += repaired->text;
      if (result.encoding.empty()) result.encoding = legacy_encoding_name(repaired->encoding);
    } else {
      result.text += run;
    }
    at = run_end;
  }
  return result;
}

DecodeResult decode(std::string_view bytes) {
  if (const auto wide = detect_wide_encoding(bytes)) return wide_encoding_failure(*wide);
  DecodedText decoded;
  std::string_view content = bytes;
  if (content.starts_with(kUtf8Bom)) {
    decoded.had_bom = true;
    content.remove_prefix(kUtf8Bom.size());
  }
  if (auto failure = find_nul_byte(content)) return *std::move(failure);
  if (auto failure = find_invalid_utf8(content)) return *std::move(failure);
  NormalizedText normalized = normalize_line_endings(content);
  decoded.dominant_line_ending = normalized.dominant_line_ending;
  decoded.ends_with_newline = normalized.ends_with_newline;
  decoded.text = repair_mojibake_lines(normalized.text, decoded.repairs);
  return decoded;
}

}  // namespace pm
