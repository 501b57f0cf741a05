#pragma once

#include <string>
#include <string_view>

// The two encodings RFC 5545 asks of every iCalendar content line.
namespace pm {

// A TEXT value (section 3.3.11): backslashes, semicolons and commas escaped, line breaks as "\n".
std::string icalendar_text(std::string_view value);

// One content line ("NAME;PARAM=x:value") folded as section 3.1 requires: no physical line longer
// than 75 octets, each continuation starting with a space, never splitting a UTF-8 character, and
// every line ended by CRLF.
std::string folded_content_line(std::string_view line);

}  // namespace pm
