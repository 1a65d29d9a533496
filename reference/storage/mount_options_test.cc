#include "reference/storage/mount_options.h"

#include <gtest/gtest.h>

#include "reference/storage/test_host.h"

namespace specconf::ref {
namespace {

using testing::debian_root;
using testing::error_of;
using Opts = std::vector<std::string>;

Opts tmpfs(const Opts& in) { return process_options(in, true, "", debian_root()); }

TEST(ProcessOptions, TmpfsGetsRwRprivateNosuidNodevTmpcopyup) {
  // Verified: tmpfs [size=10m] became [size=10m,rw,rprivate,nosuid,nodev,tmpcopyup].
  EXPECT_EQ(tmpfs({"size=10m"}), (Opts{"size=10m", "rw", "rprivate", "nosuid", "nodev", "tmpcopyup"}));
  // Verified (image volume, tmpfs mode): exec stays and no noexec is added.
  EXPECT_EQ(tmpfs({"rprivate", "rw", "nodev", "exec"}),
            (Opts{"rprivate", "rw", "nodev", "exec", "nosuid", "tmpcopyup"}));
}

TEST(ProcessOptions, BindDefaultsComeFromStatfsOfTheSource) {
  host::HostProfile h = debian_root();
  // Verified: bind [] became [rw,rprivate,rbind] and [ro] became [ro,rprivate,rbind] on a plain /tmp.
  EXPECT_EQ(process_options({}, false, "/tmp", h), (Opts{"rw", "rprivate", "rbind"}));
  EXPECT_EQ(process_options({"ro"}, false, "/tmp", h), (Opts{"ro", "rprivate", "rbind"}));
  EXPECT_EQ(process_options({}, false, "/proc", h), (Opts{"rw", "rprivate", "noexec", "nosuid", "nodev", "rbind"}));
  EXPECT_EQ(process_options({"exec", "suid", "dev"}, false, "/proc", h),
            (Opts{"exec", "suid", "dev", "rw", "rprivate", "rbind"}));
  // Verified: --init became [bind,ro,rprivate].
  EXPECT_EQ(process_options({"bind", "ro"}, false, "/usr/libexec/podman/catatonit", h),
            (Opts{"bind", "ro", "rprivate"}));
}

TEST(ProcessOptions, StatfsFollowsSymlinksAndReportsMissingSources) {
  host::HostProfile h = debian_root();
  h.files["/link"] = testing::symlink_to("/proc");
  EXPECT_EQ(process_options({"rw"}, false, "/link", h), (Opts{"rw", "rprivate", "noexec", "nosuid", "nodev", "rbind"}));
  EXPECT_EQ(error_of([&] { process_options({}, false, "/nope", h); }), "statfs /nope: no such file or directory");
  h.files["/secret"] = host::FileFact{};
  h.files["/secret"].error = "permission denied";
  EXPECT_EQ(error_of([&] { process_options({}, false, "/secret", h); }), "statfs /secret: permission denied");
}

TEST(ProcessOptions, OptionErrorsComeBeforeStatfs) {
  EXPECT_EQ(error_of([&] { process_options({"bogus"}, false, "/nope", debian_root()); }),
            "unknown mount option \"bogus\": invalid mount option");
}

TEST(ProcessOptions, EachGroupRejectsASecondMember) {
  const struct {
    Opts opts;
    bool tmpfs;
    std::string error;
  } cases[] = {
      {{"copy", "nocopy"}, false, "only one of 'nocopy' and 'copy' can be used: duplicate mount option passed"},
      {{"exec", "noexec"}, true, "only one of 'noexec' and 'exec' can be used: duplicate mount option passed"},
      {{"suid", "nosuid"}, true, "only one of 'nosuid' and 'suid' can be used: duplicate mount option passed"},
      {{"dev", "nodev"}, true, "only one of 'nodev' and 'dev' can be used: duplicate mount option passed"},
      {{"rw", "ro"}, true, "only one of 'rw' and 'ro' can be used: duplicate mount option passed"},
      {{"rw=1", "ro"}, true, "only one of 'rw' and 'ro' can be used: duplicate mount option passed"},
      {{"shared", "rslave"}, true, "only one root propagation mode can be used: duplicate mount option passed"},
      {{"size=1", "size=2"}, true, "only one tmpfs size can be specified: duplicate mount option passed"},
      {{"mode=1", "mode=2"}, true, "only one tmpfs mode can be specified: duplicate mount option passed"},
      {{"tmpcopyup", "notmpcopyup"}, true,
       "the 'tmpcopyup' or 'notmpcopyup' option can only be set once: duplicate mount option passed"},
      {{"notmpcopyup", "tmpcopyup"}, true,
       "the 'tmpcopyup' or 'notmpcopyup' option can only be set once: duplicate mount option passed"},
      {{"bind", "rbind"}, false, "only one of 'rbind' and 'bind' can be used: duplicate mount option passed"},
      {{"z", "Z"}, false, "only one of 'z' and 'Z' can be used: duplicate mount option passed"},
      {{"U", "U"}, false, "the 'U' option can only be set once: duplicate mount option passed"},
      {{"idmap", "idmap=uids=0-1-2"}, false, "the 'idmap' option can only be set once: duplicate mount option passed"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(error_of([&] { process_options(c.opts, c.tmpfs, "", debian_root()); }), c.error) << c.opts[0];
}

TEST(ProcessOptions, TmpfsOnlyAndBindOnlyOptionsAreRejectedOnTheOtherKind) {
  const struct {
    std::string opt;
    bool tmpfs;
    std::string error;
  } cases[] = {
      {"size=1m", false, "the 'size' option is only allowed with tmpfs mounts: invalid mount option"},
      {"mode=0700", false, "the 'mode' option is only allowed with tmpfs mounts: invalid mount option"},
      {"tmpcopyup", false, "the 'tmpcopyup' option is only allowed with tmpfs mounts: invalid mount option"},
      {"notmpcopyup", false, "the 'notmpcopyup' option is only allowed with tmpfs mounts: invalid mount option"},
      {"bind", true, "the 'bind' and 'rbind' options are not allowed with tmpfs mounts: invalid mount option"},
      {"rbind", true, "the 'bind' and 'rbind' options are not allowed with tmpfs mounts: invalid mount option"},
      {"z", true, "the 'z' and 'Z' options are not allowed with tmpfs mounts: invalid mount option"},
      {"Z", true, "the 'z' and 'Z' options are not allowed with tmpfs mounts: invalid mount option"},
      {"nosuid=x y", true, ""},
      {"ro\n", true, "unknown mount option \"ro\\n\": invalid mount option"},
  };
  for (const auto& c : cases)
    EXPECT_EQ(error_of([&] { process_options({c.opt}, c.tmpfs, "", debian_root()); }), c.error) << c.opt;
}

TEST(ProcessOptions, ConsistencyAndNotmpcopyupAreDropped) {
  EXPECT_EQ(tmpfs({"consistency=cached", "notmpcopyup"}), (Opts{"rw", "rprivate", "nosuid", "nodev"}));
}

TEST(ProcessOptions, VolumeOptIsPassedOnTwice) {
  EXPECT_EQ(process_options({"volume-opt=o=x"}, false, "", debian_root()),
            (Opts{"volume-opt=o=x", "volume-opt=o=x", "rw", "rprivate", "nosuid", "nodev", "rbind"}));
}

TEST(ProcessOptions, UpperdirAndWorkdirPassUncheckedOnlyAfterO) {
  EXPECT_EQ(process_options({"O", "upperdir=/u", "workdir=/w", "xworkdir"}, false, "", debian_root()),
            (Opts{"O", "upperdir=/u", "workdir=/w", "xworkdir", "rw", "rprivate", "nosuid", "nodev", "rbind"}));
  EXPECT_EQ(error_of([&] { process_options({"upperdir=/u", "O"}, false, "", debian_root()); }),
            "unknown mount option \"upperdir=/u\": invalid mount option");
}

TEST(ProcessOptions, KeepsLabelAndOwnershipOptionsForLibpod) {
  EXPECT_EQ(process_options({"z", "U", "idmap", "copy"}, false, "", debian_root()),
            (Opts{"z", "U", "idmap", "copy", "rw", "rprivate", "nosuid", "nodev", "rbind"}));
}

TEST(ProcessOptions, LinearOnManyOptions) {
  Opts many(200000, "idmapx");
  many[0] = "idmap";
  EXPECT_EQ(error_of([&] { process_options(many, false, "", debian_root()); }),
            "the 'idmap' option can only be set once: duplicate mount option passed");
  Opts ok(200000, "volume-opt");
  EXPECT_EQ(process_options(ok, true, "", debian_root()).size(), 400005u);
}

TEST(ValidateVolumeOpts, AcceptsEachGroupOnceAndDropsMacOptions) {
  EXPECT_EQ(validate_volume_opts({"ro", "z", "cached", "delegated", "idmap=x", "upperdir=/u", "workdir=/w"}),
            (Opts{"ro", "z", "idmap=x", "upperdir=/u", "workdir=/w"}));
}

TEST(ValidateVolumeOpts, RejectsRepeatsAndUnknownOptions) {
  const struct {
    Opts opts;
    std::string error;
  } cases[] = {
      {{"exec", "noexec"}, "invalid options \"exec, noexec\", can only specify 1 'noexec' or 'exec' option"},
      {{"dev", "nodev"}, "invalid options \"dev, nodev\", can only specify 1 'nodev' or 'dev' option"},
      {{"suid", "nosuid"}, "invalid options \"suid, nosuid\", can only specify 1 'nosuid' or 'suid' option"},
      {{"ro", "rw"}, "invalid options \"ro, rw\", can only specify 1 'rw' or 'ro' option"},
      {{"z", "O"}, "invalid options \"z, O\", can only specify 1 'z', 'Z', or 'O' option"},
      {{"U", "U"}, "invalid options \"U, U\", can only specify 1 'U' option"},
      {{"shared", "private"},
       "invalid options \"shared, private\", can only specify 1 '[r]shared', '[r]private', '[r]slave' or "
       "'[r]unbindable' option"},
      {{"bind", "rbind"}, "invalid options \"bind, rbind\", can only specify 1 '[r]bind' option"},
      {{"copy", "nocopy"}, "invalid options \"copy, nocopy\", can only specify 1 'copy' or 'nocopy' option"},
      {{"upperdir=a", "upperdir=b"}, "invalid options \"upperdir=a, upperdir=b\", can only specify 1 upperdir per overlay"},
      {{"workdir=a", "workdir=b"}, "invalid options \"workdir=a, workdir=b\", can only specify 1 workdir per overlay"},
      {{"size=1"}, "invalid option type \"size=1\""},
  };
  for (const auto& c : cases) EXPECT_EQ(error_of([&] { validate_volume_opts(c.opts); }), c.error);
}

TEST(ValidateVolumeCtrDir, NeedsANonEmptyAbsolutePath) {
  EXPECT_EQ(error_of([] { validate_volume_ctr_dir(""); }), "container directory cannot be empty");
  EXPECT_EQ(error_of([] { validate_volume_ctr_dir("rel"); }), "invalid container path \"rel\", must be an absolute path");
  EXPECT_EQ(error_of([] { validate_volume_ctr_dir("/ok"); }), "");
}

}  // namespace
}  // namespace specconf::ref
