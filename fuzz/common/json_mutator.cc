#include "fuzz/common/json_mutator.h"

#include <algorithm>
#include <random>
#include <utility>
#include <vector>

#include <nlohmann/json.hpp>

#include "reference/gojson/nesting.h"

namespace specconf::fuzz {
namespace {

// Key order matters to Go's decoder (the last of two case-insensitively equal keys wins), so the
// mutator keeps the document's order.
using Json = nlohmann::ordered_json;
using Rng = std::mt19937;

// Deeper documents, and ones with more nodes, are mutated as bytes: both bound the mutator's own work.
constexpr std::size_t kMaxDepth = 64;
constexpr std::size_t kMaxNodes = 4096;

std::size_t pick(Rng& rng, std::size_t n) { return n == 0 ? 0 : std::uniform_int_distribution<std::size_t>(0, n - 1)(rng); }
bool chance(Rng& rng, unsigned one_in) { return pick(rng, one_in) == 0; }

template <class T>
const T& pick_from(Rng& rng, const std::vector<T>& v) {
  return v[pick(rng, v.size())];
}

const nlohmann::json& pick_from(Rng& rng, const nlohmann::json& array) { return array[pick(rng, array.size())]; }

// Every node of a document, with the key that gives it meaning: an object member's key, or for an
// array item the key of the array. The root's context is "".
struct Node {
  Json* value;
  std::string context;
  Json* parent;  // nullptr for the root
};

struct Member {
  Json* object;
  std::string key;
  std::string object_context;
};

struct Nodes {
  std::vector<Node> all;
  std::vector<Node> objects, arrays, strings, numbers, bools;
  std::vector<Member> members;
};

Nodes collect(Json& root) {
  Nodes n;
  struct Item {
    Json* value;
    std::string context;
    Json* parent;
    std::size_t depth;
  };
  std::vector<Item> stack{{&root, "", nullptr, 0}};
  while (!stack.empty() && n.all.size() < kMaxNodes) {
    Item it = std::move(stack.back());
    stack.pop_back();
    Node node{it.value, it.context, it.parent};
    n.all.push_back(node);
    Json& v = *it.value;
    if (v.is_object()) {
      n.objects.push_back(node);
      if (it.depth >= kMaxDepth) continue;
      for (auto& [key, child] : v.items()) {
        n.members.push_back({it.value, key, it.context});
        stack.push_back({&child, key, it.value, it.depth + 1});
      }
    } else if (v.is_array()) {
      n.arrays.push_back(node);
      if (it.depth >= kMaxDepth) continue;
      for (auto& child : v) stack.push_back({&child, it.context, it.value, it.depth + 1});
    } else if (v.is_string()) {
      n.strings.push_back(node);
    } else if (v.is_number()) {
      n.numbers.push_back(node);
    } else if (v.is_boolean()) {
      n.bools.push_back(node);
    }
  }
  return n;
}

// nlohmann's parser is iterative, but printing and comparing recurse: only shallow documents are parsed.
bool parse(std::string_view text, Json& out) {
  if (gojson::nesting_depth(text, kMaxDepth) > kMaxDepth) return false;
  out = Json::parse(text, nullptr, /*allow_exceptions=*/false);
  return !out.is_discarded();
}

// Strings the byte mutator left as invalid UTF-8 are printed with U+FFFD, as Go's decoder reads them.
std::string print(const Json& doc) { return doc.dump(-1, ' ', false, Json::error_handler_t::replace); }

class Mutation {
 public:
  Mutation(const Vocabulary& vocab, ByteMutator bytes, Rng& rng) : vocab_(vocab), bytes_(bytes), rng_(rng) {}

  // Applies `op` to `doc`; false when it does not apply (nothing to flip, no array, ...).
  bool run(JsonMutator::Op op, Json& doc) {
    Nodes n = collect(doc);
    using Op = JsonMutator::Op;
    switch (op) {
      case Op::kSwitchEnum: return switch_enum(doc, n);
      case Op::kAddKey: return add_key(doc, n);
      case Op::kRemoveKey: return remove_key(n);
      case Op::kRenameKeyCase: return rename_key_case(n);
      case Op::kAddItem: return add_item(n);
      case Op::kRemoveItem: return remove_item(n);
      case Op::kIdMapAroundGid5: return id_map_around_gid5(doc);
      case Op::kFlipBool: return flip_bool(doc, n);
      case Op::kScalar: return scalar(n);
      case Op::kRetype: return retype(n);
      case Op::kCopySubtree: return copy_subtree(n);
      case Op::kBytes: return false;
    }
    return false;
  }

