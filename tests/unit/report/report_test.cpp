// Every report format made from one fixed lint run: golden files, and a check that each output
// is what its consumers parse (JSON, JSON lines, well-formed XML, SARIF against its schema).

#include <doctest/doctest.h>

#include <cctype>
#include <nlohmann/json.hpp>
#include <set>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "report/reporter.h"
#include "support/golden.h"
#include "support/schema_check.h"
#include "support/shared_corpus.h"

namespace pm {
namespace {

using nlohmann::json;

// ---- the fixed lint run ---------------------------------------------------------------------

constexpr std::string_view action_line = "- [ ] Fix 100% of <cache> & \"retry\" logic: it's flaky";
constexpr int action_line_end = static_cast<int>(action_line.size()) + 1;

Diagnostic make_diagnostic(std::string rule, std::string name, Severity severity, Range range,
                           std::string message) {
  Diagnostic diagnostic;
  diagnostic.rule = std::move(rule);
  diagnostic.name = std::move(name);
  diagnostic.severity = severity;
  diagnostic.range = range;
  diagnostic.message = std::move(message);
  return diagnostic;
}

// An error after an emoji (4 UTF-8 bytes, 2 UTF-16 units), and a fixable warning with a note on
// a line indented by a tab.
FileResult database_outage() {
  FileResult result;
  result.file = "incidents/2026-01-12-db.md";
  result.source_lines = {"# \xF0\x9F\x94\xA5 Database outage", "", "## Timeline",
                         "\t- 10:05 paged on-call", "- 09:58 alerts fired"};
  result.diagnostics.push_back(
      make_diagnostic("PM001", "title-date", Severity::error, {{1, 8}, {1, 16}},
                      "expected a date in the title; found \"Database outage\""));
  Diagnostic order =
      make_diagnostic("PM002", "timeline-order", Severity::warning, {{4, 4}, {4, 9}},
                      "timeline entry 10:05 comes before 09:58; expected time order");
  order.notes.push_back("entries without a date are compared by time of day");
  order.edits.push_back({{{4, 1}, {5, 21}}, "- 09:58 alerts fired\n\t- 10:05 paged on-call"});
  result.diagnostics.push_back(order);
  return result;
}

// A path and a message with every character some format must escape, and a range over two
// lines.
FileResult cache_outage() {
  FileResult result;
  result.file = "incidents/cache, eu:west.md";
  result.source_lines = {"# Cache outage \xE2\x80\x94 2026-02-03", "## Action items",
                         std::string(action_line)};
  result.diagnostics.push_back(make_diagnostic(
      "PM002", "timeline-order", Severity::warning, {{1, 1}, {2, 16}},
      "expected a \"Timeline\" section between the title and \"Action items\"; not found"));
  result.diagnostics.push_back(make_diagnostic("PM003", "action-owner", Severity::info,
                                               {{3, 7}, {3, action_line_end}},
                                               "action item has no owner: \"Fix 100% of <cache> & "
                                               "'retry', now\"\nexpected \"(owner: @name)\""));
  return result;
}

FileResult clean_file() {
  FileResult result;
  result.file = "incidents/clean.md";
  result.source_lines = {"# 2026-03-01 All good"};
  return result;
}

FileResult unreadable_file() {
  FileResult result;
  result.file = "incidents/missing.md";
  result.failure = "cannot open file: No such file or directory";
  return result;
}

std::vector<FileResult> lint_run() {
  return {database_outage(), cache_outage(), clean_file(), unreadable_file()};
}

const std::vector<RuleInfo>& fake_rules() {
  static const std::vector<RuleInfo> rules = {
      {"PM001", "title-date", "The title names the incident's date.",
       "People look a post-mortem up by its date first, so the title should carry it.",
       "# Database outage\n", "# 2026-01-12 Database outage\n", Severity::error, false, false,
       nullptr},
      {"PM002", "timeline-order", "Timeline entries are in time order.",
       "A timeline read out of order hides what caused what.",
       "## Timeline\n\n- 10:05 paged\n- 09:58 alerts fired\n",
       "## Timeline\n\n- 09:58 alerts fired\n- 10:05 paged\n", Severity::warning, true, true,
       nullptr},
      {"PM003", "action-owner", "Every action item has an owner.",
       "An action item without an owner is not done.",
       "## Action items\n\n- [ ] Fix `retry` logic\n\n```\nnot an item\n```\n",
       "## Action items\n\n- [ ] Fix `retry` logic (owner: @ana)\n", Severity::info, false, false,
       nullptr},
  };
  return rules;
}

std::string report(ReportFormat format, bool color = false) {
  ReportOptions options;
  options.color = color;
  options.rules = &fake_rules();
  std::ostringstream out;
  write_report(format, lint_run(), options, out);
  return out.str();
}

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  return lines;
}

// ---- a small XML well-formedness check ------------------------------------------------------

// Enough of XML 1.0 for the reports: a declaration, elements, attributes in quotes, text with
// the predefined entities and character references; no comments, CDATA or DOCTYPE.
class XmlChecker {
 public:
  explicit XmlChecker(std::string_view xml) : xml_(xml) {}

