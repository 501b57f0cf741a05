#pragma once

#include "lint/lint_document.h"

namespace pm::fuzz {

// The settings a team gets without a configuration: the built-in template, every rule at its
// default level. "Today" is fixed so that the same input always gives the same findings.
LintSettings default_lint_settings();

}  // namespace pm::fuzz