  // A value for `key`: a sample, an enum value (in a list for list keys), or a small scalar.
  Json make_value(const std::string& key) {
    if (auto s = vocab_.samples.find(key); s != vocab_.samples.end() && !chance(rng_, 4)) {
      return Json(pick_from(rng_, *s));
    }
    if (auto e = vocab_.enums.find(key); e != vocab_.enums.end()) {
      Json v = Json(pick_from(rng_, *e));
      return vocab_.lists.count(key) ? Json::array({v}) : v;
    }
    if (auto f = vocab_.fields.find(key); f != vocab_.fields.end()) {
      const std::string member = pick_from(rng_, *f).get<std::string>();
      if (member != key) return Json::object({{member, make_value(member)}});
    }
    switch (pick(rng_, 4)) {
      case 0: return true;
      case 1: return Json(pick_from(rng_, vocab_.numbers));
      case 2: return Json::array();
      default: return "";
    }
  }

 private:
  bool switch_enum(Json& doc, Nodes& n) {
    std::vector<Node> candidates;
    for (const Node& s : n.strings) {
      if (vocab_.enums.contains(s.context)) candidates.push_back(s);
    }
    if (candidates.empty()) {
      // Nothing to switch yet: give the root an enum-valued key.
      if (!doc.is_object()) return false;
      std::vector<std::string> keys;
      for (const auto& k : vocab_.fields.value("", nlohmann::json::array())) {
        if (vocab_.enums.contains(k.get<std::string>()) || vocab_.samples.contains(k.get<std::string>()))
          keys.push_back(k.get<std::string>());
      }
      if (keys.empty()) return false;
      const std::string& key = pick_from(rng_, keys);
      doc[key] = make_value(key);
      return true;
    }
    const Node& s = pick_from(rng_, candidates);
    const auto& values = vocab_.enums[s.context];
    *s.value = Json(pick_from(rng_, values));
    return true;
  }

  bool add_key(Json& doc, Nodes& n) {
    if (n.objects.empty()) return false;
    const Node& o = doc.is_object() && chance(rng_, 2) ? n.objects.front() : pick_from(rng_, n.objects);
    std::string key;
    if (auto f = vocab_.fields.find(o.context); f != vocab_.fields.end()) {
      key = pick_from(rng_, *f).get<std::string>();
    } else if (!o.value->empty() && chance(rng_, 2)) {
      key = std::next(o.value->begin(), static_cast<long>(pick(rng_, o.value->size()))).key() + "x";
    } else {
      const auto& pool = chance(rng_, 2) ? vocab_.samples : vocab_.enums;
      key = std::next(pool.begin(), static_cast<long>(pick(rng_, pool.size()))).key();
    }
    (*o.value)[key] = make_value(key);
    return true;
  }

  bool remove_key(Nodes& n) {
    if (n.members.empty()) return false;
    const Member& m = pick_from(rng_, n.members);
    m.object->erase(m.key);
    return true;
  }

  // Go matches keys case-insensitively (bytes.EqualFold, where 'ſ' folds to 's' and the Kelvin sign
  // to 'k'), and the last match wins: renamed keys reach the same field by another spelling.
  bool rename_key_case(Nodes& n) {
    if (n.members.empty()) return false;
    const Member& m = pick_from(rng_, n.members);
    const auto flip = [](char c) {
      return static_cast<char>(c >= 'a' && c <= 'z' ? c - 32 : c >= 'A' && c <= 'Z' ? c + 32 : c);
    };
    std::string renamed;
    switch (pick(rng_, 3)) {
      case 0:  // one letter
        renamed = m.key;
        if (!renamed.empty()) {
          char& c = renamed[pick(rng_, renamed.size())];
          c = flip(c);
        }
        break;
      case 1:  // the non-ASCII letters that fold to 's' and 'k'
        for (char c : m.key) {
          if (c == 's' || c == 'S') renamed += "\xC5\xBF";       // U+017F LATIN SMALL LETTER LONG S
          else if (c == 'k' || c == 'K') renamed += "\xE2\x84\xAA";  // U+212A KELVIN SIGN
          else renamed += c;
        }
        break;
      default:
        break;
    }
    if (renamed == m.key || renamed.empty()) {  // every letter
      renamed.clear();
      for (char c : m.key) renamed += flip(c);
    }
    if (renamed == m.key || m.object->contains(renamed)) return false;
    // Rebuild the object to keep the renamed key in its place.
    Json rebuilt = Json::object();
    for (auto& [k, v] : m.object->items()) rebuilt[k == m.key ? renamed : k] = std::move(v);
    *m.object = std::move(rebuilt);
    return true;
  }

