#include <doctest/doctest.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "support/schema_check.h"

namespace {

using nlohmann::json;

std::string postmortem_schema() { return pm::test::project_path("schemas/postmortem.schema.json"); }

std::string sarif_schema() {
  return std::string(PM_SHARED_DIR) + "/vendor-data/sarif-schema-2.1.0.json";
}

// A document shaped like `postmortem parse` output for one file, touching every kind of value.
json valid_document() {
  return json::parse(R"json({
    "schema_version": 1,
    "file": "samples/db-outage.md",
    "title": "Database outage on 2025-09-09",
    "title_line": 1,
    "metadata": {
      "date": "2025-09-09",
      "date_text": "Sep 9, 2025",
      "severity": "P1",
      "severity_text": "SEV-1",
      "status": "Final",
      "duration_minutes": 314,
      "duration_text": "5 hours 14 minutes",
      "authors": ["Ada Lovelace"],
      "reviewers": ["Grace Hopper", "Ken Thompson"],
      "services": ["orders-db", "checkout"],
      "fields": [
        {"name": "Date", "value": "Sep 9, 2025", "line": 3},
        {"name": "Severity", "value": "SEV-1", "line": 4}
      ]
    },
    "sections": [
      {
        "title": "Database outage on 2025-09-09", "key": "", "level": 1, "line": 1, "end_line": 60,
        "sections": [
          {"title": "Timeline", "key": "timeline", "level": 2, "line": 10, "end_line": 20,
           "sections": [
             {"title": "Detection", "key": "", "level": 3, "line": 12, "end_line": 15, "sections": []}
           ]},
          {"title": "Action Items", "key": "action_items", "level": 2, "line": 40, "end_line": 50,
           "sections": []}
        ]
      }
    ],
    "timeline": [
      {"time_text": "13:22-18:36 UTC", "timestamp": "2025-09-09T13:22:00Z",
       "end_timestamp": "2025-09-09T18:36:00Z", "date": "2025-09-09", "event": "Primary database unavailable",
       "action": "Failover started", "actor": "on-call", "line": 13, "approximate": false,
       "invalid": false, "problem": ""},
      {"time_text": "~14:05 CEST", "timestamp": "2025-09-09T14:05:00+02:00", "end_timestamp": null,
       "date": "2025-09-09", "event": "Rollback", "action": "", "actor": "", "line": 14,
       "approximate": true, "invalid": false, "problem": ""},
      {"time_text": "15:00", "timestamp": "2025-09-09T15:00:00", "end_timestamp": null,
       "date": "2025-09-09", "event": "Local time, no zone", "action": "", "actor": "", "line": 15,
       "approximate": false, "invalid": false, "problem": ""},
      {"time_text": "13:09 PM", "timestamp": null, "end_timestamp": null, "date": null,
       "event": "Recovered", "action": "", "actor": "", "line": 16, "approximate": false,
       "invalid": true, "problem": "13:09 PM: hour 13 with PM"}
    ],
    "moments": {
      "started": {"timestamp": "2025-09-09T13:22:00Z", "line": 12, "source": "timeline"},
      "detected": {"timestamp": "2025-09-09T13:30:00+02:00", "line": 5, "source": "metadata"},
      "mitigated": null,
      "resolved": null
    },
    "five_whys": [
      {"question": "Why did checkout fail?", "answer": "The database was read-only.", "line": 30}
    ],
    "root_cause": "A disk filled up on the primary.",
    "root_cause_line": 35,
    "contributing_factors": ["No disk usage alert", "Runbook out of date"],
    "action_items": [
      {"id": "AI-1", "title": "Add disk usage alert", "owner": "@sre", "deadline": "2025-10-01",
       "deadline_text": "Oct 1", "priority": "P1", "priority_text": "High", "status": "in_progress",
       "status_text": "In progress", "tickets": ["OPS-123"], "line": 42},
      {"id": "", "title": "Update runbook", "owner": "", "deadline": null, "deadline_text": "",
       "priority": "", "priority_text": "", "status": "unknown", "status_text": "", "tickets": [],
       "line": 43}
    ],
    "signoff": [
      {"role": "Incident commander", "name": "Ada Lovelace", "date": "2025-09-12", "signed": true, "line": 55},
      {"role": "Engineering manager", "name": "", "date": "", "signed": false, "line": 56}
    ],
    "repairs": [
      {"kind": "mojibake", "encoding": "windows-1252", "line": 7}
    ]
  })json");
}

// The pointer part of an error line ("/timeline/0/line: Expected ..." -> "/timeline/0/line").
std::string pointer_of(const std::string& error) { return error.substr(0, error.find(": ")); }

