// `postmortem site`: golden index and feed for the samples, drafts, --public redaction, secrets,
// path containment and failed writes.

#include <doctest/doctest.h>
#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

#include "support/golden.h"
#include "support/restricted_run.h"
#include "support/run_command.h"
#include "support/schema_check.h"

namespace pm {
namespace {

const char* kToday = "2026-07-01";

struct TempFolder {
  std::string path = test::make_temp_directory();
  ~TempFolder() { std::filesystem::remove_all(path); }
};

test::CommandResult site(std::vector<std::string> arguments) {
  arguments.insert(arguments.begin(), {"site", "--today", kToday});
  return test::run_postmortem(arguments, test::project_path(""));
}

// The file names in `folder`, sorted, one per line.
std::string listing(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::directory_iterator(folder))
    names.push_back(entry.path().filename());
  std::sort(names.begin(), names.end());
  std::string out;
  for (const auto& name : names) out += name + "\n";
  return out;
}

void check_golden(const std::string& actual, const std::string& golden) {
  const std::string difference = test::compare_with_golden(actual, golden);
  CHECK_MESSAGE(difference.empty(), difference);
}

void check_every_page_forbids_scripts(const std::string& folder) {
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".html") continue;
    CAPTURE(entry.path().string());
    const std::string page = test::read_text(entry.path().string());
    CHECK(
        page.find(
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src "
            "'none';") != std::string::npos);
    CHECK(page.find("<script") == std::string::npos);
  }
}

TEST_CASE("site over the samples publishes only Published documents by default") {
  TempFolder folder;
  const auto result = site({"samples", "-o", folder.path});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  CHECK(result.out == "postmortem site: 4 incidents written to " + folder.path + "; open " +
                          folder.path + "/index.html\n");
  check_golden(listing(folder.path), "tests/golden/site/published-files.txt");
  check_golden(test::read_text(folder.path + "/index.html"),
               "tests/golden/site/published-index.html");
  check_golden(test::read_text(folder.path + "/feed.xml"), "tests/golden/site/published-feed.xml");
  check_every_page_forbids_scripts(folder.path);
}

TEST_CASE("site --include-drafts publishes every sample, newest first, with the tracker") {
  TempFolder folder;
  const auto result = site({"samples", "--include-drafts", "-o", folder.path});
  CHECK(result.exit_code == 0);
  CHECK(result.err.empty());
  check_golden(listing(folder.path), "tests/golden/site/all-files.txt");
  const std::string index = test::read_text(folder.path + "/index.html");
  check_golden(index, "tests/golden/site/all-index.html");
  check_golden(test::read_text(folder.path + "/feed.xml"), "tests/golden/site/all-feed.xml");
  CHECK(index.find("2026-06-02-post-mortem-hopper-queue-backlog") < index.find("2026-02-11-"));
  const std::string page = test::read_text(
      folder.path + "/2026-03-14-post-mortem-ledgerline-card-authorizations-failing-during.html");
  CHECK(page == test::run_postmortem({"render", "--today", kToday,
                                      "samples/2026-03-14-ledgerline-authorization-outage.md"},
                                     test::project_path(""))
                    .out);
  CHECK(test::read_text(folder.path + "/actions.html").find("<h1") != std::string::npos);
  check_every_page_forbids_scripts(folder.path);
}

const char* kPublicDocument =
    "# Post-Mortem: ../../escape attempt\n\n"
    "**Date**: 2026-05-01\n**Severity**: P2\n**Status**: Published\n\n"
    "## Summary\n\nAna (ana.ruiz@example.com) saw 10.20.30.40 and 2001:db8::1 fail on request "
    "123e4567-e89b-12d3-a456-426614174000; see [the "
    "board](https://grafana.ops.corp.example/d/x).\n\n"
    "## Responders <!-- internal -->\n\nPaged the secret-keeper rota.\n\n"
    "## Lessons Learned\n\nKeep going.\n";