  // Empty when well-formed, else what is wrong and where.
  std::string problem() {
    if (xml_.starts_with("<?xml")) {
      const auto end = xml_.find("?>");
      if (end == std::string_view::npos) return "unterminated XML declaration";
      at_ = end + 2;
    }
    int roots = 0;
    while (at_ < xml_.size() && error_.empty()) {
      if (xml_[at_] == '<') {
        if (open_.empty() && xml_.compare(at_, 2, "</") != 0) ++roots;
        tag();
      } else {
        text();
      }
    }
    if (!error_.empty()) return error_;
    if (roots != 1) return "expected one root element, found " + std::to_string(roots);
    if (!open_.empty()) return "element <" + open_.back() + "> is not closed";
    return {};
  }

 private:
  void fail(const std::string& what) {
    if (error_.empty()) error_ = what + " at byte " + std::to_string(at_);
  }

  static bool name_char(char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.' ||
           c == ':';
  }

  std::string name() {
    const std::size_t start = at_;
    while (at_ < xml_.size() && name_char(xml_[at_])) ++at_;
    if (at_ == start) fail("expected a name");
    return std::string(xml_.substr(start, at_ - start));
  }

  void skip_spaces() {
    while (at_ < xml_.size() && std::isspace(static_cast<unsigned char>(xml_[at_]))) ++at_;
  }

  void reference() {
    const auto end = xml_.find(';', at_);
    if (end == std::string_view::npos) return fail("unterminated reference");
    const std::string_view entity = xml_.substr(at_ + 1, end - at_ - 1);
    static const std::set<std::string_view> predefined = {"amp", "lt", "gt", "quot", "apos"};
    const bool numeric =
        entity.size() > 1 && entity[0] == '#' &&
        entity.find_first_not_of(entity[1] == 'x' ? "0123456789abcdefABCDEF" : "0123456789",
                                 entity[1] == 'x' ? 2 : 1) == std::string_view::npos;
    if (!numeric && !predefined.contains(entity))
      return fail("unknown entity &" + std::string(entity) + ";");
    at_ = end + 1;
  }

  void character(char terminator) {
    const auto byte = static_cast<unsigned char>(xml_[at_]);
    if (byte < 0x20 && byte != '\t' && byte != '\n' && byte != '\r')
      return fail("control character");
    if (xml_[at_] == '<' && terminator != '<') return fail("'<' in an attribute");
    if (xml_[at_] == '&') return reference();
    ++at_;
  }

  void text() {
    if (open_.empty() && !std::isspace(static_cast<unsigned char>(xml_[at_])))
      return fail("text outside the root");
    while (at_ < xml_.size() && xml_[at_] != '<' && error_.empty()) character('<');
  }

  void attribute(std::set<std::string>& seen) {
    const std::string attribute_name = name();
    if (!seen.insert(attribute_name).second) return fail("repeated attribute " + attribute_name);
    if (at_ >= xml_.size() || xml_[at_] != '=') return fail("expected '='");
    ++at_;
    if (at_ >= xml_.size() || (xml_[at_] != '"' && xml_[at_] != '\''))
      return fail("expected a quote");
    const char quote = xml_[at_++];
    while (at_ < xml_.size() && xml_[at_] != quote && error_.empty()) character(quote);
    if (at_ >= xml_.size()) return fail("unterminated attribute");
    ++at_;
  }

