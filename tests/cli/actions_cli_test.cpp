#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>
#include <set>

#include "support/csv_reader.h"
#include "support/golden.h"
#include "support/run_command.h"
#include "support/schema_check.h"
#include "support/shared_corpus.h"

namespace pm {
namespace {

const char* kToday = "2026-07-01";

test::CommandResult actions(std::vector<std::string> arguments,
                            const std::string& directory = PM_SOURCE_DIR) {
  // Every run is judged against the same day, unless the case names its own.
  if (std::find(arguments.begin(), arguments.end(), "--today") == arguments.end()) {
    arguments.insert(arguments.begin(), {"--today", kToday});
  }
  arguments.insert(arguments.begin(), "actions");
  return test::run_postmortem(arguments, directory);
}

nlohmann::json actions_json(std::vector<std::string> arguments,
                            const std::string& directory = PM_SOURCE_DIR) {
  arguments.insert(arguments.end(), {"--format", "json"});
  const auto result = actions(arguments, directory);
  REQUIRE_MESSAGE(result.exit_code == 0, result.err);
  return nlohmann::json::parse(result.out);
}

std::vector<std::string> titles(const nlohmann::json& tracker) {
  std::vector<std::string> out;
  for (const auto& item : tracker.at("items")) out.push_back(item.at("title"));
  return out;
}

// A post-mortem with one action table, for the cases the samples do not cover.
std::string post_mortem(const std::string& title, const std::string& date,
                        const std::string& rows) {
  return "# " + title + "\n\n**Date:** " + date +
         "\n\n## Action Items\n\n"
         "| # | Action Item | Owner | Deadline | Priority | Status | Ticket |\n"
         "|---|-------------|-------|----------|----------|--------|--------|\n" +
         rows;
}

// The content lines of an iCalendar file, unfolded, after checking the folding itself.
std::vector<std::string> icalendar_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = text.find("\r\n", at);
    REQUIRE_MESSAGE(end != std::string::npos, "the file does not end with CRLF");
    const std::string line = text.substr(at, end - at);
    CHECK_MESSAGE(line.find('\n') == std::string::npos, ("a bare LF in: " + line));
    CHECK_MESSAGE(line.find('\r') == std::string::npos, ("a bare CR in: " + line));
    CHECK_MESSAGE(line.size() <= 75, ("longer than 75 octets: " + line));
    if (!line.empty() && line[0] == ' ') {
      REQUIRE(!lines.empty());
      lines.back() += line.substr(1);
    } else {
      lines.push_back(line);
    }
    at = end + 2;
  }
  return lines;
}

using Todo = std::map<std::string, std::string>;  // property (with parameters) -> value

std::vector<Todo> todos_of(const std::vector<std::string>& lines) {
  std::vector<Todo> todos;
  bool inside = false;
  for (const auto& line : lines) {
    if (line == "BEGIN:VTODO") {
      CHECK_FALSE(inside);
      inside = true;
      todos.emplace_back();
      continue;
    }
    if (line == "END:VTODO") {
      inside = false;
      continue;
    }
    if (!inside) continue;
    const std::size_t colon = line.find(':');
    REQUIRE(colon != std::string::npos);
    const std::string name = line.substr(0, colon);
    CHECK_MESSAGE(todos.back().count(name) == 0, ("repeated " + name));
    todos.back()[name] = line.substr(colon + 1);
  }
  return todos;
}

TEST_CASE("the tracker of the samples in every format matches its golden file") {
  for (const char* name : {"md", "html", "csv", "json", "ics"}) {
    const std::string format = name;
    CAPTURE(format);
    const auto result = actions({"samples", "--format", format});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    const std::string difference =
        test::compare_with_golden(result.out, "tests/golden/actions/samples." + format);
    CHECK_MESSAGE(difference.empty(), difference);
  }
}

