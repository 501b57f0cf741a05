#pragma once

// Pieces the report writers share; private to src/report.

#include <cstddef>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

#include "lint/diagnostic.h"
#include "report/reporter.h"

namespace pm::reporters {

// One writer per format, each in its own <format>_report.cpp. They never see a `failure`:
// write_report turns it into a diagnostic first, so every format reports it the same way.
void write_text_report(const std::vector<FileResult>& results, const ReportOptions& options, std::ostream& out);
void write_json_report(const std::vector<FileResult>& results, const ReportOptions& options, std::ostream& out);
void write_sarif_report(const std::vector<FileResult>& results, const ReportOptions& options, std::ostream& out);
void write_github_report(const std::vector<FileResult>& results, const ReportOptions& options, std::ostream& out);
void write_rdjsonl_report(const std::vector<FileResult>& results, const ReportOptions& options, std::ostream& out);
void write_junit_report(const std::vector<FileResult>& results, const ReportOptions& options, std::ostream& out);
void write_checkstyle_report(const std::vector<FileResult>& results, const ReportOptions& options,
                             std::ostream& out);
void write_codequality_report(const std::vector<FileResult>& results, const ReportOptions& options,
                              std::ostream& out);

// utf8.cpp
std::size_t utf8_sequence_length(std::string_view text, std::size_t offset);
char32_t utf8_code_point(std::string_view sequence);

// xml_text.cpp
std::string xml_attribute_text(std::string_view text);
std::string xml_element_text(std::string_view text);

// fingerprint.cpp: one stable hash per diagnostic, per file.
std::vector<std::vector<std::string>> line_hash_fingerprints(const std::vector<FileResult>& results);

// text_report.cpp
std::string summary_line(const Summary& summary);
std::string diagnostic_headline(const std::string& file, const Diagnostic& diagnostic);

}  // namespace pm::reporters
