#pragma once

#include <string>
#include <string_view>

namespace pm {

// A value from multi-line front matter or a setext heading as one line: line breaks become
// spaces, the ends are trimmed.
std::string one_line(std::string_view value);

// An ATX heading line, newline included, that reads back as `text`: on one line, and with a
// trailing run of `#` that Markdown would take for the closing sequence escaped ("Outage #" as
// "Outage \#").
std::string atx_heading_line(int level, std::string_view text);

// A line that continued a paragraph, made fit to open one: leading whitespace dropped (it would
// make indented code) and, when the line alone would read as another block, its first character
// escaped ("\</pre>", "\- item", "2\. step"). The text reads the same.
std::string opening_a_paragraph(std::string_view line);

}  // namespace pm
