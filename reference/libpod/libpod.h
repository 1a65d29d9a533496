// libpod's part of the create path, in one include: the create options (options.h), Runtime.NewContainer
// and setupContainer (runtime_ctr.h), validate() (container_validate.h), and what they consult.
#pragma once

#include "reference/libpod/container_config.h"
#include "reference/libpod/container_validate.h"
#include "reference/libpod/dependency_check.h"
#include "reference/libpod/image_reference.h"
#include "reference/libpod/options.h"
#include "reference/libpod/runtime_ctr.h"
#include "reference/libpod/secrets.h"
