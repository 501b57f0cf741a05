#include "text/read_file.h"

#include <doctest/doctest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>

#include "support/run_command.h"

namespace pm {
namespace {

namespace fs = std::filesystem;

struct Folder {
  std::string root = test::make_temp_directory();
  ~Folder() { fs::remove_all(root); }
  std::string path(const std::string& name) const { return root + "/" + name; }
};

std::string failure_of(const ReadResult& result) {
  const auto* failure = std::get_if<ReadFailure>(&result);
  return failure ? failure->message : "(read)";
}

TEST_CASE("read_file reads regular files whole, empty ones too") {
  Folder folder;
  test::write_text(folder.path("a.md"), "# A\n");
  test::write_text(folder.path("empty.md"), "");
  CHECK(std::get<std::string>(read_file(folder.path("a.md"))) == "# A\n");
  CHECK(std::get<std::string>(read_file(folder.path("empty.md"))).empty());
}

TEST_CASE("read_file refuses what is not a regular file at once, without waiting") {
  Folder folder;
  REQUIRE(::mkfifo(folder.path("pipe.md").c_str(), 0644) == 0);
  fs::create_directory(folder.path("folder.md"));
  fs::create_symlink("loop.md", folder.path("loop.md"));
  CHECK(failure_of(read_file(folder.path("pipe.md"))) == "is a FIFO, not a regular file");
  CHECK(failure_of(read_file(folder.path("folder.md"))) == "is a directory");
  CHECK(failure_of(read_file("/dev/zero")) == "is a device, not a regular file");
  CHECK(failure_of(read_file(folder.path("loop.md"))) == "Too many levels of symbolic links");
  CHECK(failure_of(read_file(folder.path("missing.md"))) == "No such file or directory");
}

TEST_CASE("read_file refuses a file over the limit before reading it") {
  Folder folder;
  test::write_text(folder.path("small.md"), std::string(100, 'x'));
  CHECK(failure_of(read_file(folder.path("small.md"), 99)) ==
        "file is 100 bytes, more than the limit of 99 (--max-bytes)");
  CHECK(std::get<std::string>(read_file(folder.path("small.md"), 100)).size() == 100);
  // A sparse file of 1 GiB: refused from its size alone, nothing is read.
  test::write_text(folder.path("huge.md"), "");
  fs::resize_file(folder.path("huge.md"), 1u << 30);
  CHECK(failure_of(read_file(folder.path("huge.md")))
            .rfind("file is 1073741824 bytes, more than the limit of 10485760", 0) == 0);
}

TEST_CASE("read_file reports a file it may not read") {
  if (::geteuid() == 0)
    return;  // root reads anything; tests/cli/hostile_input_test.cpp drops to nobody
  Folder folder;
  test::write_text(folder.path("secret.md"), "x");
  ::chmod(folder.path("secret.md").c_str(), 0);
  CHECK(failure_of(read_file(folder.path("secret.md"))) == "Permission denied");
}

}  // namespace
}  // namespace pm
