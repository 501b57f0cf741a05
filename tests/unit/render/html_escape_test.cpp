// Escaping document text for HTML, and the characters a page may not contain.

#include "render/html_escape.h"

#include <doctest/doctest.h>

namespace pm {
namespace {

TEST_CASE("escape_html turns the five special characters into references and keeps the rest") {
  CHECK(escape_html(R"(<a href="x" title='y'>Tom & Jerry</a>)") ==
        "&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;Tom &amp; Jerry&lt;/a&gt;");
  CHECK(escape_html("23:40 → 00:25 ✅") == "23:40 → 00:25 ✅");
  CHECK(escape_html("&amp;") == "&amp;amp;");
}

TEST_CASE("replace_forbidden_characters replaces controls, keeps tabs, line ends and other text") {
  CHECK(replace_forbidden_characters("a\tb\nc\r\n") == "a\tb\nc\r\n");
  CHECK(replace_forbidden_characters(std::string("a\x01"
                                                 "b\x7F"
                                                 "c",
                                                 5)) ==
        "a\xEF\xBF\xBD"
        "b\xEF\xBF\xBD"
        "c");
  CHECK(replace_forbidden_characters("x\xC2\x85y") == "x\xEF\xBF\xBDy");  // U+0085, a C1 control
  CHECK(replace_forbidden_characters("caf\xC3\xA9 \xC2\xA0") ==
        "caf\xC3\xA9 \xC2\xA0");  // é and NBSP stay
}

}  // namespace
}  // namespace pm
