#pragma once

#include <sys/types.h>

#include <optional>
#include <string>
#include <vector>

#include "support/run_command.h"

namespace pm::test {

// How a postmortem process is held back, to reproduce a hostile environment for real.
struct Restrictions {
  // Run as a user that file permissions apply to: as root, the `nobody` account; otherwise the
  // current user, to whom they already apply.
  bool permissions_apply = false;
  // RLIMIT_FSIZE in the child: writes past this many bytes fail as on a full disk.
  std::optional<unsigned long> file_size_limit;
};

// Like run_postmortem, with the restrictions applied in the child process only.
CommandResult run_postmortem_restricted(const std::vector<std::string>& arguments,
                                        const std::string& working_directory,
                                        const Restrictions& restrictions);

// A postmortem process started and not yet waited for, so that several can race.
struct StartedCommand {
  pid_t pid = -1;
  std::string scratch;  // holds its captured stdout and stderr
};
StartedCommand start_postmortem(const std::vector<std::string>& arguments,
                                const std::string& working_directory);
CommandResult finish(const StartedCommand& started);

// Whether the test runs as root, for whom permission bits alone do not block anything.
bool running_as_root();

}  // namespace pm::test
