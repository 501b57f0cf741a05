#include "config/config_discovery.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <string>

#include "support/run_command.h"

namespace {

namespace fs = std::filesystem;

// A fresh directory tree, removed at the end of the test. The top holds a .git so that no walk
// escapes into whatever configuration the machine running the tests may have above it.
struct Sandbox {
  std::string root = pm::test::make_temp_directory();
  Sandbox() { fs::create_directory(root + "/.git"); }
  Sandbox(const Sandbox&) = delete;
  Sandbox& operator=(const Sandbox&) = delete;
  ~Sandbox() {
    std::error_code ignored;
    fs::remove_all(root, ignored);
  }

  std::string directory(const std::string& relative) const {
    fs::create_directories(root + "/" + relative);
    return root + "/" + relative;
  }
  std::string file(const std::string& relative, const std::string& content = "") const {
    const std::string path = root + "/" + relative;
    fs::create_directories(fs::path(path).parent_path());
    pm::test::write_text(path, content);
    return path;
  }
};

TEST_CASE("find_config walks up from a nested directory") {
  const Sandbox sandbox;
  const std::string config = sandbox.file("repo/.postmortem.yml");
  const std::string start = sandbox.directory("repo/docs/postmortems/2025");
  CHECK(pm::find_config(start) == config);
}

TEST_CASE("find_config finds a configuration in the start directory itself") {
  const Sandbox sandbox;
  const std::string config = sandbox.file("repo/.postmortem.yml");
  CHECK(pm::find_config(sandbox.directory("repo")) == config);
}

TEST_CASE("find_config prefers the nearest directory") {
  const Sandbox sandbox;
  sandbox.file("repo/.postmortem.yml");
  const std::string nearer = sandbox.file("repo/docs/.postmortem.yml");
  CHECK(pm::find_config(sandbox.directory("repo/docs/postmortems")) == nearer);
}

TEST_CASE("find_config prefers .yml to .yaml and accepts .yaml alone") {
  const Sandbox sandbox;
  const std::string yaml = sandbox.file("a/.postmortem.yaml");
  CHECK(pm::find_config(sandbox.directory("a/b")) == yaml);
  const std::string yml = sandbox.file("a/.postmortem.yml");
  CHECK(pm::find_config(sandbox.directory("a/b")) == yml);
}

TEST_CASE("find_config stops at the repository root after checking it") {
  const Sandbox sandbox;
  sandbox.file(".postmortem.yml");  // outside the repository: must not be used
  sandbox.directory("repo/.git");
  const std::string start = sandbox.directory("repo/src/deep");
  CHECK_FALSE(pm::find_config(start).has_value());

  const std::string at_root = sandbox.file("repo/.postmortem.yml");
  CHECK(pm::find_config(start) == at_root);
}

TEST_CASE("a .git file (worktree or submodule) also marks a repository root") {
  const Sandbox sandbox;
  sandbox.file(".postmortem.yml");
  sandbox.file("worktree/.git", "gitdir: /elsewhere/.git/worktrees/w\n");
  CHECK_FALSE(pm::find_config(sandbox.directory("worktree/docs")).has_value());
}

TEST_CASE("a directory named like the configuration is not one") {
  const Sandbox sandbox;
  const std::string config = sandbox.file(".postmortem.yml");
  sandbox.directory("a/.postmortem.yml");
  CHECK(pm::find_config(sandbox.directory("a/b")) == config);
}

TEST_CASE("find_config returns a normalized absolute path") {
  const Sandbox sandbox;
  const std::string config = sandbox.file("repo/.postmortem.yml");
  sandbox.directory("repo/a/b");
  CHECK(pm::find_config(sandbox.root + "/repo/a/b/../b/./") == config);
}

TEST_CASE("find_config finds nothing from a directory that does not exist") {
  const Sandbox sandbox;
  CHECK_FALSE(pm::find_config(sandbox.root + "/missing/child").has_value());
}

}  // namespace
