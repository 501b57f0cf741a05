#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pm::fuzz {

// What must hold for any bytes read as `.postmortem.yml`: a configuration or an error naming the
// file and a line it has, never an exception and never an "internal error" (which would mean a
// library threw where the loader expected none), and a loaded configuration whose values are
// within the documented bounds.
class ConfigInvariants {
 public:
  std::vector<std::string> check(std::string_view bytes) const;
};

}  // namespace pm::fuzz