  bool add_item(Nodes& n) {
    if (n.arrays.empty()) return false;
    const Node& a = pick_from(rng_, n.arrays);
    Json item;
    if (!a.value->empty() && chance(rng_, 2)) {
      item = (*a.value)[pick(rng_, a.value->size())];
    } else if (auto s = vocab_.samples.find(a.context); s != vocab_.samples.end() && chance(rng_, 2)) {
      const auto& sample = pick_from(rng_, *s);
      item = Json(sample.is_array() && !sample.empty() ? pick_from(rng_, sample) : sample);
    } else if (auto e = vocab_.enums.find(a.context); e != vocab_.enums.end()) {
      item = Json(pick_from(rng_, *e));
    } else if (!a.value->empty()) {
      item = (*a.value)[pick(rng_, a.value->size())];
    } else {
      item = make_value(a.context);
    }
    auto& arr = a.value->get_ref<Json::array_t&>();
    arr.insert(arr.begin() + static_cast<long>(pick(rng_, arr.size() + 1)), std::move(item));
    return true;
  }

  bool remove_item(Nodes& n) {
    std::vector<Node> nonempty;
    for (const Node& a : n.arrays)
      if (!a.value->empty()) nonempty.push_back(a);
    if (nonempty.empty()) return false;
    const Node& a = pick_from(rng_, nonempty);
    auto& arr = a.value->get_ref<Json::array_t&>();
    arr.erase(arr.begin() + static_cast<long>(pick(rng_, arr.size())));
    return true;
  }

  // podman drops gid=5 from /dev/pts unless container gid 5 is mapped (rootless: the service's gid map
  // must have 5 or more ids; with idmappings: a GIDMap range must cover 5). Ranges ending at 4, 5 or 6,
  // holes at 5, and sizes that overflow put that branch and the id-map validation under pressure.
  bool id_map_around_gid5(Json& doc) {
    if (!doc.is_object()) return false;
    static const std::int64_t kContainer[] = {0, 1, 3, 4, 5, 6, 7, -1};
    static const std::int64_t kHost[] = {0, 1, 2, 1000, 100000, 165536, 300000, 4294967295};
    static const std::int64_t kSize[] = {1, 2, 4, 5, 6, 65536, 0, 4294967296};
    Json ranges = Json::array();
    const std::size_t count = 1 + pick(rng_, 3);
    std::int64_t next = kContainer[pick(rng_, std::size(kContainer))];
    for (std::size_t i = 0; i < count; ++i) {
      const std::int64_t size = kSize[pick(rng_, std::size(kSize))];
      ranges.push_back({{"container_id", next}, {"host_id", kHost[pick(rng_, std::size(kHost))]}, {"size", size}});
      // Contiguous, overlapping, or leaving a hole at the next id.
      next += chance(rng_, 2) ? size : size + static_cast<std::int64_t>(pick(rng_, 3)) - 1;
    }
    Json& maps = doc["idmappings"];
    if (!maps.is_object()) maps = Json::object();
    maps[chance(rng_, 4) ? "UIDMap" : "GIDMap"] = std::move(ranges);
    if (chance(rng_, 2)) {
      static const char* kModes[] = {"private", "auto", "keep-id", "nomap", "host", ""};
      doc["userns"] = {{"nsmode", kModes[pick(rng_, std::size(kModes))]}};
    }
    if (chance(rng_, 4)) doc["groups"] = Json::array({"5"});
    return true;
  }

  bool flip_bool(Json& doc, Nodes& n) {
    if (n.bools.empty()) return add_key(doc, n);
    Json& b = *pick_from(rng_, n.bools).value;
    b = !b.get<bool>();
    return true;
  }

