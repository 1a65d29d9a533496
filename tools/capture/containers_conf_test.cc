#include "tools/capture/containers_conf.h"

#include <gtest/gtest.h>

namespace specconf::capture {
namespace {

// Debian 12's /usr/share/containers/containers.conf without its comments.
const char* kDebianConf = R"([containers]
default_capabilities = [
  "CHOWN",
  "DAC_OVERRIDE",
  "FOWNER",
  "FSETID",
  "KILL",
  "NET_BIND_SERVICE",
  "SETFCAP",
  "SETGID",
  "SETPCAP",
  "SETUID",
  "SYS_CHROOT"
]
default_sysctls = [
  "net.ipv4.ping_group_range=0 0",
]
[secrets]
[secrets.opts]
[network]
[engine]
[engine.runtimes]
[engine.volume_plugins]
[machine]
)";

TEST(ParseToml, ReadsTablesStringsListsNumbersAndBooleans) {
  std::map<std::string, TomlValue> kv;
  ASSERT_EQ(parse_toml(R"(# comment
top = 'literal \n'
[containers]  # trailing comment
env = ["A=1", 'B=2',  # inside a list
  "C=\"3\"\u00e9",]
pids_limit = -1_000
no_hosts = true
"quoted key" = 1.5
inline = { a = "}", b = [1, 2] }
[engine.runtimes]
crun = ["/usr/bin/crun"]
multi = """
x\
   y"""
[[array.of.tables]]
k = 0x10
)",
                       kv),
            "");
  EXPECT_EQ(kv["top"].text, "literal \\n");
  const auto& env = kv["containers.env"];
  ASSERT_EQ(env.kind, TomlValue::Kind::kArray);
  ASSERT_EQ(env.items.size(), 3u);
  EXPECT_EQ(env.items[2].text, "C=\"3\"\xc3\xa9");
  EXPECT_EQ(kv["containers.pids_limit"].integer, -1000);
  EXPECT_TRUE(kv["containers.no_hosts"].boolean);
  EXPECT_EQ(kv["containers.quoted key"].kind, TomlValue::Kind::kOther);
  EXPECT_EQ(kv["engine.runtimes.crun"].items[0].text, "/usr/bin/crun");
  EXPECT_EQ(kv["engine.runtimes.multi"].text, "xy");
  EXPECT_EQ(kv["[[array.of.tables]].k"].integer, 16);
}

TEST(ParseToml, NamesTheLineOfAnError) {
  std::map<std::string, TomlValue> kv;
  EXPECT_EQ(parse_toml("[containers]\nenv = [\"a\"\n", kv), "line 3: unterminated list");
  EXPECT_EQ(parse_toml("a = \"x\" y\n", kv), "line 1: unexpected text after value");
  EXPECT_EQ(parse_toml("= 1\n", kv), "line 1: expected a key");
}

TEST(ContainersConf, DebiansFileOverTheCompiledDefaults) {
  host::ContainersConf c = compiled_defaults({1, "containers-default-0.50.1", {"nproc=32768:32768"}});
  EXPECT_EQ(c.default_capabilities.size(), 14u);
  ASSERT_EQ(apply_containers_conf("/usr/share/containers/containers.conf", kDebianConf, c), "");
  add_cap_prefix(c);
  EXPECT_EQ(c.default_capabilities.size(), 11u);
  EXPECT_EQ(c.default_capabilities.front(), "CAP_CHOWN");
  EXPECT_EQ(c.default_sysctls, std::vector<std::string>{"net.ipv4.ping_group_range=0 0"});
  EXPECT_EQ(c.default_ulimits, std::vector<std::string>{"nproc=32768:32768"});
  EXPECT_EQ(c.cgroupns, "host");
  EXPECT_EQ(c.ipcns, "shareable");
  EXPECT_EQ(c.pids_limit, 2048);
  EXPECT_EQ(c.init_path, "/usr/libexec/podman/catatonit");
  EXPECT_EQ(c.apparmor_profile, "containers-default-0.50.1");
  EXPECT_EQ(c.env.size(), 2u);
}

TEST(ContainersConf, LaterFilesReplaceWholeListsAndKeepOtherKeys) {
  host::ContainersConf c = compiled_defaults({2, "p", {}});
  EXPECT_EQ(c.cgroupns, "private");
  ASSERT_EQ(apply_containers_conf("a", "[containers]\nenv = [\"X=1\"]\nuserns = \"auto\"\n[engine]\ninit_path = \"/i\"\n", c), "");
  EXPECT_EQ(c.env, std::vector<std::string>{"X=1"});
  EXPECT_EQ(c.userns, "auto");
  EXPECT_EQ(c.init_path, "/i");
  EXPECT_EQ(c.pidns, "private");
  EXPECT_EQ(apply_containers_conf("b", "[containers]\npids_limit = \"many\"\n", c), "b: containers.pids_limit must be an integer");
  EXPECT_EQ(c.pids_limit, 2048);  // a failed file changes nothing
}

TEST(AddCapPrefix, PrefixesAndUppercasesBareNames) {
  host::ContainersConf c;
  c.default_capabilities = {"chown", "CAP_KILL", "cap_net_raw"};
  add_cap_prefix(c);
  EXPECT_EQ(c.default_capabilities, (std::vector<std::string>{"CAP_CHOWN", "CAP_KILL", "cap_net_raw"}));
}

}  // namespace
}  // namespace specconf::capture
