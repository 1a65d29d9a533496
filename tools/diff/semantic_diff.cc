#include "tools/diff/semantic_diff.h"

#include <algorithm>
#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "tools/diff/canonical_json.h"
#include "tools/diff/mount_order.h"
#include "tools/diff/multiset.h"
#include "tools/diff/outcome.h"

namespace specconf::diff {
namespace {

using nlohmann::json;

enum class Order {
  kExact,
  kMultiset,         // built from a Go map: order is random on every run
  kUserMountsFirst,  // the leading block of user mounts is a multiset, the rest exact
};

struct ArrayRule {
  std::array<std::string_view, 4> path;  // object keys from the root; unused slots are ""
  Order order;
};

// The only arrays podman orders by Go map iteration (podman-semantics.md Appendix A).
constexpr ArrayRule kArrayRules[] = {
    {{"process", "env"}, Order::kMultiset},                                        // s.Env
    {{"mounts"}, Order::kUserMountsFirst},                                         // SupersedeUserMounts
    {{"linux", "resources", "blockIO", "weightDevice"}, Order::kMultiset},         // WeightDevices
    {{"linux", "resources", "blockIO", "throttleReadBpsDevice"}, Order::kMultiset},  // FinishThrottleDevices
    {{"linux", "resources", "blockIO", "throttleWriteBpsDevice"}, Order::kMultiset},
    {{"linux", "resources", "blockIO", "throttleReadIOPSDevice"}, Order::kMultiset},
    {{"linux", "resources", "blockIO", "throttleWriteIOPSDevice"}, Order::kMultiset},
};

bool is_identifier(std::string_view k) {
  if (k.empty() || (k[0] >= '0' && k[0] <= '9')) return false;
  return std::all_of(k.begin(), k.end(), [](char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
  });
}

// Numbers by value, strings by bytes, other scalars by ==; containers never reach here equal-typed.
bool scalars_equal(const json& e, const json& a) {
  if (e.is_number() && a.is_number()) return canonical_number(e) == canonical_number(a);
  if (e.type() != a.type()) return false;
  if (e.is_string()) return e.get_ref<const std::string&>() == a.get_ref<const std::string&>();
  return e == a;
}

std::string join_items(const json& array, const std::vector<std::size_t>& indexes) {
  std::string out;
  for (std::size_t i : indexes) {
    if (!out.empty()) out += ", ";
    out += compact_text(array[i]);
  }
  return out;
}

// Walks both documents in step, keeping the jq path of the current value.
class Walker {
 public:
  explicit Walker(std::vector<Difference>& out) : out_(out) {}

  void value(const json& e, const json& a) {
    if (e.is_object() && a.is_object()) return object(e, a);
    if (e.is_array() && a.is_array()) return array(e, a);
    if (!scalars_equal(e, a)) report(compact_text(e), compact_text(a));
  }

 private:
  void object(const json& e, const json& a) {
    auto i = e.begin(), j = a.begin();
    while (i != e.end() || j != a.end()) {
      const int c = i == e.end() ? 1 : j == a.end() ? -1 : i.key().compare(j.key());
      const std::size_t mark = push_key(c <= 0 ? i.key() : j.key());
      if (c == 0) {
        value(*i++, *j++);
      } else if (c < 0) {
        report(compact_text(*i++), "(absent)");
      } else {
        report("(absent)", compact_text(*j++));
      }
      pop_key(mark);
    }
  }

  void array(const json& e, const json& a) {
    switch (order_here()) {
      case Order::kExact:
        return elements(e, a, 0);
      case Order::kMultiset:
        return multiset({e, 0, e.size()}, {a, 0, a.size()}, "");
      case Order::kUserMountsFirst: {
        const std::size_t lead = std::min(leading_user_mounts(e), leading_user_mounts(a));
        if (lead > 0) multiset({e, 0, lead}, {a, 0, lead}, "[0:" + std::to_string(lead) + "]");
        return elements(e, a, lead);
      }
    }
  }

