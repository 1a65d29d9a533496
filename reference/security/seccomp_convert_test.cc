// Conversion of Docker-format profiles. Expected texts were checked against containers/common v0.50.1's
// LoadProfile built with Go 1.19 (and against the specs Debian's podman 4.3.1 stored, for the stock profile).
#include "reference/security/seccomp_convert.h"

#include <gtest/gtest.h>

#include <thread>

#include "reference/goport/panics.h"
#include "reference/model/oci_spec_json.h"
#include "reference/security/default_profile.h"
#include "reference/security/security.h"
#include "reference/security/testdata/testdata.h"

namespace specconf::ref::seccomp {
namespace {

using Caps = std::vector<std::string>;
using testdata::error_of;

// The compact Go JSON of the conversion, or "null", or "error: <message>".
std::string convert(const std::string& profile, const Caps& bounding = {}, const std::string& arch = "amd64") {
  try {
    const auto r = convert_seccomp_profile(profile, bounding, arch);
    return r ? gojson::go_marshal(*r) : "null";
  } catch (const PodmanError& e) {
    return std::string("error: ") + e.message();
  }
}

Caps bounding_of(const std::string& example) {
  const auto j = nlohmann::json::parse(testdata::member(example, {"process", "capabilities", "bounding"}));
  return j.get<Caps>();
}

// ---- Real podman's output ----

TEST(StockProfile, MatchesPodmanOnAmd64WithDebiansDefaultCaps) {
  const std::string profile = testdata::read("seccomp.json");
  ASSERT_FALSE(profile.empty());
  EXPECT_EQ(convert(profile, bounding_of("t1.json")), testdata::member("t1.json", {"linux", "seccomp"}));
}

TEST(StockProfile, MatchesPodmanWithNetAdminAddedAndKillDropped) {
  EXPECT_EQ(convert(testdata::read("seccomp.json"), bounding_of("out_misc.json")),
            testdata::member("out_misc.json", {"linux", "seccomp"}));
}

TEST(StockProfile, MatchesPodmanWithTheImageCapabilitiesLabel) {
  EXPECT_EQ(bounding_of("out_img.json"), (Caps{"CAP_CHOWN", "CAP_SETUID"}));
  EXPECT_EQ(convert(testdata::read("seccomp.json"), bounding_of("out_img.json")),
            testdata::member("out_img.json", {"linux", "seccomp"}));
}

TEST(StockProfile, EqualsTheBuiltInDefaultProfile) {
  // DefaultProfile() and the seccomp.json generated from it convert alike, on every arch.
  const auto bounding = bounding_of("t1.json");
  for (const char* arch : {"amd64", "arm64", "s390x", "ppc64le", "riscv64", "mips64", "x86"}) {
    EXPECT_EQ(convert(testdata::read("seccomp.json"), bounding, arch), convert(default_profile_json(), bounding, arch))
        << arch;
  }
}

// ---- Architectures ----

const char* kArchMapProfile = R"({"defaultAction":"A","archMap":[
  {"architecture":"SCMP_ARCH_X86_64","subArchitectures":["SCMP_ARCH_X86","SCMP_ARCH_X32"]},
  {"architecture":"SCMP_ARCH_AARCH64","subArchitectures":["SCMP_ARCH_ARM"]},
  {"architecture":"SCMP_ARCH_MIPS64","subArchitectures":["SCMP_ARCH_MIPS","SCMP_ARCH_MIPS64N32"]},
  {"architecture":"SCMP_ARCH_MIPS64N32","subArchitectures":["SCMP_ARCH_MIPS","SCMP_ARCH_MIPS64"]},
  {"architecture":"SCMP_ARCH_MIPSEL64","subArchitectures":["SCMP_ARCH_MIPSEL","SCMP_ARCH_MIPSEL64N32"]},
  {"architecture":"SCMP_ARCH_MIPSEL64N32","subArchitectures":["SCMP_ARCH_MIPSEL","SCMP_ARCH_MIPSEL64"]},
  {"architecture":"SCMP_ARCH_S390X","subArchitectures":["SCMP_ARCH_S390"]},
  {"architecture":"SCMP_ARCH_X86_64","subArchitectures":["SCMP_ARCH_SECOND_ENTRY_IS_NEVER_USED"]}]})";

