#include "tracker/icalendar_text.h"

#include <doctest/doctest.h>

#include <string>
#include <string_view>
#include <vector>

namespace pm {
namespace {

std::vector<std::string> physical_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find("\r\n", start)) != std::string::npos; start = end + 2) {
    lines.push_back(text.substr(start, end - start));
  }
  CHECK(start == text.size());  // ends with CRLF
  return lines;
}

std::string unfolded(const std::string& text) {
  std::string out;
  for (const auto& line : physical_lines(text))
    out += line.empty() || line[0] != ' ' ? line : line.substr(1);
  return out;
}

TEST_CASE("TEXT values escape backslashes, semicolons, commas and line breaks") {
  CHECK(icalendar_text("a, b; c\\d") == "a\\, b\\; c\\\\d");
  CHECK(icalendar_text("one\ntwo\r\nthree\rfour") == "one\\ntwo\\nthree\\nfour");
  CHECK(icalendar_text("plain: text") == "plain: text");
}

TEST_CASE("short lines are ended with CRLF and not folded") {
  CHECK(folded_content_line("BEGIN:VTODO") == "BEGIN:VTODO\r\n");
  const std::string exactly(75, 'x');
  CHECK(folded_content_line(exactly) == exactly + "\r\n");
}

TEST_CASE("long lines fold at 75 octets, continuations starting with a space") {
  const std::string line = "DESCRIPTION:" + std::string(200, 'a');
  const std::string folded = folded_content_line(line);
  const auto lines = physical_lines(folded);
  REQUIRE(lines.size() == 3);
  CHECK(lines[0].size() == 75);
  CHECK(lines[1].size() == 75);
  CHECK(lines[1][0] == ' ');
  CHECK(unfolded(folded) == line);
}

TEST_CASE("folding never splits a UTF-8 character") {
  std::string line = "SUMMARY:";
  for (int i = 0; i < 60; ++i) line += "ö€";  // two and three octets
  const std::string folded = folded_content_line(line);
  for (const auto& physical : physical_lines(folded)) {
    CHECK(physical.size() <= 75);
    const std::string_view content =
        physical[0] == ' ' ? std::string_view(physical).substr(1) : physical;
    CHECK((static_cast<unsigned char>(content.front()) & 0xC0) != 0x80);  // starts a character
  }
  CHECK(unfolded(folded) == line);
}

}  // namespace
}  // namespace pm
