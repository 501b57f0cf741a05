#include <doctest/doctest.h>

#include "fix/encode_text.h"

namespace pm {
namespace {

DecodedText shape(bool bom, LineEnding ending, bool final_newline) {
  DecodedText decoded;
  decoded.had_bom = bom;
  decoded.dominant_line_ending = ending;
  decoded.ends_with_newline = final_newline;
  return decoded;
}

TEST_CASE("the fixed text gets the file's BOM, dominant line ending and final newline back") {
  CHECK(encode_like("a\nb\n", shape(true, LineEnding::crlf, true)) == "\xEF\xBB\xBF" "a\r\nb\r\n");
  CHECK(encode_like("a\nb\n", shape(false, LineEnding::lf, true)) == "a\nb\n");
  CHECK(encode_like("a\nb", shape(false, LineEnding::crlf, false)) == "a\r\nb");
}

TEST_CASE("a newline an edit appended is dropped from a file that had none, and added back to one that had") {
  CHECK(encode_like("a\n## Sign-Off\n", shape(false, LineEnding::lf, false)) == "a\n## Sign-Off");
  CHECK(encode_like("a\n## Sign-Off", shape(false, LineEnding::lf, true)) == "a\n## Sign-Off\n");
}

TEST_CASE("blank lines at the end are the author's and stay") {
  CHECK(encode_like("a\n\n\n", shape(false, LineEnding::lf, true)) == "a\n\n\n");
}

}  // namespace
}  // namespace pm
