#include <doctest/doctest.h>

#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "files/collect_files.h"
#include "support/run_command.h"

namespace pm {
namespace {

namespace fs = std::filesystem;

struct Tree {
  std::string root = test::make_temp_directory();
  ~Tree() { fs::remove_all(root); }
  void file(const std::string& relative) {
    fs::create_directories(fs::path(root + "/" + relative).parent_path());
    test::write_text(root + "/" + relative, "# x\n");
  }
};

TEST_CASE("directories are walked for Markdown in a stable order, skipping .git and node_modules") {
  Tree tree;
  for (auto name : {"b.md", "a.markdown", "notes.txt", "sub/c.md", ".git/d.md", "node_modules/e.md", "z/y.md"}) {
    tree.file(name);
  }
  CollectedFiles collected = collect_files({tree.root}, {});
  CHECK(collected.problems.empty());
  const std::vector<std::string> expected{tree.root + "/a.markdown", tree.root + "/b.md", tree.root + "/sub/c.md",
                                          tree.root + "/z/y.md"};
  CHECK(collected.files == expected);
}

TEST_CASE("a file named explicitly is taken whatever its extension, once") {
  Tree tree;
  tree.file("report.txt");
  CollectedFiles collected = collect_files({tree.root + "/report.txt", tree.root + "/report.txt"}, {});
  CHECK(collected.files == std::vector<std::string>{tree.root + "/report.txt"});
}

TEST_CASE("globs, include and exclude") {
  Tree tree;
  for (auto name : {"docs/2026-a.md", "docs/old/2019-b.md", "docs/README.md", "docs/templates/t.md"}) tree.file(name);
  CollectedFiles by_glob = collect_files({tree.root + "/docs/**/2*.md"}, {});
  CHECK(by_glob.files == std::vector<std::string>{tree.root + "/docs/2026-a.md", tree.root + "/docs/old/2019-b.md"});
  CollectOptions options;
  options.exclude = {"**/README.md", "**/templates/**"};
  CollectedFiles filtered = collect_files({tree.root}, options);
  CHECK(filtered.files == std::vector<std::string>{tree.root + "/docs/2026-a.md", tree.root + "/docs/old/2019-b.md"});
  CollectedFiles nothing = collect_files({tree.root + "/nowhere/*.md"}, {});
  REQUIRE(nothing.problems.size() == 1);
  CHECK(nothing.problems[0].message == "no files match this pattern");
}

TEST_CASE("missing paths and symlink loops are reported or skipped, never followed forever") {
  Tree tree;
  tree.file("a.md");
  fs::create_directory_symlink(tree.root, tree.root + "/loop");
  CollectedFiles collected = collect_files({tree.root, tree.root + "/missing.md"}, {});
  CHECK(collected.files == std::vector<std::string>{tree.root + "/a.md"});
  REQUIRE(collected.problems.size() == 1);
  CHECK(collected.problems[0].path == tree.root + "/missing.md");
  CHECK(collected.problems[0].message == "No such file or directory");
}

TEST_CASE("an unreadable folder is a problem, the rest is still collected") {
  if (::geteuid() == 0) {
    MESSAGE("running as root: permissions do not apply, checked by the message path only");
  }
  Tree tree;
  tree.file("a.md");
  tree.file("locked/b.md");
  ::chmod((tree.root + "/locked").c_str(), 0);
  CollectedFiles collected = collect_files({tree.root}, {});
  ::chmod((tree.root + "/locked").c_str(), 0755);
  CHECK(collected.files.front() == tree.root + "/a.md");
  if (::geteuid() != 0) {
    REQUIRE(collected.problems.size() == 1);
    CHECK(collected.problems[0].path == tree.root + "/locked");
  }
}

}  // namespace
}  // namespace pm
