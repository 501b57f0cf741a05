#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <csignal>
#include <filesystem>

#include "support/restricted_run.h"
#include "support/run_command.h"
#include "support/schema_check.h"

// `fix` and `new` write files in place, unattended. Whatever goes wrong, the author's text stays
// as it was and the failure is reported.
namespace pm {
namespace {

namespace fs = std::filesystem;

const char* kToday = "2026-07-01";

struct Folder {
  std::string root = test::make_temp_directory();
  Folder() { ::chmod(root.c_str(), 0755); }  // reachable when the test drops to `nobody`
  ~Folder() {
    ::chmod(root.c_str(), 0755);
    fs::remove_all(root);
  }
  std::string path(const std::string& name) const { return root + "/" + name; }
  std::string put_fix_case(const std::string& name, const std::string& fix_case) const {
    test::write_text(path(name), before(fix_case));
    return path(name);
  }
  static std::string before(const std::string& fix_case) {
    return test::read_text(test::project_path("tests/fix/" + fix_case + "/before.md"));
  }
  static std::string after(const std::string& fix_case) {
    return test::read_text(test::project_path("tests/fix/" + fix_case + "/after.md"));
  }
  int entries() const {
    int count = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(root)) ++count;
    return count;
  }
};

TEST_CASE("fix in a folder it cannot write to leaves the file byte-identical and says so") {
  Folder folder;
  const std::string file = folder.put_fix_case("pm.md", "duration");
  test::Restrictions as_a_user;
  as_a_user.permissions_apply = true;
  ::chmod(folder.root.c_str(), 0555);
  auto result =
      test::run_postmortem_restricted({"fix", "--today", kToday, file}, folder.root, as_a_user);
  ::chmod(folder.root.c_str(), 0755);
  CHECK(result.exit_code == 2);
  CHECK(result.err.find(file + ": not fixed: cannot create a temporary file") != std::string::npos);
  CHECK(test::read_text(file) == Folder::before("duration"));
  CHECK(folder.entries() == 1);
}

TEST_CASE("fix on a full disk keeps each original whole and still fixes what fits") {
  Folder folder;
  const std::string large = folder.put_fix_case("large.md", "duration");  // fixed: 2990 bytes
  const std::string small =
      folder.put_fix_case("small.md", "missing-sections");  // fixed: 2742 bytes
  test::Restrictions full_disk;
  full_disk.file_size_limit = 2900;  // in the child only: the test itself can still write
  auto result = test::run_postmortem_restricted({"fix", "--today", kToday, large, small},
                                                folder.root, full_disk);
  CHECK(result.exit_code == 2);
  CHECK(result.err.find(large + ": not fixed: cannot write") != std::string::npos);
  CHECK(result.err.find("the file is unchanged") != std::string::npos);
  CHECK(test::read_text(large) == Folder::before("duration"));
  CHECK(test::read_text(small) == Folder::after("missing-sections"));
  CHECK(result.err.find("1 file fixed, 0 unchanged, 1 not fixed") != std::string::npos);
  CHECK(folder.entries() == 2);  // no temporary file left behind
}

TEST_CASE("fix through a symbolic link fixes the file it points to and keeps the link") {
  Folder folder;
  fs::create_directory(folder.path("real"));
  const std::string real = folder.put_fix_case("real/pm.md", "duration");
  fs::create_symlink("real/pm.md", folder.path("link.md"));
  auto result = test::run_postmortem({"fix", "--today", kToday, "link.md"}, folder.root);
  CHECK(result.exit_code == 0);
  CHECK(fs::is_symlink(folder.path("link.md")));
  CHECK(test::read_text(real) == Folder::after("duration"));
}

TEST_CASE("new refuses to write where it cannot, and leaves nothing behind") {
  Folder folder;
  test::Restrictions as_a_user;
  as_a_user.permissions_apply = true;
  ::chmod(folder.root.c_str(), 0555);
  auto read_only = test::run_postmortem_restricted(
      {"new", "--title", "Checkout outage", "-o", "pm.md"}, folder.root, as_a_user);
  ::chmod(folder.root.c_str(), 0755);
  CHECK(read_only.exit_code == 2);
  CHECK(read_only.err.rfind("postmortem: pm.md: cannot create a temporary file", 0) == 0);
  CHECK(folder.entries() == 0);

  // A dangling link is not followed: creating through it could write anywhere.
  fs::create_symlink("elsewhere.md", folder.path("pm.md"));
  auto through_link =
      test::run_postmortem({"new", "--title", "Checkout outage", "-o", "pm.md"}, folder.root);
  CHECK(through_link.exit_code == 2);
  CHECK(through_link.err == "postmortem: pm.md: exists; postmortem never overwrites a file\n");
  CHECK(fs::is_symlink(folder.path("pm.md")));
  CHECK_FALSE(fs::exists(folder.path("elsewhere.md")));

  fs::create_directory(folder.path("taken.md"));
  auto over_folder =
      test::run_postmortem({"new", "--title", "Checkout outage", "-o", "taken.md"}, folder.root);
  CHECK(over_folder.exit_code == 2);
  CHECK(fs::is_directory(folder.path("taken.md")));
  CHECK(folder.entries() == 2);
}

// Runs started together race for one file name: exactly one creates it, whole, and every other
// run is told it exists. Several rounds make the processes overlap for real.
TEST_CASE("new never overwrites, even when runs race for the same name") {
  constexpr int kRounds = 6;
  constexpr int kRacers = 3;
  for (int round = 0; round < kRounds; ++round) {
    Folder folder;
    std::vector<test::StartedCommand> racers;
    for (int racer = 0; racer < kRacers; ++racer) {
      racers.push_back(
          test::start_postmortem({"new", "--title", "Checkout outage", "--date", "2026-11-20",
                                  "--author", "Racer " + std::to_string(racer), "--dir", "docs"},
                                 folder.root));
    }
    int winners = 0;
    int winner = -1;
    for (int racer = 0; racer < kRacers; ++racer) {
      const auto result = test::finish(racers[static_cast<std::size_t>(racer)]);
      if (result.exit_code == 0) {
        ++winners;
        winner = racer;
        CHECK(result.out == "docs/2026-11-20-checkout-outage.md\n");
      } else {
        CHECK(result.exit_code == 2);
        CHECK(result.err ==
              "postmortem: docs/2026-11-20-checkout-outage.md: exists; postmortem never overwrites "
              "a file\n");
      }
    }
    REQUIRE(winners == 1);
    const std::string text = test::read_text(folder.path("docs/2026-11-20-checkout-outage.md"));
    CHECK(text.find("**Authors**: Racer " + std::to_string(winner) + "\n") != std::string::npos);
    CHECK(text.find("Racer", text.find("Racer") + 1) ==
          std::string::npos);  // one run's document, whole
    int left = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder.path("docs"))) ++left;
    CHECK(left == 1);  // no temporary files
  }
}

}  // namespace
}  // namespace pm

