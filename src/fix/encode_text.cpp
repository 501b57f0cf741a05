#include "fix/encode_text.h"

namespace pm {

std::string encode_like(std::string_view text, const DecodedText& original) {
  std::string_view body = text;
  const bool ends_with_newline = !body.empty() && body.back() == '\n';
  // Edits may append a section at the very end; the file keeps its own choice of a final newline.
  if (ends_with_newline && !original.ends_with_newline) body.remove_suffix(1);
  const bool add_final_newline = !ends_with_newline && original.ends_with_newline && !body.empty();

  const std::string_view line_end = original.dominant_line_ending == LineEnding::crlf ? "\r\n" : "\n";
  std::string bytes;
  bytes.reserve(text.size() + text.size() / 16 + 4);
  if (original.had_bom) bytes += "\xEF\xBB\xBF";
  for (char c : body) {
    if (c == '\n') {
      bytes += line_end;
    } else {
      bytes += c;
    }
  }
  if (add_final_newline) bytes += line_end;
  return bytes;
}

}  // namespace pm
