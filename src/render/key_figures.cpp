#include "render/key_figures.h"

#include <optional>

#include "rules/timeline_window.h"

namespace pm {
namespace {

std::optional<KeyFigure> figure(const char* name, const IncidentMoment& start,
                                const std::optional<IncidentMoment>& reached) {
  if (!reached || start.timestamp.date.year == 0 || reached->timestamp.date.year == 0)
    return std::nullopt;
  const long long seconds = seconds_between(start.timestamp, reached->timestamp);
  if (seconds < 0) return std::nullopt;
  const bool stated = start.source == IncidentMoment::Source::metadata &&
                      reached->source == IncidentMoment::Source::metadata;
  return KeyFigure{name, static_cast<int>(seconds / 60), start.timestamp, reached->timestamp,
                   stated};
}

}  // namespace

std::vector<KeyFigure> key_figures(const IncidentMoments& moments) {
  std::vector<KeyFigure> figures;
  if (!moments.started) return figures;
  for (auto candidate : {figure("Time to detect", *moments.started, moments.detected),
                         figure("Time to mitigate", *moments.started, moments.mitigated),
                         figure("Time to resolve", *moments.started, moments.resolved)}) {
    if (candidate) figures.push_back(std::move(*candidate));
  }
  return figures;
}

}  // namespace pm