TEST(ArchMap, EachNativeArchPicksItsFirstEntry) {
  const std::pair<const char*, const char*> cases[] = {
      {"amd64", R"(["SCMP_ARCH_X86_64","SCMP_ARCH_X86","SCMP_ARCH_X32"])"},
      {"arm64", R"(["SCMP_ARCH_AARCH64","SCMP_ARCH_ARM"])"},
      {"mips64", R"(["SCMP_ARCH_MIPS64","SCMP_ARCH_MIPS","SCMP_ARCH_MIPS64N32"])"},
      {"mips64n32", R"(["SCMP_ARCH_MIPS64N32","SCMP_ARCH_MIPS","SCMP_ARCH_MIPS64"])"},
      {"mipsel64", R"(["SCMP_ARCH_MIPSEL64","SCMP_ARCH_MIPSEL","SCMP_ARCH_MIPSEL64N32"])"},
      {"mipsel64n32", R"(["SCMP_ARCH_MIPSEL64N32","SCMP_ARCH_MIPSEL","SCMP_ARCH_MIPSEL64"])"},
      {"s390x", R"(["SCMP_ARCH_S390X","SCMP_ARCH_S390"])"},
  };
  for (const auto& [arch, expected] : cases) {
    EXPECT_EQ(convert(kArchMapProfile, {}, arch),
              std::string(R"({"defaultAction":"A","architectures":)") + expected + "}")
        << arch;
  }
}

TEST(ArchMap, ArchesWithoutANativeToSeccompEntryGetNoArchitectures) {
  for (const char* arch : {"ppc64le", "ppc64", "riscv64", "x86", "arm", "s390", "mips", "mipsel", "x32", ""}) {
    EXPECT_EQ(convert(kArchMapProfile, {}, arch), R"({"defaultAction":"A"})") << arch;
  }
}

TEST(ArchMap, EntryWithoutSubArchitectures) {
  EXPECT_EQ(convert(R"({"defaultAction":"A","archMap":[{"architecture":"SCMP_ARCH_X86_64"}]})"),
            R"({"defaultAction":"A","architectures":["SCMP_ARCH_X86_64"]})");
}

TEST(Architectures, CopiedVerbatimWhateverTheNativeArch) {
  EXPECT_EQ(convert(R"({"defaultAction":"A","architectures":["SCMP_ARCH_ARM","bogus"]})", {}, "riscv64"),
            R"({"defaultAction":"A","architectures":["SCMP_ARCH_ARM","bogus"]})");
}

TEST(Architectures, TogetherWithArchMapIsAnError) {
  EXPECT_EQ(convert(R"({"defaultAction":"A","architectures":["X"],"archMap":[{"architecture":"Y"}]})"),
            "error: 'architectures' and 'archMap' were specified in the seccomp profile, use either "
            "'architectures' or 'archMap'");
  // Empty lists do not count.
  EXPECT_EQ(convert(R"({"defaultAction":"A","architectures":[],"archMap":[]})"), R"({"defaultAction":"A"})");
}

// ---- Includes and excludes ----

std::string names_kept(const std::string& syscalls, const Caps& bounding, const std::string& arch) {
  return convert(R"({"defaultAction":"A","syscalls":)" + syscalls + "}", bounding, arch);
}

TEST(Filters, ExcludedArchSkipsTheEntry) {
  const std::string calls = R"([{"name":"a","action":"X","excludes":{"arches":["amd64","x32"]}}])";
  EXPECT_EQ(names_kept(calls, {}, "amd64"), R"({"defaultAction":"A"})");
  EXPECT_EQ(names_kept(calls, {}, "arm64"), R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X"}]})");
}

TEST(Filters, AnyExcludedCapInBoundingSkipsTheEntry) {
  const std::string calls = R"([{"name":"a","action":"X","excludes":{"caps":["CAP_A","CAP_B"]}}])";
  EXPECT_EQ(names_kept(calls, {"CAP_B"}, "amd64"), R"({"defaultAction":"A"})");
  EXPECT_EQ(names_kept(calls, {"CAP_C"}, "amd64"),
            R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X"}]})");
}

TEST(Filters, IncludedArchesMustContainTheNativeArch) {
  const std::string calls = R"([{"name":"a","action":"X","includes":{"arches":["s390","s390x"]}}])";
  EXPECT_EQ(names_kept(calls, {}, "amd64"), R"({"defaultAction":"A"})");
  EXPECT_EQ(names_kept(calls, {}, "s390x"), R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X"}]})");
  EXPECT_EQ(names_kept(calls, {}, ""), R"({"defaultAction":"A"})");  // GetNativeArch failed
}

TEST(Filters, AllIncludedCapsMustBeInBounding) {
  const std::string calls = R"([{"name":"a","action":"X","includes":{"caps":["CAP_A","CAP_B"]}}])";
  EXPECT_EQ(names_kept(calls, {"CAP_A"}, "amd64"), R"({"defaultAction":"A"})");
  EXPECT_EQ(names_kept(calls, {"CAP_B", "CAP_A"}, "amd64"),
            R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X"}]})");
}

