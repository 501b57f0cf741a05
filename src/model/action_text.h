#pragma once

#include <string_view>

#include "model/incident.h"

namespace pm {

// Reads an action item written as one line of text: "**HIGH**: Add alerts (owner: @ana,
// due: 2026-05-09, P1)", "Add alerts @ana by 2026-05-09 [PAY-812]". Fills title, owner,
// deadline, priority and tickets; status is left to the caller.
ActionItem parse_action_text(std::string_view text, int year_hint);

}  // namespace pm
