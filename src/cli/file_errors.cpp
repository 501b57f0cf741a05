#include "cli/file_errors.h"

#include <ostream>

namespace pm {

void report_read_failure(std::ostream& err, const std::string& file, const ReadFailure& failure) {
  err << "postmortem: " << file << ": " << failure.message << '\n';
}

void report_decode_failure(std::ostream& err, const std::string& file, const DecodeFailure& failure) {
  err << "postmortem: " << file;
  if (failure.line > 0) err << ':' << failure.line << ':' << failure.column;
  err << ": " << failure.message << '\n';
}

}  // namespace pm
