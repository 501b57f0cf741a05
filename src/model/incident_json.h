#pragma once

#include <nlohmann/json.hpp>

#include "model/incident.h"

namespace pm {

// The public JSON form of the model, described by schemas/postmortem.schema.json.
constexpr int kIncidentSchemaVersion = 1;

nlohmann::ordered_json to_json(const Incident& incident);

}  // namespace pm
