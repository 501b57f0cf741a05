#pragma once

#include <iosfwd>
#include <string>

#include "text/decode.h"
#include "text/read_file.h"

namespace pm {

// One line on stderr per file that could not be read or decoded, always naming the file.
void report_read_failure(std::ostream& err, const std::string& file, const ReadFailure& failure);
void report_decode_failure(std::ostream& err, const std::string& file, const DecodeFailure& failure);

}  // namespace pm
