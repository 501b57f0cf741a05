// Times cmark-gfm alone, then postmortem's parse, lint and fix, on each pathological input, and
// prints a Markdown table for bench/README.md. Every measurement runs in a child process with a
// time limit, so an input that makes a stage blow up is reported as such instead of hanging.
//   pathological_bench [--scale X] [--timeout SECONDS] [--binary PATH]
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm.h>
#include <fcntl.h>
#include <signal.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <optional>
#include <string>
#include <thread>
#include <vector>

#include "fix/fix_document.h"
#include "lint/lint_document.h"
#include "model/parse_document.h"
#include "pathological_inputs.h"
#include "template/template_reader.h"

extern char** environ;

namespace {

using Clock = std::chrono::steady_clock;
constexpr int kRepeats = 3;

struct Options {
  double scale = 1.0;
  int timeout_seconds = 120;
  std::string binary;  // the postmortem executable, for the command-line columns
};

// cmark-gfm with what postmortem attaches to its parser, and nothing else.
void parse_with_cmark_alone(const std::string& text) {
  cmark_gfm_core_extensions_ensure_registered();
  cmark_parser* parser = cmark_parser_new(CMARK_OPT_SOURCEPOS);
  for (const char* name : {"table", "tasklist", "strikethrough", "autolink"}) {
    if (cmark_syntax_extension* extension = cmark_find_syntax_extension(name)) {
      cmark_parser_attach_syntax_extension(parser, extension);
    }
  }
  cmark_parser_feed(parser, text.data(), text.size());
  cmark_node* root = cmark_parser_finish(parser);
  cmark_node_free(root);
  cmark_parser_free(parser);
}

pm::LintSettings default_settings() {
  pm::LintSettings settings;
  settings.spec = std::get<pm::TemplateSpec>(pm::default_template());
  settings.options.today = pm::CivilDate{2026, 7, 1};
  return settings;
}

// Waits for `child` at most `limit`; nullopt (and the child killed) when it takes longer or dies.
std::optional<double> wait_for(pid_t child, std::chrono::seconds limit, Clock::time_point started) {
  int status = 0;
  while (::waitpid(child, &status, WNOHANG) == 0) {
    if (Clock::now() - started > limit) {
      ::kill(child, SIGKILL);
      ::waitpid(child, &status, 0);
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) return std::nullopt;
  return std::chrono::duration<double>(Clock::now() - started).count();
}

// The best of kRepeats runs of `stage`, in seconds, measured inside a child process.
std::optional<double> time_in_child(const std::function<void()>& stage, int timeout_seconds) {
  int channel[2];
  if (::pipe(channel) != 0) return std::nullopt;
  const Clock::time_point started = Clock::now();
  const pid_t child = ::fork();
  if (child == 0) {
    ::close(channel[0]);
    double best = 1e300;
    for (int run = 0; run < kRepeats; ++run) {
      const auto begin = Clock::now();
      stage();
      best = std::min(best, std::chrono::duration<double>(Clock::now() - begin).count());
    }
    const bool sent = ::write(channel[1], &best, sizeof best) == static_cast<ssize_t>(sizeof best);
    ::_exit(sent ? 0 : 1);
  }
  ::close(channel[1]);
  const auto finished = wait_for(child, std::chrono::seconds(timeout_seconds), started);
  double best = 0;
  const bool received =
      finished && ::read(channel[0], &best, sizeof best) == static_cast<ssize_t>(sizeof best);
  ::close(channel[0]);
  if (!received) return std::nullopt;
  return best;
}

// Wall-clock time of one run of the postmortem binary on `file`, output discarded.
std::optional<double> time_command(const Options& options, const std::string& command,
                                   const std::string& file) {
  std::vector<std::string> storage{options.binary, command, "--max-bytes", "20000000", file};
  if (command == "lint") storage.insert(storage.begin() + 2, {"--today", "2026-07-01"});
  std::vector<char*> argv;
  for (auto& argument : storage) argv.push_back(argument.data());
  argv.push_back(nullptr);
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  const Clock::time_point started = Clock::now();
  pid_t child = 0;
  const int spawned =
      ::posix_spawn(&child, options.binary.c_str(), &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (spawned != 0) return std::nullopt;
  int status = 0;
  while (::waitpid(child, &status, WNOHANG) == 0) {
    if (Clock::now() - started > std::chrono::seconds(options.timeout_seconds)) {
      ::kill(child, SIGKILL);
      ::waitpid(child, &status, 0);
      return std::nullopt;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  // lint exits 1 for error-level findings; only a crash or a failure to run is a failure here.
  if (!WIFEXITED(status) || WEXITSTATUS(status) > 1) return std::nullopt;
  return std::chrono::duration<double>(Clock::now() - started).count();
}

std::string milliseconds(const std::optional<double>& seconds) {
  if (!seconds) return "failed / timed out";
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", *seconds * 1000);
  return text;
}

std::string ratio(const std::optional<double>& ours, const std::optional<double>& cmark) {
  if (!ours || !cmark || *cmark <= 0) return "-";
  char text[32];
  std::snprintf(text, sizeof text, "%.1f×", *ours / *cmark);
  return text;
}

Options read_options(int argc, char** argv) {
  Options options;
  for (int i = 1; i + 1 < argc; i += 2) {
    const std::string flag = argv[i];
    if (flag == "--scale") options.scale = std::atof(argv[i + 1]);
    if (flag == "--timeout") options.timeout_seconds = std::atoi(argv[i + 1]);
    if (flag == "--binary") options.binary = argv[i + 1];
  }
  return options;
}

}  // namespace

int main(int argc, char** argv) {
  const Options options = read_options(argc, argv);
  const pm::LintSettings settings = default_settings();
  const std::string scratch =
      (std::filesystem::temp_directory_path() / "postmortem-bench.md").string();
  std::cout << "| input | size | bytes | cmark-gfm ms | parse ms | lint ms | fix ms | parse / "
               "cmark | lint / cmark |"
            << (options.binary.empty() ? "" : " `postmortem parse` ms | `postmortem lint` ms |")
            << '\n'
            << "| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
            << (options.binary.empty() ? "" : " ---: | ---: |") << '\n';
  for (const auto& input : pm::bench::pathological_inputs(options.scale)) {
    const std::string& text = input.text;
    const auto cmark =
        time_in_child([&] { parse_with_cmark_alone(text); }, options.timeout_seconds);
    const auto parse =
        time_in_child([&] { (void)pm::parse_document(text, "bench.md"); }, options.timeout_seconds);
    const auto lint = time_in_child([&] { (void)pm::lint_file_bytes(text, "bench.md", settings); },
                                    options.timeout_seconds);
    const auto fix = time_in_child([&] { (void)pm::fix_file_bytes(text, "bench.md", settings); },
                                   options.timeout_seconds);
    std::cout << "| " << input.name << " | " << input.description << " | " << text.size() << " | "
              << milliseconds(cmark) << " | " << milliseconds(parse) << " | " << milliseconds(lint)
              << " | " << milliseconds(fix) << " | " << ratio(parse, cmark) << " | "
              << ratio(lint, cmark) << " |";
    if (!options.binary.empty()) {
      std::ofstream(scratch, std::ios::binary) << text;
      std::cout << ' ' << milliseconds(time_command(options, "parse", scratch)) << " | "
                << milliseconds(time_command(options, "lint", scratch)) << " |";
    }
    std::cout << std::endl;
  }
  std::filesystem::remove(scratch);
  return 0;
}
