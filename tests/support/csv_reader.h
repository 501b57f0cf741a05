#pragma once

#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace pm::test {

using CsvRecords = std::vector<std::vector<std::string>>;

struct CsvError {
  std::size_t offset = 0;  // byte where the text stops being RFC 4180
  std::string message;
};

// A strict RFC 4180 reader, written for the tests only, so that the tracker's CSV is checked by
// a parser that shares no code with its writer: records end with CRLF (the last one may end
// without), a field is either plain (no quote, CR or LF inside) or quoted with its quotes
// doubled, and nothing may follow a closing quote but a comma or the end of the record.
std::variant<CsvRecords, CsvError> read_csv(std::string_view text);

}  // namespace pm::test
