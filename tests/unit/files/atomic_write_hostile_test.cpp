#include <doctest/doctest.h>
#include <sys/stat.h>

#include <filesystem>

#include "files/atomic_write.h"
#include "support/run_command.h"

// What can happen to a file between reading it and writing the fixed text back.
namespace pm {
namespace {

namespace fs = std::filesystem;

struct Folder {
  std::string root = test::make_temp_directory();
  ~Folder() { fs::remove_all(root); }
  std::string path(const std::string& name) const { return root + "/" + name; }
  int entries() const {
    int count = 0;
    for ([[maybe_unused]] const auto& entry : fs::directory_iterator(root)) ++count;
    return count;
  }
};

TEST_CASE("a target replaced by a directory is left alone and the write reports it") {
  Folder folder;
  fs::create_directory(folder.path("pm.md"));
  test::write_text(folder.path("pm.md/inside.md"), "kept\n");
  const auto failure = write_file_atomically(folder.path("pm.md"), "fixed\n");
  REQUIRE(failure.has_value());
  CHECK(failure->find("cannot replace " + folder.path("pm.md")) == 0);
  CHECK(test::read_text(folder.path("pm.md/inside.md")) == "kept\n");
  CHECK(folder.entries() == 1);  // the temporary file is gone

  fs::remove(folder.path("pm.md/inside.md"));  // an empty directory is refused the same way
  CHECK(write_file_atomically(folder.path("pm.md"), "fixed\n").has_value());
  CHECK(fs::is_directory(folder.path("pm.md")));
  CHECK(folder.entries() == 1);
}

TEST_CASE("a file that changed after it was read is not replaced") {
  Folder folder;
  const std::string path = folder.path("pm.md");
  test::write_text(path, "the author saved this meanwhile\n");
  const auto failure = replace_file_if_unchanged(path, "what fix read\n", "fixed\n");
  REQUIRE(failure.has_value());
  CHECK(*failure == "it changed on disk while being fixed; run fix again");
  CHECK(test::read_text(path) == "the author saved this meanwhile\n");
  CHECK(folder.entries() == 1);

  CHECK_FALSE(
      replace_file_if_unchanged(path, "the author saved this meanwhile\n", "fixed\n").has_value());
  CHECK(test::read_text(path) == "fixed\n");

  fs::remove(path);
  fs::create_directory(path);  // replaced by a directory: also a change
  CHECK(replace_file_if_unchanged(path, "fixed\n", "again\n").has_value());
  CHECK(fs::is_directory(path));
}

TEST_CASE("a write through a symbolic link replaces the file it points to and keeps the link") {
  Folder folder;
  fs::create_directory(folder.path("real"));
  test::write_text(folder.path("real/pm.md"), "old\n");
  ::chmod(folder.path("real/pm.md").c_str(), 0640);
  fs::create_symlink("real/pm.md", folder.path("link.md"));
  CHECK_FALSE(write_file_atomically(folder.path("link.md"), "new\n").has_value());
  CHECK(fs::is_symlink(folder.path("link.md")));
  CHECK(test::read_text(folder.path("real/pm.md")) == "new\n");
  struct stat info {};
  ::stat(folder.path("real/pm.md").c_str(), &info);
  CHECK((info.st_mode & 0777) == 0640);
  CHECK(folder.entries() == 2);
  int in_real = 0;
  for ([[maybe_unused]] const auto& entry : fs::directory_iterator(folder.path("real"))) ++in_real;
  CHECK(in_real == 1);
}

TEST_CASE("a new file is never created through a link, dangling or not") {
  Folder folder;
  fs::create_symlink("elsewhere.md", folder.path("pm.md"));
  const auto failure = write_new_file_atomically(folder.path("pm.md"), "new\n");
  REQUIRE(failure.has_value());
  CHECK(*failure == "exists; postmortem never overwrites a file");
  CHECK_FALSE(fs::exists(folder.path("elsewhere.md")));
  CHECK(fs::is_symlink(folder.path("pm.md")));
  CHECK(folder.entries() == 1);
}

}  // namespace
}  // namespace pm
