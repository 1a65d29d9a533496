// Choice primitives for specconf's generators. RapidCheck's own gen::element and gen::oneOf never shrink
// the choice itself, and its sized generators give almost nothing at the small sizes a run starts with;
// these draw every choice uniformly by weight whatever the size, and shrink towards the FIRST option, so
// every table below lists its simplest value first and counterexamples shrink towards it.
// They ignore RapidCheck's size except where a list length is asked for (kMaxListSize at most), which
// also keeps Debian's librapidcheck away from its BitStream::nextWithSize bug (properties/README.md).
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <utility>
#include <vector>

#include <rapidcheck.h>

namespace specconf::props::gen {

// The largest size any generator here hands to RapidCheck (list lengths): far below the size (> 100)
// where librapidcheck 0~1033-08b5058 shifts a 64-bit value by 65 bits.
inline constexpr int kMaxListSize = 16;

// An index in [0, weights.size()), drawn by weight; shrinks towards 0.
inline rc::Gen<std::size_t> weighted_index(std::vector<std::size_t> weights) {
  std::size_t total = 0;
  for (std::size_t w : weights) total += w;
  return [weights, total](const rc::Random& random, int) {
    std::size_t x = total == 0 ? 0 : static_cast<std::size_t>(rc::Random(random).next() % total);
    std::size_t i = 0;
    while (i + 1 < weights.size() && x >= weights[i]) x -= weights[i++];
    return rc::shrinkable::shrinkRecur(i, [](std::size_t v) { return rc::shrink::towards<std::size_t>(v, 0); });
  };
}

// An integer in [lo, hi], uniformly whatever the size; shrinks towards lo.
template <class T>
rc::Gen<T> uniform(T lo, T hi) {
  return [lo, hi](const rc::Random& random, int) {
    const auto span = static_cast<std::uint64_t>(hi) - static_cast<std::uint64_t>(lo) + 1;
    const T v = static_cast<T>(static_cast<std::uint64_t>(lo) + rc::Random(random).next() % span);
    return rc::shrinkable::shrinkRecur(v, [lo](T x) { return rc::shrink::towards<T>(x, lo); });
  };
}

template <class T>
struct Weighted {
  std::size_t weight;
  rc::Gen<T> gen;
};

// One of the generators, drawn by weight; shrinks to the first, then within the chosen one.
template <class T>
rc::Gen<T> choose(std::vector<Weighted<T>> options) {
  std::vector<std::size_t> weights;
  std::vector<rc::Gen<T>> gens;
  for (auto& o : options) {
    weights.push_back(o.weight);
    gens.push_back(std::move(o.gen));
  }
  return rc::gen::mapcat(weighted_index(std::move(weights)), [gens](std::size_t i) { return gens[i]; });
}

// One of the values, drawn by weight; shrinks towards the first.
template <class T>
rc::Gen<T> pick(std::vector<std::pair<std::size_t, T>> options) {
  std::vector<std::size_t> weights;
  std::vector<T> values;
  for (auto& [w, v] : options) {
    weights.push_back(w);
    values.push_back(std::move(v));
  }
  return rc::gen::map(weighted_index(std::move(weights)), [values](std::size_t i) { return values[i]; });
}

// One of the values, uniformly; shrinks towards the first.
template <class T>
rc::Gen<T> pick_of(std::vector<T> values) {
  return rc::gen::map(weighted_index(std::vector<std::size_t>(values.size(), 1)),
                      [values](std::size_t i) { return values[i]; });
}

// True `percent` % of the time; shrinks to false.
inline rc::Gen<bool> chance(std::size_t percent) {
  return rc::gen::map(weighted_index({100 - percent, percent}), [](std::size_t i) { return i == 1; });
}

// A value `percent` % of the time, else nothing; shrinks to nothing first.
template <class T>
rc::Gen<std::optional<T>> sometimes(std::size_t percent, rc::Gen<T> g) {
  return choose<std::optional<T>>({
      {100 - percent, rc::gen::just(std::optional<T>())},
      {percent, rc::gen::map(std::move(g), [](T v) { return std::optional<T>(std::move(v)); })},
  });
}

namespace detail {
template <class T>
rc::Shrinkable<std::optional<T>> absent_first(rc::Shrinkable<std::optional<T>> s) {
  return rc::shrinkable::mapShrinks(std::move(s), [](rc::Seq<rc::Shrinkable<std::optional<T>>>&& shrinks) {
    return rc::seq::concat(rc::seq::just(rc::shrinkable::just(std::optional<T>())),
                           rc::seq::map(std::move(shrinks), &absent_first<T>));
  });
}
}  // namespace detail

// Always a value, but one that shrinking may drop altogether before it shrinks the value: for the
// fields a scenario sets together, so that a counterexample keeps only those that matter.
template <class T>
rc::Gen<std::optional<T>> removable(rc::Gen<T> g) {
  return [g](const rc::Random& random, int size) {
    return detail::absent_first(
        rc::shrinkable::map(g(random, size), [](T v) { return std::optional<T>(std::move(v)); }));
  };
}

// A list of 0..max_len values (uniform length); shrinks by removing elements, then each element.
template <class T>
rc::Gen<std::vector<T>> list_of(int max_len, rc::Gen<T> g) {
  return rc::gen::resize(std::min(max_len, kMaxListSize), rc::gen::container<std::vector<T>>(std::move(g)));
}

// A list of 1..max_len values.
template <class T>
rc::Gen<std::vector<T>> nonempty_list_of(int max_len, rc::Gen<T> g) {
  return rc::gen::apply(
      [](T first, std::vector<T> rest) {
        rest.insert(rest.begin(), std::move(first));
        return rest;
      },
      g, list_of(max_len - 1, g));
}

// Every generator once, in order (a heterogeneous tuple of one type); shrinks each element in turn.
template <class T>
rc::Gen<std::vector<T>> sequence(std::vector<rc::Gen<T>> gens) {
  using Parts = std::vector<rc::Shrinkable<T>>;
  return [gens](const rc::Random& random, int size) {
    rc::Random r(random);
    Parts parts;
    parts.reserve(gens.size());
    for (const auto& g : gens) parts.push_back(g(r.split(), size));
    return rc::shrinkable::map(
        rc::shrinkable::shrinkRecur(std::move(parts),
                                    [](const Parts& p) {
                                      return rc::shrink::eachElement(
                                          p, [](const rc::Shrinkable<T>& s) { return s.shrinks(); });
                                    }),
        [](const Parts& p) {
          std::vector<T> out;
          out.reserve(p.size());
          for (const auto& s : p) out.push_back(s.value());
          return out;
        });
  };
}

}  // namespace specconf::props::gen
