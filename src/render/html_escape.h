#pragma once

#include <string>
#include <string_view>

namespace pm {

// Document text as HTML text or attribute value: the five characters HTML gives meaning to
// become character references, so nothing a document says can open a tag or leave an attribute.
std::string escape_html(std::string_view text);

// Replaces the code points HTML forbids in a page (C0 controls other than tab, line feed and
// carriage return, DEL, C1 controls) with U+FFFD. Decoding lets them through as valid UTF-8, and
// a validator or browser would otherwise report the page as broken.
std::string replace_forbidden_characters(std::string_view html);

}  // namespace pm