  void tag() {
    ++at_;
    const bool closing = at_ < xml_.size() && xml_[at_] == '/';
    if (closing) ++at_;
    const std::string tag_name = name();
    std::set<std::string> seen;
    while (error_.empty()) {
      const std::size_t before = at_;
      skip_spaces();
      if (at_ >= xml_.size()) return fail("unterminated tag");
      if (xml_[at_] == '>' || xml_.compare(at_, 2, "/>") == 0) break;
      if (closing || at_ == before) return fail("expected space, '>' or '/>'");
      attribute(seen);
    }
    if (!error_.empty()) return;
    const bool empty_element = xml_[at_] == '/';
    at_ += empty_element ? 2 : 1;
    if (closing) {
      if (open_.empty() || open_.back() != tag_name) return fail("unexpected </" + tag_name + ">");
      open_.pop_back();
    } else if (!empty_element) {
      open_.push_back(tag_name);
    }
  }

  std::string_view xml_;
  std::size_t at_ = 0;
  std::vector<std::string> open_;
  std::string error_;
};

std::string xml_problem(std::string_view xml) { return XmlChecker(xml).problem(); }

TEST_CASE("XmlChecker: accepts well-formed XML and rejects the usual mistakes") {
  CHECK(xml_problem("<?xml version=\"1.0\"?>\n<a x=\"1\" y='&amp;&#10;'><b/>t&lt;</a>\n") == "");
  CHECK(xml_problem("<a><b></a></b>") != "");
  CHECK(xml_problem("<a x=\"1\" x=\"2\"/>") != "");
  CHECK(xml_problem("<a>&</a>") != "");
  CHECK(xml_problem("<a x=\"<\"/>") != "");
  CHECK(xml_problem("<a>\x01</a>") != "");
  CHECK(xml_problem("<a/><b/>") != "");
  CHECK(xml_problem("<a>") != "");
  CHECK(xml_problem("<a x=\"1\"y=\"2\"/>") != "");
}

// ---- golden files ---------------------------------------------------------------------------

void check_golden(ReportFormat format, const std::string& golden, bool color = false) {
  const std::string actual = report(format, color);
  CHECK_MESSAGE(pm::test::compare_with_golden(actual, "tests/golden/report/" + golden) == "",
                golden);
}

TEST_CASE("report: every format matches its golden file") {
  check_golden(ReportFormat::text, "text.txt");
  check_golden(ReportFormat::text, "text-color.txt", true);
  check_golden(ReportFormat::json, "json.json");
  check_golden(ReportFormat::sarif, "sarif.sarif");
  check_golden(ReportFormat::github, "github.txt");
  check_golden(ReportFormat::rdjsonl, "rdjsonl.jsonl");
  check_golden(ReportFormat::junit, "junit.xml");
  check_golden(ReportFormat::checkstyle, "checkstyle.xml");
  check_golden(ReportFormat::codequality, "codequality.json");
}

TEST_CASE("report: the output is the same every time") {
  for (const std::string_view name : report_format_names()) {
    const ReportFormat format = *parse_report_format(name);
    CHECK_MESSAGE(report(format) == report(format), name);
  }
}

TEST_CASE("report: an unreadable file is an error PM000 at line 1 in every format") {
  for (const std::string_view name : report_format_names()) {
    const std::string output = report(*parse_report_format(name));
    // Code Quality names the check, not its ID.
    const std::string_view rule = name == "codequality" ? "unreadable-file" : "PM000";
    CHECK_MESSAGE(output.find(rule) != std::string::npos, name);
    CHECK_MESSAGE(output.find("incidents/missing.md") != std::string::npos, name);
  }
  CHECK(report(ReportFormat::text)
            .find("incidents/missing.md:1:1: error: cannot open file: No such file or directory "
                  "[PM000 unreadable-file]\n") != std::string::npos);
}

// ---- json and rdjsonl -----------------------------------------------------------------------

TEST_CASE("json: parses back with every diagnostic and the right totals") {
  const json parsed = json::parse(report(ReportFormat::json));
  CHECK(parsed["summary"] == json{{"files", 4}, {"errors", 2}, {"warnings", 2}, {"infos", 1}});
  const json& diagnostics = parsed["diagnostics"];
  REQUIRE(diagnostics.size() == 5);
  CHECK(diagnostics[0]["column"] == 8);  // byte columns
  CHECK(diagnostics[1]["fixable"] == true);
  CHECK(diagnostics[3]["message"] ==
        "action item has no owner: \"Fix 100% of <cache> & 'retry', now\"\n"
        "expected \"(owner: @name)\"");
  CHECK(diagnostics[4]["rule"] == "PM000");
  CHECK(diagnostics[4]["severity"] == "error");
}

TEST_CASE("rdjsonl: one JSON object per line, with suggestions for the fixable diagnostic") {
  const auto lines = lines_of(report(ReportFormat::rdjsonl));
  REQUIRE(lines.size() == 5);
  for (const std::string& line : lines) {
    REQUIRE_NOTHROW(json::parse(line));
    CHECK(json::parse(line)["source"]["name"] == "postmortem");
  }
  const json fixable = json::parse(lines[1]);
  CHECK(fixable["severity"] == "WARNING");
  CHECK(fixable["suggestions"][0]["text"] == "- 09:58 alerts fired\n\t- 10:05 paged on-call");
  CHECK(fixable["suggestions"][0]["range"]["end"] == json{{"line", 5}, {"column", 21}});
  CHECK_FALSE(json::parse(lines[0]).contains("suggestions"));
  CHECK(json::parse(lines[3])["severity"] == "INFO");
}

// ---- XML formats ----------------------------------------------------------------------------

TEST_CASE("junit: well-formed, one test case per file, failed by errors and warnings") {
  const std::string xml = report(ReportFormat::junit);
  CHECK(xml_problem(xml) == "");
  CHECK(xml.find("<testsuites name=\"postmortem\" tests=\"4\" failures=\"3\">") !=
        std::string::npos);
  CHECK(xml.find("<testcase classname=\"postmortem\" name=\"incidents/clean.md\"/>") !=
        std::string::npos);
  CHECK(xml.find("&lt;cache&gt; &amp; &apos;retry&apos;") != std::string::npos);
}

TEST_CASE("checkstyle: well-formed, with every diagnostic under its file") {
  const std::string xml = report(ReportFormat::checkstyle);
  CHECK(xml_problem(xml) == "");
  CHECK(xml.find("source=\"postmortem.PM000\"") != std::string::npos);
  CHECK(xml.find("message=\"action item has no owner: &quot;Fix 100% of &lt;cache&gt; &amp; "
                 "&apos;retry&apos;, now&quot;&#10;expected &quot;(owner: @name)&quot;\"") !=
        std::string::npos);
}

// ---- SARIF ----------------------------------------------------------------------------------

TEST_CASE("sarif: valid against the SARIF 2.1.0 schema") {
  if (!pm::test::shared_directory_available("SARIF schema validation")) return;
  const json sarif = json::parse(report(ReportFormat::sarif));
  const auto errors =
      pm::test::schema_errors(sarif, pm::test::shared_path("vendor-data/sarif-schema-2.1.0.json"));
  for (const std::string& error : errors) INFO(error);
  CHECK(errors.empty());
}

TEST_CASE("sarif: rules, rule indexes, UTF-16 columns and fingerprints") {
  const json run = json::parse(report(ReportFormat::sarif))["runs"][0];
  CHECK(run["columnKind"] == "utf16CodeUnits");
  const json& rules = run["tool"]["driver"]["rules"];
  REQUIRE(rules.size() == 4);  // the three given, and PM000 for the unreadable file
  CHECK(rules[3]["id"] == "PM000");
  CHECK(rules[3]["name"] == "unreadable-file");
  CHECK(rules[3]["defaultConfiguration"]["level"] == "error");
  CHECK(rules[2]["defaultConfiguration"]["level"] == "note");
  // The example holds a ``` fence, so the help's own fence is longer.
  CHECK(rules[2]["help"]["markdown"].get<std::string>().find("````markdown\n") !=
        std::string::npos);

  const json& results = run["results"];
  REQUIRE(results.size() == 5);
  std::set<std::string> fingerprints;
  for (const json& result : results) {
    CHECK(rules[result["ruleIndex"].get<std::size_t>()]["id"] == result["ruleId"]);
    fingerprints.insert(
        result["partialFingerprints"]["primaryLocationLineHash"].get<std::string>());
  }
  CHECK(fingerprints.size() == results.size());
  // "# 🔥 Database": byte column 8 is UTF-16 column 6, the emoji being a surrogate pair.
  const json& title = results[0]["locations"][0]["physicalLocation"];
  CHECK(title["region"] ==
        json{{"startLine", 1}, {"startColumn", 6}, {"endLine", 1}, {"endColumn", 14}});
  CHECK(results[3]["level"] == "note");
  CHECK(results[2]["locations"][0]["physicalLocation"]["artifactLocation"] ==
        json{{"uri", "incidents/cache%2C%20eu%3Awest.md"}, {"uriBaseId", "%SRCROOT%"}});
}

// ---- github ---------------------------------------------------------------------------------

TEST_CASE("github: errors first, escaped data and properties, then the summary") {
  const auto lines = lines_of(report(ReportFormat::github));
  REQUIRE(lines.size() == 6);
  CHECK(lines[0] ==
        "::error file=incidents/2026-01-12-db.md,line=1,col=8,endLine=1,endColumn=16,"
        "title=PM001 title-date::expected a date in the title; found \"Database outage\"");
  CHECK(lines[1] ==
        "::error file=incidents/missing.md,line=1,col=1,endLine=1,endColumn=1,"
        "title=PM000 unreadable-file::cannot open file: No such file or directory");
  CHECK(lines[2].starts_with("::warning file=incidents/2026-01-12-db.md,line=4,col=4,"));
  // Over two lines: GitHub takes no columns.
  CHECK(
      lines[3] ==
      "::warning file=incidents/cache%2C eu%3Awest.md,line=1,endLine=2,title=PM002 timeline-order::"
      "expected a \"Timeline\" section between the title and \"Action items\"; not found");
  CHECK(
      lines[4] ==
      "::notice file=incidents/cache%2C eu%3Awest.md,line=3,col=7,endLine=3,endColumn=" +
          std::to_string(action_line_end) +
          ",title=PM003 action-owner::action item has no owner: \"Fix 100%25 of <cache> & 'retry', "
          "now\"%0Aexpected \"(owner: @name)\"");
  CHECK(lines[5] == "4 files checked: 2 errors, 2 warnings, 1 info");
}

// ---- text -----------------------------------------------------------------------------------

TEST_CASE("text: carets line up under emoji and tabs") {
  const auto lines = lines_of(report(ReportFormat::text));
  CHECK(lines[1] == "# \xF0\x9F\x94\xA5 Database outage");
  CHECK(lines[2] == "     ^~~~~~~~");  // "# ", a two-cell emoji and a space
  CHECK(lines[4] == "\t- 10:05 paged on-call");
  CHECK(lines[5] == "\t  ^~~~~");
  CHECK(lines[6] == "  note: entries without a date are compared by time of day");
  CHECK(lines.back() == "4 files checked: 2 errors, 2 warnings, 1 info");
}

TEST_CASE("text: colour only when asked for") {
  const std::string plain = report(ReportFormat::text, false);
  const std::string colored = report(ReportFormat::text, true);
  CHECK(plain.find('\x1b') == std::string::npos);
  CHECK(colored.find("\x1b[1mincidents/2026-01-12-db.md:1:8:\x1b[0m \x1b[1;31merror:\x1b[0m "
                     "expected a date in the title; found \"Database outage\" "
                     "\x1b[2m[PM001 title-date]\x1b[0m\n") != std::string::npos);
  CHECK(colored.find("\x1b[1;33mwarning:\x1b[0m") != std::string::npos);
  CHECK(colored.find("\x1b[1;36minfo:\x1b[0m") != std::string::npos);
}

}  // namespace
}  // namespace pm
