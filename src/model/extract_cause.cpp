#include "model/extract.h"
#include "model/field_line.h"
#include "model/guidance.h"
#include "text/fold.h"

namespace pm {
namespace {

bool is_why_question(std::string_view text) {
  return starts_with_folded(fold(text.substr(0, 8)), "why") && text.find('?') != std::string_view::npos;
}

std::string_view strip_answer_lead(std::string_view text) {
  text = trim(text);
  bool changed = true;
  while (changed && !text.empty()) {
    changed = false;
    for (std::string_view lead : {"\u2192", "->", "=>", ":", "\u2014", "\u2013", "-", "**", "*"}) {
      if (text.substr(0, lead.size()) == lead) {
        text = trim(text.substr(lead.size()));
        changed = true;
      }
    }
  }
  return text;
}

std::string text_of_block(Node block) {
  if (block.kind() == NodeKind::list) {
    Node item = block.first_child();
    return item ? item.first_paragraph_text() : std::string();
  }
  if (block.kind() == NodeKind::block_quote) return block.first_paragraph_text();
  return block.plain_text();
}

struct WhyCollector {
  std::vector<WhyStep> steps;

  void read_paragraph(Node paragraph) {
    const std::string text = paragraph.plain_text();
    std::size_t arrow = std::string::npos;
    for (std::string_view mark : {"\u2192", "->", "=>"}) arrow = std::min(arrow, text.find(mark));
    const std::size_t question_end = text.find('?');
    if (!is_why_question(text) && !(arrow != std::string::npos && question_end < arrow)) return;
    WhyStep step;
    step.line = paragraph.start_line();
    step.question = std::string(trim(std::string_view(text).substr(0, question_end + 1)));
    step.answer = std::string(strip_answer_lead(std::string_view(text).substr(question_end + 1)));
    if (step.answer.empty()) {
      // The answer follows as the next block, or as the first of a nested list.
      for (Node next = paragraph.next(); next && step.answer.empty(); next = next.next()) {
        step.answer = text_of_block(next);
      }
      if (step.answer.empty()) {
        if (Node after = paragraph.parent().next(); after && paragraph.parent().kind() == NodeKind::item) {
          step.answer = text_of_block(after);
        }
      }
    }
    steps.push_back(std::move(step));
  }

  void read(Node block) {
    if (block.kind() == NodeKind::paragraph) {
      read_paragraph(block);
      return;
    }
    if (block.kind() == NodeKind::list || block.kind() == NodeKind::item || block.kind() == NodeKind::block_quote) {
      for (Node child = block.first_child(); child; child = child.next()) read(child);
    }
  }
};

// Five-whys and root-cause sections, without any section nested in another one listed.
std::vector<int> why_scopes(const DocumentView& view) {
  std::vector<int> candidates = view.sections_with_key("five_whys");
  for (int section : view.sections_with_key("root_cause")) candidates.push_back(section);
  std::vector<int> scopes;
  for (int candidate : candidates) {
    bool nested = false;
    for (int other : candidates) {
      const auto& outer = view.tree()[other];
      const auto& inner = view.tree()[candidate];
      nested = nested || (other != candidate && inner.line > outer.line && inner.line <= outer.end_line);
    }
    if (!nested) scopes.push_back(candidate);
  }
  return scopes;
}

bool is_root_cause_name(std::string_view name) {
  const std::string folded = fold(name);
  return folded == "root cause" || folded == "root causes" || folded == "primary cause" ||
         folded == "root cause summary";
}

// A "**Root Cause**: text" line anywhere in the incident, its text on the line or in the next block.
bool find_root_cause_line(const DocumentView& view, CauseAnalysis& out) {
  for (int section : view.tree().subtree(view.incident_root())) {
    for (Node block : view.tree()[section].blocks) {
      if (block.kind() != NodeKind::paragraph) continue;
      auto field = parse_field_line(view.lines().line(block.start_line()), false);
      if (!field || !is_root_cause_name(field->name)) continue;
      std::string text = block.plain_text();
      std::size_t colon = text.find(':');
      out.root_cause = colon == std::string::npos ? "" : std::string(trim(text.substr(colon + 1)));
      out.root_cause_line = block.start_line();
      if (out.root_cause.empty() && block.next()) {
        out.root_cause = text_of_block(block.next());
        out.root_cause_line = block.next().start_line();
      }
      if (!out.root_cause.empty()) return true;
    }
  }
  return false;
}

// The blocks of a root-cause section, leaving out subsections that hold something else
// (contributing factors, the whys, what happened).
std::vector<Node> root_cause_blocks(const DocumentView& view, int section) {
  std::vector<Node> blocks;
  for (int part : view.tree().subtree(section)) {
    if (part != section && !view.key(part).empty() && view.key(part) != "root_cause") continue;
    const auto& own = view.tree()[part].blocks;
    blocks.insert(blocks.end(), own.begin(), own.end());
  }
  return blocks;
}

void find_root_cause_section(const DocumentView& view, CauseAnalysis& out) {
  for (int section : view.sections_with_key("root_cause")) {
    bool after_example = false;
    for (Node block : root_cause_blocks(view, section)) {
      if (block.kind() == NodeKind::heading) continue;
      if (is_example_label(block)) {
        after_example = true;
        continue;
      }
      if (after_example || is_guidance_paragraph(block) || is_inline_example(block) ||
          block.kind() == NodeKind::code_block ||
          block.kind() == NodeKind::html_block || block.kind() == NodeKind::thematic_break) {
        after_example = false;
        continue;
      }
      std::string text = text_of_block(block);
      if (text.empty()) continue;
      out.root_cause = std::move(text);
      out.root_cause_line = block.start_line();
      return;
    }
  }
}

std::vector<std::string> contributing_factors(const DocumentView& view) {
  std::vector<std::string> factors;
  for (int section : view.sections_with_key("contributing_factors")) {
    bool after_example = false;
    for (Node block : view.tree().blocks_within(section)) {
      if (is_example_label(block)) {
        after_example = true;
        continue;
      }
      if (block.kind() == NodeKind::list && !after_example) {
        for (Node item = block.first_child(); item; item = item.next()) {
          std::string text = item.first_paragraph_text();
          if (!text.empty()) factors.push_back(std::move(text));
        }
      }
      after_example = false;
    }
  }
  return factors;
}

}  // namespace

CauseAnalysis extract_cause_analysis(const DocumentView& view) {
  CauseAnalysis out;
  WhyCollector whys;
  for (int scope : why_scopes(view)) {
    for (Node block : view.tree().blocks_within(scope)) whys.read(block);
  }
  out.five_whys = std::move(whys.steps);
  if (!find_root_cause_line(view, out)) find_root_cause_section(view, out);
  out.contributing_factors = contributing_factors(view);
  return out;
}

}  // namespace pm
