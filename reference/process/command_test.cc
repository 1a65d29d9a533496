#include "reference/process/command.h"

#include <gtest/gtest.h>

#include "reference/core/error.h"
#include "reference/process/test_hosts.h"

namespace specconf::ref {
namespace {

using Args = std::vector<std::string>;
using OptArgs = std::optional<Args>;

struct Case {
  const char* behaviour;
  OptArgs entrypoint;
  OptArgs command;
  bool with_image;
  OptArgs image_entrypoint;
  OptArgs image_cmd;
  Args want;
};

const Case kCases[] = {
    {"user command only", std::nullopt, Args{"sh"}, false, std::nullopt, std::nullopt, {"sh"}},
    {"image cmd when nothing given", std::nullopt, std::nullopt, true, std::nullopt, Args{"/bin/sh"}, {"/bin/sh"}},
    {"image entrypoint and cmd", std::nullopt, std::nullopt, true, Args{"/ep"}, Args{"-x"}, {"/ep", "-x"}},
    {"user command replaces image cmd only", std::nullopt, Args{"c"}, true, Args{"/ep"}, Args{"-x"}, {"/ep", "c"}},
    {"user entrypoint drops image cmd", Args{"/mine"}, std::nullopt, true, Args{"/ep"}, Args{"-x"}, {"/mine"}},
    {"empty user entrypoint hides image entrypoint but not cmd", Args{}, std::nullopt, true, Args{"/ep"}, Args{"-x"},
     {"-x"}},
    {"[\"\"] entrypoint adds nothing and keeps image cmd out", Args{""}, std::nullopt, true, Args{"/ep"},
     Args{"-x"}, {}},
    {"[\"\"] entrypoint with user command", Args{""}, Args{"c"}, true, Args{"/ep"}, Args{"-x"}, {"c"}},
    {"image [\"\"] entrypoint is skipped too", std::nullopt, std::nullopt, true, Args{""}, Args{"-x"}, {"-x"}},
    {"two-element entrypoint with empty string kept", Args{"", ""}, std::nullopt, false, std::nullopt,
     std::nullopt, {"", ""}},
    {"empty user command falls back to image cmd", std::nullopt, Args{}, true, std::nullopt, Args{"/bin/sh"},
     {"/bin/sh"}},
};

TEST(MakeCommand, EntrypointAndCommandTable) {
  for (const Case& c : kCases) {
    specgen::SpecGenerator s;
    s.entrypoint = c.entrypoint;
    s.command = c.command;
    host::Image img = testing::test_image();
    img.config.entrypoint = c.image_entrypoint;
    img.config.cmd = c.image_cmd;
    const host::Image* image = c.with_image ? &img : nullptr;
    if (c.want.empty()) {
      try {
        make_command(s, image, testing::debian_root_v1());
        ADD_FAILURE() << c.behaviour;
      } catch (const PodmanError& e) {
        EXPECT_EQ(e.message(), "no command or entrypoint provided, and no CMD or ENTRYPOINT from image")
            << c.behaviour;
      }
    } else {
      EXPECT_EQ(make_command(s, image, testing::debian_root_v1()), c.want) << c.behaviour;
    }
  }
}

TEST(MakeCommand, NoCommandAnywhereFails) {
  specgen::SpecGenerator s;
  EXPECT_THROW(make_command(s, nullptr, testing::debian_root_v1()), PodmanError);
}

TEST(MakeCommand, InitPrependsPodmanInit) {
  specgen::SpecGenerator s;
  s.command = Args{"sh"};
  s.init = true;
  EXPECT_EQ(make_command(s, nullptr, testing::debian_root_v1()), (Args{"/run/podman-init", "--", "sh"}));  // out_init
  s.init_path = "/custom/init";
  host::HostProfile h = testing::debian_root_v1();
  h.containers_conf.init_path.clear();
  EXPECT_EQ(make_command(s, nullptr, h), (Args{"/run/podman-init", "--", "sh"}));
}

TEST(MakeCommand, InitWithoutAnyInitPathFails) {
  specgen::SpecGenerator s;
  s.command = Args{"sh"};
  s.init = true;
  host::HostProfile h = testing::debian_root_v1();
  h.containers_conf.init_path.clear();
  try {
    make_command(s, nullptr, h);
    FAIL();
  } catch (const PodmanError& e) {
    EXPECT_EQ(e.message(), "no path to init binary found but container requested an init");
  }
}

TEST(MakeCommand, EmptyCommandErrorComesBeforeInitCheck) {
  specgen::SpecGenerator s;
  s.init = true;
  host::HostProfile h = testing::debian_root_v1();
  h.containers_conf.init_path.clear();
  try {
    make_command(s, nullptr, h);
    FAIL();
  } catch (const PodmanError& e) {
    EXPECT_EQ(e.message(), "no command or entrypoint provided, and no CMD or ENTRYPOINT from image");
  }
}

}  // namespace
}  // namespace specconf::ref