TEST_CASE("the JSON tracker passes its schema and agrees with the Markdown summary") {
  const auto tracker = actions_json({"samples", "--status", "all"});
  const auto problems =
      test::schema_errors(tracker, test::project_path("schemas/actions.schema.json"));
  CHECK_MESSAGE(problems.empty(), (problems.empty() ? "" : problems.front()));
  const auto& summary = tracker.at("summary");
  CHECK(summary.at("incidents") == 8);
  CHECK(summary.at("items") == tracker.at("items").size());
  CHECK(summary.at("open").get<int>() + summary.at("done").get<int>() ==
        summary.at("items").get<int>());
  int overdue = 0;
  for (const auto& item : tracker.at("items")) overdue += item.at("overdue").get<bool>();
  CHECK(summary.at("overdue") == overdue);
  CHECK(overdue > 0);
}

TEST_CASE("the CSV reads back with an RFC 4180 parser, one record per JSON item") {
  const auto result = actions({"samples", "--status", "all", "--format", "csv"});
  const auto parsed = test::read_csv(result.out);
  REQUIRE_MESSAGE(std::holds_alternative<test::CsvRecords>(parsed),
                  std::get<test::CsvError>(parsed).message);
  const auto& records = std::get<test::CsvRecords>(parsed);
  const auto tracker = actions_json({"samples", "--status", "all"});
  REQUIRE(records.size() == tracker.at("items").size() + 1);
  const auto& header = records.front();
  CHECK(header.front() == "group");
  const auto column = [&](const std::string& name) {
    const auto found = std::find(header.begin(), header.end(), name);
    REQUIRE(found != header.end());
    return static_cast<std::size_t>(found - header.begin());
  };
  for (std::size_t i = 1; i < records.size(); ++i) {
    const auto& record = records[i];
    const auto& item = tracker.at("items").at(i - 1);
    REQUIRE(record.size() == header.size());
    CHECK(record[column("title")] == item.at("title"));
    CHECK(record[column("owner")] == item.at("owner"));
    CHECK(record[column("source")] == item.at("source"));
    CHECK(record[column("status")] == item.at("status"));
    const auto& days = item.at("days_overdue");
    CHECK(record[column("days_overdue")] ==
          (days.is_null() ? "" : std::to_string(days.get<int>())));
  }
}

TEST_CASE("the iCalendar file follows RFC 5545: CRLF, folding, one VTODO per open item") {
  const auto result = actions({"samples", "--format", "ics"});
  const auto lines = icalendar_lines(result.out);
  REQUIRE(lines.size() > 2);
  CHECK(lines.front() == "BEGIN:VCALENDAR");
  CHECK(lines.back() == "END:VCALENDAR");
  CHECK(std::count(lines.begin(), lines.end(), "VERSION:2.0") == 1);
  CHECK(std::any_of(lines.begin(), lines.end(),
                    [](const std::string& line) { return line.starts_with("PRODID:"); }));
  const auto todos = todos_of(lines);
  const auto tracker = actions_json({"samples"});
  REQUIRE(todos.size() == tracker.at("items").size());
  std::set<std::string> uids;
  for (std::size_t i = 0; i < todos.size(); ++i) {
    const Todo& todo = todos[i];
    const auto& item = tracker.at("items").at(i);
    CHECK(todo.count("UID") == 1);
    uids.insert(todo.at("UID"));
    CHECK(todo.at("DTSTAMP") == "20260701T000000Z");
    CHECK(todo.count("SUMMARY") == 1);
    CHECK(todo.at("STATUS") != "COMPLETED");
    if (item.at("deadline").is_null()) {
      CHECK(todo.count("DUE;VALUE=DATE") == 0);
    } else {
      std::string due = item.at("deadline");
      std::erase(due, '-');
      CHECK(todo.at("DUE;VALUE=DATE") == due);
    }
  }
  CHECK(uids.size() == todos.size());
}

TEST_CASE("UIDs stay the same across runs and however the files were named") {
  const auto uids_of = [](const std::vector<std::string>& arguments) {
    std::set<std::string> uids;
    for (const auto& todo : todos_of(icalendar_lines(actions(arguments).out)))
      uids.insert(todo.at("UID"));
    return uids;
  };
  const auto from_folder = uids_of({"samples", "--format", "ics"});
  std::vector<std::string> files{"--format", "ics"};
  for (const auto& file : test::sample_files()) files.push_back("./" + file);
  std::reverse(files.begin() + 2, files.end());
  CHECK(uids_of(files) == from_folder);
  CHECK(uids_of({"samples", "--format", "ics", "--sort", "owner"}) == from_folder);
}

