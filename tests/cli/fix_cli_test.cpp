#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "support/run_command.h"
#include "support/schema_check.h"

namespace pm {
namespace {

const char* kToday = "2026-07-01";

struct Workspace {
  std::string root = test::make_temp_directory();
  std::string file = root + "/pm.md";
  std::string before;

  explicit Workspace(const std::string& fix_case) {
    before = test::read_text(test::project_path("tests/fix/" + fix_case + "/before.md"));
    test::write_text(file, before);
  }
  ~Workspace() {
    ::chmod(root.c_str(), 0755);
    std::filesystem::remove_all(root);
  }
  test::CommandResult fix(std::vector<std::string> arguments) const {
    arguments.insert(arguments.begin(), {"fix", "--today", kToday});
    arguments.push_back(file);
    return test::run_postmortem(arguments, root);
  }
};

TEST_CASE("fix writes the fixed file and says what it fixed") {
  Workspace workspace("duration");
  auto result = workspace.fix({});
  CHECK(result.exit_code == 0);
  CHECK(result.out == workspace.file + ": fixed PM009 placeholder-text\n");
  CHECK(result.err == "1 file fixed, 0 unchanged\n");
  CHECK(test::read_text(workspace.file) == test::read_text(test::project_path("tests/fix/duration/after.md")));
  auto again = workspace.fix({});
  CHECK(again.exit_code == 0);
  CHECK(again.out.empty());
  CHECK(again.err == "0 files fixed, 1 unchanged\n");
}

TEST_CASE("fix --check changes nothing and exits 1 when a fix would apply") {
  Workspace workspace("missing-sections");
  auto result = workspace.fix({"--check"});
  CHECK(result.exit_code == 1);
  CHECK(result.out.find("would fix PM001 missing-section x2") != std::string::npos);
  CHECK(test::read_text(workspace.file) == workspace.before);

  Workspace clean("clean");
  CHECK(clean.fix({"--check"}).exit_code == 0);
}

TEST_CASE("fix --diff prints a unified diff and changes nothing") {
  Workspace workspace("duration");
  auto result = workspace.fix({"--diff"});
  CHECK(result.exit_code == 0);
  CHECK(result.out.find("--- a/" + workspace.file + "\n+++ b/" + workspace.file + "\n") == 0);
  CHECK(result.out.find("-**Duration**: [XX hours YY minutes]\n+**Duration**: 1 hour 25 minutes\n") !=
        std::string::npos);
  CHECK(test::read_text(workspace.file) == workspace.before);
}

TEST_CASE("a file that cannot be parsed is left byte-identical, and the others are still fixed") {
  Workspace workspace("duration");
  const std::string broken = workspace.root + "/broken.md";
  const std::string bytes = "# Title\n\n**Severity**: SEV2 \xFF\n";
  test::write_text(broken, bytes);
  auto result = test::run_postmortem({"fix", "--today", kToday, broken, workspace.file}, workspace.root);
  CHECK(result.exit_code == 2);
  CHECK(result.err.find(broken + ": invalid UTF-8 byte 0xff") != std::string::npos);
  CHECK(result.err.find("not changed") != std::string::npos);
  CHECK(test::read_text(broken) == bytes);
  CHECK(test::read_text(workspace.file) == test::read_text(test::project_path("tests/fix/duration/after.md")));
}

TEST_CASE("a failed write leaves the original intact and reports the error") {
  Workspace workspace("duration");
  // Root ignores a read-only folder; a folder it cannot write in is tested where it applies.
  if (::geteuid() != 0) {
    ::chmod(workspace.root.c_str(), 0555);
    auto result = workspace.fix({});
    CHECK(result.exit_code == 2);
    CHECK(result.err.find("not fixed: cannot create a temporary file") != std::string::npos);
    CHECK(test::read_text(workspace.file) == workspace.before);
    ::chmod(workspace.root.c_str(), 0755);
  }
  // A file-size limit, which the spawned binary inherits, fails the write for every user.
  rlimit saved{};
  ::getrlimit(RLIMIT_FSIZE, &saved);
  rlimit small = saved;
  small.rlim_cur = 2048;
  ::setrlimit(RLIMIT_FSIZE, &small);
  auto limited = workspace.fix({});
  ::setrlimit(RLIMIT_FSIZE, &saved);
  CHECK(limited.exit_code == 2);
  CHECK(limited.err.find(workspace.file + ": not fixed: cannot write") != std::string::npos);
  CHECK(limited.err.find("the file is unchanged") != std::string::npos);
  CHECK(test::read_text(workspace.file) == workspace.before);
  int files = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(workspace.root)) ++files;
  CHECK(files == 1);  // no temporary file left behind
}

TEST_CASE("lint --fix fixes first and then reports what is left") {
  Workspace workspace("missing-sections");
  auto result = test::run_postmortem({"lint", "--fix", "--today", kToday, "--format", "json", workspace.file},
                                     workspace.root);
  CHECK(result.err.find("fixed PM001 missing-section x2") != std::string::npos);
  CHECK(result.out.find("\"PM001\"") == std::string::npos);
  CHECK(result.out.find("\"PM002\"") != std::string::npos);  // the new stubs are still empty
  CHECK(test::read_text(workspace.file) != workspace.before);
}

}  // namespace
}  // namespace pm
