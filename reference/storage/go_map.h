// A stand-in for the Go map[string]V values podman's mount code builds and then ranges over. Go's range
// order is random; this map ranges in first-insertion order (overwriting keeps a key's place, deleting
// and re-adding moves it to the end), which is the deterministic order the reference documents.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

namespace specconf::ref {

template <class V>
class InsertionOrderedMap {
 public:
  bool contains(const std::string& key) const { return index_.count(key) != 0; }

  const V* find(const std::string& key) const {
    const auto it = index_.find(key);
    return it == index_.end() ? nullptr : &slots_[it->second]->second;
  }

  void set(const std::string& key, V value) {
    if (const auto it = index_.find(key); it != index_.end()) {
      slots_[it->second]->second = std::move(value);
      return;
    }
    index_.emplace(key, slots_.size());
    slots_.emplace_back(std::in_place, key, std::move(value));
  }

  void erase(const std::string& key) {
    const auto it = index_.find(key);
    if (it == index_.end()) return;
    slots_[it->second].reset();
    index_.erase(it);
  }

  std::size_t size() const { return index_.size(); }

  // f(key, value) for every entry, in range order.
  template <class F>
  void for_each(F&& f) const {
    for (const auto& slot : slots_)
      if (slot) f(slot->first, slot->second);
  }

 private:
  std::vector<std::optional<std::pair<std::string, V>>> slots_;
  std::unordered_map<std::string, std::size_t> index_;
};

}  // namespace specconf::ref
