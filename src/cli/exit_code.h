#pragma once

namespace pm {

// 0 clean, 1 error-level findings, 2 usage, configuration, I/O or internal failure.
enum class ExitCode { clean = 0, findings = 1, failure = 2 };

}  // namespace pm