TEST(Filters, CapsCompareCaseSensitively) {
  const std::string calls = R"([{"name":"a","action":"X","includes":{"caps":["cap_a"]}}])";
  EXPECT_EQ(names_kept(calls, {"CAP_A"}, "amd64"), R"({"defaultAction":"A"})");
}

TEST(Filters, EntriesKeepFileOrderAndAreNotMerged) {
  const std::string calls =
      R"([{"names":["b","a"],"action":"X"},{"name":"c","action":"X"},{"names":["b"],"action":"X"}])";
  EXPECT_EQ(names_kept(calls, {}, "amd64"),
            R"({"defaultAction":"A","syscalls":[{"names":["b","a"],"action":"X"},{"names":["c"],"action":"X"},)"
            R"({"names":["b"],"action":"X"}]})");
}

// ---- Names, errno, args ----

TEST(Syscalls, NameAndNamesTogetherIsAnError) {
  EXPECT_EQ(names_kept(R"([{"name":"a","names":["b"],"action":"X"}])", {}, "amd64"),
            "error: 'name' and 'names' were specified in the seccomp profile, use either 'name' or 'names'");
}

TEST(Syscalls, NameAndNamesOfAFilteredEntryAreNotChecked) {
  EXPECT_EQ(names_kept(R"([{"name":"a","names":["b"],"includes":{"arches":["s390x"]}}])", {}, "amd64"),
            R"({"defaultAction":"A"})");
}

TEST(Syscalls, EntryWithoutNamesAddsNothingButItsErrnoIsStillChecked) {
  EXPECT_EQ(names_kept(R"([{"action":"X"}])", {}, "amd64"), R"({"defaultAction":"A"})");
  EXPECT_EQ(names_kept(R"([{"action":"X","errno":"EFOO"}])", {}, "amd64"), "error: unknown errno EFOO");
}

TEST(Errno, NameIsLookedUpInTheArchTable) {
  EXPECT_EQ(names_kept(R"([{"name":"a","action":"X","errno":"ENOSYS"}])", {}, "amd64"),
            R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X","errnoRet":38}]})");
  EXPECT_EQ(names_kept(R"([{"name":"a","action":"X","errno":"ENOSYS"}])", {}, "mips64"),
            R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X","errnoRet":89}]})");
  EXPECT_EQ(names_kept(R"([{"name":"a","action":"X","errno":"EDQUOT"}])", {}, "mipsel"),
            R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X","errnoRet":1133}]})");
}

TEST(Errno, DecimalStringIsParsedAndWinsOverErrnoRet) {
  EXPECT_EQ(names_kept(R"([{"name":"a","action":"X","errno":"007","errnoRet":1}])", {}, "amd64"),
            R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X","errnoRet":7}]})");
  EXPECT_EQ(names_kept(R"([{"name":"a","action":"X","errno":"4294967295"}])", {}, "amd64"),
            R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X","errnoRet":4294967295}]})");
}

TEST(Errno, EmptyStringKeepsTheNumber) {
  EXPECT_EQ(names_kept(R"([{"name":"a","action":"X","errnoRet":0}])", {}, "amd64"),
            R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X","errnoRet":0}]})");
  EXPECT_EQ(names_kept(R"([{"name":"a","action":"X","errnoRet":null}])", {}, "amd64"),
            R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X"}]})");
}

TEST(Errno, UnknownNamesAndOutOfRangeNumbersAreErrors) {
  for (const char* bad : {"EFOO", "eperm", "+1", "-1", "4294967296", " 1", "0x1"}) {
    EXPECT_EQ(names_kept(std::string(R"([{"name":"a","action":"X","errno":")") + bad + "\"}]", {}, "amd64"),
              std::string("error: unknown errno ") + bad)
        << bad;
  }
}

TEST(Errno, DefaultErrnoFollowsTheSameRules) {
  EXPECT_EQ(convert(R"({"defaultAction":"A","defaultErrno":"EPERM","defaultErrnoRet":38})"),
            R"({"defaultAction":"A","defaultErrnoRet":1})");
  EXPECT_EQ(convert(R"({"defaultAction":"A","defaultErrnoRet":38})"), R"({"defaultAction":"A","defaultErrnoRet":38})");
  EXPECT_EQ(convert(R"({"defaultAction":"A","defaultErrno":"ENOPE"})"), "error: unknown errno ENOPE");
}

