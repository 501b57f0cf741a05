#include "text/decode.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <variant>

#include "text/legacy_encodings.h"

namespace pm {
namespace {

using namespace std::string_view_literals;

// Returned by value: callers pass the temporary result of decode().
DecodedText expect_text(const DecodeResult& result) {
  if (const auto* failure = std::get_if<DecodeFailure>(&result)) {
    FAIL_CHECK("unexpected failure: " << failure->message);
  }
  REQUIRE(std::holds_alternative<DecodedText>(result));
  return std::get<DecodedText>(result);
}

DecodeFailure expect_failure(const DecodeResult& result) {
  REQUIRE(std::holds_alternative<DecodeFailure>(result));
  return std::get<DecodeFailure>(result);
}

bool contains(std::string_view text, std::string_view part) {
  return text.find(part) != std::string_view::npos;
}

struct RepairExample {
  std::string_view mojibake;
  std::string_view repaired;
  std::string_view encoding;
};

void check_repairs(std::initializer_list<RepairExample> examples) {
  for (const RepairExample& example : examples) {
    CAPTURE(example.mojibake);
    const LineRepair repair = repair_mojibake_line(example.mojibake);
    CHECK(repair.text == example.repaired);
    CHECK(repair.encoding == example.encoding);
  }
}

// ---------------------------------------------------------------------------------------------
// Legacy tables

TEST_CASE("legacy tables: every byte maps back to itself") {
  for (const LegacyEncoding encoding : {LegacyEncoding::windows_1252, LegacyEncoding::mac_roman}) {
    for (int byte = 0x80; byte <= 0xFF; ++byte) {
      CAPTURE(legacy_encoding_name(encoding));
      CAPTURE(byte);
      const auto code_point = legacy_code_point(encoding, static_cast<unsigned char>(byte));
      CHECK(legacy_byte(encoding, code_point) == static_cast<unsigned char>(byte));
    }
  }
}

TEST_CASE("legacy tables: spot checks against the standard mappings") {
  CHECK(legacy_code_point(LegacyEncoding::windows_1252, 0x80) == U'\u20AC');
  CHECK(legacy_code_point(LegacyEncoding::windows_1252, 0x9F) == U'\u0178');
  CHECK(legacy_code_point(LegacyEncoding::windows_1252, 0xE9) == U'\u00E9');
  CHECK(legacy_code_point(LegacyEncoding::windows_1252, 0x9D) == 0x9D);  // undefined: C1
  CHECK(legacy_code_point(LegacyEncoding::mac_roman, 0x80) == U'\u00C4');
  CHECK(legacy_code_point(LegacyEncoding::mac_roman, 0x8E) == U'\u00E9');
  CHECK(legacy_code_point(LegacyEncoding::mac_roman, 0xDB) == U'\u20AC');
  CHECK(legacy_code_point(LegacyEncoding::mac_roman, 0xF0) == U'\uF8FF');
  CHECK(legacy_code_point(LegacyEncoding::mac_roman, 0xFF) == U'\u02C7');
  CHECK(legacy_code_point(LegacyEncoding::mac_roman, 'A') == U'A');
}

TEST_CASE("legacy tables: characters without a byte") {
  CHECK_FALSE(legacy_byte(LegacyEncoding::windows_1252, U'A').has_value());
  CHECK_FALSE(legacy_byte(LegacyEncoding::windows_1252, U'\u2192').has_value());
  CHECK_FALSE(legacy_byte(LegacyEncoding::mac_roman, U'\u2192').has_value());
  CHECK_FALSE(legacy_byte(LegacyEncoding::mac_roman, 0x81).has_value());
  CHECK(legacy_byte(LegacyEncoding::windows_1252, 0x80) == 0x80);  // C1 control passes through
  CHECK(legacy_byte(LegacyEncoding::windows_1252, 0x81) == 0x81);
  CHECK(legacy_encoding_name(LegacyEncoding::windows_1252) == "windows-1252");
  CHECK(legacy_encoding_name(LegacyEncoding::mac_roman) == "mac-roman");
}

// ---------------------------------------------------------------------------------------------
// Mojibake repair

TEST_CASE("repair_mojibake_line: UTF-8 read as Mac OS Roman") {
  check_repairs({
      {"‚úÖ", "✅", "mac-roman"},
      {"‚ùå", "❌", "mac-roman"},
      {"üî¥", "🔴", "mac-roman"},  // the Apple logo standing for F0 was dropped
      {"üü¢", "🟢", "mac-roman"},
      {"## \uF8FFüìä INCIDENT SUMMARY", "## 📊 INCIDENT SUMMARY", "mac-roman"},
      {"\uF8FFüõ°Ô∏è", "\U0001F6E1\uFE0F", "mac-roman"},
      {"caf√©", "café", "mac-roman"},
  });
}

TEST_CASE("repair_mojibake_line: UTF-8 read as Windows-1252") {
  check_repairs({
      {"âœ…", "✅", "windows-1252"},
      {"â†’", "→", "windows-1252"},
      {"ðŸŸ¢ Done", "🟢 Done", "windows-1252"},
      {"ðŸŸ¡", "🟡", "windows-1252"},
      {"ðŸ”´", "🔴", "windows-1252"},
      {"cafÃ©", "café", "windows-1252"},
      {"zÅ‚oty", "złoty", "windows-1252"},
      {"ÐŸÑ€Ð¸Ð²ÐµÑ‚", "Привет", "windows-1252"},
  });
}

TEST_CASE("repair_mojibake_line: Windows-1252 with an undefined byte dropped") {
  check_repairs({
      {"âŒ", "\u274C", "windows-1252"},                // E2 [9D] 8C, not E2 8C 9D
      {"â€quoted", "\u201Dquoted", "windows-1252"},    // right double quote, E2 80 [9D]
      {"âš\u00A0ï¸", "\u26A0\uFE0F", "windows-1252"},  // variation selector EF B8 [8F]
      {"â† back", "\u2190 back", "windows-1252"},      // left arrow E2 86 [90]
      {"ðŸ‘¨â€ðŸ’»", "\U0001F468\u200D\U0001F4BB", "windows-1252"},  // joiner E2 80 [8D]
  });
}

TEST_CASE("repair_mojibake_line: Windows-1252 with undefined bytes kept as C1 controls") {
  check_repairs({
      {"â\xC2\x9D\xC5\x92", "\u274C", "windows-1252"},       // â U+009D Œ
      {"ðŸ\xC2\x8F\xC2\x81", "\U0001F3C1", "windows-1252"},  // 🏁: F0 9F 8F 81
  });
}

TEST_CASE("repair_mojibake_line: repaired and untouched parts share a line") {
  check_repairs({
      {"Status: âœ… done, next â†’ deploy", "Status: ✅ done, next → deploy", "windows-1252"},
      {"✅ done, âŒ failed, café", "✅ done, ❌ failed, café", "windows-1252"},
      {"- [x] ‚úÖ Zürich rollback", "- [x] ✅ Zürich rollback", "mac-roman"},
  });
}

TEST_CASE("repair_mojibake_line: a line mixing both encodings records the first") {
  check_repairs({
      {"âœ… and ‚úÖ", "✅ and ✅", "windows-1252"},
      {"‚úÖ and âœ…", "✅ and ✅", "mac-roman"},
  });
}

TEST_CASE("repair_mojibake_line: legitimate text is not touched") {
  for (const std::string_view text : {
           "café",
           "naïve",
           "Zürich",
           "— “quoted” –",
           "✅ done",
           "→",
           "日本語",
           "°C",
           "résumé é",
           "é",
           "SÃO PAULO",
           "Ã",
           "ASCII only",
           "",
           "„Gruß“",
           "café\u00A0»",
           "ü",
           "Müller über Straße",
           "© 2024 ® ™",
           "±5 µs ≤ 10 ms",
           "plain -- text",
           "l’été",
           "“École”",
           "qu’à",
           "2020—été",
           "Ö”",
           "É»",
       }) {
    CAPTURE(text);
    const LineRepair repair = repair_mojibake_line(text);
    CHECK(repair.text == text);
    CHECK(repair.encoding.empty());
  }
}

TEST_CASE("repair_mojibake_line: long lines take linear time" * doctest::timeout(5.0)) {
  std::string legitimate;
  std::string mojibake;
  std::string repaired;
  for (int index = 0; index < 100000; ++index) {
    legitimate += "Ã";
    mojibake += "âœ…";
    repaired += "✅";
  }
  CHECK(repair_mojibake_line(legitimate).text == legitimate);
  CHECK(repair_mojibake_line(mojibake).text == repaired);
  // One run that decodes until its last character, and so stays as it is.
  const std::string broken_at_end = mojibake + "Ã";
  CHECK(repair_mojibake_line(broken_at_end).text == broken_at_end);
}

// ---------------------------------------------------------------------------------------------
// decode: repairs

TEST_CASE("decode: repairs mojibake line by line and records each line") {
  const DecodeResult result =
      decode("# Title\r\n\r\n- âœ… done\r\n- ðŸ”´ blocked\r\n- plain\r\n- ‚úÖ mac\r\n");
  const DecodedText decoded = expect_text(result);
  CHECK(decoded.text == "# Title\n\n- ✅ done\n- 🔴 blocked\n- plain\n- ✅ mac\n");
  REQUIRE(decoded.repairs.size() == 3);
  CHECK(decoded.repairs[0].kind == Repair::Kind::mojibake);
  CHECK(decoded.repairs[0].line == 3);
  CHECK(decoded.repairs[0].encoding == "windows-1252");
  CHECK(decoded.repairs[0].original == "- âœ… done");
  CHECK(decoded.repairs[0].repaired == "- ✅ done");
  CHECK(decoded.repairs[1].line == 4);
  CHECK(decoded.repairs[1].original == "- ðŸ”´ blocked");
  CHECK(decoded.repairs[1].repaired == "- 🔴 blocked");
  CHECK(decoded.repairs[2].line == 6);
  CHECK(decoded.repairs[2].encoding == "mac-roman");
  CHECK(decoded.repairs[2].repaired == "- ✅ mac");
}

TEST_CASE("decode: repairs the last line when there is no final newline") {
  const DecodedText decoded = expect_text(decode("ok\n\uF8FFüìä SUMMARY"));
  CHECK(decoded.text == "ok\n📊 SUMMARY");
  REQUIRE(decoded.repairs.size() == 1);
  CHECK(decoded.repairs[0].line == 2);
  CHECK(decoded.repairs[0].encoding == "mac-roman");
}

TEST_CASE("decode: clean text has no repairs") {
  const DecodedText decoded = expect_text(decode("café ✅ → 日本語\n"));
  CHECK(decoded.text == "café ✅ → 日本語\n");
  CHECK(decoded.repairs.empty());
}

TEST_CASE("decode: a byte order mark that was misread with the text is dropped") {
  const DecodedText decoded = expect_text(decode("ï»¿# Title\nâœ…\n"));
  CHECK(decoded.text == "# Title\n✅\n");
  REQUIRE(decoded.repairs.size() == 2);
  CHECK(decoded.repairs[0].line == 1);
  CHECK(decoded.repairs[0].repaired == "# Title");
}

// ---------------------------------------------------------------------------------------------
// decode: BOM, line endings, empty input

TEST_CASE("decode: empty input is empty text") {
  const DecodedText decoded = expect_text(decode(""));
  CHECK(decoded.text.empty());
  CHECK_FALSE(decoded.had_bom);
  CHECK_FALSE(decoded.ends_with_newline);
  CHECK(decoded.dominant_line_ending == LineEnding::lf);
  CHECK(decoded.repairs.empty());
}

TEST_CASE("decode: a UTF-8 BOM is stripped and recorded") {
  const DecodedText with_bom = expect_text(decode("\xEF\xBB\xBF# Title\n"));
  CHECK(with_bom.had_bom);
  CHECK(with_bom.text == "# Title\n");

  const DecodedText only_bom = expect_text(decode("\xEF\xBB\xBF"));
  CHECK(only_bom.had_bom);
  CHECK(only_bom.text.empty());

  const DecodedText without_bom = expect_text(decode("# Title\n"));
  CHECK_FALSE(without_bom.had_bom);
  CHECK(without_bom.text == "# Title\n");
}

TEST_CASE("decode: LF input is kept as it is") {
  const DecodedText decoded = expect_text(decode("a\nb\n"));
  CHECK(decoded.text == "a\nb\n");
  CHECK(decoded.dominant_line_ending == LineEnding::lf);
  CHECK(decoded.ends_with_newline);
}

TEST_CASE("decode: CRLF becomes LF and is recorded as dominant") {
  const DecodedText decoded = expect_text(decode("a\r\nb\r\n"));
  CHECK(decoded.text == "a\nb\n");
  CHECK(decoded.dominant_line_ending == LineEnding::crlf);
  CHECK(decoded.ends_with_newline);
}

TEST_CASE("decode: mixed endings; CRLF is dominant only when it outnumbers LF") {
  const DecodedText more_crlf = expect_text(decode("a\r\nb\r\nc\n"));
  CHECK(more_crlf.text == "a\nb\nc\n");
  CHECK(more_crlf.dominant_line_ending == LineEnding::crlf);

  const DecodedText more_lf = expect_text(decode("a\r\nb\nc\n"));
  CHECK(more_lf.text == "a\nb\nc\n");
  CHECK(more_lf.dominant_line_ending == LineEnding::lf);

  const DecodedText tied = expect_text(decode("a\r\nb\n"));
  CHECK(tied.dominant_line_ending == LineEnding::lf);
}

TEST_CASE("decode: a lone CR ends a line") {
  const DecodedText decoded = expect_text(decode("a\rb\r"));
  CHECK(decoded.text == "a\nb\n");
  CHECK(decoded.ends_with_newline);
  CHECK(decoded.dominant_line_ending == LineEnding::lf);

  const DecodedText before_crlf = expect_text(decode("a\r\r\nb"));
  CHECK(before_crlf.text == "a\n\nb");
}

TEST_CASE("decode: whether the input ended with a newline") {
  CHECK_FALSE(expect_text(decode("a\nb")).ends_with_newline);
  CHECK(expect_text(decode("a\nb\n")).ends_with_newline);
  CHECK(expect_text(decode("a\r\n")).ends_with_newline);
  CHECK(expect_text(decode("\n")).ends_with_newline);
  CHECK(expect_text(decode("\xEF\xBB\xBF"
                           "a\r\n\r\n"))
            .text == "a\n\n");
}

// ---------------------------------------------------------------------------------------------
// decode: failures

TEST_CASE("decode: a NUL byte means binary, with its line and column") {
  const DecodeFailure failure = expect_failure(decode("line one\nab\0c"sv));
  CHECK(failure.kind == DecodeFailure::Kind::binary);
  CHECK(failure.line == 2);
  CHECK(failure.column == 3);
  CHECK(failure.message == "file looks binary: NUL byte");
}

TEST_CASE("decode: NUL positions count CRLF and lone CR as one line break") {
  const DecodeFailure after_crlf = expect_failure(decode("a\r\nbc\0"sv));
  CHECK(after_crlf.kind == DecodeFailure::Kind::binary);
  CHECK(after_crlf.line == 2);
  CHECK(after_crlf.column == 3);

  const DecodeFailure after_cr = expect_failure(decode("a\rb\0"sv));
  CHECK(after_cr.line == 2);
  CHECK(after_cr.column == 2);

  const DecodeFailure after_bom = expect_failure(decode("\xEF\xBB\xBF\0"sv));
  CHECK(after_bom.kind == DecodeFailure::Kind::binary);
  CHECK(after_bom.line == 1);
  CHECK(after_bom.column == 1);
}

TEST_CASE("decode: UTF-16 with a BOM") {
  const DecodeFailure little = expect_failure(decode("\xFF\xFE#\0 \0T\0"sv));
  CHECK(little.kind == DecodeFailure::Kind::utf16);
  CHECK(little.message == "file is UTF-16 (little-endian); save it as UTF-8");
  CHECK(little.line == 0);
  CHECK(little.column == 0);

  const DecodeFailure big = expect_failure(decode("\xFE\xFF\0#\0 \0T"sv));
  CHECK(big.kind == DecodeFailure::Kind::utf16);
  CHECK(big.message == "file is UTF-16 (big-endian); save it as UTF-8");
}

TEST_CASE("decode: UTF-16 without a BOM is recognised by its alternating NULs") {
  const DecodeFailure little = expect_failure(decode("#\0 \0T\0i\0t\0l\0e\0\n\0"sv));
  CHECK(little.kind == DecodeFailure::Kind::utf16);
  CHECK(contains(little.message, "UTF-16 (little-endian)"));
  CHECK(contains(little.message, "without a byte order mark"));
  CHECK(contains(little.message, "save it as UTF-8"));

  const DecodeFailure big = expect_failure(decode("\0#\0 \0T\0i\0t\0l\0e\0\n"sv));
  CHECK(big.kind == DecodeFailure::Kind::utf16);
  CHECK(contains(big.message, "UTF-16 (big-endian)"));
}

TEST_CASE("decode: UTF-32") {
  const DecodeFailure little = expect_failure(decode("\xFF\xFE\0\0#\0\0\0"sv));
  CHECK(little.kind == DecodeFailure::Kind::utf32);
  CHECK(little.message == "file is UTF-32 (little-endian); save it as UTF-8");

  const DecodeFailure big = expect_failure(decode("\0\0\xFE\xFF\0\0\0#"sv));
  CHECK(big.kind == DecodeFailure::Kind::utf32);
  CHECK(big.message == "file is UTF-32 (big-endian); save it as UTF-8");

  const DecodeFailure without_bom = expect_failure(decode("#\0\0\0 \0\0\0x\0\0\0"sv));
  CHECK(without_bom.kind == DecodeFailure::Kind::utf32);
  CHECK(contains(without_bom.message, "UTF-32 (little-endian) without a byte order mark"));
}

TEST_CASE("decode: a few NULs among text are binary, not UTF-16") {
  const DecodeFailure failure = expect_failure(decode("# Title\nsome text\0 more text\n"sv));
  CHECK(failure.kind == DecodeFailure::Kind::binary);
  CHECK(failure.line == 2);
  CHECK(failure.column == 10);
}

struct InvalidExample {
  std::string_view bytes;
  int line;
  int column;
  std::string_view byte_text;
  std::string_view reason;
};

TEST_CASE("decode: invalid UTF-8 is reported at the byte where the bad sequence starts") {
  const InvalidExample examples[] = {
      {"ok\n\x80", 2, 1, "invalid UTF-8 byte 0x80", "continuation byte without a lead byte"},
      {"ab\xC0\x80", 1, 3, "invalid UTF-8 byte 0xc0", "overlong"},
      {"\xE0\x80\x80", 1, 1, "invalid UTF-8 byte 0xe0", "overlong"},
      {"x\xED\xA0\x80", 1, 2, "invalid UTF-8 byte 0xed", "surrogate"},
      {"x\xF4\x90\x80\x80", 1, 2, "invalid UTF-8 byte 0xf4", "above U+10FFFF"},
      {"abc\xE2\x9C", 1, 4, "invalid UTF-8 byte 0xe2", "end of the file"},
      {"\xE2\x9C!", 1, 1, "invalid UTF-8 byte 0xe2", "incomplete multi-byte sequence"},
      {"a\r\nb\r\nc\xFF", 3, 2, "invalid UTF-8 byte 0xff", "never occurs in UTF-8"},
      {"caf\xE9\n", 1, 4, "invalid UTF-8 byte 0xe9", "Windows-1252"},
      {"\xEF\xBB\xBF\xFE", 1, 1, "invalid UTF-8 byte 0xfe", "never occurs"},
  };
  for (const InvalidExample& example : examples) {
    CAPTURE(example.bytes);
    const DecodeFailure failure = expect_failure(decode(example.bytes));
    CHECK(failure.kind == DecodeFailure::Kind::invalid_utf8);
    CHECK(failure.line == example.line);
    CHECK(failure.column == example.column);
    CHECK(failure.message.starts_with(example.byte_text));
    CHECK(contains(failure.message, example.reason));
  }
}

TEST_CASE("decode: the highest code point and the edges of the checked ranges are valid") {
  const std::string_view valid =
      "\xF4\x8F\xBF\xBF \xED\x9F\xBF \xE0\xA0\x80 \xF0\x90\x80\x80 \xC2\x80"sv;
  CHECK(expect_text(decode(valid)).text == valid);
}

}  // namespace
}  // namespace pm
