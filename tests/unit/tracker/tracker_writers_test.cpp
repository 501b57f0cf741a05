// Each format of the tracker given items whose text would break it if written carelessly.

#include "tracker/tracker_writers.h"

#include <doctest/doctest.h>

#include <nlohmann/json.hpp>

#include "support/csv_reader.h"
#include "support/schema_check.h"
#include "tracker/tracker.h"
#include "tracker_test_items.h"

namespace pm {
namespace {

using test::make_item;

const char* kAwkwardTitle =
    "Fix <script>alert(\"x\")</script> | *bold* _x_ [link](y), a;b\\c & 'q'";

TrackerReport awkward_report(StatusFilter status = StatusFilter::all) {
  TrackedItem awkward = make_item({.file = "dir with space/a (1).md",
                                   .line = 4,
                                   .title = kAwkwardTitle,
                                   .owner = "Ana \"AR\" Ruiz, @bo",
                                   .deadline = CivilDate{2026, 6, 1}});
  awkward.tickets = {"OPS-1", "https://tracker.example.com/browse/OPS-1?a=1&b=2"};
  awkward.incident_title = "Outage, \"big\" one\nwith a line break";
  TrackedItem plain = make_item({.file = "b.md",
                                 .line = 2,
                                 .title = "Rotate lock_timeout keys",
                                 .owner = "-",
                                 .deadline = std::nullopt,
                                 .status = ActionStatus::done});
  TrackerOptions options;
  options.today = CivilDate{2026, 7, 1};
  options.filter.status = status;
  return build_tracker({awkward, plain}, 2, options);
}

TEST_CASE("Markdown cells escape what would start markup or end the cell") {
  const std::string markdown = render_actions_markdown(awkward_report());
  CHECK(markdown.find("Fix \\<script\\>alert(\"x\")\\</script\\> \\| \\*bold\\* \\_x\\_ "
                      "\\[link\\](y), a;b\\\\c") != std::string::npos);
  CHECK(markdown.find("lock_timeout") != std::string::npos);  // inside a word, not emphasis
  CHECK(markdown.find("Outage, \"big\" one with a line break") != std::string::npos);
  CHECK(markdown.find("(dir%20with%20space/a%20%281%29.md)") != std::string::npos);
  CHECK(markdown.find("<https://tracker.example.com/browse/OPS-1?a=1&b=2>") != std::string::npos);
  // Every table row has the same number of unescaped pipes as the header.
  for (std::size_t at = markdown.find("\n| Incident"); at != std::string::npos;) {
    const std::size_t end = markdown.find('\n', at + 1);
    const std::string row = markdown.substr(at + 1, end - at - 1);
    if (row.empty() || row[0] != '|') break;
    int pipes = 0;
    for (std::size_t i = 0; i < row.size(); ++i)
      pipes += row[i] == '|' && (i == 0 || row[i - 1] != '\\');
    CHECK_MESSAGE(pipes == 12, row);
    at = end;
  }
}

TEST_CASE("Markdown links start from the folder the tracker is written to") {
  const std::string markdown = render_actions_markdown(awkward_report(), "docs");
  CHECK(markdown.find("](../b.md)") != std::string::npos);
}

TEST_CASE("HTML escapes every text and fetches nothing") {
  const auto html = render_actions_html(awkward_report());
  REQUIRE(std::holds_alternative<std::string>(html));
  const std::string& page = std::get<std::string>(html);
  CHECK(page.find("<script") == std::string::npos);
  CHECK(page.find("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;") != std::string::npos);
  CHECK(page.find("Ana &quot;AR&quot; Ruiz") != std::string::npos);
  CHECK(page.find("href=\"https://tracker.example.com/browse/OPS-1?a=1&amp;b=2\"") !=
        std::string::npos);
  CHECK(page.find("<html lang=\"en\">") != std::string::npos);
  CHECK(page.find("<h1>") == page.rfind("<h1>"));  // one h1
  CHECK(page.find("src=") == std::string::npos);
  CHECK(page.find("<link") == std::string::npos);
  CHECK(page.find("@import") == std::string::npos);
  CHECK(page.find("<tr class=\"overdue\">") != std::string::npos);
  CHECK(page.find("<svg") != std::string::npos);
}

TEST_CASE("CSV quotes what needs it and reads back field for field") {
  const std::string csv = render_actions_csv(awkward_report());
  const auto parsed = test::read_csv(csv);
  REQUIRE_MESSAGE(std::holds_alternative<test::CsvRecords>(parsed),
                  std::get<test::CsvError>(parsed).message);
  const auto& records = std::get<test::CsvRecords>(parsed);
  REQUIRE(records.size() == 3);
  const auto& header = records[0];
  const auto column = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(header.begin(), header.end(), name) - header.begin());
  };
  for (const auto& record : records) CHECK(record.size() == header.size());
  const auto& awkward = records[1];
  CHECK(awkward[column("title")] == kAwkwardTitle);
  CHECK(awkward[column("owner")] == "Ana \"AR\" Ruiz, @bo");
  CHECK(awkward[column("incident")] == "Outage, \"big\" one\nwith a line break");
  CHECK(awkward[column("source")] == "dir with space/a (1).md:4");
  CHECK(awkward[column("days_overdue")] == "30");
  CHECK(awkward[column("overdue")] == "yes");
  CHECK(records[2][column("status")] == "done");
  CHECK(records[2][column("deadline")].empty());
}

TEST_CASE("JSON keeps every value as it is and passes its schema") {
  const auto json = nlohmann::json::parse(render_actions_json(awkward_report()));
  const auto problems =
      test::schema_errors(json, test::project_path("schemas/actions.schema.json"));
  CHECK_MESSAGE(problems.empty(), (problems.empty() ? "" : problems.front()));
  CHECK(json.at("items").at(0).at("title") == kAwkwardTitle);
  CHECK(json.at("items").at(0).at("owners") == nlohmann::json::array({"Ana \"AR\" Ruiz", "@bo"}));
  CHECK(json.at("items").at(1).at("days_overdue").is_null());
}

TEST_CASE("iCalendar escapes commas, semicolons and backslashes in text") {
  const std::string ics = render_actions_ics(awkward_report(StatusFilter::open));
  std::string unfolded;
  for (std::size_t at = 0; at < ics.size();) {
    const std::size_t end = ics.find("\r\n", at);
    REQUIRE(end != std::string::npos);
    const std::string line = ics.substr(at, end - at);
    CHECK(line.size() <= 75);
    unfolded += line[0] == ' ' ? line.substr(1) : "\n" + line;
    at = end + 2;
  }
  CHECK(
      unfolded.find(
          "\nSUMMARY:Fix <script>alert(\"x\")</script> | *bold* _x_ [link](y)\\, a\\;b\\\\c & 'q' "
          "(Ana \"AR\" Ruiz\\, @bo)\n") != std::string::npos);
  CHECK(unfolded.find("Incident: Outage\\, \"big\" one\\nwith a line break") != std::string::npos);
  CHECK(unfolded.find("\nDUE;VALUE=DATE:20260601\n") != std::string::npos);
  CHECK(unfolded.find("\nDTSTAMP:20260701T000000Z\n") != std::string::npos);
  CHECK(unfolded.find("\nURL:https://tracker.example.com/browse/OPS-1?a=1&b=2\n") !=
        std::string::npos);
  CHECK(unfolded.find("BEGIN:VTODO") ==
        unfolded.rfind("BEGIN:VTODO"));  // the done item is not listed
}

}  // namespace
}  // namespace pm
