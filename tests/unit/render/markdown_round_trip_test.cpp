// The canonical Markdown of every sample says what the sample says: parsing it gives the same
// incident, and rendering it again changes nothing.

#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <memory>
#include <variant>

#include "model/incident_json.h"
#include "model/parse_document.h"
#include "render/markdown_writer.h"
#include "support/golden.h"
#include "support/run_command.h"
#include "support/schema_check.h"
#include "support/shared_corpus.h"
#include "template/template_reader.h"

namespace pm {
namespace {

using Json = nlohmann::ordered_json;

std::unique_ptr<ParsedDocument> parse(std::string_view markdown, std::string file) {
  ParseResult result = parse_document(markdown, std::move(file));
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  return std::move(std::get<std::unique_ptr<ParsedDocument>>(result));
}

const TemplateSpec& spec() {
  static const TemplateSpec kSpec = std::get<TemplateSpec>(default_template());
  return kSpec;
}

// Line numbers move, by design: fields gather under the title and sections take the template's
// order.
void drop_lines(Json& json) {
  if (json.is_array()) {
    for (Json& element : json) drop_lines(element);
    return;
  }
  if (!json.is_object()) return;
  std::vector<std::string> line_keys;
  for (auto& [key, value] : json.items()) {
    if (key == "line" || key.ends_with("_line")) {
      line_keys.push_back(key);
    } else {
      drop_lines(value);
    }
  }
  for (const std::string& key : line_keys) json.erase(key);
}

// The incident's sections as a sorted list: known ones by key (their titles are the template's
// now), the others by title. The sections around a nested incident are not part of it.
void collect_sections(const Json& sections, std::vector<std::string>& out) {
  for (const Json& section : sections) {
    const std::string key = section["key"];
    out.push_back(key.empty() ? "title: " + section["title"].get<std::string>() : "key: " + key);
    collect_sections(section["sections"], out);
  }
}

const Json* find_section(const Json& sections, const std::string& title) {
  for (const Json& section : sections) {
    if (section["title"] == title) return &section;
    if (const Json* inner = find_section(section["sections"], title)) return inner;
  }
  return nullptr;
}

// A nested incident is its heading's subtree. Otherwise the incident is the whole document but
// its title: the canonical form puts the other top headings under the title, one level down.
std::vector<std::string> incident_sections(const Json& incident) {
  const Json* root = find_section(incident["sections"], incident["title"]);
  std::vector<std::string> out;
  if (root && (*root)["level"] != 1) {
    collect_sections((*root)["sections"], out);
  } else {
    collect_sections(incident["sections"], out);
    const auto title = std::find(out.begin(), out.end(), "title: " + incident["title"].get<std::string>());
    if (root && title != out.end()) out.erase(title);
  }
  std::sort(out.begin(), out.end());
  return out;
}

// The incident without what the canonical form changes on purpose: where things are (line
// numbers, the file), the spelling of values it puts in the template's words where the model holds
// their meaning, and the field list as written. Everything the model means must be the same.
Json comparable(const Incident& incident) {
  Json json = to_json(incident);
  json["sections"] = incident_sections(json);
  json.erase("file");
  json.erase("repairs");
  Json& metadata = json["metadata"];
  metadata.erase("fields");
  if (!metadata["date"].is_null()) metadata.erase("date_text");
  if (!metadata["severity"].is_null()) metadata.erase("severity_text");
  if (!metadata["duration_minutes"].is_null()) metadata.erase("duration_text");
  for (Json& item : json["action_items"]) {
    if (item["status"] != "unknown") item.erase("status_text");
    if (item["priority"] != item["priority_text"]) item.erase("priority_text");
  }
  drop_lines(json);
  return json;
}

// Checks both promises of the canonical form for the document at `path`: it parses to the same
// incident, and rendering it again changes nothing.
void check_round_trip(const std::string& path, const std::string& name) {
  CAPTURE(name);
  const auto original = parse(test::read_text(path), name);
  const std::string canonical = render_markdown(*original, spec());
  const auto again = parse(canonical, name);
  const Json want = comparable(original->incident);
  const Json got = comparable(again->incident);
  for (const auto& [key, value] : want.items()) {
    CAPTURE(key);
    CHECK(got[key].dump(1) == value.dump(1));
  }
  CHECK(render_markdown(*again, spec()) == canonical);
}

TEST_CASE("the canonical Markdown of every sample parses to its incident and renders to itself") {
  const auto samples = test::sample_files();
  REQUIRE(samples.size() >= 5);
  for (const auto& sample : samples) check_round_trip(test::project_path(sample), sample);
}

TEST_CASE("the canonical Markdown round trip holds for the fix cases and the hostile document") {
  for (const auto& entry : std::filesystem::directory_iterator(test::project_path("tests/fix"))) {
    if (!entry.is_directory()) continue;
    check_round_trip(entry.path().string() + "/before.md", entry.path().filename().string());
  }
  check_round_trip(test::project_path("tests/render/hostile.md"), "hostile.md");
}

TEST_CASE("the canonical Markdown round trip holds for the shared corpus") {
  if (!test::shared_directory_available("the canonical Markdown round trip of the corpus")) return;
  for (const char* folder : {"corpus", "seeds"}) {
    for (const auto& entry : std::filesystem::directory_iterator(test::shared_path(folder))) {
      const std::string name = entry.path().filename().string();
      if (name == "SOURCES.md" || !entry.is_regular_file()) continue;
      check_round_trip(entry.path().string(), std::string(folder) + "/" + name);
    }
  }
}

TEST_CASE("the canonical form keeps the document's own notes, text and tables") {
  const std::string sample = "samples/2026-06-02-draft-queue-backlog.md";
  const std::string canonical =
      render_markdown(*parse(test::read_text(test::project_path(sample)), sample), spec());
  CHECK(canonical.find("*Draft — still collecting graphs") != std::string::npos);
  CHECK(canonical.find("| 13:09 PM   | Label-renderer workers scaled from 12 to 30") !=
        std::string::npos);
  CHECK(canonical.find("**Duration**: [XX hours YY minutes]") != std::string::npos);
}

}  // namespace
}  // namespace pm