TEST_CASE("the output is the same whatever order the files are named in") {
  std::vector<std::string> files = test::sample_files();
  const auto forward = actions(files);
  std::reverse(files.begin(), files.end());
  const auto backward = actions(files);
  CHECK(forward.out == backward.out);
  CHECK(forward.out == actions({"samples"}).out);
}

TEST_CASE("items without an owner or a deadline come first, whatever the order") {
  for (const char* name : {"overdue", "deadline", "priority", "owner", "incident"}) {
    const std::string order = name;
    CAPTURE(order);
    const auto tracker = actions_json({"samples", "--sort", order});
    bool in_group = true;
    for (const auto& item : tracker.at("items")) {
      const bool needs = item.at("group") == "needs_owner_or_deadline";
      CHECK((in_group || !needs));
      in_group = in_group && needs;
    }
  }
}

TEST_CASE("--owner matches a handle and the full name alike") {
  const auto by_handle = actions_json({"samples", "--owner", "@kasper.lindholt"});
  const auto by_name = actions_json({"samples", "--owner", "Kasper Lindholt"});
  CHECK(titles(by_handle) == titles(by_name));
  CHECK(by_handle.at("items").size() == 1);
  // One value per flag: a path after it stays a path.
  const auto two =
      actions_json({"--owner", "Caleb Moorfield", "samples", "--owner", "@yusuf.ekström"});
  CHECK(two.at("items").size() == 3);
  CHECK(two.at("summary").at("items") == 4);  // Caleb's done item is in scope, not listed
}

TEST_CASE("--priority, --overdue, --due-within, --since and --status select the rows") {
  CHECK(actions_json({"--priority", "P0", "--priority", "P2", "samples"})
            .at("selection")
            .at("priorities") == nlohmann::json::array({"P0", "P2"}));
  for (const auto tracker = actions_json({"samples", "--priority", "P0,p1"});
       const auto& item : tracker.at("items")) {
    CHECK((item.at("priority") == "P0" || item.at("priority") == "P1"));
  }
  CHECK(actions_json({"samples", "--priority", "high"}).at("selection").at("priorities") ==
        nlohmann::json::array({"P1"}));
  for (const auto tracker = actions_json({"samples", "--overdue"});
       const auto& item : tracker.at("items"))
    CHECK(item.at("overdue") == true);
  const auto soon =
      actions({"samples", "--today", "2026-05-25", "--due-within", "7", "--format", "json"});
  for (const auto tracker = nlohmann::json::parse(soon.out);
       const auto& item : tracker.at("items")) {
    CHECK(item.at("deadline").get<std::string>() <= "2026-06-01");
  }
  CHECK_FALSE(nlohmann::json::parse(soon.out).at("items").empty());
  for (const auto tracker = actions_json({"samples", "--since", "2026-05-01"});
       const auto& item : tracker.at("items")) {
    CHECK(item.at("incident_date").get<std::string>() >= "2026-05-01");
  }
  for (const auto tracker = actions_json({"samples", "--status", "done"});
       const auto& item : tracker.at("items")) {
    CHECK(item.at("status") == "done");
  }
  const auto all = actions_json({"samples", "--status", "all"});
  CHECK(all.at("items").size() == all.at("summary").at("items"));
}

TEST_CASE("--fail-on overdue fails a scheduled job only when a matching item is late") {
  const auto late = actions({"samples", "--fail-on", "overdue"});
  CHECK(late.exit_code == 1);
  CHECK(late.err == "postmortem actions: 22 action items are overdue (--fail-on overdue)\n");
  CHECK_FALSE(late.out.empty());  // the tracker is still written
  const auto p0 = actions({"samples", "--fail-on", "overdue:P0"});
  CHECK(p0.exit_code == 1);
  CHECK(p0.err ==
        "postmortem actions: 1 action item is overdue with priority P0 (--fail-on overdue:P0)\n");
  const auto early = actions({"samples", "--today", "2026-03-01", "--fail-on", "overdue"});
  CHECK(early.exit_code == 0);
  CHECK(early.err.empty());
  const auto p3 = actions({"samples", "--fail-on", "overdue:P3,P4"});
  CHECK(p3.exit_code == 0);
}

