#include "invariants/lint_invariants.h"

#include <exception>
#include <nlohmann/json.hpp>
#include <sstream>

#include "invariants/diagnostic_positions.h"
#include "invariants/fuzz_settings.h"
#include "report/reporter.h"

namespace pm::fuzz {
namespace {

std::string report_in(ReportFormat format, const FileResult& result) {
  ReportOptions options;
  options.rules = &all_rules();
  std::ostringstream out;
  write_report(format, {result}, options, out);
  return out.str();
}

bool has_xml_control_character(std::string_view text) {
  for (const char c : text) {
    const auto byte = static_cast<unsigned char>(c);
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r') return true;
  }
  return false;
}

bool every_line_is_json(std::string_view text) {
  std::istringstream lines{std::string(text)};
  for (std::string line; std::getline(lines, line);) {
    if (nlohmann::json::parse(line, nullptr, false).is_discarded()) return false;
  }
  return true;
}

void check_reports(const FileResult& result, std::vector<std::string>& problems) {
  for (const auto name : report_format_names()) {
    const auto format = parse_report_format(name);
    if (!format) continue;
    const std::string report = report_in(*format, result);
    const std::string what = "the " + std::string(name) + " report";
    switch (*format) {
      case ReportFormat::json:
      case ReportFormat::sarif:
      case ReportFormat::codequality:
        if (nlohmann::json::parse(report, nullptr, false).is_discarded())
          problems.push_back(what + " is not JSON");
        break;
      case ReportFormat::rdjsonl:
        if (!every_line_is_json(report)) problems.push_back(what + " has a line that is not JSON");
        break;
      case ReportFormat::junit:
      case ReportFormat::checkstyle:
        if (has_xml_control_character(report))
          problems.push_back(what + " holds a control character XML forbids");
        break;
      case ReportFormat::text:
      case ReportFormat::github:
        break;
    }
  }
}

}  // namespace

LintInvariants::LintInvariants() : settings_(default_lint_settings()) {}

std::vector<std::string> LintInvariants::check(std::string_view bytes) const {
  std::vector<std::string> problems;
  try {
    const FileResult first = lint_file_bytes(bytes, "fuzz.md", settings_);
    if (first.failure) {
      if (first.failure->empty()) problems.emplace_back("a failure without a message");
      return problems;
    }
    problems = diagnostic_position_problems(first);
    if (!problems.empty()) return problems;  // the reporters may not cope with such positions
    const FileResult second = lint_file_bytes(bytes, "fuzz.md", settings_);
    if (report_in(ReportFormat::json, first) != report_in(ReportFormat::json, second)) {
      problems.emplace_back("linting the same bytes twice gave different findings");
    }
    check_reports(first, problems);
  } catch (const std::exception& error) {
    problems.push_back(std::string("linting threw: ") + error.what());
  }
  return problems;
}

}  // namespace pm::fuzz
