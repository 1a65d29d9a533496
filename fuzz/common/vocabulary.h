// What the structure-aware mutator knows about a JSON document type: which keys exist where, which
// strings are meaningful for a key (podman's enum-like fields), and whole sample values to insert. Data
// only; json_mutator.h holds the mechanics.
#pragma once

#include <set>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace specconf::fuzz {

struct Vocabulary {
  // Context key → the member names an object in that context has. The context of an object is the key
  // it is the value of, or the key of the array holding it; "" is the document root.
  nlohmann::json fields = nlohmann::json::object();
  // Key → meaningful strings for it (for a list key: for its items).
  nlohmann::json enums = nlohmann::json::object();
  // Key → whole values to insert for it.
  nlohmann::json samples = nlohmann::json::object();
  // Keys whose value is a list of strings drawn from enums[key].
  std::set<std::string> lists;
  // Numbers worth trying anywhere a number is: Go int/uint edges, id-map edges around gid 5, ...
  nlohmann::json numbers = nlohmann::json::array();

  // Parses the JSON form {"fields":..., "enums":..., "samples":..., "lists":[...], "numbers":[...]};
  // aborts on a malformed table (a programming error, caught by any replay run).
  static Vocabulary parse(std::string_view text);
};

// The SpecGenerator (request body) vocabulary.
const Vocabulary& specgen_vocabulary();

// The HostProfile vocabulary, for host overlays.
const Vocabulary& host_vocabulary();

}  // namespace specconf::fuzz