TEST(Errno, GetErrnoDirectly) {
  EXPECT_EQ(get_errno("", std::nullopt, "amd64"), std::nullopt);
  EXPECT_EQ(get_errno("", 5ull, "amd64"), 5ull);
  EXPECT_EQ(get_errno("EOWNERDEAD", std::nullopt, "arm64"), 130ull);
  EXPECT_EQ(get_errno("EOWNERDEAD", std::nullopt, "mips"), 165ull);
  EXPECT_EQ(error_of([] { get_errno("E2BIGGER", std::nullopt, "amd64"); }), "unknown errno E2BIGGER");
}

TEST(Args, ConvertedWithValueTwoOmittedWhenZero) {
  EXPECT_EQ(names_kept(R"([{"names":["a"],"action":"X","args":[{"index":1,"value":2,"valueTwo":0,"op":"SCMP_CMP_EQ"},)"
                       R"({"index":3,"value":18446744073709551615,"valueTwo":5,"op":"SCMP_CMP_MASKED_EQ"}]}])",
                       {}, "amd64"),
            R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X","args":[{"index":1,"value":2,"op":)"
            R"("SCMP_CMP_EQ"},{"index":3,"value":18446744073709551615,"valueTwo":5,"op":"SCMP_CMP_MASKED_EQ"}]}]})");
  EXPECT_EQ(names_kept(R"([{"name":"a","action":"X","args":[]}])", {}, "amd64"),
            R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X"}]})");
}

TEST(NilEntries, NullSyscallPanicsWhenReached) {
  EXPECT_EQ(names_kept(R"([null])", {}, "amd64"), std::string("error: ") + goport::panics::kNilDereference);
  EXPECT_EQ(names_kept(R"([{"name":"a","names":["b"]},null])", {}, "amd64"),
            "error: 'name' and 'names' were specified in the seccomp profile, use either 'name' or 'names'");
}

TEST(NilEntries, NullArgPanicsOnlyInAKeptEntry) {
  EXPECT_EQ(names_kept(R"([{"name":"a","action":"X","args":[null]}])", {}, "amd64"),
            std::string("error: ") + goport::panics::kNilDereference);
  EXPECT_EQ(names_kept(R"([{"name":"a","action":"X","args":[null],"includes":{"caps":["CAP_X"]}}])", {}, "amd64"),
            R"({"defaultAction":"A"})");
  EXPECT_EQ(names_kept(R"([{"action":"X","args":[null]}])", {}, "amd64"), R"({"defaultAction":"A"})");
}

// ---- Whole-profile rules ----

TEST(Profile, NoDefaultActionAndNoSyscallsMeansNoSeccomp) {
  EXPECT_EQ(convert("{}"), "null");
  EXPECT_EQ(convert(R"({"syscalls":[],"architectures":["X"],"defaultErrno":"EBOGUS"})"), "null");
  EXPECT_EQ(convert("null"), "null");
}

TEST(Profile, SyscallsWithoutDefaultActionStillConvert) {
  EXPECT_EQ(convert(R"({"syscalls":[{"name":"a","action":"X"}]})"),
            R"({"defaultAction":"","syscalls":[{"names":["a"],"action":"X"}]})");
}

TEST(Profile, FlagsAndListenerAreCopied) {
  EXPECT_EQ(convert(R"({"defaultAction":"A","flags":["F1","F2"],"listenerPath":"/p","listenerMetadata":"m"})"),
            R"({"defaultAction":"A","flags":["F1","F2"],"listenerPath":"/p","listenerMetadata":"m"})");
}

TEST(Profile, KeysMatchCaseInsensitivelyAndUnknownKeysAreIgnored) {
  EXPECT_EQ(convert(R"({"DEFAULTACTION":"A","Syscalls":[{"NAME":"n","Action":"B","comment":"c","minKernel":"5"}]})"),
            R"({"defaultAction":"A","syscalls":[{"names":["n"],"action":"B"}]})");
}

