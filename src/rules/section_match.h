#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "markdown/document.h"
#include "markdown/heading_tree.h"
#include "template/template_spec.h"
#include "text/line_table.h"

// How a document's headings line up with the template's sections, where a missing section
// belongs, and what counts as unfilled template text. Shared by the section rules, the
// placeholder rules and the fixer, so that they all agree on what "the Timeline section" is.
namespace pm {

// ---------------------------------------------------------------------------------------------
// Matching template sections to headings

struct SectionMatch {
  int heading = -1;     // HeadingTree index of the heading; -1 when the document lacks the section
  bool by_key = false;  // found through the canonical key rather than the title or an alias
  // Later headings with the same title (or an alias) under the same parent heading: duplicates.
  std::vector<int> repeats;
};

struct SectionMatches {
  int incident_root = 0;   // HeadingTree index of the section that holds the incident
  int title_heading = -1;  // the document's H1 title, which is never a section; -1 when none
  std::vector<SectionMatch> specs;   // one per TemplateSpec::sections, same index
  std::vector<int> spec_of_heading;  // per HeadingTree index: the template section, or -1

  bool found(int spec_index) const {
    return specs[static_cast<std::size_t>(spec_index)].heading >= 0;
  }
  int heading_of(int spec_index) const {
    return specs[static_cast<std::size_t>(spec_index)].heading;
  }
};

// fold(title) equals the folded template title or one of its aliases.
bool title_matches(const SectionSpec& section, std::string_view title);

// Matches every template section, in template order. A heading matches a template section when
// its folded title equals the section's title or an alias; failing that, when both have the same
// canonical key and no template section claims the heading by title. Only headings inside the
// incident count, and a subsection is looked for inside the heading its template parent matched
// (anywhere in the incident when the parent did not match). Among several candidates the
// shallowest wins, then the first.
SectionMatches match_sections(const TemplateSpec& spec, const HeadingTree& tree, int incident_root);

// The direct subsections of a template section, in template order; -1 gives the top sections.
std::vector<int> subsections_of(const TemplateSpec& spec, int parent);

// The subsections of `parent` the document has, keeping only those at the shallowest heading depth
// among them. A "#### Summary" deep inside another section is matched, but it says nothing about
// where the top sections stand, so order checks and placement leave it out.
std::vector<int> aligned_subsections(const TemplateSpec& spec, const SectionMatches& matches,
                                     const HeadingTree& tree, int parent);

// ---------------------------------------------------------------------------------------------
// Where a missing section goes

struct Placement {
  enum class Anchor {
    after,   // right after the last sibling before it in the template that the document has
    before,  // right before the first such sibling after it
    inside,  // at the end of its parent, which has none of its siblings
    at_end,  // at the end of the incident
  };
  Anchor anchor = Anchor::at_end;
  int heading = -1;  // after/before: that sibling's heading; inside: the parent's; at_end: -1
  // The stub goes at the start of this line; one past the last line means the end of the text.
  int insert_before_line = 1;
  int level = 2;  // heading level for the stub, fitted to the document's own levels
};

Placement place_missing_section(const TemplateSpec& spec, const SectionMatches& matches,
                                const HeadingTree& tree, int missing);

// "## Title\n\n", followed by the headings of its required subsections the document also lacks.
std::string missing_section_stub(const TemplateSpec& spec, const SectionMatches& matches,
                                 int missing, int level);

// ---------------------------------------------------------------------------------------------
// Unfilled template text

// Byte offsets [begin, end) within one line.
struct TextSpan {
  std::size_t begin = 0;
  std::size_t end = 0;
  bool code = false;  // an inline code span
};

// Splits lines into prose and inline code, leaving out HTML comments; a comment left open on
// one line continues on the next, so feed it consecutive lines.
class ProseScanner {
 public:
  std::vector<TextSpan> segments(std::string_view line);

 private:
  bool in_comment_ = false;
};

struct Placeholder {
  enum class Kind {
    bracketed,  // "[Name]", "[P0 / P1 / P2]"
    marker,     // "TBD", "TODO", "XX hours YY minutes"
    variable,   // "{{ owner }}"
  };
  Kind kind = Kind::bracketed;
  TextSpan span;
};

// Folded labels of reference-link definitions (`[label]: url`): "[label]" alone is a link then.
std::vector<std::string> reference_labels(const LineTable& lines);

// Placeholders within a prose segment of `line`. Links, reference links, task boxes, footnotes
// and editorial brackets such as "[redacted]" are not placeholders.
std::vector<Placeholder> find_placeholders(std::string_view line, TextSpan prose,
                                           const std::vector<std::string>& labels);

// The text with its placeholders taken out: "{{ summary }} [link to issue]" leaves only spaces,
// the mark of a template row nobody has filled in yet.
std::string text_outside_placeholders(std::string_view text);

// A paragraph of nothing but italic text, as templates write their guidance. Inline HTML comments
// (lint suppressions, notes to reviewers) do not change that.
bool is_italic_guidance(Node paragraph);

// "**Example**:" alone on its paragraph: the example is the block after it.
bool introduces_next_block(Node example_label);

// True when the section, its subsections included, holds something the author wrote: not only
// italic guidance, `**Example**:` blocks, placeholders, thematic breaks or HTML comments.
bool section_has_content(const HeadingTree& tree, int heading, const LineTable& lines,
                         const std::vector<std::string>& labels);

// Removes HTML comments from a value: "P1 <!-- was P2 -->" -> "P1 ".
std::string without_comments(std::string_view text);

}  // namespace pm
