#include "invariants/fuzz_settings.h"

#include <stdexcept>

#include "template/template_reader.h"

namespace pm::fuzz {

LintSettings default_lint_settings() {
  TemplateResult spec = default_template();
  if (auto* error = std::get_if<TemplateError>(&spec)) {
    throw std::runtime_error("the built-in template does not read: " + error->message);
  }
  LintSettings settings;
  settings.spec = std::get<TemplateSpec>(std::move(spec));
  settings.options.today = CivilDate{2026, 7, 1};
  return settings;
}

}  // namespace pm::fuzz
