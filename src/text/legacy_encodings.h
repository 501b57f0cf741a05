#pragma once

#include <optional>
#include <string_view>

namespace pm {

// The 8-bit encodings whose misreading of UTF-8 produces the mojibake we repair.
enum class LegacyEncoding { windows_1252, mac_roman };

// The name recorded in a Repair: "windows-1252" or "mac-roman".
std::string_view legacy_encoding_name(LegacyEncoding encoding);

// The character a decoder for `encoding` produces for `byte` (0x80..0xFF; smaller bytes are
// ASCII in both encodings and come back unchanged). Windows-1252 leaves 0x81, 0x8D, 0x8F, 0x90
// and 0x9D undefined; for those this returns the C1 control of the same value, which is what
// lenient decoders emit.
char32_t legacy_code_point(LegacyEncoding encoding, unsigned char byte);

// The byte >= 0x80 that `encoding` decodes to `code_point`, if there is one. For Windows-1252
// every C1 control U+0080..U+009F maps back to its own byte, because lenient decoders pass
// bytes they cannot decode through as C1 controls.
std::optional<unsigned char> legacy_byte(LegacyEncoding encoding, char32_t code_point);

}  // namespace pm
