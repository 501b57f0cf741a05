#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace pm {

// The names looked for in each directory, in order of preference.
inline constexpr std::string_view config_file_names[] = {".postmortem.yml", ".postmortem.yaml"};

// The configuration that applies to files under `start_directory` (empty means the current
// directory): the first directory, walking up towards /, that holds .postmortem.yml or else
// .postmortem.yaml. The walk ends after checking a directory that contains .git (a directory, or
// a file in worktrees and submodules), so one repository never picks up a configuration from
// outside it. Returns an absolute, lexically normalized path (symbolic links are kept as they
// are); nullopt when there is none or the directories cannot be inspected.
std::optional<std::string> find_config(const std::string& start_directory);

}  // namespace pm
