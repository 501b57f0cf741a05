#pragma once

#include <string>
#include <string_view>

#include "text/decode.h"

namespace pm {

// Turns text as the parser sees it (UTF-8, '\n' line ends) back into file bytes in the form the
// original file had: its BOM or none, its dominant line ending, a final newline or none.
std::string encode_like(std::string_view text, const DecodedText& original);

}  // namespace pm
