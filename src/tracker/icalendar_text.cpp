#include "tracker/icalendar_text.h"

namespace pm {
namespace {

constexpr std::size_t kMaxOctets = 75;

bool is_continuation_byte(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

}  // namespace

std::string icalendar_text(std::string_view value) {
  std::string out;
  for (std::size_t i = 0; i < value.size(); ++i) {
    const char c = value[i];
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case ';':
        out += "\\;";
        break;
      case ',':
        out += "\\,";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        if (i + 1 < value.size() && value[i + 1] == '\n') break;  // CRLF is one break
        out += "\\n";
        break;
      default:
        out += c;
    }
  }
  return out;
}

std::string folded_content_line(std::string_view line) {
  std::string out;
  std::size_t room = kMaxOctets;  // the first line has all 75 octets, later ones 74 after the space
  while (line.size() > room) {
    std::size_t cut = room;
    while (cut > 0 && is_continuation_byte(line[cut])) --cut;
    out.append(line.substr(0, cut));
    out += "\r\n ";
    line.remove_prefix(cut);
    room = kMaxOctets - 1;
  }
  out.append(line);
  out += "\r\n";
  return out;
}

}  // namespace pm
