#include "tracker/tracker.h"

#include <algorithm>
#include <tuple>

#include "tracker/repeat_detection.h"

namespace pm {
namespace {

// Numbers the groups that have a listed member, and marks every item of theirs.
std::vector<RepeatGroup> number_repeats(std::vector<TrackedItem>& items,
                                        const std::vector<bool>& listed) {
  std::vector<RepeatGroup> groups;
  for (const auto& members : find_repeats(items)) {
    const bool shown =
        std::any_of(members.begin(), members.end(), [&](std::size_t i) { return listed[i]; });
    if (!shown) continue;
    RepeatGroup group;
    group.id = "R" + std::to_string(groups.size() + 1);
    for (std::size_t i : members) items[i].repeat_group = group.id;
    for (std::size_t i : members) group.items.push_back(items[i]);
    groups.push_back(std::move(group));
  }
  return groups;
}

}  // namespace

TrackerReport build_tracker(std::vector<TrackedItem> items, int incident_count,
                            const TrackerOptions& options) {
  // The order the files were named in must not change group numbers or tallies.
  std::stable_sort(items.begin(), items.end(), [](const TrackedItem& a, const TrackedItem& b) {
    return std::tie(a.file, a.line) < std::tie(b.file, b.line);
  });
  std::vector<bool> scoped(items.size()), listed(items.size());
  for (std::size_t i = 0; i < items.size(); ++i) {
    scoped[i] = in_scope(items[i], options.filter);
    listed[i] = scoped[i] && is_listed(items[i], options.filter, options.today);
  }
  TrackerReport report;
  report.today = options.today;
  report.filter = options.filter;
  report.repeats = number_repeats(items, listed);
  std::vector<TrackedItem> in_scope_items;
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (scoped[i]) in_scope_items.push_back(items[i]);
    if (listed[i]) report.items.push_back(items[i]);
  }
  sort_items(report.items, options.order);
  report.summary = summarize_items(in_scope_items, options.today);
  report.summary.incidents = incident_count;
  report.summary.listed = static_cast<int>(report.items.size());
  report.summary.repeat_groups = static_cast<int>(report.repeats.size());
  return report;
}

TrackerSections split_tracker_rows(const TrackerReport& report) {
  TrackerSections sections;
  for (const auto& item : report.items) {
    (needs_owner_or_deadline(item) ? sections.needing_owner_or_deadline : sections.others)
        .push_back(&item);
  }
  return sections;
}

}  // namespace pm
