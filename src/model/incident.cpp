#include "model/incident.h"

namespace pm {

const char* to_string(ActionStatus status) {
  switch (status) {
    case ActionStatus::done: return "done";
    case ActionStatus::in_progress: return "in_progress";
    case ActionStatus::not_started: return "not_started";
    case ActionStatus::unknown: break;
  }
  return "unknown";
}

}  // namespace pm
