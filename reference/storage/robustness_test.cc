// Random inputs for the fuzz entry points: each call returns or throws PodmanError, nothing else.
#include <gtest/gtest.h>

#include <random>

#include "reference/storage/storage.h"
#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

std::string random_text(std::mt19937_64& rng) {
  static const std::vector<std::string> kPieces = {
      "/", ":", ",", "=", "r", "w", "m", "dev", "null", "snd", "..", ".", "*", "[", "\\", "rw", "ro", "bind",
      "tmpfs", "size", "O", "upperdir", "idmap", "volume-opt", "z", "a/b", "\xff", "\xc4\xb0", std::string(1, '\0')};
  std::string out;
  const std::size_t n = rng() % 12;
  for (std::size_t i = 0; i < n; ++i) out += kPieces[rng() % kPieces.size()];
  return out;
}

template <class F>
void returns_or_fails(F&& body) {
  try {
    body();
  } catch (const PodmanError&) {
  }
}

TEST(Robustness, RandomDevicesOptionsAndMountsNeverCrash) {
  std::mt19937_64 rng(20261129);
  host::HostProfile h = testing::debian_root();
  h.files["/dev/snd"] = testing::dir_fact({"a", "b"});
  h.files["/dev/snd/a"] = testing::char_dev(1, 1);
  for (int i = 0; i < 20000; ++i) {
    const std::string t = random_text(rng);
    returns_or_fails([&] { parse_device(t); });
    returns_or_fails([&] {
      Generator g;
      devices_from_path(g, t, h);
    });
    returns_or_fails([&] { process_options({t, random_text(rng)}, rng() % 2, rng() % 2 ? t : "", h); });
    returns_or_fails([&] { should_mask("/proc/acpi", std::vector<std::string>{t}); });
    returns_or_fails([&] {
      specgen::SpecGenerator s;
      s.pidns.nsmode = "private";
      s.mounts = {testing::mount(t, rng() % 2 ? "bind" : "tmpfs", random_text(rng), {random_text(rng)})};
      s.volumes_from = {random_text(rng)};
      auto m = supersede_user_mounts(finalize_mounts(s, h, nullptr), {});
      init_fs_mounts(m, h);
    });
    returns_or_fails([&] {
      specgen::SpecGenerator s;
      oci::LinuxDevice d;
      d.path = t;
      s.devices = {d};
      extract_cdi_devices(s);
    });
  }
}

}  // namespace
}  // namespace specconf::ref
