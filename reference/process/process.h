// reference/process: the container's process and resource settings of podman's create path. The public
// API the pipeline calls, one header per podman concern:
//   complete_env            CompleteSpec env block                   (complete_env.h)
//   complete_annotations    CompleteSpec labels/annotations block    (complete_annotations.h)
//   add_rlimits             oci.go:addRlimits                        (rlimits.h)
//   make_command            oci.go:makeCommand                       (command.h)
//   verify_container_resources  validate.go                          (verify_resources.h)
//   init_resource_limits    resources_linux.go:InitResourceLimits    (resource_limits.h)
//   limit_to_swap           API handler + specgenutil.LimitToSwap    (resource_limits.h)
#pragma once

#include "reference/process/command.h"
#include "reference/process/complete_annotations.h"
#include "reference/process/complete_env.h"
#include "reference/process/resource_limits.h"
#include "reference/process/rlimits.h"
#include "reference/process/verify_resources.h"