namespace pm {
namespace {

// Ctrl-C or a CI job's cancellation can come at any moment of a run over many files. Whenever it
// comes, each file is either as it was or wholly fixed, and no temporary file stays behind.
TEST_CASE("fix interrupted at any moment leaves each file whole and no temporary file") {
  constexpr int kFiles = 60;
  const std::string before = Folder::before("duration");
  const std::string after = Folder::after("duration");
  int interrupted = 0;
  for (int delay_ms : {2, 5, 10, 20, 40, 80}) {
    Folder folder;
    std::vector<std::string> arguments{"fix", "--today", kToday};
    for (int index = 0; index < kFiles; ++index) {
      arguments.push_back(folder.put_fix_case("pm-" + std::to_string(index) + ".md", "duration"));
    }
    const test::StartedCommand run = test::start_postmortem(arguments, folder.root);
    ::usleep(static_cast<useconds_t>(delay_ms) * 1000);
    ::kill(run.pid, SIGINT);
    const auto result = test::finish(run);
    CAPTURE(delay_ms);
    CHECK((result.exit_code == 0 || result.exit_code == 128 + SIGINT));
    if (result.exit_code != 0) ++interrupted;
    CHECK(folder.entries() == kFiles);
    for (const auto& entry : fs::directory_iterator(folder.root)) {
      const std::string text = test::read_text(entry.path().string());
      CAPTURE(entry.path().string());
      CHECK((text == before || text == after));
    }
  }
  CHECK(interrupted > 0);
}

}  // namespace
}  // namespace pm