TEST_CASE("usage mistakes exit 2 with a message and, where it helps, a suggestion") {
  const std::map<std::vector<std::string>, std::string> cases{
      {{"--format", "htm"},
       "postmortem: unknown --format \"htm\"; did you mean \"html\"? (one of: md html csv json "
       "ics)\n"},
      {{"--status", "opne"},
       "postmortem: unknown --status \"opne\"; did you mean \"open\"? (one of: open done all)\n"},
      {{"--sort", "owners"},
       "postmortem: unknown --sort \"owners\"; did you mean \"owner\"? (one of: overdue deadline "
       "priority owner "
       "incident)\n"},
      {{"--priority", "soon"},
       "postmortem: --priority: cannot read the priority \"soon\"; use P0 to P4 (or a value of the "
       "configuration's "
       "priority_map)\n"},
      {{"--since", "last week"},
       "postmortem: --since: cannot read \"last week\"; write it as YYYY-MM-DD\n"},
      {{"--due-within", "-3"},
       "postmortem: --due-within: expected a number of days, such as 7; got \"-3\"\n"},
      {{"--fail-on", "late"}, "postmortem: unknown --fail-on \"late\" (one of: overdue)\n"},
      {{"--fail-on", "overdue:"},
       "postmortem: --fail-on: name priorities after the colon, as in overdue:P0,P1\n"},
      {{"--owner", "-"}, "postmortem: --owner: \"-\" names nobody; give a name or @handle\n"},
      {{"--today", "soon"}, "postmortem: --today: cannot read \"soon\"; write it as YYYY-MM-DD\n"},
  };
  for (const auto& [arguments, message] : cases) {
    CAPTURE(arguments.front());
    std::vector<std::string> full{"samples"};
    full.insert(full.end(), arguments.begin(), arguments.end());
    const auto result = actions(full);
    CHECK(result.exit_code == 2);
    CHECK(result.err == message);
    CHECK(result.out.empty());
  }
}

TEST_CASE("an unreadable path is reported, the rest still listed, and the exit code is 2") {
  const auto result =
      actions({"samples/2026-06-02-draft-queue-backlog.md", "no/such/file.md", "--format", "json"});
  CHECK(result.exit_code == 2);
  CHECK(result.err == "postmortem: no/such/file.md: No such file or directory\n");
  CHECK(nlohmann::json::parse(result.out).at("summary").at("incidents") == 1);
}

TEST_CASE("possible repeats across incidents are flagged, with every member shown") {
  const std::string root = test::make_temp_directory();
  test::write_text(
      root + "/2026-01-10-first.md",
      post_mortem("First outage", "2026-01-10",
                  "| 1 | Alert on replica lag | Ana Ruiz | 2026-02-01 | P1 | Done | OPS-1 |\n"
                  "| 2 | Rotate the API keys | Bo Chen | 2026-08-01 | P2 | Not started | |\n"));
  test::write_text(root + "/2026-05-02-second.md",
                   post_mortem("Second outage", "2026-05-02",
                               "| 1 | Add alerting on the replica lag | @ana.ruiz | 2026-06-01 | "
                               "P1 | In progress | |\n"));
  const auto tracker = actions_json({"."}, root);
  REQUIRE(tracker.at("repeats").size() == 1);
  const auto& group = tracker.at("repeats").at(0);
  CHECK(group.at("id") == "R1");
  REQUIRE(group.at("items").size() == 2);
  CHECK(group.at("items").at(0).at("status") == "done");  // promised, done, and needed again
  CHECK(tracker.at("items").at(0).at("repeat_group") == "R1");
  const auto markdown = actions({"."}, root).out;
  CHECK(markdown.find("*(possible repeat: R1)*") != std::string::npos);
  CHECK(markdown.find("## Possible repeats") != std::string::npos);
  // "@ana.ruiz" and "Ana Ruiz" are one owner in the summary.
  const auto all = actions_json({".", "--status", "all"}, root);
  CHECK(all.at("summary").at("by_owner").at(0).at("owner") == "Ana Ruiz");
  CHECK(all.at("summary").at("by_owner").size() == 2);
  std::filesystem::remove_all(root);
}