bool has_error_at(const std::vector<std::string>& errors, std::string_view pointer,
                  std::string_view fragment = {}) {
  return std::any_of(errors.begin(), errors.end(), [&](const std::string& error) {
    return pointer_of(error) == pointer && error.find(fragment) != std::string::npos;
  });
}

// True when every error concerns `pointer` or one of its ancestors: nothing else was blamed.
bool errors_only_along(const std::vector<std::string>& errors, std::string_view pointer) {
  return std::all_of(errors.begin(), errors.end(), [&](const std::string& error) {
    const std::string at = pointer_of(error);
    if (at == pointer) return true;
    return pointer.substr(0, at.size()) == at && pointer.size() > at.size() &&
           pointer[at.size()] == '/';
  });
}

std::string joined(const std::vector<std::string>& errors) {
  std::string text;
  for (const std::string& error : errors) text += error + "\n";
  return text;
}

// Walks a schema and reports objects whose keys are not all required or that allow extra keys.
void check_closed_objects(const json& node, const std::string& where,
                          std::vector<std::string>& problems) {
  if (node.is_object()) {
    if (node.contains("properties")) {
      if (node.value("additionalProperties", json(true)) != json(false)) {
        problems.push_back(where + ": additionalProperties is not false");
      }
      std::set<std::string> declared;
      for (const auto& item : node.at("properties").items()) declared.insert(item.key());
      std::set<std::string> required;
      for (const auto& name : node.value("required", json::array()))
        required.insert(name.get<std::string>());
      if (declared != required) problems.push_back(where + ": required differs from properties");
    }
    for (const auto& item : node.items())
      check_closed_objects(item.value(), where + "/" + item.key(), problems);
  } else if (node.is_array()) {
    for (std::size_t i = 0; i < node.size(); ++i)
      check_closed_objects(node[i], where + "/" + std::to_string(i), problems);
  }
}

json minimal_sarif_log() {
  return json::parse(R"json({
    "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
    "version": "2.1.0",
    "runs": [
      {
        "tool": {"driver": {"name": "postmortem", "informationUri": "https://postmortem.dev",
                            "rules": [{"id": "PM001", "shortDescription": {"text": "Timeline time is invalid"}}]}},
        "results": [
          {"ruleId": "PM001", "level": "warning", "message": {"text": "13:09 PM is not a valid time"},
           "locations": [{"physicalLocation": {"artifactLocation": {"uri": "samples/db-outage.md"},
                                               "region": {"startLine": 16, "startColumn": 3}}}]}
        ]
      }
    ]
  })json");
}

}  // namespace

