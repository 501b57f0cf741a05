#include "support/restricted_run.h"

#include <fcntl.h>
#include <grp.h>
#include <signal.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <filesystem>

#include "files/interruptions_held.h"

namespace pm::test {
namespace {

constexpr uid_t kNobody = 65534;
constexpr gid_t kNoGroup = 65534;

struct ChildPaths {
  std::string working_directory, out, err;
};

// Runs in the forked child only: no allocation, only system calls, until exec.
[[noreturn]] void exec_child(std::vector<char*>& argv, const ChildPaths& paths,
                             const Restrictions& restrictions) {
  // The test runner's crash handlers must not run in a child that a test interrupts before exec;
  // the signals were held over the fork so none arrives before the defaults are back.
  struct sigaction default_action {};
  default_action.sa_handler = SIG_DFL;
  for (int signal : {SIGINT, SIGTERM}) ::sigaction(signal, &default_action, nullptr);
  sigset_t none;
  ::sigemptyset(&none);
  ::pthread_sigmask(SIG_SETMASK, &none, nullptr);
  if (!paths.working_directory.empty() && ::chdir(paths.working_directory.c_str()) != 0)
    ::_exit(126);
  const int out = ::open(paths.out.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const int err = ::open(paths.err.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
  const int in = ::open("/dev/null", O_RDONLY);
  if (out < 0 || err < 0 || in < 0) ::_exit(126);
  ::dup2(in, 0);
  ::dup2(out, 1);
  ::dup2(err, 2);
  if (restrictions.file_size_limit) {
    rlimit limit{*restrictions.file_size_limit, *restrictions.file_size_limit};
    if (::setrlimit(RLIMIT_FSIZE, &limit) != 0) ::_exit(126);
  }
  if (restrictions.permissions_apply && ::geteuid() == 0) {
    if (::setgroups(0, nullptr) != 0 || ::setgid(kNoGroup) != 0 || ::setuid(kNobody) != 0)
      ::_exit(126);
  }
  ::execv(PM_BINARY, argv.data());
  ::_exit(127);
}

pid_t fork_postmortem(const std::vector<std::string>& arguments,
                      const std::string& working_directory, const std::string& scratch,
                      const Restrictions& restrictions) {
  std::vector<std::string> storage{PM_BINARY};
  storage.insert(storage.end(), arguments.begin(), arguments.end());
  std::vector<char*> argv;
  for (auto& argument : storage) argv.push_back(argument.data());
  argv.push_back(nullptr);
  const ChildPaths paths{working_directory, scratch + "/out", scratch + "/err"};
  const InterruptionsHeld held;
  const pid_t pid = ::fork();
  if (pid == 0) exec_child(argv, paths, restrictions);
  return pid;
}

}  // namespace

bool running_as_root() { return ::geteuid() == 0; }

StartedCommand start_postmortem(const std::vector<std::string>& arguments,
                                const std::string& working_directory) {
  StartedCommand started;
  started.scratch = make_temp_directory();
  started.pid = fork_postmortem(arguments, working_directory, started.scratch, {});
  return started;
}

CommandResult finish(const StartedCommand& started) {
  CommandResult result;
  int status = 0;
  if (started.pid > 0 && ::waitpid(started.pid, &status, 0) == started.pid) {
    result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  }
  result.out = read_text(started.scratch + "/out");
  result.err = read_text(started.scratch + "/err");
  std::filesystem::remove_all(started.scratch);
  return result;
}

CommandResult run_postmortem_restricted(const std::vector<std::string>& arguments,
                                        const std::string& working_directory,
                                        const Restrictions& restrictions) {
  StartedCommand started;
  started.scratch = make_temp_directory();
  started.pid = fork_postmortem(arguments, working_directory, started.scratch, restrictions);
  return finish(started);
}

}  // namespace pm::test