  bool scalar(Nodes& n) {
    std::vector<Node> leaves = n.strings;
    leaves.insert(leaves.end(), n.numbers.begin(), n.numbers.end());
    if (leaves.empty()) return false;
    const Node& leaf = pick_from(rng_, leaves);
    Json& v = *leaf.value;
    if (v.is_string()) {
      std::string s = v.get<std::string>();
      switch (pick(rng_, 4)) {
        case 0: {
          auto e = vocab_.enums.find(leaf.context);
          const auto& pool = e != vocab_.enums.end() ? *e : pick_from(rng_, vocab_enum_lists());
          s = pick_from(rng_, pool).get<std::string>();
          break;
        }
        case 1: s = bytes_mutated(s); break;
        case 2: s = edited(s); break;
        default: s = s.empty() ? std::string("/") : s + ":" + s.substr(0, pick(rng_, s.size() + 1));
      }
      v = s;
    } else if (chance(rng_, 2)) {
      v = Json(pick_from(rng_, vocab_.numbers));
    } else if (v.is_number_integer() || v.is_number_unsigned()) {
      const std::int64_t x = v.is_number_unsigned() ? static_cast<std::int64_t>(v.get<std::uint64_t>()) : v.get<std::int64_t>();
      static const std::uint64_t kDelta[] = {1, ~std::uint64_t{0}, 4, 65536};
      // Wrapping arithmetic: the edges (INT64_MIN, UINT64_MAX) are the interesting inputs.
      const std::uint64_t u = static_cast<std::uint64_t>(x);
      v = static_cast<std::int64_t>(chance(rng_, 4) ? 0 - u : u + kDelta[pick(rng_, std::size(kDelta))]);
    } else {
      Json parsed = Json::parse(bytes_mutated(print(v)), nullptr, false);
      if (parsed.is_number()) v = std::move(parsed);
    }
    return true;
  }

  const std::vector<nlohmann::json>& vocab_enum_lists() {
    if (enum_lists_.empty()) {
      for (const auto& [k, values] : vocab_.enums.items()) enum_lists_.push_back(values);
    }
    return enum_lists_;
  }

  // Path-shaped edits podman's code is sensitive to: trailing slashes, dot segments, globs, colons,
  // long repetitions, NUL bytes.
  std::string edited(const std::string& s) {
    static const char* kSuffixes[] = {"/", "/..", "/.", "*", ":", ":ro", ":rw,Z", "=", "\x01"};
    switch (pick(rng_, 5)) {
      case 0: return s + kSuffixes[pick(rng_, std::size(kSuffixes))];
      case 1: return s + std::string(1, '\0') + "x";
      case 2: {
        std::string out;
        const std::size_t times = 2 + pick(rng_, 30);
        for (std::size_t i = 0; i < times && out.size() < 4096; ++i) out += s.empty() ? "a" : s;
        return out;
      }
      case 3: return "/" + s;
      default: return "";
    }
  }

  std::string bytes_mutated(const std::string& s) {
    std::string buf = s;
    const std::size_t max = s.size() * 2 + 16;
    buf.resize(max);
    const std::size_t size = bytes_(reinterpret_cast<std::uint8_t*>(buf.data()), s.size(), max);
    buf.resize(std::min(size, max));
    return buf;
  }

  bool retype(Nodes& n) {
    if (n.all.size() < 2) return false;
    Json& v = *n.all[1 + pick(rng_, n.all.size() - 1)].value;
    switch (pick(rng_, 9)) {
      case 0: v = nullptr; break;
      case 1: v = ""; break;
      case 2: v = 0; break;
      case 3: v = true; break;
      case 4: v = Json::array(); break;
      case 5: v = Json::object(); break;
      case 6: v = Json::array({v}); break;
      case 7:
        if (v.is_array() && !v.empty()) v = Json(v[0]);
        else v = print(v);
        break;
      default: v = print(v);
    }
    return true;
  }

  bool copy_subtree(Nodes& n) {
    if (n.all.size() < 2) return false;
    const Node& from = n.all[1 + pick(rng_, n.all.size() - 1)];
    Json copy = *from.value;
    if (!n.arrays.empty() && chance(rng_, 2)) {
      auto& arr = pick_from(rng_, n.arrays).value->get_ref<Json::array_t&>();
      arr.insert(arr.begin() + static_cast<long>(pick(rng_, arr.size() + 1)), std::move(copy));
      return true;
    }
    if (n.objects.empty()) return false;
    Json& target = *pick_from(rng_, n.objects).value;
    target[from.context.empty() ? std::string("x") : from.context] = std::move(copy);
    return true;
  }

