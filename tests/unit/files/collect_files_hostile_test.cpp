#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "files/collect_files.h"
#include "support/run_command.h"

// A docs repository holds whatever was committed or left behind; walking it must finish and must
// hand the reader every entry it cannot take, so each is reported once.
namespace pm {
namespace {

namespace fs = std::filesystem;

struct Tree {
  std::string root = test::make_temp_directory();
  ~Tree() { fs::remove_all(root); }
  std::string path(const std::string& relative) const { return root + "/" + relative; }
  void file(const std::string& relative) const {
    fs::create_directories(fs::path(path(relative)).parent_path());
    test::write_text(path(relative), "# x\n");
  }
};

TEST_CASE("a walk finishes over links to folders, links to themselves and cycles of links") {
  Tree tree;
  tree.file("docs/a.md");
  tree.file("docs/sub/b.md");
  fs::create_directory_symlink(tree.path("docs"), tree.path("docs/sub/up"));
  fs::create_symlink("self.md", tree.path("docs/self.md"));
  fs::create_symlink("ping.md", tree.path("docs/pong.md"));
  fs::create_symlink("pong.md", tree.path("docs/ping.md"));
  const CollectedFiles collected = collect_files({tree.path("docs")}, {});
  // Links that lead nowhere are passed on, so reading them names each one.
  const std::vector<std::string> expected{tree.path("docs/a.md"), tree.path("docs/ping.md"),
                                          tree.path("docs/pong.md"), tree.path("docs/self.md"),
                                          tree.path("docs/sub/b.md")};
  CHECK(collected.files == expected);
  CHECK(collected.problems.empty());
}

TEST_CASE("a FIFO is passed on to be refused, and a folder named x.md is walked") {
  Tree tree;
  tree.file("docs/x.md/inside.md");
  REQUIRE(::mkfifo(tree.path("docs/pipe.md").c_str(), 0644) == 0);
  const CollectedFiles collected = collect_files({tree.path("docs")}, {});
  const std::vector<std::string> expected{tree.path("docs/pipe.md"),
                                          tree.path("docs/x.md/inside.md")};
  CHECK(collected.files == expected);
  CHECK(collected.problems.empty());
}

TEST_CASE("a link to a file is taken once, under the name it was found by") {
  Tree tree;
  tree.file("docs/a.md");
  fs::create_symlink("a.md", tree.path("docs/b.md"));
  const CollectedFiles collected = collect_files({tree.path("docs"), tree.path("docs/a.md")}, {});
  const std::vector<std::string> expected{tree.path("docs/a.md"), tree.path("docs/b.md")};
  CHECK(collected.files == expected);
}

}  // namespace
}  // namespace pm