TEST(Profile, DecodeErrorsCarryGoTexts) {
  const std::pair<const char*, const char*> cases[] = {
      {"", "unexpected end of JSON input"},
      {"{", "unexpected end of JSON input"},
      {"{} x", "invalid character 'x' after top-level value"},
      {R"({"defaultErrnoRet":"x"})",
       "json: cannot unmarshal string into Go struct field Seccomp.defaultErrnoRet of type uint"},
      {R"({"syscalls":5})",
       "json: cannot unmarshal number into Go struct field Seccomp.syscalls of type []*seccomp.Syscall"},
      {R"({"syscalls":[5]})",
       "json: cannot unmarshal number into Go struct field Seccomp.syscalls of type seccomp.Syscall"},
      {R"({"syscalls":[{"args":{}}]})",
       "json: cannot unmarshal object into Go struct field Syscall.syscalls.args of type []*seccomp.Arg"},
      {R"({"syscalls":[{"args":[{"index":-1}]}]})",
       "json: cannot unmarshal number -1 into Go struct field Arg.syscalls.args.index of type uint"},
      {R"({"archMap":[{"subArchitectures":5}]})",
       "json: cannot unmarshal number into Go struct field Architecture.archMap.subArchitectures of type "
       "[]seccomp.Arch"},
      {R"({"defaultAction":1})",
       "json: cannot unmarshal number into Go struct field Seccomp.defaultAction of type seccomp.Action"},
      {"[]", "json: cannot unmarshal array into Go value of type seccomp.Seccomp"},
  };
  for (const auto& [input, error] : cases) {
    EXPECT_EQ(convert(input), std::string("error: decoding seccomp profile failed: ") + error) << input;
  }
}

// ---- The cache ----

TEST(Cache, ResultsDependOnBoundingAndArchForTheSameText) {
  const std::string calls =
      R"({"defaultAction":"A","syscalls":[{"name":"a","action":"X","includes":{"caps":["CAP_A"],"arches":["amd64"]}}]})";
  for (int round = 0; round < 2; ++round) {
    EXPECT_EQ(convert(calls, {"CAP_A"}, "amd64"), R"({"defaultAction":"A","syscalls":[{"names":["a"],"action":"X"}]})");
    EXPECT_EQ(convert(calls, {}, "amd64"), R"({"defaultAction":"A"})");
    EXPECT_EQ(convert(calls, {"CAP_A"}, "arm64"), R"({"defaultAction":"A"})");
    // The key keeps the caps apart: {"CAP_", "A"} must not look like {"CAP_A"}.
    EXPECT_EQ(convert(calls, {"CAP_", "A"}, "amd64"), R"({"defaultAction":"A"})");
  }
}

TEST(Cache, ErrorsAreRepeated) {
  for (int round = 0; round < 3; ++round) {
    EXPECT_EQ(convert("{"), "error: decoding seccomp profile failed: unexpected end of JSON input");
    EXPECT_EQ(convert(R"({"defaultErrno":"EX","defaultAction":"A"})"), "error: unknown errno EX");
  }
}

TEST(Cache, StaysCorrectPastItsSizeLimits) {
  for (int i = 0; i < 200; ++i) {
    const std::string profile = R"({"defaultAction":"A)" + std::to_string(i) + R"("})";
    const Caps bounding = {"CAP_" + std::to_string(i % 90)};
    EXPECT_EQ(convert(profile, bounding), R"({"defaultAction":"A)" + std::to_string(i) + R"("})");
  }
}

TEST(Cache, DisabledForBenchmarksGivesTheSameResults) {
  const std::string stock = testdata::read("seccomp.json");
  const Caps t1 = bounding_of("t1.json");
  const std::string cached = convert(stock, t1);
  set_cache_enabled(false);
  const std::string uncached = convert(stock, t1);
  const std::string error = convert("{");
  set_cache_enabled(true);
  EXPECT_EQ(uncached, cached);
  EXPECT_EQ(uncached, testdata::member("t1.json", {"linux", "seccomp"}));
  EXPECT_EQ(error, "error: decoding seccomp profile failed: unexpected end of JSON input");
}

TEST(Cache, SafeFromManyThreads) {
  const std::string stock = testdata::read("seccomp.json");
  const std::string expected_t1 = testdata::member("t1.json", {"linux", "seccomp"});
  const std::string expected_img = testdata::member("out_img.json", {"linux", "seccomp"});
  const Caps t1 = bounding_of("t1.json");
  const Caps img = bounding_of("out_img.json");
  std::vector<std::thread> threads;
  std::vector<int> failures(8, 0);
  for (int t = 0; t < 8; ++t) {
    threads.emplace_back([&, t] {
      for (int i = 0; i < 50; ++i) {
        const bool first = (i + t) % 2 == 0;
        if (convert(stock, first ? t1 : img) != (first ? expected_t1 : expected_img)) ++failures[t];
        const std::string own = R"({"defaultAction":"T)" + std::to_string(t * 1000 + i) + R"("})";
        if (convert(own) != own) ++failures[t];
      }
    });
  }
  for (auto& th : threads) th.join();
  for (int t = 0; t < 8; ++t) EXPECT_EQ(failures[t], 0) << t;
}

}  // namespace
}  // namespace specconf::ref::seccomp
