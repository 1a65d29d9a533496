#include "reference/libpod/dependency_check.h"

#include "reference/core/error.h"
#include "reference/core/error_texts.h"

namespace specconf::ref::libpod {

// libpod/util.go:checkDependencyContainer (podman v4.3.1)
void check_dependency_container(const host::Container& dep, const ContainerConfig& ctr) {
  if (!ctr.pod.empty() && dep.pod != ctr.pod) {
    fail("container has joined pod " + ctr.pod + " and dependency container " + dep.id +
         " is not a member of the pod: " + errors::kInvalidArg);
  }
}

}  // namespace specconf::ref::libpod
