#include "support/csv_reader.h"

namespace pm::test {
namespace {

class CsvReader {
 public:
  explicit CsvReader(std::string_view text) : text_(text) {}

  std::variant<CsvRecords, CsvError> read() {
    CsvRecords records;
    while (at_ < text_.size()) {
      std::vector<std::string> record;
      if (!read_record(record)) return error_;
      records.push_back(std::move(record));
    }
    return records;
  }

 private:
  bool fail(std::string message) {
    error_ = CsvError{at_, std::move(message)};
    return false;
  }

  // One record and the CRLF after it (or the end of the text).
  bool read_record(std::vector<std::string>& record) {
    for (;;) {
      std::string field;
      const bool read =
          at_ < text_.size() && text_[at_] == '"' ? read_quoted(field) : read_plain(field);
      if (!read) return false;
      record.push_back(std::move(field));
      if (at_ == text_.size()) return true;
      if (text_[at_] == ',') {
        ++at_;
        continue;
      }
      if (text_.substr(at_, 2) == "\r\n") {
        at_ += 2;
        return true;
      }
      return fail("expected a comma or CRLF after a field");
    }
  }

  bool read_plain(std::string& field) {
    while (at_ < text_.size() && text_[at_] != ',' && text_[at_] != '\r') {
      if (text_[at_] == '"') return fail("a quote inside a field that is not quoted");
      if (text_[at_] == '\n') return fail("a bare LF: records must end with CRLF");
      field += text_[at_++];
    }
    if (at_ < text_.size() && text_[at_] == '\r' && text_.substr(at_, 2) != "\r\n")
      return fail("a bare CR");
    return true;
  }

  bool read_quoted(std::string& field) {
    ++at_;  // the opening quote
    for (;;) {
      if (at_ == text_.size()) return fail("a quoted field is never closed");
      if (text_[at_] != '"') {
        field += text_[at_++];
        continue;
      }
      if (text_.substr(at_, 2) == "\"\"") {
        field += '"';
        at_ += 2;
        continue;
      }
      ++at_;  // the closing quote
      return true;
    }
  }

  std::string_view text_;
  std::size_t at_ = 0;
  CsvError error_;
};

}  // namespace

std::variant<CsvRecords, CsvError> read_csv(std::string_view text) {
  return CsvReader(text).read();
}

}  // namespace pm::test
