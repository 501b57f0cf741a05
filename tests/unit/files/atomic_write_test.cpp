#include <doctest/doctest.h>

#include <sys/resource.h>
#include <sys/stat.h>

#include <csignal>
#include <filesystem>

#include "files/atomic_write.h"
#include "support/run_command.h"

namespace pm {
namespace {

int files_in(const std::string& folder) {
  int count = 0;
  for ([[maybe_unused]] const auto& entry : std::filesystem::directory_iterator(folder)) ++count;
  return count;
}

TEST_CASE("an atomic write replaces the file, keeps its permissions and leaves no temporary file") {
  const std::string root = test::make_temp_directory();
  const std::string path = root + "/pm.md";
  test::write_text(path, "old\n");
  ::chmod(path.c_str(), 0640);
  CHECK_FALSE(write_file_atomically(path, "new\n").has_value());
  CHECK(test::read_text(path) == "new\n");
  struct stat info {};
  ::stat(path.c_str(), &info);
  CHECK((info.st_mode & 0777) == 0640);
  CHECK(files_in(root) == 1);
  std::filesystem::remove_all(root);
}

TEST_CASE("a write that fails midway leaves the original intact and says why") {
  const std::string root = test::make_temp_directory();
  const std::string path = root + "/pm.md";
  test::write_text(path, "the author's text\n");
  // A file-size limit makes the write fail even for root, who ignores permissions.
  rlimit saved{};
  ::getrlimit(RLIMIT_FSIZE, &saved);
  auto* previous = std::signal(SIGXFSZ, SIG_IGN);
  rlimit small = saved;
  small.rlim_cur = 64;
  ::setrlimit(RLIMIT_FSIZE, &small);
  const auto failure = write_file_atomically(path, std::string(4096, 'x'));
  ::setrlimit(RLIMIT_FSIZE, &saved);
  std::signal(SIGXFSZ, previous);
  REQUIRE(failure.has_value());
  CHECK(failure->find("cannot write") != std::string::npos);
  CHECK(test::read_text(path) == "the author's text\n");
  CHECK(files_in(root) == 1);
  std::filesystem::remove_all(root);
}

TEST_CASE("creating a new file never replaces an existing one") {
  const std::string root = test::make_temp_directory();
  const std::string path = root + "/2026-01-02-x.md";
  CHECK_FALSE(write_new_file_atomically(path, "first\n").has_value());
  const auto again = write_new_file_atomically(path, "second\n");
  REQUIRE(again.has_value());
  CHECK(again->find("exists") != std::string::npos);
  CHECK(test::read_text(path) == "first\n");
  CHECK(files_in(root) == 1);
  std::filesystem::remove_all(root);
}

}  // namespace
}  // namespace pm
