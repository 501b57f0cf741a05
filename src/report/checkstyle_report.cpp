// Checkstyle XML, read by Jenkins' warnings plugin, reviewdog (-f=checkstyle) and many others.

#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "report/reporter.h"
#include "report/report_parts.h"

namespace pm::reporters {

namespace {

void write_error(const Diagnostic& diagnostic, std::ostream& out) {
  out << "    <error line=\"" << diagnostic.range.begin.line << "\" column=\""
      << diagnostic.range.begin.column << "\" severity=\"" << to_string(diagnostic.severity)
      << "\" message=\"" << xml_attribute_text(diagnostic.message) << "\" source=\"postmortem."
      << xml_attribute_text(diagnostic.rule) << "\"/>\n";
}

// Checkstyle lists every file it checked, the clean ones as empty elements.
void write_file(const FileResult& result, std::ostream& out) {
  out << "  <file name=\"" << xml_attribute_text(result.file) << "\"";
  if (result.diagnostics.empty()) {
    out << "/>\n";
    return;
  }
  out << ">\n";
  for (const Diagnostic& diagnostic : result.diagnostics) write_error(diagnostic, out);
  out << "  </file>\n";
}

}  // namespace

void write_checkstyle_report(const std::vector<FileResult>& results,
                             const ReportOptions& /*options*/, std::ostream& out) {
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
      << "<checkstyle version=\"4.3\">\n";
  for (const FileResult& result : results) write_file(result, out);
  out << "</checkstyle>\n";
}

}  // namespace pm::reporters
