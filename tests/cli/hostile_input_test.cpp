#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <nlohmann/json.hpp>

#include "support/restricted_run.h"
#include "support/run_command.h"
#include "support/schema_check.h"

// Broken and hostile input: every bad file gets one line naming it, the other files of the run are
// still processed, and the exit code says a file could not be read (2).
namespace pm {
namespace {

namespace fs = std::filesystem;

const char* kToday = "2026-07-01";
const std::string kSample = "2026-03-14-ledgerline-authorization-outage.md";

struct Scratch {
  std::string root = test::make_temp_directory();
  Scratch() { ::chmod(root.c_str(), 0755); }  // reachable when the test drops to `nobody`
  ~Scratch() {
    for (const auto& entry :
         fs::recursive_directory_iterator(root, fs::directory_options::skip_permission_denied)) {
      std::error_code ignored;
      if (!entry.is_symlink())
        fs::permissions(entry.path(), fs::perms::owner_all, fs::perm_options::add, ignored);
    }
    fs::remove_all(root);
  }
  std::string path(const std::string& relative) const { return root + "/" + relative; }
  std::string write(const std::string& relative, const std::string& bytes) const {
    fs::create_directories(fs::path(path(relative)).parent_path());
    test::write_text(path(relative), bytes);
    return path(relative);
  }
  std::string copy_sample(const std::string& relative) const {
    return write(relative, test::read_text(test::project_path("samples/" + kSample)));
  }
};

int count_lines_with(const std::string& text, const std::string& needle) {
  int count = 0;
  std::size_t line_start = 0;
  while (line_start < text.size()) {
    const std::size_t end = std::min(text.find('\n', line_start), text.size());
    if (text.substr(line_start, end - line_start).find(needle) != std::string::npos) ++count;
    line_start = end + 1;
  }
  return count;
}

// The first line of `text` holding `needle`, or "".
std::string line_with(const std::string& text, const std::string& needle) {
  const std::size_t at = text.find(needle);
  if (at == std::string::npos) return "";
  const std::size_t begin = text.rfind('\n', at);
  const std::size_t start = begin == std::string::npos ? 0 : begin + 1;
  return text.substr(start, text.find('\n', at) - start);
}

// The broken files of the issue, each with the words its one line must contain.
struct BrokenFile {
  std::string name;
  std::string bytes;
  std::string says;
};

std::vector<BrokenFile> broken_files() {
  return {
      {"nul.md", std::string("# Title\n\nsome\0text\n", 19), "file looks binary: NUL byte"},
      {"utf16le.md", std::string("\xff\xfe#\0 \0T\0\n\0", 10), "UTF-16 (little-endian)"},
      {"utf16be.md", std::string("\xfe\xff\0#\0 \0T\0\n", 10), "UTF-16 (big-endian)"},
      {"bad-utf8.md", "# Title\n\nok\nbad \xc3\x28 byte\n", "invalid UTF-8"},
  };
}

TEST_CASE("lint: each broken file gets one line naming it and the others are still checked") {
  Scratch scratch;
  const std::string good = scratch.copy_sample("good.md");
  std::vector<std::string> arguments{"lint", "--today", kToday, "--color", "never"};
  for (const auto& file : broken_files()) arguments.push_back(scratch.write(file.name, file.bytes));
  const std::string empty = scratch.write("empty.md", "");
  const std::string front = scratch.write("front-only.md", "---\ntitle: Only front matter\n---\n");
  const std::string comments = scratch.write("comments-only.md", "\n<!-- to be written -->\n");
  arguments.insert(arguments.end(), {empty, front, comments, good});
  auto result = test::run_postmortem(arguments, scratch.root);
  CHECK(result.exit_code == 2);
  for (const auto& file : broken_files()) {
    CAPTURE(file.name);
    CHECK(count_lines_with(result.out, scratch.path(file.name) + ":") >= 1);
    CHECK(count_lines_with(result.out, file.says) >= 1);
  }
  // An empty file and one with only front matter get one finding each, not one per missing part.
  CHECK(count_lines_with(result.out, empty + ":") == 1);
  CHECK(line_with(result.out, empty + ":") ==
        empty + ":1:1: error: the file holds no post-mortem: it is empty (start one with `postmortem "
                "new`) [PM030 empty-document]");
  CHECK(count_lines_with(result.out, front + ":") == 1);
  CHECK(line_with(result.out, front + ":") ==
        front + ":3:1: error: the file holds only front matter: the title, sections and timeline "
                "are missing [PM030 empty-document]");
  CHECK(line_with(result.out, comments + ":") ==
        comments + ":1:1: error: the file holds no post-mortem: it holds only comments (start one with "
                   "`postmortem new`) [PM030 empty-document]");
  CHECK(result.out.find("8 files checked") != std::string::npos);

  // The same run as JSON names every file and stays one valid document.
  arguments.insert(arguments.begin() + 1, {"--format", "json"});
  auto json = test::run_postmortem(arguments, scratch.root);
  CHECK(json.exit_code == 2);
  const auto report = nlohmann::json::parse(json.out);
  CHECK(report.at("summary").at("files") == 8);
}

TEST_CASE(
    "parse: broken files are named on stderr, one line each, and the good one is still printed") {
  Scratch scratch;
  std::vector<std::string> arguments{"parse"};
  for (const auto& file : broken_files()) arguments.push_back(scratch.write(file.name, file.bytes));
  arguments.push_back(scratch.copy_sample("good.md"));
  auto result = test::run_postmortem(arguments, scratch.root);
  CHECK(result.exit_code == 2);
  CHECK(count_lines_with(result.err, "postmortem: ") == static_cast<int>(broken_files().size()));
  for (const auto& file : broken_files())
    CHECK(count_lines_with(result.err, scratch.path(file.name)) == 1);
  const auto array = nlohmann::json::parse(result.out);
  REQUIRE(array.size() == 1);
  CHECK(array[0].at("file") == scratch.path("good.md"));
}

TEST_CASE("fix: broken files stay byte-identical, are named, and the others are still fixed") {
  Scratch scratch;
  const std::string good =
      scratch.write("good.md", test::read_text(test::project_path("tests/fix/duration/before.md")));
  std::vector<std::string> arguments{"fix", "--today", kToday};
  for (const auto& file : broken_files()) arguments.push_back(scratch.write(file.name, file.bytes));
  arguments.push_back(good);
  auto result = test::run_postmortem(arguments, scratch.root);
  CHECK(result.exit_code == 2);
  for (const auto& file : broken_files()) {
    CAPTURE(file.name);
    CHECK(test::read_text(scratch.path(file.name)) == file.bytes);
    CHECK(count_lines_with(result.err, scratch.path(file.name) + ":") == 1);
  }
  CHECK(test::read_text(good) ==
        test::read_text(test::project_path("tests/fix/duration/after.md")));
  CHECK(result.err.find("1 file fixed, 0 unchanged, 4 not fixed") != std::string::npos);
}

TEST_CASE("--max-bytes: a file over the limit is refused at once, in every command") {
  Scratch scratch;
  const std::string good =
      scratch.write("good.md", test::read_text(test::project_path("tests/fix/clean/before.md")));
  const std::string big = scratch.copy_sample("big.md");
  for (const std::string command : {"parse", "lint", "fix"}) {
    CAPTURE(command);
    auto result = test::run_postmortem({command, "--max-bytes", "4000", big, good}, scratch.root);
    CHECK(result.exit_code == 2);
    const std::string output = result.out + result.err;
    const std::string refusal = "file is 7299 bytes, more than the limit of 4000 (--max-bytes)";
    CHECK(count_lines_with(output, refusal) == 1);
    CHECK(line_with(output, refusal).find(big + ":") != std::string::npos);
  }
  CHECK(test::read_text(big) ==
        test::read_text(test::project_path("samples/" + kSample)));  // refused, never fixed

  // The default limit is 10 MiB; a sparse file makes a larger one without writing it.
  const std::string huge = scratch.path("huge.md");
  test::write_text(huge, "# Huge\n");
  fs::resize_file(huge, 11u * 1024u * 1024u);
  auto result = test::run_postmortem({"lint", huge, good}, scratch.root);
  CHECK(result.exit_code == 2);
  CHECK(result.out.find(huge +
                        ":1:1: error: file is 11534336 bytes, more than the limit of 10485760") !=
        std::string::npos);
}

TEST_CASE("malformed front matter is reported with its line and the document is still read") {
  Scratch scratch;
  const std::string broken =
      scratch.write("broken.md", "---\ntitle: [unclosed\nseverity: P1\n---\n# Checkout outage\n");
  const std::string unclosed = scratch.write("unclosed.md", "---\ntitle: x\n# Checkout outage\n");
  auto lint = test::run_postmortem(
      {"lint", "--today", kToday, "--format", "json", broken, unclosed}, scratch.root);
  const auto report = nlohmann::json::parse(lint.out);
  bool found = false;
  for (const auto& diagnostic : report.at("diagnostics")) {
    if (diagnostic.at("file") == broken && diagnostic.at("rule") == "PM028") {
      found = true;
      CHECK(diagnostic.at("line") == 3);  // where the parser noticed the unclosed bracket
    }
  }
  CHECK(found);

  auto parse = test::run_postmortem({"parse", broken}, scratch.root);
  CHECK(parse.exit_code == 0);
  CHECK(nlohmann::json::parse(parse.out).at("title") == "Checkout outage");
  CHECK(count_lines_with(
            parse.err, "postmortem: " + broken + ":3: warning: malformed YAML front matter") == 1);
  CHECK(parse.err.find("front matter") != std::string::npos);
}

TEST_CASE("directory walks: link loops, a FIFO, a directory named x.md and unreadable entries") {
  Scratch scratch;
  scratch.copy_sample("docs/a.md");
  scratch.copy_sample("docs/x.md/inside.md");
  fs::create_directory_symlink(scratch.path("docs"), scratch.path("docs/loop"));
  fs::create_symlink("self.md", scratch.path("docs/self.md"));
  REQUIRE(::mkfifo(scratch.path("docs/pipe.md").c_str(), 0644) == 0);
  scratch.copy_sample("docs/locked/b.md");
  const std::string secret = scratch.copy_sample("docs/secret.md");
  ::chmod(secret.c_str(), 0);
  ::chmod(scratch.path("docs/locked").c_str(), 0);

  test::Restrictions as_a_user;
  as_a_user.permissions_apply = true;
  auto result = test::run_postmortem_restricted(
      {"lint", "--today", kToday, "--format", "json", "docs"}, scratch.root, as_a_user);
  CHECK(result.exit_code == 2);
  const auto report = nlohmann::json::parse(result.out);
  std::vector<std::string> files;
  for (const auto& diagnostic : report.at("diagnostics"))
    files.push_back(diagnostic.at("file").get<std::string>());
  CHECK(std::count(files.begin(), files.end(), "docs/a.md") > 0);
  CHECK(std::count(files.begin(), files.end(), "docs/x.md/inside.md") > 0);
  const std::string everything = result.out + result.err;
  CHECK(everything.find("docs/self.md") != std::string::npos);
  CHECK(everything.find("Too many levels of symbolic links") != std::string::npos);
  CHECK(everything.find("docs/pipe.md") != std::string::npos);
  CHECK(everything.find("is a FIFO") != std::string::npos);
  CHECK(everything.find("docs/loop/") ==
        std::string::npos);  // the link to a folder is not followed
  CHECK(count_lines_with(result.err, "postmortem: docs/locked: Permission denied") == 1);
  CHECK(everything.find("docs/secret.md") != std::string::npos);
  CHECK(everything.find("Permission denied") != std::string::npos);

  // Named directly, a FIFO is refused at once, never waited on; a folder called x.md is walked
  // by `lint`, which takes folders, and refused by `parse`, which takes files.
  auto direct = test::run_postmortem(
      {"lint", "--format", "json", "docs/pipe.md", "docs/x.md", "docs/a.md"}, scratch.root);
  CHECK(direct.exit_code == 2);
  std::map<std::string, std::string> first_message;
  const auto direct_report = nlohmann::json::parse(direct.out);
  for (const auto& diagnostic : direct_report.at("diagnostics")) {
    first_message.emplace(diagnostic.at("file").get<std::string>(),
                          diagnostic.at("message").get<std::string>());
  }
  CHECK(first_message["docs/pipe.md"] == "is a FIFO, not a regular file");
  CHECK(first_message.count("docs/x.md/inside.md") == 1);
  auto parse =
      test::run_postmortem({"parse", "docs/pipe.md", "docs/x.md", "docs/a.md"}, scratch.root);
  CHECK(parse.exit_code == 2);
  CHECK(parse.err ==
        "postmortem: docs/pipe.md: is a FIFO, not a regular file\npostmortem: docs/x.md: is a "
        "directory\n");
  CHECK(nlohmann::json::parse(parse.out).size() == 1);
}

TEST_CASE(
    "a configuration or template that is a FIFO, a folder or not text stops the run with one "
    "line") {
  Scratch scratch;
  const std::string good = scratch.copy_sample("good.md");
  REQUIRE(::mkfifo(scratch.path("fifo.yml").c_str(), 0644) == 0);
  fs::create_directory(scratch.path("folder.yml"));
  scratch.write("binary.yml", std::string("rules:\0\xff\xfe", 9));
  scratch.write("list.yml", "- rules\n- options\n");
  scratch.write("tabs.yml", "rules:\n\tPM008: off\n");
  scratch.write("wrong-types.yml", "# team settings\noptions:\n  whys: \"five\"\n");
  scratch.write("wrong-level.yml", "rules:\n  PM008: loud\n");
  scratch.write("not-yaml.yml", "{{{{ ]]] :::\n");
  const std::vector<std::pair<std::string, std::string>> cases{
      {"fifo.yml", "fifo.yml: "},
      {"folder.yml", "folder.yml: "},
      {"binary.yml", "binary.yml"},
      {"list.yml", "list.yml:1: "},
      {"tabs.yml", "tabs.yml:2: "},
      {"wrong-types.yml", "wrong-types.yml:3: options.whys: "},
      {"wrong-level.yml", "wrong-level.yml:2: rules.PM008: "},
      {"not-yaml.yml", "not-yaml.yml:1"},
  };
  for (const auto& [config, says] : cases) {
    CAPTURE(config);
    auto result = test::run_postmortem({"lint", "--config", config, good}, scratch.root);
    CHECK(result.exit_code == 2);
    CHECK(result.out.empty());
    CHECK(std::count(result.err.begin(), result.err.end(), '\n') == 1);
    CHECK(result.err.rfind("postmortem: " + says, 0) == 0);
  }
  auto fifo_template = test::run_postmortem({"lint", "--template", "fifo.yml", good}, scratch.root);
  CHECK(fifo_template.exit_code == 2);
  CHECK(fifo_template.err == "postmortem: fifo.yml: is a FIFO, not a regular file\n");
}

// Findings come from the file they are about: linting files together or one by one, on one
// thread or several, gives every file the same findings.
TEST_CASE("no document's content leaks into another's findings") {
  std::vector<std::string> samples;
  for (const auto& entry : fs::directory_iterator(test::project_path("samples")))
    samples.push_back(entry.path().string());
  std::sort(samples.begin(), samples.end());
  auto findings_by_file = [](const std::string& json) {
    std::map<std::string, std::vector<std::string>> by_file;
    const auto report = nlohmann::json::parse(json);
    for (const auto& diagnostic : report.at("diagnostics")) {
      by_file[diagnostic.at("file").get<std::string>()].push_back(diagnostic.dump());
    }
    return by_file;
  };
  std::vector<std::string> together{"lint", "--today", kToday, "--format", "json", "-j", "3"};
  together.insert(together.end(), samples.rbegin(), samples.rend());
  const auto all = findings_by_file(test::run_postmortem(together).out);
  for (const auto& sample : samples) {
    CAPTURE(sample);
    const auto alone = findings_by_file(
        test::run_postmortem({"lint", "--today", kToday, "--format", "json", sample}).out);
    CHECK(alone.size() <= 1);
    const auto in_run = all.find(sample);
    CHECK((in_run == all.end() ? std::vector<std::string>{} : in_run->second) ==
          (alone.empty() ? std::vector<std::string>{} : alone.begin()->second));
  }
}

}  // namespace
}  // namespace pm
