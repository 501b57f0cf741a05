#include "lint/lint_files.h"

#include <algorithm>
#include <atomic>
#include <thread>

#include "text/read_file.h"

namespace pm {
namespace {

FileResult lint_one(const std::string& file, const LintSettings& settings, std::uintmax_t max_bytes) {
  ReadResult bytes = read_file(file, max_bytes);
  if (auto* failure = std::get_if<ReadFailure>(&bytes)) {
    FileResult result;
    result.file = file;
    result.failure = failure->message;
    return result;
  }
  return lint_file_bytes(std::get<std::string>(bytes), file, settings);
}

}  // namespace

std::vector<FileResult> lint_files(const std::vector<std::string>& files, const LintSettings& settings, int jobs,
                                   std::uintmax_t max_bytes) {
  std::vector<FileResult> results(files.size());
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t index = next++; index < files.size(); index = next++) {
      results[index] = lint_one(files[index], settings, max_bytes);
    }
  };
  const std::size_t threads = std::clamp<std::size_t>(static_cast<std::size_t>(std::max(jobs, 1)), 1, files.size() ? files.size() : 1);
  std::vector<std::jthread> pool;
  for (std::size_t i = 1; i < threads; ++i) pool.emplace_back(work);
  work();
  return results;
}

}  // namespace pm
