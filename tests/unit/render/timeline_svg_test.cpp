// The timeline chart: markers on a real time axis.

#include "render/timeline_svg.h"

#include <doctest/doctest.h>

#include <map>
#include <memory>
#include <regex>
#include <variant>

#include "model/parse_document.h"

namespace pm {
namespace {

std::unique_ptr<ParsedDocument> parse(std::string_view markdown) {
  ParseResult result = parse_document(markdown, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  return std::move(std::get<std::unique_ptr<ParsedDocument>>(result));
}

// The x of each entry's marker, by its number.
std::map<int, int> marker_positions(const std::string& svg) {
  std::map<int, int> positions;
  static const std::regex kMarker(
      R"re(<circle class="tl-dot" cx="(\d+)"[^>]*/><text class="tl-number" x="\d+" y="\d+">(\d+)</text>)re");
  for (auto it = std::sregex_iterator(svg.begin(), svg.end(), kMarker);
       it != std::sregex_iterator(); ++it) {
    positions[std::stoi((*it)[2])] = std::stoi((*it)[1]);
  }
  return positions;
}

TEST_CASE(
    "entries sit where their time puts them: a gap is a gap, and midnight is crossed in order") {
  const auto document = parse(R"md(# Outage

**Date**: 2026-03-14

## Timeline

| Time (UTC) | Event |
|------------|-------|
| 23:40 | Export starts |
| 23:50 | Alert fires |
| 00:10 | Export cancelled |
| 02:10 | Incident resolved |
)md");
  const TimelineChart chart = timeline_chart(document->incident);
  const auto x = marker_positions(chart.svg);
  REQUIRE(x.size() == 4);
  CHECK(x.at(1) < x.at(2));
  CHECK(x.at(2) < x.at(3));
  CHECK(x.at(3) < x.at(4));
  // 10, 20 and 120 minutes apart.
  const double unit = (x.at(2) - x.at(1)) / 10.0;
  CHECK((x.at(3) - x.at(2)) / unit == doctest::Approx(20).epsilon(0.1));
  CHECK((x.at(4) - x.at(3)) / unit == doctest::Approx(120).epsilon(0.05));
  CHECK(chart.frame == "times in UTC");
  CHECK(chart.impact_band);
  CHECK(chart.svg.find("Mar 15") != std::string::npos);
  CHECK(chart.svg.find(R"(role="img")") != std::string::npos);
}

TEST_CASE("entries a day apart are a day apart on the axis") {
  const auto document = parse(R"md(# Outage

## Timeline

- 2026-03-03 10:00 Change rolled out
- 2026-03-03 11:00 Alert fires
- 2026-03-04 11:00 Review meeting
)md");
  const auto x = marker_positions(timeline_chart(document->incident).svg);
  REQUIRE(x.size() == 3);
  CHECK((x.at(3) - x.at(2)) / double(x.at(2) - x.at(1)) == doctest::Approx(24).epsilon(0.05));
}

TEST_CASE("event text is escaped in the marker titles, and entries without a time are not drawn") {
  const auto document = parse(R"md(# Outage

**Date**: 2026-03-14

## Timeline

- 09:00 <b>alert</b> & "paged" <script>x</script>
- Later: someone wrote a note
- 09:30 resolved
)md");
  const std::string svg = timeline_chart(document->incident).svg;
  CHECK(svg.find("<script") == std::string::npos);
  CHECK(svg.find("&amp; &quot;paged&quot;") != std::string::npos);
  const auto x = marker_positions(svg);
  CHECK(x.size() == 2);
  CHECK(x.count(3) == 1);
}

TEST_CASE("a timeline without times draws nothing") {
  const auto document = parse("# Outage\n\n## Timeline\n\n- Something happened\n");
  CHECK(timeline_chart(document->incident).svg.empty());
}

}  // namespace
}  // namespace pm
