#pragma once

#include <signal.h>

namespace pm {

// Holds back Ctrl-C, a terminal hang-up and a polite kill (SIGINT, SIGHUP, SIGTERM, SIGQUIT)
// while it lives, so that a file being put in place is never left half-done: a temporary file
// beside it is either renamed or removed first. A signal that came meanwhile is acted on when
// this is destroyed, as it would have been.
class InterruptionsHeld {
 public:
  InterruptionsHeld();
  ~InterruptionsHeld();
  InterruptionsHeld(const InterruptionsHeld&) = delete;
  InterruptionsHeld& operator=(const InterruptionsHeld&) = delete;

 private:
  sigset_t previous_{};
};

}  // namespace pm
