#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pm {

// Replaces `path` with `bytes` so that a reader (or a crash) sees the old file or the new one,
// never a mix: a temporary file in the same folder is written, flushed and renamed over it. The
// file keeps its permission bits. Returns why it failed, with the original left as it was.
// A symbolic link is written through: the file it points to is replaced and the link stays.
std::optional<std::string> write_file_atomically(const std::string& path, std::string_view bytes);

// The same, but only while `path` still holds `expected`, the bytes the new text was made from:
// a file an editor saved in the meantime is left as it is ("changed since it was read").
std::optional<std::string> replace_file_if_unchanged(const std::string& path, std::string_view expected,
                                                     std::string_view bytes);

// Creates `path` with `bytes`, all at once, and never over an existing file: an existing target
// is an error ("exists") and is left untouched.
std::optional<std::string> write_new_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace pm
