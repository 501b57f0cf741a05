#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pm {

// The path `name` takes inside the output folder `directory`, or nothing when it would end up
// anywhere else: an absolute path, `..` components, a separator, or a name that resolves (through
// links already on disk) outside the folder. Site file names are plain names; anything else is
// refused rather than repaired.
std::optional<std::string> path_inside(const std::string& directory, std::string_view name);

// Writes one file of the site into `directory` through a temporary file and a rename, after
// checking that it stays inside. Returns why it failed; the file that was there is left as it was.
std::optional<std::string> write_site_file(const std::string& directory, std::string_view name,
                                           std::string_view bytes);

}  // namespace pm
