#include "files/interruptions_held.h"

#include <pthread.h>

#include <initializer_list>

namespace pm {

InterruptionsHeld::InterruptionsHeld() {
  sigset_t interruptions;
  ::sigemptyset(&interruptions);
  for (int signal : {SIGINT, SIGHUP, SIGTERM, SIGQUIT}) ::sigaddset(&interruptions, signal);
  ::pthread_sigmask(SIG_BLOCK, &interruptions, &previous_);
}

InterruptionsHeld::~InterruptionsHeld() { ::pthread_sigmask(SIG_SETMASK, &previous_, nullptr); }

}  // namespace pm
