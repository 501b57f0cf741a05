// The HTML report as a whole: its guarantees for readers and its safety with hostile documents.

#include "render/html_report.h"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <memory>
#include <variant>

#include "model/parse_document.h"
#include "render/safe_url.h"
#include "support/run_command.h"
#include "support/schema_check.h"

namespace pm {
namespace {

std::unique_ptr<ParsedDocument> parse(std::string_view markdown) {
  ParseResult result = parse_document(markdown, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  return std::move(std::get<std::unique_ptr<ParsedDocument>>(result));
}

std::string report(std::string_view markdown, RenderOptions options = {}) {
  if (options.today.year == 0) options.today = CivilDate{2026, 7, 1};
  HtmlReport html = render_html_report(*parse(markdown), options);
  REQUIRE(std::holds_alternative<std::string>(html));
  return std::get<std::string>(html);
}

std::size_t count(const std::string& text, std::string_view part) {
  std::size_t found = 0;
  for (auto at = text.find(part); at != std::string::npos; at = text.find(part, at + 1)) ++found;
  return found;
}

std::string lowercase(std::string text) {
  std::transform(text.begin(), text.end(), text.begin(),
                 [](unsigned char c) { return std::tolower(c); });
  return text;
}

// A start tag as an HTML tokenizer reads it: its name and attributes, values unescaped of quotes.
struct Tag {
  std::string name;
  std::vector<std::pair<std::string, std::string>> attributes;
};

// Reads the start tags of a page, skipping comments, end tags and the text of raw-text elements.
std::vector<Tag> start_tags(const std::string& html) {
  std::vector<Tag> tags;
  std::size_t at = 0;
  auto is_name_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == ':';
  };
  while ((at = html.find('<', at)) != std::string::npos) {
    if (html.compare(at, 4, "<!--") == 0) {
      at = html.find("-->", at);
      continue;
    }
    if (at + 1 >= html.size() || !std::isalpha(static_cast<unsigned char>(html[at + 1]))) {
      ++at;
      continue;
    }
    Tag tag;
    std::size_t pos = at + 1;
    while (pos < html.size() && is_name_char(html[pos]))
      tag.name += static_cast<char>(std::tolower(html[pos++]));
    while (pos < html.size() && html[pos] != '>') {
      while (pos < html.size() &&
             (std::isspace(static_cast<unsigned char>(html[pos])) || html[pos] == '/'))
        ++pos;
      std::string name;
      while (pos < html.size() && !std::isspace(static_cast<unsigned char>(html[pos])) &&
             html[pos] != '=' && html[pos] != '>' && html[pos] != '/') {
        name += static_cast<char>(std::tolower(html[pos++]));
      }
      std::string value;
      if (pos < html.size() && html[pos] == '=') {
        ++pos;
        const char quote = html[pos];
        if (quote == '"' || quote == '\'') {
          const std::size_t end = html.find(quote, pos + 1);
          value = html.substr(pos + 1, end - pos - 1);
          pos = end + 1;
        } else {
          while (pos < html.size() && !std::isspace(static_cast<unsigned char>(html[pos])) &&
                 html[pos] != '>')
            value += html[pos++];
        }
      }
      if (!name.empty()) tag.attributes.emplace_back(name, value);
    }
    tags.push_back(tag);
    if (tag.name == "style" || tag.name == "title")
      at = html.find("</" + tag.name, pos);
    else
      at = pos;
  }
  return tags;
}

const std::vector<std::string> kReportElements{
    "html",   "head",       "meta",    "title", "style", "body",       "div",    "header",
    "main",   "footer",     "section", "h1",    "h2",    "h3",         "h4",     "h5",
    "h6",     "p",          "span",    "dl",    "dt",    "dd",         "ol",     "ul",
    "li",     "table",      "caption", "thead", "tbody", "tr",         "th",     "td",
    "figure", "figcaption", "svg",     "g",     "line",  "rect",       "circle", "text",
    "desc",   "strong",     "em",      "code",  "pre",   "blockquote", "a",      "br",
    "hr",     "input",      "del",     "img"};

// Every way the hostile document tries to run code or load something, checked on the page's tags.
void check_nothing_active(const std::string& html) {
  int styles = 0, security_policies = 0;
  for (const Tag& tag : start_tags(html)) {
    CAPTURE(tag.name);
    CHECK(std::find(kReportElements.begin(), kReportElements.end(), tag.name) !=
          kReportElements.end());
    styles += tag.name == "style" ? 1 : 0;
    for (const auto& [name, value] : tag.attributes) {
      CAPTURE(name);
      CAPTURE(value);
      CHECK_FALSE(name.starts_with("on"));
      CHECK(name != "srcdoc");
      CHECK(name != "formaction");
      if (name == "href") CHECK(is_safe_link_url(value));
      if (name == "src") CHECK(is_inline_image_url(value));
      if (name == "style") CHECK(value.starts_with("text-align: "));
      if (name == "http-equiv") {
        CHECK(value == "Content-Security-Policy");
        ++security_policies;
      }
    }
  }
  CHECK(styles == 1);
  CHECK(security_policies == 1);
  const std::string lower = lowercase(html);
  CHECK(count(lower, "<script") == 0);
  CHECK(count(lower, "<iframe") == 0);
  CHECK(count(lower, "<object") == 0);
  CHECK(count(lower, "<svg") == count(html, "<svg class=\"timeline-chart\" viewBox="));  // ours
}

TEST_CASE("a hostile document renders with nothing that could run, load or restyle the page") {
  const std::string hostile = test::read_text(test::project_path("tests/render/hostile.md"));
  const std::string html = report(hostile);
  check_nothing_active(html);
  // The hostile text is still there for a reader, as text.
  CHECK(html.find("<td>&lt;script&gt;alert(&apos;code&apos;)&lt;/script&gt;</td>") !=
        std::string::npos);
  CHECK(html.find("<a href=\"https://example.com/ok\">a safe link</a>") != std::string::npos);
  CHECK(html.find("a bad link") != std::string::npos);
  CHECK(html.find("tracker.example.net/pixel.png\">tracking pixel</a>") != std::string::npos);
}

TEST_CASE(
    "the page forbids scripts with a Content-Security-Policy, before anything else can load") {
  const std::string html = report("# Outage\n\n## Summary\n\nBroke.\n");
  const auto policy = html.find(
      R"(<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none';)");
  REQUIRE(policy != std::string::npos);
  CHECK(policy < html.find("<title>"));
  CHECK(policy < html.find("<style>"));
  CHECK(html.find("<script") == std::string::npos);
}

TEST_CASE("the page is one document with a language, one h1, and headed tables") {
  const std::string html = report(
      test::read_text(test::project_path("samples/2026-03-14-ledgerline-authorization-outage.md")));
  CHECK(html.starts_with("<!DOCTYPE html>\n<html lang=\"en\">"));
  CHECK(count(html, "<h1") == 1);
  CHECK(count(html, "<table") == count(html, "<thead>"));
  CHECK(count(html, "<th scope=\"col\"") >= 12);
  // Nothing that would make a request: no stylesheet, script or image from elsewhere.
  CHECK(html.find("<link") == std::string::npos);
  CHECK(html.find("src=\"http") == std::string::npos);
  CHECK(html.find("url(http") == std::string::npos);
  CHECK(html.find("@import") == std::string::npos);
}

TEST_CASE("the report shows the key figures, the chain of whys and the overdue action items") {
  const std::string html = report(
      test::read_text(test::project_path("samples/2026-03-14-ledgerline-authorization-outage.md")));
  CHECK(html.find("<dt>Time to detect</dt><dd><span class=\"figure-value\">3 minutes</span>") !=
        std::string::npos);
  CHECK(html.find("<dt>Time to resolve</dt><dd><span class=\"figure-value\">45 minutes</span>") !=
        std::string::npos);
  CHECK(count(html, "<li class=\"why\">") == 5);
  CHECK(html.find("<p class=\"root-cause-label\">Root cause</p><p>Index removals were approved") !=
        std::string::npos);
  CHECK(count(html, "<tr class=\"overdue\">") == 4);
  CHECK(html.find("4 items are overdue") != std::string::npos);
  // The blocks the views were read from are not shown a second time.
  CHECK(count(html, "Nightly settlement export starts on schedule") ==
        2);  // table row and chart title
  CHECK(html.find("| 23:40 |") == std::string::npos);
}

std::string sample_report(const std::string& name) {
  return report(test::read_text(test::project_path("samples/" + name + ".md")));
}

TEST_CASE("answers written under their question are part of the chain, not repeated after it") {
  const std::string html = sample_report("2026-04-22-tessellate-ci-runners-pending");
  CHECK(count(html, "No runner agent could connect to a dispatcher to claim work.") == 1);
  CHECK(count(html, "<li class=\"why\">") == 5);
  CHECK(html.find(">Five whys</h3>") == std::string::npos);  // nothing of it is left to show
  // Its moments are stated in the front matter: figures, not raw fields.
  CHECK(html.find("as stated in the header") != std::string::npos);
  CHECK(html.find("<dt>started</dt>") == std::string::npos);
}

TEST_CASE("a post-mortem nested in a status page is reported without the page around it") {
  const std::string html = sample_report("2026-04-16-platform-status-search-index-lag");
  CHECK(html.find("<h1 id=\"report-title\">Incident Report: Search index lag</h1>") !=
        std::string::npos);
  CHECK(html.find("Highlights") == std::string::npos);
  CHECK(html.find("Looking ahead") == std::string::npos);
  CHECK(html.find("<dt>Duration</dt><dd>3h 40m</dd>") != std::string::npos);
  CHECK(html.find("| Field | Value |") == std::string::npos);
  CHECK(html.find("<th>Field</th>") == std::string::npos);
}

TEST_CASE(
    "a draft shows its note, no placeholder, and a chain that says the root cause is missing") {
  const std::string html = sample_report("2026-06-02-draft-queue-backlog");
  CHECK(html.find("<div class=\"preamble\">\n<p><em>Draft — still collecting graphs") !=
        std::string::npos);
  CHECK(html.find("[XX hours YY minutes]</dd>") == std::string::npos);
  CHECK(html.find("<dt>Reviewers</dt>") == std::string::npos);
  CHECK(html.find("root-cause-missing") != std::string::npos);
  CHECK(html.find("<span class=\"problem\">") != std::string::npos);  // 13:09 PM
  CHECK(html.find("<span class=\"missing\">no deadline</span>") != std::string::npos);
}

TEST_CASE("a timeline that runs days past the incident gets a close-up of the incident") {
  const std::string long_timeline = sample_report("2026-03-03-reelcast-cdn-cache-key-change");
  CHECK(count(long_timeline, "<svg class=\"timeline-chart\"") == 2);
  CHECK(long_timeline.find("aria-labelledby=\"timeline-close-up-title timeline-close-up-desc\"") !=
        std::string::npos);
  const std::string short_timeline = sample_report("2026-03-14-ledgerline-authorization-outage");
  CHECK(count(short_timeline, "<svg class=\"timeline-chart\"") == 1);
}

TEST_CASE("documents with little in them still make a valid page") {
  for (const char* markdown :
       {"", "Just a line of text.\n", "# Only a title\n",
        "## Timeline\n\n- 10:00 something\n- 09:00 earlier, or the next day\n",
        "---\ntitle: From front matter\n---\n", "# T\n\n## Action Items\n\n- [ ] x\n"}) {
    const std::string text = markdown;
    CAPTURE(text);
    const std::string html = report(text);
    CHECK(count(html, "<h1") == 1);
    CHECK(html.find("</html>") != std::string::npos);
    check_nothing_active(html);
  }
}

TEST_CASE("a template of one's own is used; a broken one is an error, not a page") {
  RenderOptions options;
  options.today = CivilDate{2026, 7, 1};
  options.html_template = "<p>{{title}} ({{severity_label}})</p>";
  CHECK(report("# A <b>bold</b> outage\n\n**Severity**: P1\n", options) ==
        "<p>A bold outage (P1)</p>");
  options.html_template = "<p>{{#sections}}</p>";
  HtmlReport broken = render_html_report(*parse("# X\n"), options);
  REQUIRE(std::holds_alternative<HtmlTemplateError>(broken));
  CHECK(std::get<HtmlTemplateError>(broken).message.find("sections") != std::string::npos);
}

TEST_CASE("document text that looks like Mustache stays text") {
  const std::string html =
      report("# {{title}} {{{sections}}}\n\n## Summary\n\n{{#sections}}x{{/sections}}\n");
  CHECK(html.find("<h1 id=\"report-title\">{{title}} {{{sections}}}</h1>") != std::string::npos);
  CHECK(html.find("<p>{{#sections}}x{{/sections}}</p>") != std::string::npos);
}

}  // namespace
}  // namespace pm
