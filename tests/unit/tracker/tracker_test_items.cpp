#include "tracker_test_items.h"

#include <algorithm>

#include "tracker/owner_names.h"

namespace pm::test {

TrackedItem make_item(const ItemSpec& spec, CivilDate today) {
  TrackedItem item;
  item.file = spec.file;
  item.line = spec.line;
  item.incident_title = "Incident in " + spec.file;
  item.incident_date = spec.incident_date;
  item.title = spec.title;
  item.owner = spec.owner;
  item.owners = owners_named(spec.owner);
  item.deadline = spec.deadline;
  item.deadline_text = spec.deadline ? format_iso_date(*spec.deadline) : "";
  item.priority = spec.priority;
  item.status = spec.status;
  if (is_open(item) && item.deadline) {
    const long late = days_between(*item.deadline, today);
    item.days_overdue = std::max(0L, late);
    item.overdue = late > 0;
  }
  return item;
}

}  // namespace pm::test
