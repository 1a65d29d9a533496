// Ctrl-C, SIGTERM and SIGHUP only raise a flag: the capture loop checks it between steps and then stops
// every service it started, so an interrupted run leaves no podman process, cgroup or mount behind.
#pragma once

namespace specconf::capture {

void install_interrupt_handlers();
bool interrupted();
// The signal that interrupted us (for the exit status 128+signal), or 0.
int interrupt_signal();

}  // namespace specconf::capture
