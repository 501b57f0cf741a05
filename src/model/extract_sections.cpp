#include "model/extract.h"

namespace pm {
namespace {

Section section_at(const DocumentView& view, int index) {
  const HeadingSection& heading = view.tree()[index];
  Section section{heading.title, view.key(index), heading.level, heading.line, heading.end_line, {}};
  for (int child : heading.children) section.sections.push_back(section_at(view, child));
  return section;
}

}  // namespace

std::vector<Section> extract_sections(const DocumentView& view) {
  std::vector<Section> sections;
  for (int child : view.tree()[0].children) sections.push_back(section_at(view, child));
  return sections;
}

}  // namespace pm
