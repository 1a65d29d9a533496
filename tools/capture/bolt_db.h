// A read-only BoltDB (go.etcd.io/bbolt 1.3.x file format) reader: enough of bolt to read
// ctr/<id>/config out of libpod's bolt_state.db the way bolt itself would.
//
// It follows bolt's own rules and nothing else: the page size comes from meta page 0 (or, when that
// page is damaged, from whichever page size makes page 1 a valid meta page); both meta pages are
// checked (magic, version 2, FNV-1a checksum) and the valid one with the higher txid wins; keys are found
// by walking the B+tree from that meta's root bucket through branch and leaf pages, inline buckets and
// overflow pages. Freed pages are never looked at, so stale copies of old values cannot be read.
// Every offset is bounds-checked: a damaged or truncated file gives an error, never a crash.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace specconf::capture {

class BoltDb {
 public:
  // Reads `path` under a shared flock: bolt writers hold an exclusive flock while the database is open
  // (libpod opens it per operation), so the bytes read are one committed state.
  static std::string open(const std::string& path, BoltDb& out, int lock_timeout_ms = 10000);
  // Uses `bytes` as the database file's content. Returns "" or a one-line error.
  static std::string from_bytes(std::string bytes, BoltDb& out);

  std::uint32_t page_size() const { return page_size_; }
  std::uint64_t txid() const { return txid_; }
  int meta_page() const { return meta_page_; }  // 0 or 1: the meta page in use

  // The value stored under `key` in the bucket reached through `buckets` (names from the root).
  // Returns "" or an error such as `bolt: bucket "ctr/abc" not found`.
  std::string get(const std::vector<std::string>& buckets, std::string_view key, std::string& value) const;

  struct Entry {
    std::string key;
    std::string value;  // for a nested bucket: its 16-byte header (plus inline page)
    bool is_bucket = false;
  };
  // Every entry of the bucket reached through `buckets`, in key order.
  std::string list(const std::vector<std::string>& buckets, std::vector<Entry>& out) const;

 private:
  struct PageView;
  struct Bucket;
  struct Element;

  std::string load_meta();
  std::string page_at(std::uint64_t pgid, PageView& out) const;
  std::string bucket_page(const Bucket& b, PageView& out) const;
  std::string element(const PageView& p, std::uint16_t i, Element& out) const;
  std::string seek(const Bucket& b, std::string_view key, Element& out, bool& found) const;
  std::string walk(const PageView& p, int depth, std::vector<Entry>& out) const;
  std::string open_bucket(const std::vector<std::string>& path, Bucket& out) const;

  std::string data_;
  std::uint32_t page_size_ = 0;
  std::uint64_t txid_ = 0;
  std::uint64_t root_pgid_ = 0;
  std::uint64_t high_water_ = 0;  // meta.pgid: pages at or above it are not part of the database
  int meta_page_ = -1;
};

// bolt's meta checksum: FNV-1a 64 (exposed for tests that corrupt files on purpose).
std::uint64_t bolt_fnv1a64(std::string_view bytes);

}  // namespace specconf::capture
