// Go encoding/json behaviour of the OCI spec model: field tables in oci_spec_json.cc.
#pragma once

#include <string>
#include <string_view>

#include "reference/gojson/codec.h"
#include "reference/model/oci_spec.h"

namespace specconf::gojson {

#define SPECCONF_GO_STRUCT(T, NAME)                   \
  template <>                                          \
  struct GoStruct<T> {                                 \
    static constexpr std::string_view go_name = NAME;  \
    static const FieldTable& fields();                 \
  }

SPECCONF_GO_STRUCT(oci::Box, "specs.Box");
SPECCONF_GO_STRUCT(oci::User, "specs.User");
SPECCONF_GO_STRUCT(oci::LinuxCapabilities, "specs.LinuxCapabilities");
SPECCONF_GO_STRUCT(oci::POSIXRlimit, "specs.POSIXRlimit");
SPECCONF_GO_STRUCT(oci::Process, "specs.Process");
SPECCONF_GO_STRUCT(oci::Root, "specs.Root");
SPECCONF_GO_STRUCT(oci::LinuxIDMapping, "specs.LinuxIDMapping");
SPECCONF_GO_STRUCT(oci::Mount, "specs.Mount");
SPECCONF_GO_STRUCT(oci::Hook, "specs.Hook");
SPECCONF_GO_STRUCT(oci::Hooks, "specs.Hooks");
SPECCONF_GO_STRUCT(oci::LinuxNamespace, "specs.LinuxNamespace");
SPECCONF_GO_STRUCT(oci::LinuxHugepageLimit, "specs.LinuxHugepageLimit");
SPECCONF_GO_STRUCT(oci::LinuxInterfacePriority, "specs.LinuxInterfacePriority");
SPECCONF_GO_STRUCT(oci::LinuxWeightDevice, "specs.LinuxWeightDevice");
SPECCONF_GO_STRUCT(oci::LinuxThrottleDevice, "specs.LinuxThrottleDevice");
SPECCONF_GO_STRUCT(oci::LinuxBlockIO, "specs.LinuxBlockIO");
SPECCONF_GO_STRUCT(oci::LinuxMemory, "specs.LinuxMemory");
SPECCONF_GO_STRUCT(oci::LinuxCPU, "specs.LinuxCPU");
SPECCONF_GO_STRUCT(oci::LinuxPids, "specs.LinuxPids");
SPECCONF_GO_STRUCT(oci::LinuxNetwork, "specs.LinuxNetwork");
SPECCONF_GO_STRUCT(oci::LinuxRdma, "specs.LinuxRdma");
SPECCONF_GO_STRUCT(oci::LinuxDeviceCgroup, "specs.LinuxDeviceCgroup");
SPECCONF_GO_STRUCT(oci::LinuxResources, "specs.LinuxResources");
SPECCONF_GO_STRUCT(oci::LinuxDevice, "specs.LinuxDevice");
SPECCONF_GO_STRUCT(oci::LinuxSeccompArg, "specs.LinuxSeccompArg");
SPECCONF_GO_STRUCT(oci::LinuxSyscall, "specs.LinuxSyscall");
SPECCONF_GO_STRUCT(oci::LinuxSeccomp, "specs.LinuxSeccomp");
SPECCONF_GO_STRUCT(oci::LinuxIntelRdt, "specs.LinuxIntelRdt");
SPECCONF_GO_STRUCT(oci::LinuxPersonality, "specs.LinuxPersonality");
SPECCONF_GO_STRUCT(oci::Linux, "specs.Linux");
SPECCONF_GO_STRUCT(oci::SolarisCappedCPU, "specs.SolarisCappedCPU");
SPECCONF_GO_STRUCT(oci::SolarisCappedMemory, "specs.SolarisCappedMemory");
SPECCONF_GO_STRUCT(oci::SolarisAnet, "specs.SolarisAnet");
SPECCONF_GO_STRUCT(oci::Solaris, "specs.Solaris");
SPECCONF_GO_STRUCT(oci::WindowsDevice, "specs.WindowsDevice");
SPECCONF_GO_STRUCT(oci::WindowsMemoryResources, "specs.WindowsMemoryResources");
SPECCONF_GO_STRUCT(oci::WindowsCPUResources, "specs.WindowsCPUResources");
SPECCONF_GO_STRUCT(oci::WindowsStorageResources, "specs.WindowsStorageResources");
SPECCONF_GO_STRUCT(oci::WindowsResources, "specs.WindowsResources");
SPECCONF_GO_STRUCT(oci::WindowsHyperV, "specs.WindowsHyperV");
SPECCONF_GO_STRUCT(oci::WindowsNetwork, "specs.WindowsNetwork");
SPECCONF_GO_STRUCT(oci::Windows, "specs.Windows");
SPECCONF_GO_STRUCT(oci::VMHypervisor, "specs.VMHypervisor");
SPECCONF_GO_STRUCT(oci::VMKernel, "specs.VMKernel");
SPECCONF_GO_STRUCT(oci::VMImage, "specs.VMImage");
SPECCONF_GO_STRUCT(oci::VM, "specs.VM");
SPECCONF_GO_STRUCT(oci::ZOSDevice, "specs.ZOSDevice");
SPECCONF_GO_STRUCT(oci::ZOS, "specs.ZOS");
SPECCONF_GO_STRUCT(oci::Spec, "specs.Spec");

}  // namespace specconf::gojson

namespace specconf::oci {

// json.Marshal(spec): the compact bytes podman stores in bolt_state.db.
std::string to_go_json(const Spec& spec);

// json.Unmarshal(input, &spec). Returns Go's error text, or "" on success.
std::string from_go_json(std::string_view input, Spec& spec, std::string* error_path = nullptr);

}  // namespace specconf::oci