TEST_CASE("site --public drops internal sections, redacts identifiers and lists them on stderr") {
  TempFolder folder;
  const std::string source = folder.path + "/in";
  std::filesystem::create_directories(source);
  test::write_text(source + "/doc.md", kPublicDocument);
  test::write_text(folder.path + "/config.yml", "site:\n  internal_hosts: ['*.corp.example']\n");
  const std::string output = folder.path + "/out";
  const auto result =
      site({source, "--public", "--config", folder.path + "/config.yml", "-o", output});
  CHECK(result.exit_code == 0);
  CHECK(result.err == "postmortem: " + source +
                          "/doc.md:11: left out internal section \"Responders\"\n"
                          "postmortem: " +
                          source +
                          "/doc.md:9: redacted email address \"ana.ruiz@example.com\"\n"
                          "postmortem: " +
                          source +
                          "/doc.md:9: redacted IP address \"10.20.30.40\"\n"
                          "postmortem: " +
                          source +
                          "/doc.md:9: redacted IP address \"2001:db8::1\"\n"
                          "postmortem: " +
                          source +
                          "/doc.md:9: redacted UUID \"123e4567-e89b-12d3-a456-426614174000\"\n"
                          "postmortem: " +
                          source +
                          "/doc.md:9: redacted internal link \"[the board]("
                          "https://grafana.ops.corp.example/d/x)\"\n");
  CHECK(listing(output) ==
        "2026-05-01-post-mortem-escape-attempt.html\nactions.html\nfeed.xml\nindex.html\n");
  CHECK(listing(folder.path) == "config.yml\nin\nout\n");
  for (const std::string name :
       {"2026-05-01-post-mortem-escape-attempt.html", "index.html", "feed.xml"}) {
    const std::string text = test::read_text(output + "/" + name);
    CAPTURE(name);
    for (const char* leak :
         {"ana.ruiz@", "10.20.30.40", "2001:db8", "123e4567", "grafana", "secret-keeper"})
      CHECK(text.find(leak) == std::string::npos);
  }
  CHECK(
      test::read_text(output + "/2026-05-01-post-mortem-escape-attempt.html").find("[redacted]") !=
      std::string::npos);
  check_every_page_forbids_scripts(output);
}

TEST_CASE("site --public over the samples leaves no email or IP address in any page") {
  TempFolder folder;
  const auto result = site({"samples", "--include-drafts", "--public", "-o", folder.path});
  CHECK(result.exit_code == 0);
  CHECK(result.err.find("redacted email address \"platform-status@example.com\"") !=
        std::string::npos);
  for (const auto& entry : std::filesystem::directory_iterator(folder.path)) {
    const std::string text = test::read_text(entry.path().string());
    CAPTURE(entry.path().string());
    CHECK(text.find("@example.com") == std::string::npos);
  }
}

TEST_CASE(
    "a configured secret pattern that survives redaction stops the build with nothing written") {
  TempFolder folder;
  test::write_text(folder.path + "/doc.md",
                   std::string(kPublicDocument) + "\nKey AKIAABCDEFGHIJKLMNOP leaked.\n");
  test::write_text(folder.path + "/config.yml", "site:\n  secret_patterns: ['AKIA[0-9A-Z]{16}']\n");
  const std::string output = folder.path + "/out";
  const auto result = site(
      {folder.path + "/doc.md", "--public", "--config", folder.path + "/config.yml", "-o", output});
  CHECK(result.exit_code == 1);
  CHECK(result.out.empty());
  CHECK(result.err.find(
            "postmortem: " + folder.path +
            "/doc.md:19: holds text matching the secret pattern \"AKIA[0-9A-Z]{16}\"\n") !=
        std::string::npos);
  CHECK(result.err.find("AKIAABCDEFGHIJKLMNOP") == std::string::npos);
  CHECK(result.err.ends_with(
      "postmortem site: nothing written: remove the secrets above from the documents (or "
      "redact them) and build again\n"));
  CHECK_FALSE(std::filesystem::exists(output));
}

// Every file below `folder`, as paths relative to it, sorted, one per line.
std::string tree_listing(const std::string& folder) {
  std::vector<std::string> names;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(folder))
    names.push_back(std::filesystem::relative(entry.path(), folder).string());
  std::sort(names.begin(), names.end());
  std::string out;
  for (const auto& name : names) out += name + "\n";
  return out;
}

TEST_CASE("on a full disk the existing page is kept whole and the failure is reported") {
  TempFolder folder;
  test::write_text(folder.path + "/index.html", "old index\n");
  test::Restrictions full_disk;
  full_disk.file_size_limit = 2048;  // in the child only: the test itself can still write
  const auto result = test::run_postmortem_restricted(
      {"site", "--today", kToday, "samples", "-o", folder.path}, test::project_path(""),
      full_disk);
  CHECK(result.exit_code == 2);
  CHECK(result.out.empty());
  CHECK(result.err.find("postmortem: " + folder.path + "/index.html: not written: ") !=
        std::string::npos);
  CHECK(test::read_text(folder.path + "/index.html") == "old index\n");
  for (const auto& entry : std::filesystem::directory_iterator(folder.path)) {
    CAPTURE(entry.path().string());
    CHECK(entry.path().filename().string().find(".tmp") == std::string::npos);
  }
}

