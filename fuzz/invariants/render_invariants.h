#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "template/template_spec.h"

namespace pm::fuzz {

// What must hold when any bytes that parse are rendered: the HTML report renders with the
// built-in template and gains no script, event handler or script URL from the document; the
// canonical Markdown parses again, and rendering that gives the same text (rendering settles).
class RenderInvariants {
 public:
  RenderInvariants();
  std::vector<std::string> check(std::string_view bytes) const;

 private:
  TemplateSpec spec_;
};

}  // namespace pm::fuzz
