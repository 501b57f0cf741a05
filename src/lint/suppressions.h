#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostic.h"
#include "text/line_table.h"

namespace pm {

// Inline suppressions written in the document:
//   <!-- postmortem-disable PM013 -->  ...  <!-- postmortem-enable PM013 -->
//   <!-- postmortem-disable-next-line PM003 missing-owner -->
// Without rule names a comment applies to every rule. Names may be IDs or rule names.
class Suppressions {
 public:
  static Suppressions read(const LineTable& lines);

  bool suppresses(const Diagnostic& diagnostic) const;

 private:
  struct Span {
    std::string rule;  // a rule ID, or "*" for all
    int first_line = 0;
    int last_line = 0;  // inclusive
  };
  std::vector<Span> spans_;
};

}  // namespace pm