  void elements(const json& e, const json& a, std::size_t from) {
    const std::size_t n = std::max(e.size(), a.size());
    for (std::size_t i = from; i < n; ++i) {
      const std::size_t mark = push_index(i);
      if (i < e.size() && i < a.size()) {
        value(e[i], a[i]);
      } else if (i < e.size()) {
        report(compact_text(e[i]), "(absent)");
      } else {
        report("(absent)", compact_text(a[i]));
      }
      pop_index(mark);
    }
  }

  void multiset(Slice e, Slice a, const std::string& suffix) {
    const MultisetDelta d = multiset_delta(e, a);
    if (d.empty()) return;
    out_.push_back({path_ + suffix, join_items(e.array, d.missing), join_items(a.array, d.unexpected),
                    Difference::Kind::kMultiset});
  }

  Order order_here() const {
    if (indexes_ != 0) return Order::kExact;
    for (const ArrayRule& rule : kArrayRules) {
      const std::size_t n = std::count_if(rule.path.begin(), rule.path.end(),
                                          [](std::string_view s) { return !s.empty(); });
      if (n == keys_.size() && std::equal(keys_.begin(), keys_.end(), rule.path.begin())) return rule.order;
    }
    return Order::kExact;
  }

  void report(std::string e, std::string a) {
    out_.push_back({path_.empty() ? "." : path_, std::move(e), std::move(a)});
  }

  std::size_t push_key(const std::string& k) {
    const std::size_t mark = path_.size();
    keys_.push_back(k);
    if (is_identifier(k)) {
      path_ += '.';
      path_ += k;
    } else {
      if (path_.empty()) path_ += '.';
      path_ += '[' + compact_text(json(k)) + ']';
    }
    return mark;
  }
  void pop_key(std::size_t mark) {
    keys_.pop_back();
    path_.resize(mark);
  }
  std::size_t push_index(std::size_t i) {
    const std::size_t mark = path_.size();
    ++indexes_;
    if (path_.empty()) path_ += '.';
    path_ += '[' + std::to_string(i) + ']';
    return mark;
  }
  void pop_index(std::size_t mark) {
    --indexes_;
    path_.resize(mark);
  }

  std::vector<Difference>& out_;
  std::string path_;
  std::vector<std::string_view> keys_;  // object keys from the root; only read while indexes_ == 0
  std::size_t indexes_ = 0;             // array indexes on the path
};

std::string describe(const std::string& unusable, const Outcome& o) {
  if (!unusable.empty()) return "(unusable: " + unusable + ")";
  if (o.spec) return "(spec)";
  return "(error) " + compact_text(json(o.error));
}

std::string too_deep_or_spec(const json& v) {
  return nested_deeper_than(v, kMaxDepth) ? "(nested deeper than " + std::to_string(kMaxDepth) + " levels)"
                                          : "(spec)";
}

}  // namespace

std::vector<Difference> compare_specs(const json& expected, const json& actual) {
  if (nested_deeper_than(expected, kMaxDepth) || nested_deeper_than(actual, kMaxDepth))
    return {{".", too_deep_or_spec(expected), too_deep_or_spec(actual)}};
  std::vector<Difference> out;
  Walker(out).value(expected, actual);
  return out;
}

std::vector<Difference> compare_results(const json& expected, const json& actual) {
  Outcome e, a;
  const std::string e_unusable = read_outcome(expected, e);
  const std::string a_unusable = read_outcome(actual, a);
  if (!e_unusable.empty() || !a_unusable.empty())
    return {{".", describe(e_unusable, e), describe(a_unusable, a)}};
  if (e.spec && a.spec) return compare_specs(*e.spec, *a.spec);
  if (!e.spec && !a.spec) {
    if (e.error == a.error) return {};
    return {{".error", compact_text(json(e.error)), compact_text(json(a.error))}};
  }
  return {{".", describe("", e), describe("", a)}};
}

std::string format_difference(const Difference& d) {
  if (d.kind == Difference::Kind::kValue) return d.path + ": expected " + d.expected + " actual " + d.actual;
  std::string out = d.path + ":";
  if (!d.expected.empty()) out += " missing " + d.expected;
  if (!d.actual.empty()) out += (d.expected.empty() ? " unexpected " : "; unexpected ") + d.actual;
  return out;
}

}  // namespace specconf::diff
