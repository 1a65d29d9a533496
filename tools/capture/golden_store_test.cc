#include "tools/capture/golden_store.h"

#include <gtest/gtest.h>

#include <cstdlib>

#include "reference/model/oci_spec_json.h"
#include "tools/capture/atomic_file.h"
#include "tools/capture/test_scratch.h"

namespace specconf::capture {
namespace {

const std::string kOld = std::string(64, 'a');
const std::string kNew = std::string(64, 'b');

golden::Record record(const std::string& sandbox, const std::string& date = "2024-01-01") {
  golden::Record r;
  r.case_name = "pod-join";
  r.profile = "root-cgroupv1";
  r.podman = "4.3.1+ds1-8+deb12u1+b3";
  r.captured = date;
  r.specgen_sha256 = "00";
  r.status = 201;
  oci::Spec spec;
  EXPECT_EQ(oci::from_go_json(R"({"ociVersion":"1.0.2-dev","hostname":")" + sandbox.substr(0, 12) +
                                  R"(","annotations":{"io.kubernetes.cri-o.SandboxID":")" + sandbox + R"("}})",
                              spec),
            "");
  r.spec = spec;
  return r;
}

std::string scratch_file() {
  return scratch_dir("golden_store_test") + "/root-cgroupv1/pod-join.json";
}

TEST(CheckAgainstExisting, NewWhenNoRecordExists) {
  EXPECT_EQ(check_against_existing(scratch_file(), record(kOld)).state, RecordState::kNew);
}

TEST(CheckAgainstExisting, UnchangedIgnoresTheCaptureDate) {
  const std::string path = scratch_file();
  ASSERT_EQ(write_record(path, record(kOld, "2024-01-01")), "");
  EXPECT_EQ(check_against_existing(path, record(kOld, "2025-06-30")).state, RecordState::kUnchanged);
}

TEST(CheckAgainstExisting, OnlyNewDonorIdsIsARenameNotAChange) {
  const std::string path = scratch_file();
  ASSERT_EQ(write_record(path, record(kOld)), "");
  EXPECT_EQ(check_against_existing(path, record(kNew)).state, RecordState::kChanged);
  EXPECT_EQ(check_against_existing(path, record(kNew), {{kOld, kNew}}).state, RecordState::kRenamed);
  EXPECT_EQ(check_against_existing(path, record(kNew), {{kOld, std::string(64, 'c')}}).state, RecordState::kChanged);
}

TEST(CheckAgainstExisting, ReportsTheFirstDifference) {
  const std::string path = scratch_file();
  ASSERT_EQ(write_record(path, record(kOld)), "");
  golden::Record fresh = record(kOld);
  fresh.status = 500;
  fresh.spec.reset();
  fresh.error = golden::PodmanErrorBody{"c", "m", 500};
  const RecordCheck c = check_against_existing(path, fresh);
  EXPECT_EQ(c.state, RecordState::kChanged);
  EXPECT_EQ(c.why, "status 201 -> 500");
}

TEST(CheckAgainstExisting, AnUnreadableRecordCountsAsChanged) {
  const std::string path = scratch_file();
  ASSERT_EQ(write_file_atomically(path, "{"), "");
  const RecordCheck c = check_against_existing(path, record(kOld));
  EXPECT_EQ(c.state, RecordState::kChanged);
  EXPECT_EQ(c.why.rfind("old record unreadable: ", 0), 0u);
}

}  // namespace
}  // namespace specconf::capture
