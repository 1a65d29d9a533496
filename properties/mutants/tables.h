// The per-concern mutant tables that mutants.cc joins.
#pragma once

#include <vector>

#include "properties/mutants/mutant.h"

namespace specconf::props::mut {

std::vector<Mutant> sysfs_mutants();     // /sys, the cgroup mount, devpts, mqueue, /proc
std::vector<Mutant> security_mutants();  // masks, device rules, devices, capabilities, seccomp, sysctls
std::vector<Mutant> process_mutants();   // env, rlimits, namespaces, hostname, annotations, oom

}  // namespace specconf::props::mut
