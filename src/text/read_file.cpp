#include "text/read_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace pm {
namespace {

class FileDescriptor {
 public:
  explicit FileDescriptor(int fd) : fd_(fd) {}
  FileDescriptor(const FileDescriptor&) = delete;
  FileDescriptor& operator=(const FileDescriptor&) = delete;
  ~FileDescriptor() {
    if (fd_ >= 0) ::close(fd_);
  }
  int get() const { return fd_; }

 private:
  int fd_;
};

std::string describe_type(mode_t mode) {
  if (S_ISDIR(mode)) return "is a directory";
  if (S_ISFIFO(mode)) return "is a FIFO, not a regular file";
  if (S_ISSOCK(mode)) return "is a socket, not a regular file";
  if (S_ISCHR(mode) || S_ISBLK(mode)) return "is a device, not a regular file";
  return "is not a regular file";
}

}  // namespace

ReadResult read_file(const std::string& path, std::uintmax_t max_bytes) {
  // O_NONBLOCK so that opening a FIFO with no writer returns at once instead of waiting.
  FileDescriptor fd(::open(path.c_str(), O_RDONLY | O_NONBLOCK | O_CLOEXEC));
  if (fd.get() < 0) return ReadFailure{std::strerror(errno)};
  struct stat info {};
  if (::fstat(fd.get(), &info) != 0) return ReadFailure{std::strerror(errno)};
  if (!S_ISREG(info.st_mode)) return ReadFailure{describe_type(info.st_mode)};
  if (static_cast<std::uintmax_t>(info.st_size) > max_bytes) {
    return ReadFailure{"file is " + std::to_string(info.st_size) + " bytes, more than the limit of " +
                       std::to_string(max_bytes) + " (--max-bytes)"};
  }
  std::string content;
  content.resize(static_cast<std::size_t>(info.st_size));
  std::size_t filled = 0;
  while (true) {
    if (filled == content.size()) content.resize(content.size() + 4096);
    ssize_t got = ::read(fd.get(), content.data() + filled, content.size() - filled);
    if (got < 0) {
      if (errno == EINTR) continue;
      return ReadFailure{std::strerror(errno)};
    }
    if (got == 0) break;
    filled += static_cast<std::size_t>(got);
    if (filled > max_bytes) return ReadFailure{"file grew past the limit of " + std::to_string(max_bytes) + " bytes"};
  }
  content.resize(filled);
  return content;
}

}  // namespace pm
