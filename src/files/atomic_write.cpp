#include "files/atomic_write.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "files/interruptions_held.h"
#include "text/read_file.h"

namespace pm {
namespace {

std::string system_error(std::string_view what) { return std::string(what) + ": " + std::strerror(errno); }

// Removes the temporary file unless it was renamed into place.
class TemporaryFile {
 public:
  explicit TemporaryFile(std::string path) : path_(std::move(path)) {}
  TemporaryFile(const TemporaryFile&) = delete;
  TemporaryFile& operator=(const TemporaryFile&) = delete;
  ~TemporaryFile() {
    if (fd_ >= 0) ::close(fd_);
    if (!kept_) ::unlink(path_.c_str());
  }
  int fd() const { return fd_; }
  void set_fd(int fd) { fd_ = fd; }
  const std::string& path() const { return path_; }
  bool close() {
    const int fd = fd_;
    fd_ = -1;
    return ::close(fd) == 0;
  }
  void keep() { kept_ = true; }

 private:
  std::string path_;
  int fd_ = -1;
  bool kept_ = false;
};

bool write_all(int fd, std::string_view bytes) {
  while (!bytes.empty()) {
    const ssize_t written = ::write(fd, bytes.data(), bytes.size());
    if (written < 0 && errno == EINTR) continue;
    if (written <= 0) return false;
    bytes.remove_prefix(static_cast<std::size_t>(written));
  }
  return true;
}

// Writes `bytes` to a new temporary file beside `path`, then hands it to `put_in_place`.
template <typename PutInPlace>
std::optional<std::string> write_beside(const std::string& path, std::string_view bytes, mode_t mode,
                                        PutInPlace put_in_place) {
  const std::filesystem::path target(path);
  const std::filesystem::path folder = target.has_parent_path() ? target.parent_path() : ".";
  std::string pattern = (folder / ("." + target.filename().string() + ".postmortem-XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  // Declared before the temporary file, so it is let go only after that file is gone or in place.
  const InterruptionsHeld held;
  const int fd = ::mkstemp(name.data());
  if (fd < 0) return system_error("cannot create a temporary file in " + folder.string());
  TemporaryFile temporary(name.data());
  temporary.set_fd(fd);
  if (::fchmod(fd, mode) != 0) return system_error("cannot set permissions on " + temporary.path());
  if (!write_all(fd, bytes)) return system_error("cannot write " + temporary.path());
  if (::fsync(fd) != 0) return system_error("cannot flush " + temporary.path());
  if (!temporary.close()) return system_error("cannot close " + temporary.path());
  return put_in_place(temporary);
}

// Renaming over a symbolic link would replace the link with a regular file and leave the file
// it points to as it was; the link's target is what the user meant.
std::string resolve_link(const std::string& path) {
  std::error_code error;
  if (!std::filesystem::is_symlink(path, error)) return path;
  const auto target = std::filesystem::canonical(path, error);
  return error ? path : target.string();
}

// Replaces `path` with `bytes`; `still_wanted` is asked last, just before the rename.
template <typename StillWanted>
std::optional<std::string> replace_file(const std::string& given_path, std::string_view bytes, StillWanted still_wanted) {
  const std::string path = resolve_link(given_path);
  struct stat original {};
  const mode_t mode = ::stat(path.c_str(), &original) == 0 ? (original.st_mode & 07777) : 0644;
  return write_beside(path, bytes, mode, [&](TemporaryFile& temporary) -> std::optional<std::string> {
    if (auto reason = still_wanted(path)) return reason;
    if (::rename(temporary.path().c_str(), path.c_str()) != 0) return system_error("cannot replace " + given_path);
    temporary.keep();
    return std::nullopt;
  });
}

}  // namespace

std::optional<std::string> write_file_atomically(const std::string& path, std::string_view bytes) {
  return replace_file(path, bytes, [](const std::string&) { return std::optional<std::string>(); });
}

std::optional<std::string> replace_file_if_unchanged(const std::string& path, std::string_view expected,
                                                     std::string_view bytes) {
  return replace_file(path, bytes, [&](const std::string& target) -> std::optional<std::string> {
    ReadResult current = read_file(target, expected.size());
    const auto* text = std::get_if<std::string>(&current);
    if (!text || *text != expected) return std::string("it changed on disk while being fixed; run fix again");
    return std::nullopt;
  });
}

std::optional<std::string> write_new_file_atomically(const std::string& path, std::string_view bytes) {
  const mode_t umask_bits = ::umask(0);
  ::umask(umask_bits);
  return write_beside(path, bytes, 0666 & ~umask_bits, [&](TemporaryFile& temporary) -> std::optional<std::string> {
    // link() fails when the target exists, so a file created meanwhile is never replaced.
    if (::link(temporary.path().c_str(), path.c_str()) != 0) {
      return errno == EEXIST ? std::string("exists; postmortem never overwrites a file")
                             : system_error("cannot create " + path);
    }
    return std::nullopt;
  });
}

}  // namespace pm
