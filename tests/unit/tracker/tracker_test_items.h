#pragma once

#include <string>

#include "tracker/tracked_item.h"

// Items built directly, for the tests of what the tracker does with them.
namespace pm::test {

struct ItemSpec {
  std::string file = "a.md";
  int line = 1;
  std::string title = "Do the thing";
  std::string owner = "Ana Ruiz";
  std::optional<CivilDate> deadline = CivilDate{2026, 6, 1};
  std::string priority = "P2";
  ActionStatus status = ActionStatus::not_started;
  std::optional<CivilDate> incident_date = CivilDate{2026, 5, 1};
};

// Judged as track_incident_items would, against `today`, with no grace period.
TrackedItem make_item(const ItemSpec& spec, CivilDate today = CivilDate{2026, 7, 1});

}  // namespace pm::test
