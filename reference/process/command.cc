#include "reference/process/command.h"

#include "reference/core/error.h"

namespace specconf::ref {

std::vector<std::string> make_command(const specgen::SpecGenerator& s, const host::Image* image,
                                      const host::HostProfile& h) {
  std::vector<std::string> final_command;

  const std::vector<std::string>* entrypoint = s.entrypoint ? &*s.entrypoint : nullptr;
  if (entrypoint == nullptr && image != nullptr && image->config.entrypoint) {
    entrypoint = &*image->config.entrypoint;
  }
  if (entrypoint != nullptr && !(entrypoint->size() == 1 && (*entrypoint)[0].empty())) {
    final_command.insert(final_command.end(), entrypoint->begin(), entrypoint->end());
  }

  const bool user_entrypoint_empty = !s.entrypoint || s.entrypoint->empty();
  const std::vector<std::string>* command = s.command ? &*s.command : nullptr;
  if ((command == nullptr || command->empty()) && image != nullptr && user_entrypoint_empty) {
    command = image->config.cmd ? &*image->config.cmd : nullptr;
  }
  if (command != nullptr) final_command.insert(final_command.end(), command->begin(), command->end());

  if (final_command.empty()) fail("no command or entrypoint provided, and no CMD or ENTRYPOINT from image");

  if (s.init) {
    std::string init_path = s.init_path;
    if (init_path.empty()) init_path = h.containers_conf.init_path;  // rtc is never nil on this path
    if (init_path.empty()) fail("no path to init binary found but container requested an init");
    final_command.insert(final_command.begin(), {kContainerInitPath, "--"});
  }
  return final_command;
}

}  // namespace specconf::ref
