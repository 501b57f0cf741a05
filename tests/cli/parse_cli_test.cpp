#include <doctest/doctest.h>

#include <nlohmann/json.hpp>
#include <filesystem>

#include "support/run_command.h"
#include "support/schema_check.h"

namespace pm {
namespace {

const std::string kSample = "samples/2026-03-14-ledgerline-authorization-outage.md";

TEST_CASE("parse prints one JSON object for one file and an array for several") {
  auto one = test::run_postmortem({"parse", kSample}, PM_SOURCE_DIR);
  CHECK(one.exit_code == 0);
  CHECK(one.err.empty());
  auto object = nlohmann::json::parse(one.out);
  CHECK(object.is_object());
  CHECK(object.at("file") == kSample);
  CHECK(object.at("timeline").size() > 0);

  auto two = test::run_postmortem({"parse", kSample, "samples/2026-04-22-tessellate-ci-runners-pending.md"}, PM_SOURCE_DIR);
  CHECK(two.exit_code == 0);
  auto array = nlohmann::json::parse(two.out);
  REQUIRE(array.is_array());
  CHECK(array.size() == 2);
  CHECK(test::schema_errors(array[1], test::project_path("schemas/postmortem.schema.json")).empty());
}

TEST_CASE("parse --pretty indents the JSON") {
  auto result = test::run_postmortem({"parse", "--pretty", kSample}, PM_SOURCE_DIR);
  CHECK(result.exit_code == 0);
  CHECK(result.out.rfind("{\n  \"schema_version\": 1,", 0) == 0);
}

TEST_CASE("a file that cannot be read is reported and the other files are still parsed") {
  const std::string scratch = test::make_temp_directory();
  test::write_text(scratch + "/binary.md", std::string("# Title\n\0\x01", 10));
  test::write_text(scratch + "/bad-utf8.md", "# Title\n\nok line\nbad \xff byte\n");
  test::write_text(scratch + "/utf16.md", std::string("\xff\xfe#\0 \0T\0", 8));
  std::filesystem::create_directory(scratch + "/folder.md");
  auto result = test::run_postmortem({"parse", scratch + "/missing.md", scratch + "/binary.md", kSample,
                                      scratch + "/bad-utf8.md", scratch + "/folder.md", scratch + "/utf16.md"},
                                     PM_SOURCE_DIR);
  CHECK(result.exit_code == 2);
  auto array = nlohmann::json::parse(result.out);
  REQUIRE(array.size() == 1);
  CHECK(array[0].at("file") == kSample);
  CHECK(result.err.find("postmortem: " + scratch + "/missing.md: No such file or directory\n") != std::string::npos);
  CHECK(result.err.find("postmortem: " + scratch + "/binary.md:2:1: ") != std::string::npos);
  CHECK(result.err.find("postmortem: " + scratch + "/bad-utf8.md:4:5: invalid UTF-8 byte 0xff") != std::string::npos);
  CHECK(result.err.find("postmortem: " + scratch + "/folder.md: is a directory\n") != std::string::npos);
  CHECK(result.err.find("postmortem: " + scratch + "/utf16.md: ") != std::string::npos);
  CHECK(result.err.find("UTF-16") != std::string::npos);
  std::filesystem::remove_all(scratch);
}

TEST_CASE("empty and front-matter-only files parse to an empty model, with a warning") {
  const std::string scratch = test::make_temp_directory();
  test::write_text(scratch + "/empty.md", "");
  test::write_text(scratch + "/front.md", "---\ntitle: Only front matter\n---\n");
  auto result = test::run_postmortem({"parse", scratch + "/empty.md", scratch + "/front.md"});
  CHECK(result.exit_code == 0);
  auto array = nlohmann::json::parse(result.out);
  REQUIRE(array.size() == 2);
  CHECK(array[0].at("title") == "");
  CHECK(array[0].at("timeline").empty());
  CHECK(array[1].at("title") == "Only front matter");
  // Each is named once on stderr; the model is still printed.
  CHECK(result.err == "postmortem: " + scratch +
                          "/empty.md:1: warning: the file holds no post-mortem, only front matter, "
                          "comments or blank lines\n"
                          "postmortem: " +
                          scratch +
                          "/front.md:1: warning: the file holds no post-mortem, only front matter, "
                          "comments or blank lines\n");
  for (const auto& document : array) {
    CHECK(test::schema_errors(document, test::project_path("schemas/postmortem.schema.json")).empty());
  }
  std::filesystem::remove_all(scratch);
}

TEST_CASE("a file over --max-bytes is refused with a clear message") {
  auto result = test::run_postmortem({"parse", "--max-bytes", "100", kSample}, PM_SOURCE_DIR);
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("more than the limit of 100 (--max-bytes)") != std::string::npos);
}

TEST_CASE("usage errors exit 2 with a message") {
  auto result = test::run_postmortem({"parse"});
  CHECK(result.exit_code == 2);
  CHECK(result.err.rfind("postmortem: ", 0) == 0);
}

}  // namespace
}  // namespace pm
