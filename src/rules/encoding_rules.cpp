#include <algorithm>
#include <string>
#include <vector>

#include "lint/rule_context.h"
#include "rules/repair_changes.h"
#include "rules/rule_list.h"

namespace pm {
namespace {

std::string quoted(std::string_view text) { return "\"" + std::string(text) + "\""; }

// A long run of mangled Cyrillic or CJK would swamp the message; the start is enough to find it.
std::string shortened(std::string_view text) {
  constexpr std::size_t kLength = 24;
  if (text.size() <= kLength) return std::string(text);
  std::size_t cut = kLength;
  while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
  return std::string(text.substr(0, cut)) + "...";
}

std::string describe_changes(const std::vector<RepairChange>& changes) {
  constexpr std::size_t kShown = 3;
  std::string out;
  for (std::size_t index = 0; index < std::min(changes.size(), kShown); ++index) {
    if (index > 0) out += ", ";
    out += quoted(shortened(changes[index].before)) + " should be " +
           quoted(shortened(changes[index].after));
  }
  if (changes.size() > kShown) out += " and " + std::to_string(changes.size() - kShown) + " more";
  return out;
}

// The repaired stretches of the line as it reads now; the whole line when nothing is left to
// point at (a misread byte order mark that was simply dropped).
Range changed_range(const RuleContext& ctx, int line, const std::vector<RepairChange>& changes) {
  if (changes.empty()) return ctx.line_range(line);
  const std::size_t begin = changes.front().at;
  const std::size_t end = changes.back().at + changes.back().after.size();
  if (end <= begin) return ctx.line_range(line);
  return Range{{line, static_cast<int>(begin) + 1}, {line, static_cast<int>(end) + 1}};
}

// Rules see the repaired text, so every other position on the line is one of the repaired line.
// The edit replaces the whole line together with its end: from the start of the line to the
// start of the next, which are the same places in the repaired text and in the file's original
// bytes, so the edit is right whichever of the two it is applied to.
Edit rewrite_line(const RuleContext& ctx, const Repair& repair) {
  const bool has_line_end =
      repair.line < ctx.document.lines->line_count() || ctx.document.decoded.ends_with_newline;
  return Edit{Range{{repair.line, 1}, {repair.line + 1, 1}},
              repair.repaired + (has_line_end ? "\n" : "")};
}

// ---------------------------------------------------------------------------------------------
// PM024 mojibake-repaired

void check_mojibake(const RuleContext& ctx, DiagnosticSink& sink) {
  for (const Repair& repair : ctx.incident().repairs) {
    const std::vector<RepairChange> changes = repair_changes(repair.original, repair.repaired);
    std::string message = "mojibake from UTF-8 misread as " + repair.encoding;
    if (!changes.empty()) message += ": " + describe_changes(changes);
    message += "; the fix writes the line back in clean UTF-8";
    sink.report(changed_range(ctx, repair.line, changes), std::move(message),
                {rewrite_line(ctx, repair)});
  }
}

}  // namespace

namespace rules {

const RuleInfo kMojibake{
    "PM024",
    "mojibake-repaired",
    "Text mangled by a wrong encoding (mojibake such as \"â€™\" or \"ðŸŸ¢\") was repaired.",
    "When a UTF-8 file is opened as Windows-1252 or Mac OS Roman and saved again, every accented "
    "letter, curly quote, arrow and emoji turns into two to four strange characters. postmortem "
    "reads such lines back as they were meant and checks the repaired text, but the file itself "
    "still holds the mangled bytes that readers and other tools see. Run `postmortem fix` to "
    "write the repaired lines back, and make sure the editor saves the file as UTF-8.",
    "| 1 | Retry webhooks with backoff | Ana Ruiz | 2026-06-01 | ðŸŸ¢ Done |\n\n"
    "The queue didnâ€™t drain until 14:20.\n",
    "| 1 | Retry webhooks with backoff | Ana Ruiz | 2026-06-01 | 🟢 Done |\n\n"
    "The queue didn’t drain until 14:20.\n",
    Severity::warning,
    true,
    false,
    check_mojibake,
};

// Reported by the engine (lint_document.cpp) when decoding fails, since no rule gets to see a
// file that cannot be decoded.
const RuleInfo kInvalidUtf8{
    "PM025",
    "invalid-utf8",
    "The file is not valid UTF-8, so it cannot be checked.",
    "A byte that is not UTF-8 usually means the file, or text pasted into it, was saved in a "
    "legacy encoding such as Windows-1252 or Latin-1, where \"é\" is the single byte 0xE9. "
    "Renderers show a replacement character, and postmortem cannot parse the rest of the file, "
    "so none of its other rules run. Re-save the file as UTF-8 in the editor, or convert it (for "
    "example `iconv -f WINDOWS-1252 -t UTF-8`), then lint it again.",
    "<!-- \\xE9 below stands for the single byte 0xE9: é as Windows-1252 writes it -->\n"
    "**Authors**: Ren\\xE9e Dubois\n",
    "**Authors**: Renée Dubois\n",
    Severity::error,
    false,
    false,
    nullptr,
};

}  // namespace rules
}  // namespace pm
