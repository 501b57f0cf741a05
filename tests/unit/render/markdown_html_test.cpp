// The document's Markdown as safe HTML: what survives of links, images and raw HTML.

#include "render/markdown_html.h"

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <variant>

#include "model/parse_document.h"

namespace pm {
namespace {

std::unique_ptr<ParsedDocument> parse(std::string_view markdown) {
  ParseResult result = parse_document(markdown, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  return std::move(std::get<std::unique_ptr<ParsedDocument>>(result));
}

// The HTML of every block of the document's first section, one after another.
std::string section_html(std::string_view markdown) {
  const auto document = parse(markdown);
  const MarkdownHtml html(*document);
  std::string out;
  for (Node block : html.tree()[1].blocks) out += MarkdownHtml::block_html(block);
  return out;
}

TEST_CASE("safe links stay; script, data and file links keep their text and lose their target") {
  const std::string html = section_html(
      "# T\n\n[ok](https://example.com/a) [bad](javascript:alert(1)) [vb](vbscript:x) "
      "[d](data:text/html,x) "
      "[f](file:///etc/passwd) [rel](docs/x.md) <javascript:alert(2)>\n");
  CHECK(html.find(R"(<a href="https://example.com/a">ok</a>)") != std::string::npos);
  CHECK(html.find(R"(<a href="docs/x.md">rel</a>)") != std::string::npos);
  int links = 0;
  for (auto at = html.find("<a href="); at != std::string::npos; at = html.find("<a href=", at + 1))
    ++links;
  CHECK(links == 2);  // no other link is left
  CHECK(html.find("\"javascript:") == std::string::npos);
  CHECK(html.find(" bad vb d f ") != std::string::npos);
  CHECK(html.find("javascript:alert(2)</p>") !=
        std::string::npos);  // an autolink's text is its address
}

TEST_CASE("reference links are judged by their target too") {
  const std::string html =
      section_html("# T\n\nSee [the runbook][r].\n\n[r]: javascript:alert(1)\n");
  CHECK(html == "<p>See the runbook.</p>\n");
}

TEST_CASE("images are never fetched: remote ones become links, raster data: images stay inline") {
  const std::string html = section_html(
      "# T\n\n![graph](https://grafana.example.com/g.png) ![bad](javascript:x) "
      "![dot](data:image/png;base64,iVBORw0KGgo=) "
      "[![inner](https://x.example/i.png)](https://example.com)\n");
  CHECK(html.find(R"(<a href="https://grafana.example.com/g.png">graph</a>)") != std::string::npos);
  CHECK(html.find(R"(<img src="data:image/png;base64,iVBORw0KGgo=" alt="dot" />)") !=
        std::string::npos);
  CHECK(html.find(R"(<a href="https://example.com">inner</a>)") != std::string::npos);
  CHECK(html.find("i.png") == std::string::npos);
  CHECK(html.find("javascript") == std::string::npos);
  CHECK(html.find("<img src=\"http") == std::string::npos);
}

TEST_CASE("raw HTML is left out, code keeps it as text") {
  const std::string html = section_html(
      "# T\n\n<script>alert(1)</script>\n\nText <b onclick=\"x()\">bold</b>.\n\n    <iframe "
      "src=x>\n");
  CHECK(html.find("<script") == std::string::npos);
  CHECK(html.find("onclick") == std::string::npos);
  CHECK(html.find("<b") == std::string::npos);
  CHECK(html.find("<pre><code>&lt;iframe src=x&gt;\n</code></pre>") != std::string::npos);
}

TEST_CASE("tables align with styles, task lists keep their boxes, nested headings stay below h2") {
  const std::string html =
      section_html("# T\n\n| a | b |\n|:--|--:|\n| 1 | 2 |\n\n- [x] done\n\n> # Quoted title\n");
  CHECK(html.find("align=") == std::string::npos);
  CHECK(html.find(R"(<th style="text-align: left">a</th>)") != std::string::npos);
  CHECK(html.find(R"(type="checkbox" checked="" disabled="")") != std::string::npos);
  CHECK(html.find("<h3>Quoted title</h3>") != std::string::npos);
  CHECK(html.find("<h1>") == std::string::npos);
}

TEST_CASE("the copy's tree has the document's sections, index for index") {
  const auto document = parse("# T\n\n## A\n\ntext\n\n### B\n\n## C\n");
  const MarkdownHtml html(*document);
  REQUIRE(html.tree().size() == document->tree->size());
  for (int index = 0; index < html.tree().size(); ++index) {
    CHECK(html.tree()[index].title == (*document->tree)[index].title);
    CHECK(html.tree()[index].line == (*document->tree)[index].line);
  }
}

}  // namespace
}  // namespace pm