  const Vocabulary& vocab_;
  ByteMutator bytes_;
  Rng& rng_;
  std::vector<nlohmann::json> enum_lists_;
};

// Relative weights of the operations in mutate(), in Op order.
constexpr unsigned kWeights[JsonMutator::kOpCount] = {4, 3, 2, 1, 3, 2, 1, 1, 3, 1, 1, 2};

JsonMutator::Op pick_op(Rng& rng) {
  unsigned total = 0;
  for (unsigned w : kWeights) total += w;
  unsigned r = static_cast<unsigned>(pick(rng, total));
  for (int i = 0; i < JsonMutator::kOpCount; ++i) {
    if (r < kWeights[i]) return static_cast<JsonMutator::Op>(i);
    r -= kWeights[i];
  }
  return JsonMutator::Op::kBytes;
}

}  // namespace

std::size_t fallback_byte_mutator(std::uint8_t* data, std::size_t size, std::size_t max_size) {
  // An FNV hash of the content and of a call counter picks the byte and the change: reproducible within
  // a process, and repeated calls on one input still differ.
  static std::uint32_t calls = 0;
  std::uint32_t h = 2166136261u ^ (++calls * 2654435761u);
  for (std::size_t i = 0; i < size; ++i) h = (h ^ data[i]) * 16777619u;
  if (size == 0) {
    if (max_size == 0) return 0;
    data[0] = static_cast<std::uint8_t>(h);
    return 1;
  }
  const std::size_t at = h % size;
  switch ((h >> 16) % 3) {
    case 0: data[at] ^= static_cast<std::uint8_t>(1u << ((h >> 8) % 8)); return size;
    case 1: return size > 1 ? size - 1 : size;
    default:
      if (size < max_size) {
        data[size] = data[at];
        return size + 1;
      }
      return size;
  }
}

std::string JsonMutator::bytes(std::string_view text, std::size_t max_size) const {
  std::string buf(text);
  const std::size_t cap = std::max(max_size, text.size());
  buf.resize(cap);
  const std::size_t size = bytes_(reinterpret_cast<std::uint8_t*>(buf.data()), text.size(), cap);
  buf.resize(std::min(size, max_size));
  return buf;
}

std::string JsonMutator::apply(Op op, std::string_view text, std::size_t max_size, std::uint32_t seed) const {
  Json doc;
  if (op == Op::kBytes || !parse(text, doc)) return bytes(text, max_size);
  Rng rng(seed);
  Mutation m(vocab_, bytes_, rng);
  if (!m.run(op, doc)) return bytes(text, max_size);
  std::string out = print(doc);
  return out.size() <= max_size ? out : bytes(text, max_size);
}

std::string JsonMutator::mutate(std::string_view text, std::size_t max_size, std::uint32_t seed) const {
  Rng rng(seed);
  Json doc;
  if (!parse(text, doc)) return bytes(text, max_size);
  // A few tries: an operation may not apply to this document (no booleans, no arrays).
  for (int attempt = 0; attempt < 4; ++attempt) {
    const Op op = pick_op(rng);
    if (op == Op::kBytes) return bytes(text, max_size);
    Json copy = doc;
    Mutation m(vocab_, bytes_, rng);
    if (!m.run(op, copy)) continue;
    std::string out = print(copy);
    if (out.size() <= max_size) return out;
  }
  return bytes(text, max_size);
}

std::string JsonMutator::cross_over(std::string_view a, std::string_view b, std::size_t max_size,
                                    std::uint32_t seed) const {
  Rng rng(seed);
  Json da, db;
  if (!parse(a, da) || !parse(b, db)) {
    // Byte-level splice: a prefix of a, a suffix of b.
    const std::size_t cut_a = pick(rng, a.size() + 1), cut_b = pick(rng, b.size() + 1);
    std::string out(a.substr(0, cut_a));
    out.append(b.substr(cut_b));
    if (out.size() > max_size) out.resize(max_size);
    return out;
  }
  Nodes na = collect(da), nb = collect(db);
  if (!nb.members.empty() && !na.objects.empty() && chance(rng, 2)) {
    // A member of b into an object of a with the same context, else into a's root.
    const Member& m = pick_from(rng, nb.members);
    std::vector<Node> same;
    for (const Node& o : na.objects)
      if (o.context == m.object_context) same.push_back(o);
    Json& target = same.empty() ? *na.objects.front().value : *pick_from(rng, same).value;
    target[m.key] = (*m.object)[m.key];
  } else if (na.all.size() > 1) {
    // A node of a replaced by a node of b, preferring one with the same context.
    const Node& to = na.all[1 + pick(rng, na.all.size() - 1)];
    std::vector<Node> same;
    for (const Node& x : nb.all)
      if (x.context == to.context) same.push_back(x);
    const Node& from = same.empty() ? pick_from(rng, nb.all) : pick_from(rng, same);
    *to.value = *from.value;
  } else {
    da = db;
  }
  std::string out = print(da);
  if (out.size() <= max_size) return out;
  return std::string(a.substr(0, max_size));
}

}  // namespace specconf::fuzz