TEST_SUITE("postmortem schema") {
  TEST_CASE("project_path joins the source dir and a relative path") {
    CHECK(pm::test::project_path("schemas/x.json") ==
          std::string(PM_SOURCE_DIR) + "/schemas/x.json");
  }

  TEST_CASE("the schema is draft-07 and closes every object") {
    std::ifstream in(postmortem_schema());
    REQUIRE(in.good());
    const json schema = json::parse(in);
    CHECK(schema.at("$schema") == "http://json-schema.org/draft-07/schema#");
    CHECK(schema.at("$id") == "https://postmortem.dev/schemas/postmortem.schema.json");
    CHECK_FALSE(schema.at("title").get<std::string>().empty());
    CHECK_FALSE(schema.at("description").get<std::string>().empty());
    std::vector<std::string> problems;
    check_closed_objects(schema, "", problems);
    CHECK_MESSAGE(problems.empty(), joined(problems));
  }

  TEST_CASE("a complete valid document passes") {
    const auto errors = pm::test::schema_errors(valid_document(), postmortem_schema());
    CHECK_MESSAGE(errors.empty(), joined(errors));
  }

  TEST_CASE("an empty but complete document passes") {
    const json document = {{"schema_version", 1},
                           {"file", "empty.md"},
                           {"title", ""},
                           {"title_line", 0},
                           {"metadata",
                            {{"date", nullptr},
                             {"date_text", ""},
                             {"severity", nullptr},
                             {"severity_text", ""},
                             {"status", ""},
                             {"duration_minutes", nullptr},
                             {"duration_text", ""},
                             {"authors", json::array()},
                             {"reviewers", json::array()},
                             {"services", json::array()},
                             {"fields", json::array()}}},
                           {"sections", json::array()},
                           {"timeline", json::array()},
                           {"moments",
                            {{"started", nullptr}, {"detected", nullptr}, {"mitigated", nullptr}, {"resolved", nullptr}}},
                           {"five_whys", json::array()},
                           {"root_cause", ""},
                           {"root_cause_line", 0},
                           {"contributing_factors", json::array()},
                           {"action_items", json::array()},
                           {"signoff", json::array()},
                           {"repairs", json::array()}};
    const auto errors = pm::test::schema_errors(document, postmortem_schema());
    CHECK_MESSAGE(errors.empty(), joined(errors));
  }

  TEST_CASE("broken documents fail at the right place") {
    json document = valid_document();
    std::string pointer;
    std::string fragment;

    SUBCASE("missing timeline") {
      document.erase("timeline");
      pointer = "";
      fragment = "timeline";
    }
    SUBCASE("extra key at the top level") {
      document["timline"] = json::array();
      pointer = "";
      fragment = "timline";
    }
    SUBCASE("extra key in a nested object") {
      document["metadata"]["sevrity"] = "P1";
      pointer = "/metadata";
      fragment = "sevrity";
    }
    SUBCASE("severity P9") {
      document["metadata"]["severity"] = "P9";
      pointer = "/metadata/severity";
    }
    SUBCASE("timestamp without the T separator") {
      document["timeline"][0]["timestamp"] = "2025-09-09 13:22:00Z";
      pointer = "/timeline/0/timestamp";
    }
    SUBCASE("timestamp with an impossible hour") {
      document["timeline"][1]["end_timestamp"] = "2025-09-09T25:00:00";
      pointer = "/timeline/1/end_timestamp";
    }
    SUBCASE("timestamp with a zone name instead of an offset") {
      document["timeline"][0]["timestamp"] = "2025-09-09T13:22:00UTC";
      pointer = "/timeline/0/timestamp";
    }
    SUBCASE("date in another spelling") {
      document["timeline"][0]["date"] = "09/09/2025";
      pointer = "/timeline/0/date";
    }
    SUBCASE("action item status finished") {
      document["action_items"][0]["status"] = "finished";
      pointer = "/action_items/0/status";
    }
    SUBCASE("line 0 in a timeline entry") {
      document["timeline"][2]["line"] = 0;
      pointer = "/timeline/2/line";
    }
    SUBCASE("heading level 7 deep in the outline") {
      document["sections"][0]["sections"][0]["sections"][0]["level"] = 7;
      pointer = "/sections/0/sections/0/sections/0/level";
    }
    SUBCASE("schema_version 2") {
      document["schema_version"] = 2;
      pointer = "/schema_version";
    }
    SUBCASE("line given as a string") {
      document["signoff"][0]["line"] = "55";
      pointer = "/signoff/0/line";
    }
    SUBCASE("unknown repair encoding") {
      document["repairs"][0]["encoding"] = "latin-1";
      pointer = "/repairs/0/encoding";
    }
    SUBCASE("negative duration") {
      document["metadata"]["duration_minutes"] = -5;
      pointer = "/metadata/duration_minutes";
    }

    const auto errors = pm::test::schema_errors(document, postmortem_schema());
    INFO(joined(errors));
    REQUIRE_FALSE(errors.empty());
    CHECK(has_error_at(errors, pointer, fragment));
    CHECK(errors_only_along(errors, pointer));
  }

  TEST_CASE("a missing schema file is reported, not thrown") {
    const auto errors = pm::test::schema_errors(
        json::object(), pm::test::project_path("schemas/no-such.schema.json"));
    REQUIRE(errors.size() == 1);
    CHECK(errors[0].rfind("<schema>: cannot load", 0) == 0);
  }
}

TEST_SUITE("SARIF schema") {
  TEST_CASE("the official SARIF 2.1.0 schema (draft-04) loads and validates") {
    if (!std::filesystem::exists(sarif_schema())) {
      MESSAGE("skipped: " << sarif_schema() << " not found");
      return;
    }

    SUBCASE("a minimal log passes") {
      const auto errors = pm::test::schema_errors(minimal_sarif_log(), sarif_schema());
      CHECK_MESSAGE(errors.empty(), joined(errors));
    }
    SUBCASE("version 1.0 is rejected at /version") {
      json log = minimal_sarif_log();
      log["version"] = "1.0";
      const auto errors = pm::test::schema_errors(log, sarif_schema());
      INFO(joined(errors));
      REQUIRE_FALSE(errors.empty());
      CHECK(has_error_at(errors, "/version"));
    }
    SUBCASE("a result level outside the enum is rejected") {
      json log = minimal_sarif_log();
      log["runs"][0]["results"][0]["level"] = "fatal";
      const auto errors = pm::test::schema_errors(log, sarif_schema());
      INFO(joined(errors));
      CHECK(has_error_at(errors, "/runs/0/results/0/level"));
    }
  }
}
