// Structure-aware mutation of JSON documents for libFuzzer's custom mutator hooks: parse the input as
// JSON, change it the way a request author would (switch an enum-like value, add or drop a key or a list
// item, move id-map ranges around container gid 5, flip a boolean, rename a key's case, change a type,
// splice a subtree), print it again. Inputs that are not JSON, deeply nested ones, and a share of the
// mutations go to the byte-level mutator instead, so the scanner's error paths stay covered.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "fuzz/common/vocabulary.h"

namespace specconf::fuzz {

// libFuzzer's LLVMFuzzerMutate, or a stand-in: mutates data[0, size) in place, may grow it up to
// max_size, returns the new size.
using ByteMutator = std::size_t (*)(std::uint8_t* data, std::size_t size, std::size_t max_size);

// A deterministic stand-in for LLVMFuzzerMutate where libFuzzer is not linked (replay builds, tests).
std::size_t fallback_byte_mutator(std::uint8_t* data, std::size_t size, std::size_t max_size);

class JsonMutator {
 public:
  enum class Op {
    kSwitchEnum,
    kAddKey,
    kRemoveKey,
    kRenameKeyCase,
    kAddItem,
    kRemoveItem,
    kIdMapAroundGid5,
    kFlipBool,
    kScalar,
    kRetype,
    kCopySubtree,
    kBytes,
  };
  static constexpr int kOpCount = static_cast<int>(Op::kBytes) + 1;

  JsonMutator(const Vocabulary& vocab, ByteMutator bytes) : vocab_(vocab), bytes_(bytes) {}

  // One mutation of `text`, chosen by `seed`; the result is at most max_size bytes.
  std::string mutate(std::string_view text, std::size_t max_size, std::uint32_t seed) const;

  // One specific mutation (tests, and mutate() itself).
  std::string apply(Op op, std::string_view text, std::size_t max_size, std::uint32_t seed) const;

  // A subtree of `b` grafted into `a` (at a place with the same key when there is one).
  std::string cross_over(std::string_view a, std::string_view b, std::size_t max_size, std::uint32_t seed) const;

 private:
  std::string bytes(std::string_view text, std::size_t max_size) const;

  const Vocabulary& vocab_;
  ByteMutator bytes_;
};

}  // namespace specconf::fuzz
