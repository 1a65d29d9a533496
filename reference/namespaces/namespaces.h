// The namespace stage of the reference pipeline, in podman's call order on the create path:
//   apply_namespace_defaults  (MakeContainer :63-111)       clear_hostname_naming_pod (MakeContainer :140-144)
//   validate_specgen          (SpecGenerator.Validate)      namespace_options (createContainerOptions)
//   spec_configure_namespaces (SpecGenToOCI); libpod's WithUserNSFrom lives in reference/libpod/options.h
#pragma once

#include "reference/namespaces/id_mappings.h"
#include "reference/namespaces/namespace_defaults.h"
#include "reference/namespaces/namespace_mode.h"
#include "reference/namespaces/namespace_options.h"
#include "reference/namespaces/spec_namespaces.h"
#include "reference/namespaces/validate.h"