TEST_CASE("the team's status and priority maps and grace period apply") {
  const std::string root = test::make_temp_directory();
  test::write_text(
      root + "/incident.md",
      post_mortem("Outage", "2026-05-02",
                  "| 1 | Add a canary stage | Ana Ruiz | 2026-06-28 | Must have | Parked | |\n"
                  "| 2 | Write the runbook | Bo Chen | 2026-06-01 | P2 | Shipped it | |\n"));
  test::write_text(root + "/.postmortem.yml",
                   "options:\n  overdue_grace_days: 5\n  status_map:\n    Parked: not_started\n    "
                   "Shipped it: done\n"
                   "  priority_map:\n    Must have: P0\n");
  const auto tracker = actions_json({".", "--status", "all"}, root);
  REQUIRE(tracker.at("items").size() == 2);
  const auto& canary = tracker.at("items").at(0);
  CHECK(canary.at("status") == "not_started");
  CHECK(canary.at("priority") == "P0");
  CHECK(canary.at("days_overdue") == 3);
  CHECK(canary.at("overdue") == false);  // within the five days of grace
  CHECK(tracker.at("items").at(1).at("status") == "done");
  CHECK(actions_json({".", "--priority", "Must have"}, root).at("items").size() == 1);
  std::filesystem::remove_all(root);
}

TEST_CASE("-o writes the tracker in one piece, its links relative to where it lands") {
  const std::string root = test::make_temp_directory();
  std::filesystem::create_directories(root + "/postmortems");
  std::filesystem::create_directories(root + "/docs");
  std::filesystem::copy_file(
      test::project_path("samples/2026-03-14-ledgerline-authorization-outage.md"),
      root + "/postmortems/ledgerline.md");
  const auto result = actions({"postmortems", "-o", "docs/ACTIONS.md"}, root);
  CHECK(result.exit_code == 0);
  CHECK(result.out.empty());
  const std::string written = test::read_text(root + "/docs/ACTIONS.md");
  CHECK(written.find("[postmortems/ledgerline.md:87](../postmortems/ledgerline.md)") !=
        std::string::npos);
  for (const auto& entry : std::filesystem::directory_iterator(root + "/docs")) {
    CHECK(entry.path().filename() == "ACTIONS.md");  // no temporary file left behind
  }
  const auto again = actions({"postmortems", "-o", "docs/ACTIONS.md"}, root);
  CHECK(test::read_text(root + "/docs/ACTIONS.md") == written);
  const auto unwritable = actions({"postmortems", "-o", "missing/ACTIONS.md"}, root);
  CHECK(unwritable.exit_code == 2);
  CHECK(unwritable.err.rfind("postmortem: missing/ACTIONS.md: not written: ", 0) == 0);
  std::filesystem::remove_all(root);
}

TEST_CASE("the shared seeds and corpus give a tracker in every format") {
  if (!test::shared_directory_available("the tracker over the shared corpus")) return;
  for (const char* name : {"md", "html", "csv", "json", "ics"}) {
    const std::string format = name;
    CAPTURE(format);
    const auto result =
        actions({test::shared_path("corpus"), test::shared_path("seeds/000_1ecdee895a4bdc9f.txt"),
                 test::shared_path("seeds/002_bf67b8794a20fd46.txt"), "--status", "all", "--format",
                 format});
    CHECK(result.exit_code == 0);
    CHECK(result.err.empty());
    CHECK_FALSE(result.out.empty());
  }
  const auto tracker = actions_json({test::shared_path("corpus"), "--status", "all"});
  CHECK(test::schema_errors(tracker, test::project_path("schemas/actions.schema.json")).empty());
}

}  // namespace
}  // namespace pm