TEST_CASE("site into a folder it cannot write to keeps every existing page and says so") {
  TempFolder folder;
  ::chmod(folder.path.c_str(), 0755);  // reachable when the test drops to `nobody`
  test::write_text(folder.path + "/doc.md", kPublicDocument);
  const std::string output = folder.path + "/out";
  std::filesystem::create_directory(output);
  test::write_text(output + "/index.html", "old index\n");
  test::Restrictions as_a_user;
  as_a_user.permissions_apply = true;
  ::chmod(output.c_str(), 0555);
  ::chmod((folder.path + "/doc.md").c_str(), 0644);
  const auto result = test::run_postmortem_restricted(
      {"site", "--today", kToday, folder.path + "/doc.md", "-o", output}, folder.path, as_a_user);
  ::chmod(output.c_str(), 0755);
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("postmortem: " + output + "/index.html: not written: ") !=
        std::string::npos);
  CHECK(result.err.find("postmortem: " + output + "/feed.xml: not written: ") !=
        std::string::npos);
  CHECK(test::read_text(output + "/index.html") == "old index\n");
  CHECK(listing(output) == "index.html\n");
}

TEST_CASE("a page replaced by a folder is left alone, reported, and the rest is still written") {
  TempFolder folder;
  std::filesystem::create_directories(folder.path + "/index.html");
  test::write_text(folder.path + "/index.html/notes.txt", "kept\n");
  const auto result = site({"samples", "-o", folder.path});
  CHECK(result.exit_code == 2);
  CHECK(result.err.find("postmortem: " + folder.path + "/index.html: not written: ") !=
        std::string::npos);
  CHECK(test::read_text(folder.path + "/index.html/notes.txt") == "kept\n");
  CHECK(std::filesystem::is_regular_file(folder.path + "/feed.xml"));
  CHECK(std::filesystem::is_regular_file(folder.path + "/actions.html"));
  CHECK(std::filesystem::is_regular_file(
      folder.path + "/2026-03-14-post-mortem-ledgerline-card-authorizations-failing-during.html"));
}

// Titles, file names and links are only ever text in a page: nothing in a document names a path
// that `site` writes to, reads from or copies.
TEST_CASE("absolute and parent paths in a document's title and links stay text inside the site") {
  TempFolder folder;
  const std::string source = folder.path + "/in";
  std::filesystem::create_directories(source);
  test::write_text(source + "/..md", std::string(kPublicDocument));
  test::write_text(source + "/doc.md",
                   "# Post-Mortem: /tmp/absolute/../../etc/passwd\n\n"
                   "**Date**: 2026-05-02\n**Severity**: P2\n**Status**: Published\n\n"
                   "## Summary\n\nSee [the runbook](/etc/passwd), [notes](../../outside.html), "
                   "[a file](file:///etc/shadow) and ![a chart](/tmp/chart.png).\n");
  const std::string output = folder.path + "/out";
  const auto result = site({source, "-o", output});
  CHECK(result.exit_code == 0);
  CHECK(tree_listing(folder.path) ==
        "in\nin/..md\nin/doc.md\nout\n"
        "out/2026-05-01-post-mortem-escape-attempt.html\n"
        "out/2026-05-02-post-mortem-tmp-absolute-etc-passwd.html\n"
        "out/actions.html\nout/feed.xml\nout/index.html\n");
  const std::string page =
      test::read_text(output + "/2026-05-02-post-mortem-tmp-absolute-etc-passwd.html");
  CHECK(page.find("file://") == std::string::npos);
  CHECK(page.find("/etc/passwd") != std::string::npos);  // still shown as the author wrote it
}

TEST_CASE("site reports unreadable documents and usage problems with exit 2") {
  TempFolder folder;
  const auto missing = site({folder.path + "/none.md", "-o", folder.path + "/out"});
  CHECK(missing.exit_code == 2);
  CHECK(missing.err.starts_with("postmortem: " + folder.path + "/none.md: "));
  const auto no_output = site({"samples"});
  CHECK(no_output.exit_code == 2);
  CHECK(no_output.err.find("--output is required") != std::string::npos);
  test::write_text(folder.path + "/file", "x");
  const auto not_a_folder = site({"samples", "-o", folder.path + "/file"});
  CHECK(not_a_folder.exit_code == 2);
  CHECK(not_a_folder.err.starts_with("postmortem: " + folder.path +
                                     "/file: cannot create the output folder"));
}

}  // namespace
}  // namespace pm
