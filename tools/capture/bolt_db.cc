#include "tools/capture/bolt_db.h"

#include <fcntl.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace specconf::capture {
namespace {

// go.etcd.io/bbolt: page.go, db.go, bucket.go.
constexpr std::uint32_t kMagic = 0xED0CDAED;
constexpr std::uint32_t kVersion = 2;
constexpr std::size_t kPageHeaderSize = 16;     // id u64, flags u16, count u16, overflow u32
constexpr std::size_t kElementSize = 16;        // leaf: flags,pos,ksize,vsize u32; branch: pos,ksize u32, pgid u64
constexpr std::size_t kBucketHeaderSize = 16;   // root pgid u64, sequence u64
constexpr std::size_t kMetaChecksummed = 56;    // meta fields before the checksum
constexpr std::uint16_t kBranchPage = 0x01;
constexpr std::uint16_t kLeafPage = 0x02;
constexpr std::uint32_t kBucketLeafFlag = 0x01;
constexpr int kMaxDepth = 64;                   // far deeper than any real bolt tree; stops cycles

std::uint16_t le16(const char* p) {
  return static_cast<std::uint16_t>(static_cast<unsigned char>(p[0]) | static_cast<unsigned char>(p[1]) << 8);
}
std::uint32_t le32(const char* p) {
  std::uint32_t v = 0;
  for (int i = 3; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(p[i]);
  return v;
}
std::uint64_t le64(const char* p) {
  std::uint64_t v = 0;
  for (int i = 7; i >= 0; --i) v = v << 8 | static_cast<unsigned char>(p[i]);
  return v;
}

struct Meta {
  std::uint32_t magic, version, page_size, flags;
  std::uint64_t root, sequence, freelist, pgid, txid, checksum;
};

Meta parse_meta(const char* m) {
  return Meta{le32(m),      le32(m + 4),  le32(m + 8),  le32(m + 12), le64(m + 16),
              le64(m + 24), le64(m + 32), le64(m + 40), le64(m + 48), le64(m + 56)};
}

// bbolt meta.validate(): a zero checksum is not checked (files from before checksums existed).
std::string validate_meta(const Meta& m, const char* raw) {
  if (m.magic != kMagic) return "invalid magic";
  if (m.version != kVersion) return "version mismatch (" + std::to_string(m.version) + ")";
  if (m.checksum != 0 && m.checksum != bolt_fnv1a64(std::string_view(raw, kMetaChecksummed)))
    return "checksum error";
  return "";
}

std::string quoted(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (static_cast<unsigned char>(c) < 0x20 || c == '"' || c == '\\') {
      static const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[static_cast<unsigned char>(c) >> 4];
      out += hex[c & 0xf];
    } else {
      out += c;
    }
  }
  return out + "\"";
}

std::string join(const std::vector<std::string>& path, std::size_t n) {
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += (i ? "/" : "") + path[i];
  return s;
}

}  // namespace

