#include "tools/capture/bolt_db.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

#include <nlohmann/json.hpp>

#include "tools/capture/sha256.h"
#include "tools/capture/stored_spec.h"

namespace specconf::capture {
namespace {

const char* kDb = "tools/capture/testdata/bolt_state.db";
const char* kExpected = "tools/capture/testdata/bolt_state.expected.json";
constexpr std::size_t kPage = 4096;

std::string slurp(const char* path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

nlohmann::json expected() { return nlohmann::json::parse(slurp(kExpected)); }

std::uint64_t txid_of_meta(const std::string& file, int page) {
  std::uint64_t v = 0;
  std::memcpy(&v, file.data() + page * kPage + 16 + 48, 8);
  return v;
}

// Rewrites the checksum of meta page `page` so only the field we changed makes it invalid (or valid).
void fix_checksum(std::string& file, int page) {
  const std::uint64_t sum = bolt_fnv1a64(std::string_view(file.data() + page * kPage + 16, 56));
  std::memcpy(file.data() + page * kPage + 16 + 56, &sum, 8);
}

TEST(BoltDb, ReadsEveryLiveContainerConfigThroughTheTree) {
  BoltDb db;
  ASSERT_EQ(BoltDb::open(kDb, db), "");
  EXPECT_EQ(db.page_size(), 4096u);
  const auto want = expected();
  ASSERT_EQ(want["containers"].size(), 15u);
  for (const auto& c : want["containers"]) {
    const std::string id = c["id"];
    std::string config;
    ASSERT_EQ(read_container_config(db, id, config), "") << id;
    EXPECT_EQ(sha256_hex(config), c["config_sha256"].get<std::string>()) << id;
  }
}

TEST(BoltDb, FindsKeysBelowBranchPages) {
  // name-registry and id-registry hold 15 long names: their root pages are branch pages.
  BoltDb db;
  ASSERT_EQ(BoltDb::open(kDb, db), "");
  const auto want = expected();  // kept alive: a range-for over expected()[...] outlives the document
  for (const auto& c : want["containers"]) {
    std::string id;
    ASSERT_EQ(db.get({"name-registry"}, c["name"].get<std::string>(), id), "");
    EXPECT_EQ(id, c["id"].get<std::string>());
    std::string name;
    ASSERT_EQ(db.get({"id-registry"}, c["id"].get<std::string>(), name), "");
    EXPECT_EQ(name, c["name"].get<std::string>());
  }
  std::vector<BoltDb::Entry> all;
  ASSERT_EQ(db.list({"all-ctrs"}, all), "");
  EXPECT_EQ(all.size(), 15u);
  for (std::size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].key, all[i].key);
}

TEST(BoltDb, ListsInlineBuckets) {
  BoltDb db;
  ASSERT_EQ(BoltDb::open(kDb, db), "");
  const std::string id = expected()["containers"][0]["id"];
  std::vector<BoltDb::Entry> entries;
  ASSERT_EQ(db.list({"ctr", id}, entries), "");
  std::vector<std::string> keys;
  for (const auto& e : entries) keys.push_back(e.key + (e.is_bucket ? "/" : ""));
  EXPECT_EQ(keys, (std::vector<std::string>{"config", "dependencies/", "networks/", "state"}));
  std::vector<BoltDb::Entry> networks;
  ASSERT_EQ(db.list({"ctr", id, "networks"}, networks), "");
  ASSERT_EQ(networks.size(), 1u);
  EXPECT_EQ(networks[0].key, "podman");
}

TEST(BoltDb, DeletedContainerIsNotFoundAlthoughItsBytesRemainInFreedPages) {
  const std::string file = slurp(kDb);
  const std::string gone = expected()["deleted"][2];
  ASSERT_NE(file.find(gone), std::string::npos) << "test data should hold a stale copy";
  BoltDb db;
  ASSERT_EQ(BoltDb::from_bytes(file, db), "");
  std::string config;
  EXPECT_EQ(db.get({"ctr", gone}, "config", config), "bolt: bucket \"ctr/" + gone + "\" not found");
}

TEST(BoltDb, MissingKeyAndNonBucketGiveClearErrors) {
  BoltDb db;
  ASSERT_EQ(BoltDb::open(kDb, db), "");
  std::string v;
  EXPECT_EQ(db.get({"nope"}, "x", v), "bolt: bucket \"nope\" not found");
  const std::string id = expected()["containers"][0]["id"];
  EXPECT_EQ(db.get({"ctr", id}, "nope", v), "bolt: key \"nope\" not found in bucket \"ctr/" + id + "\"");
  EXPECT_EQ(db.get({"ctr", id}, "networks", v),
            "bolt: \"networks\" in bucket \"ctr/" + id + "\" is a bucket, not a value");
  EXPECT_EQ(db.get({"ctr", id, "config"}, "x", v), "bolt: bucket \"ctr/" + id + "/config\" not found");
}

TEST(BoltDb, BadChecksumOnNewestMetaFallsBackToTheOtherMeta) {
  std::string file = slurp(kDb);
  const int newest = txid_of_meta(file, 1) > txid_of_meta(file, 0) ? 1 : 0;
  const std::uint64_t older_txid = txid_of_meta(file, 1 - newest);
  BoltDb good;
  ASSERT_EQ(BoltDb::from_bytes(file, good), "");
  EXPECT_EQ(good.meta_page(), newest);

  file[newest * kPage + 16 + 40] ^= 0x01;  // meta.pgid, covered by the checksum
  BoltDb db;
  ASSERT_EQ(BoltDb::from_bytes(file, db), "");
  EXPECT_EQ(db.meta_page(), 1 - newest);
  EXPECT_EQ(db.txid(), older_txid);
  // The previous transaction's tree is intact: bolt never reuses pages the previous meta reaches.
  std::vector<BoltDb::Entry> names;
  ASSERT_EQ(db.list({"name-registry"}, names), "");
  for (const auto& n : names) {
    std::string config;
    EXPECT_EQ(read_container_config(db, n.value, config), "") << n.key;
  }
}

TEST(BoltDb, DamagedMetaPageZeroStillFindsThePageSizeFromPageOne) {
  std::string file = slurp(kDb);
  std::memset(file.data(), 0xff, 64);  // page 0 header and magic gone
  BoltDb db;
  ASSERT_EQ(BoltDb::from_bytes(file, db), "");
  EXPECT_EQ(db.page_size(), 4096u);
  EXPECT_EQ(db.meta_page(), 1);
}

TEST(BoltDb, BothMetasInvalidIsAnError) {
  std::string file = slurp(kDb);
  file[16 + 48] ^= 1;
  file[kPage + 16 + 48] ^= 1;
  BoltDb db;
  EXPECT_EQ(BoltDb::from_bytes(file, db).rfind("bolt: meta page 0: checksum error", 0), 0u);
  fix_checksum(file, 1);
  EXPECT_EQ(BoltDb::from_bytes(file, db), "");
}

TEST(BoltDb, WrongVersionIsRejected) {
  std::string file = slurp(kDb);
  for (int page : {0, 1}) {
    file[page * kPage + 16 + 4] = 3;
    fix_checksum(file, page);
  }
  BoltDb db;
  EXPECT_NE(BoltDb::from_bytes(file, db).find("version mismatch (3)"), std::string::npos);
}

TEST(BoltDb, TruncatedFileGivesErrorsNotCrashesNorWrongBytes) {
  const std::string file = slurp(kDb);
  const auto want = expected()["containers"];
  for (std::size_t size : {std::size_t{0}, std::size_t{10}, std::size_t{100}, kPage, kPage + 100, 2 * kPage,
                           3 * kPage, file.size() / 2, file.size() - kPage, file.size() - 1}) {
    BoltDb db;
    if (!BoltDb::from_bytes(file.substr(0, size), db).empty()) continue;  // refusing the file is fine
    for (const auto& c : want) {
      std::string config;
      if (read_container_config(db, c["id"], config).empty()) {
        EXPECT_EQ(sha256_hex(config), c["config_sha256"].get<std::string>()) << "size " << size;
      }
    }
  }
  BoltDb db;
  EXPECT_EQ(BoltDb::from_bytes(file.substr(0, 10), db), "bolt: file too small (10 bytes)");
  EXPECT_EQ(BoltDb::from_bytes(file.substr(0, 2 * kPage - 1), db),
            "bolt: file too small for two meta pages (truncated?)");
  EXPECT_NE(BoltDb::from_bytes(file.substr(0, file.size() / 2), db).find("shorter than its high water mark"),
            std::string::npos);
}

TEST(BoltDb, RandomDamageToDataPagesNeverCrashes) {
  const std::string clean = slurp(kDb);
  const auto want = expected();
  std::mt19937 rng(42);
  for (int round = 0; round < 300; ++round) {
    std::string file = clean;
    for (int i = 0; i < 8; ++i) {
      const std::size_t at = 2 * kPage + rng() % (file.size() - 2 * kPage);
      file[at] = static_cast<char>(rng());
    }
    BoltDb db;
    ASSERT_EQ(BoltDb::from_bytes(file, db), "");
    for (const auto& c : want["containers"]) {
      std::string spec;
      (void)read_stored_spec(db, c["id"], spec);
      std::vector<BoltDb::Entry> entries;
      (void)db.list({"ctr"}, entries);
    }
  }
}

TEST(BoltDb, OpenReportsMissingFile) {
  BoltDb db;
  EXPECT_EQ(BoltDb::open("/nonexistent/bolt_state.db", db),
            "open /nonexistent/bolt_state.db: No such file or directory");
}

TEST(Fnv1a64, MatchesKnownVectors) {
  EXPECT_EQ(bolt_fnv1a64(""), 0xcbf29ce484222325ull);
  EXPECT_EQ(bolt_fnv1a64("a"), 0xaf63dc4c8601ec8cull);
  EXPECT_EQ(bolt_fnv1a64("foobar"), 0x85944171f73967e8ull);
}

}  // namespace
}  // namespace specconf::capture
