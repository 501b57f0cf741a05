// Which links and images a rendered report may keep.

#include "render/safe_url.h"

#include <doctest/doctest.h>

namespace pm {
namespace {

TEST_CASE("web, mail and relative links are safe") {
  for (const char* url :
       {"https://example.com/a?b#c", "http://x", "HTTPS://EXAMPLE.COM", "mailto:oncall@example.com",
        "docs/runbook.md", "../x.md#y", "#timeline", "/abs/path", "//cdn.example.com/x", "", "?q=1",
        "javascript%3Aalert(1)"}) {
    CAPTURE(url);
    CHECK(is_safe_link_url(url));
  }
}

TEST_CASE("script, data, file and unknown schemes are refused, however they are disguised") {
  for (const char* url : {"javascript:alert(1)", "JaVaScRiPt:alert(1)", " javascript:alert(1)",
                          "java\tscript:alert(1)", "java\nscript:x", "\x01javascript:x",
                          "vbscript:msgbox(1)", "data:text/html;base64,PHA+", "file:///etc/passwd",
                          "ftp://example.com", "chrome://settings", ":nothing"}) {
    CAPTURE(url);
    CHECK_FALSE(is_safe_link_url(url));
  }
}

TEST_CASE("only raster data: images show inline; everything else would be fetched or can run") {
  CHECK(is_inline_image_url("data:image/png;base64,iVBORw0KGgo="));
  CHECK(is_inline_image_url("data:image/webp,xyz"));
  CHECK(is_inline_image_url("DATA:image/jpeg;base64,xyz"));
  CHECK_FALSE(is_inline_image_url("data:image/svg+xml;base64,PHN2Zz4="));
  CHECK_FALSE(is_inline_image_url("data:image/pngx,abc"));
  CHECK_FALSE(is_inline_image_url("https://example.com/a.png"));
  CHECK_FALSE(is_inline_image_url("a.png"));
  CHECK_FALSE(is_inline_image_url("javascript:alert(1)"));
}

TEST_CASE("encode_url percent-encodes what a URL cannot hold and keeps the rest") {
  CHECK(encode_url("https://x.example/a b\"c<d>") == "https://x.example/a%20b%22c%3Cd%3E");
  CHECK(encode_url("https://x.example/s?q=1&r=%20#f") == "https://x.example/s?q=1&r=%20#f");
  CHECK(encode_url("https://x.example/caf\xC3\xA9") == "https://x.example/caf%C3%A9");
}

}  // namespace
}  // namespace pm