std::uint64_t bolt_fnv1a64(std::string_view bytes) {
  std::uint64_t h = 14695981039346656037ull;
  for (char c : bytes) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// A page (with its overflow pages) or an inline bucket's page image: bytes [base, base+span) of data_.
struct BoltDb::PageView {
  std::size_t base = 0;
  std::size_t span = 0;
  std::uint16_t flags = 0;
  std::uint16_t count = 0;
  std::string where;  // for errors: "page 12" or "inline bucket"
};

struct BoltDb::Bucket {
  std::uint64_t root = 0;       // 0: inline
  std::size_t inline_base = 0;  // inline page image in data_
  std::size_t inline_len = 0;
};

struct BoltDb::Element {
  std::uint32_t flags = 0;  // leaf only
  std::size_t key_at = 0, key_len = 0;
  std::size_t value_at = 0, value_len = 0;  // leaf only
  std::uint64_t child = 0;                  // branch only
};

std::string BoltDb::open(const std::string& path, BoltDb& out, int lock_timeout_ms) {
  const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return "open " + path + ": " + std::strerror(errno);
  for (int waited = 0; flock(fd, LOCK_SH | LOCK_NB) != 0; waited += 10) {
    if ((errno != EWOULDBLOCK && errno != EINTR) || waited >= lock_timeout_ms) {
      std::string err = "flock " + path + ": " + (waited >= lock_timeout_ms ? "timed out" : std::strerror(errno));
      close(fd);
      return err;
    }
    timespec ts{0, 10 * 1000 * 1000};
    nanosleep(&ts, nullptr);
  }
  std::string bytes;
  struct stat st {};
  std::string err;
  if (fstat(fd, &st) != 0) {
    err = "stat " + path + ": " + std::strerror(errno);
  } else {
    bytes.resize(static_cast<std::size_t>(st.st_size));
    std::size_t done = 0;
    while (done < bytes.size()) {
      const ssize_t n = pread(fd, bytes.data() + done, bytes.size() - done, static_cast<off_t>(done));
      if (n < 0 && errno == EINTR) continue;
      if (n <= 0) {
        err = "read " + path + ": " + (n < 0 ? std::strerror(errno) : "unexpected end of file");
        break;
      }
      done += static_cast<std::size_t>(n);
    }
  }
  flock(fd, LOCK_UN);
  close(fd);
  if (!err.empty()) return err;
  if (std::string e = from_bytes(std::move(bytes), out); !e.empty()) return path + ": " + e;
  return "";
}

std::string BoltDb::from_bytes(std::string bytes, BoltDb& out) {
  out = BoltDb{};
  out.data_ = std::move(bytes);
  return out.load_meta();
}

std::string BoltDb::load_meta() {
  const std::size_t size = data_.size();
  if (size < kPageHeaderSize + 64) return "bolt: file too small (" + std::to_string(size) + " bytes)";
  // Page size: meta 0's, as bolt does; when meta 0 is damaged bolt assumes the OS page size. We try
  // every power of two instead and accept one only if page 1 is a valid meta page of that size.
  const char* m0_raw = data_.data() + kPageHeaderSize;
  const Meta m0 = parse_meta(m0_raw);
  const std::string m0_err = validate_meta(m0, m0_raw);
  std::uint32_t ps = 0;
  if (m0_err.empty()) {
    ps = m0.page_size;
  } else {
    for (std::uint32_t candidate = 512; candidate <= 65536; candidate *= 2) {
      if (size < 2 * static_cast<std::size_t>(candidate)) break;
      const char* raw = data_.data() + candidate + kPageHeaderSize;
      const Meta m = parse_meta(raw);
      if (validate_meta(m, raw).empty() && m.page_size == candidate) {
        ps = candidate;
        break;
      }
    }
    if (ps == 0) return "bolt: meta page 0: " + m0_err + ", and no valid meta page 1 found";
  }
  if (ps < 512 || ps > 65536 || (ps & (ps - 1)) != 0) return "bolt: invalid page size " + std::to_string(ps);
  if (size < 2 * static_cast<std::size_t>(ps)) return "bolt: file too small for two meta pages (truncated?)";
  page_size_ = ps;

  const char* m1_raw = data_.data() + ps + kPageHeaderSize;
  const Meta m1 = parse_meta(m1_raw);
  const std::string m1_err = validate_meta(m1, m1_raw);
  // bolt's db.meta(): the higher txid if it validates, else the other one.
  const bool one_first = m1.txid > m0.txid;
  const Meta* order[2] = {one_first ? &m1 : &m0, one_first ? &m0 : &m1};
  const std::string* errs[2] = {one_first ? &m1_err : &m0_err, one_first ? &m0_err : &m1_err};
  for (int i = 0; i < 2; ++i) {
    if (!errs[i]->empty()) continue;
    const Meta& m = *order[i];
    meta_page_ = (order[i] == &m1) ? 1 : 0;
    txid_ = m.txid;
    root_pgid_ = m.root;
    high_water_ = m.pgid;
    if (high_water_ > data_.size() / ps)
      return "bolt: file is shorter than its high water mark of " + std::to_string(high_water_) +
             " pages (truncated?)";
    if (m.page_size != ps) return "bolt: meta page " + std::to_string(meta_page_) + " has page size " +
                                  std::to_string(m.page_size) + ", file uses " + std::to_string(ps);
    return "";
  }
  return "bolt: both meta pages are invalid (meta 0: " + m0_err + "; meta 1: " + m1_err + ")";
}

std::string BoltDb::page_at(std::uint64_t pgid, PageView& out) const {
  const std::string where = "page " + std::to_string(pgid);
  if (pgid < 2 || pgid >= high_water_) return "bolt: " + where + " is outside the database (high water mark " +
                                                 std::to_string(high_water_) + ")";
  const std::size_t base = static_cast<std::size_t>(pgid) * page_size_;
  if (base + page_size_ > data_.size()) return "bolt: " + where + " lies beyond the end of the file (truncated?)";
  const char* p = data_.data() + base;
  if (le64(p) != pgid) return "bolt: " + where + " has id " + std::to_string(le64(p));
  const std::uint32_t overflow = le32(p + 12);
  const std::size_t span = (static_cast<std::size_t>(overflow) + 1) * page_size_;
  if (pgid + overflow >= high_water_ || base + span > data_.size())
    return "bolt: " + where + " with " + std::to_string(overflow) + " overflow pages lies beyond the end of the file";
  out = PageView{base, span, le16(p + 8), le16(p + 10), where};
  return "";
}

std::string BoltDb::bucket_page(const Bucket& b, PageView& out) const {
  if (b.root != 0) return page_at(b.root, out);
  if (b.inline_len < kPageHeaderSize) return "bolt: inline bucket too short";
  const char* p = data_.data() + b.inline_base;
  out = PageView{b.inline_base, b.inline_len, le16(p + 8), le16(p + 10), "inline bucket"};
  if (!(out.flags & kLeafPage)) return "bolt: inline bucket is not a leaf page";
  return "";
}

std::string BoltDb::element(const PageView& p, std::uint16_t i, Element& out) const {
  const std::size_t elem = kPageHeaderSize + static_cast<std::size_t>(i) * kElementSize;
  if (elem + kElementSize > p.span) return "bolt: " + p.where + ": element " + std::to_string(i) + " out of bounds";
  const char* e = data_.data() + p.base + elem;
  out = Element{};
  if (p.flags & kLeafPage) {
    out.flags = le32(e);
    const std::size_t pos = le32(e + 4), ksize = le32(e + 8), vsize = le32(e + 12);
    out.key_at = p.base + elem + pos;
    out.key_len = ksize;
    out.value_at = out.key_at + ksize;
    out.value_len = vsize;
    if (elem + pos + ksize + vsize > p.span)
      return "bolt: " + p.where + ": element " + std::to_string(i) + " points outside its page";
  } else {
    const std::size_t pos = le32(e), ksize = le32(e + 4);
    out.child = le64(e + 8);
    out.key_at = p.base + elem + pos;
    out.key_len = ksize;
    if (elem + pos + ksize > p.span)
      return "bolt: " + p.where + ": element " + std::to_string(i) + " points outside its page";
  }
  return "";
}

// bolt's Cursor.seek for an exact key: in a branch page the child whose first key is the greatest one
// not above `key` (sort.Search for >=, then one back unless exact), in a leaf page the equal key.
std::string BoltDb::seek(const Bucket& b, std::string_view key, Element& out, bool& found) const {
  found = false;
  PageView p;
  if (std::string err = bucket_page(b, p); !err.empty()) return err;
  for (int depth = 0;; ++depth) {
    if (depth > kMaxDepth) return "bolt: B+tree deeper than " + std::to_string(kMaxDepth) + " (cycle?)";
    if (p.flags & kBranchPage) {
      if (p.count == 0) return "bolt: " + p.where + ": empty branch page";
      std::uint16_t lo = 0, hi = p.count;  // first element with key >= `key`
      bool exact = false;
      while (lo < hi) {
        const std::uint16_t mid = static_cast<std::uint16_t>(lo + (hi - lo) / 2);
        Element e;
        if (std::string err = element(p, mid, e); !err.empty()) return err;
        const int c = std::string_view(data_.data() + e.key_at, e.key_len).compare(key);
        if (c < 0) {
          lo = static_cast<std::uint16_t>(mid + 1);
        } else {
          if (c == 0) exact = true;
          hi = mid;
        }
      }
      std::uint16_t index = lo;
      if (!exact && index > 0) --index;
      if (index >= p.count) index = static_cast<std::uint16_t>(p.count - 1);
      Element e;
      if (std::string err = element(p, index, e); !err.empty()) return err;
      PageView child;
      if (std::string err = page_at(e.child, child); !err.empty()) return err;
      p = child;
    } else if (p.flags & kLeafPage) {
      std::uint16_t lo = 0, hi = p.count;
      while (lo < hi) {
        const std::uint16_t mid = static_cast<std::uint16_t>(lo + (hi - lo) / 2);
        Element e;
        if (std::string err = element(p, mid, e); !err.empty()) return err;
        const int c = std::string_view(data_.data() + e.key_at, e.key_len).compare(key);
        if (c == 0) {
          out = e;
          found = true;
          return "";
        }
        if (c < 0) lo = static_cast<std::uint16_t>(mid + 1);
        else hi = mid;
      }
      return "";
    } else {
      return "bolt: " + p.where + " is neither a branch nor a leaf page (flags " + std::to_string(p.flags) + ")";
    }
  }
}

std::string BoltDb::open_bucket(const std::vector<std::string>& path, Bucket& out) const {
  if (meta_page_ < 0) return "bolt: database not opened";
  Bucket b{root_pgid_, 0, 0};
  for (std::size_t i = 0; i < path.size(); ++i) {
    Element e;
    bool found = false;
    if (std::string err = seek(b, path[i], e, found); !err.empty()) return err;
    if (!found || !(e.flags & kBucketLeafFlag)) return "bolt: bucket " + quoted(join(path, i + 1)) + " not found";
    if (e.value_len < kBucketHeaderSize) return "bolt: bucket " + quoted(join(path, i + 1)) + " has a short header";
    const std::uint64_t root = le64(data_.data() + e.value_at);
    b = Bucket{root, e.value_at + kBucketHeaderSize, e.value_len - kBucketHeaderSize};
  }
  out = b;
  return "";
}

std::string BoltDb::get(const std::vector<std::string>& buckets, std::string_view key, std::string& value) const {
  value.clear();
  Bucket b;
  if (std::string err = open_bucket(buckets, b); !err.empty()) return err;
  Element e;
  bool found = false;
  if (std::string err = seek(b, key, e, found); !err.empty()) return err;
  const std::string where = buckets.empty() ? "the root bucket" : "bucket " + quoted(join(buckets, buckets.size()));
  if (!found) return "bolt: key " + quoted(key) + " not found in " + where;
  if (e.flags & kBucketLeafFlag) return "bolt: " + quoted(key) + " in " + where + " is a bucket, not a value";
  value.assign(data_, e.value_at, e.value_len);
  return "";
}

std::string BoltDb::walk(const PageView& p, int depth, std::vector<Entry>& out) const {
  if (depth > kMaxDepth) return "bolt: B+tree deeper than " + std::to_string(kMaxDepth) + " (cycle?)";
  for (std::uint16_t i = 0; i < p.count; ++i) {
    Element e;
    if (std::string err = element(p, i, e); !err.empty()) return err;
    if (p.flags & kBranchPage) {
      PageView child;
      if (std::string err = page_at(e.child, child); !err.empty()) return err;
      if (std::string err = walk(child, depth + 1, out); !err.empty()) return err;
    } else if (p.flags & kLeafPage) {
      out.push_back(Entry{data_.substr(e.key_at, e.key_len), data_.substr(e.value_at, e.value_len),
                          (e.flags & kBucketLeafFlag) != 0});
    } else {
      return "bolt: " + p.where + " is neither a branch nor a leaf page";
    }
  }
  return "";
}

std::string BoltDb::list(const std::vector<std::string>& buckets, std::vector<Entry>& out) const {
  out.clear();
  Bucket b;
  if (std::string err = open_bucket(buckets, b); !err.empty()) return err;
  PageView p;
  if (std::string err = bucket_page(b, p); !err.empty()) return err;
  return walk(p, 0, out);
}

}  // namespace specconf::capture
