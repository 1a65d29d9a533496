#include "reference/goport/unicode.h"

#include <algorithm>
#include <cstdint>

#include "reference/goport/unicode_tables.h"

namespace specconf::goport {
namespace tables {

bool contains(const Table<RuneRange>& table, char32_t r) {
  const auto* it = std::upper_bound(table.begin(), table.end(), r,
                                    [](char32_t v, const RuneRange& e) { return v < e.lo; });
  return it != table.begin() && r <= (it - 1)->hi;
}

char32_t map_case(const Table<CaseRun>& table, char32_t r) {
  const auto* it = std::upper_bound(table.begin(), table.end(), r,
                                    [](char32_t v, const CaseRun& e) { return v < e.lo; });
  if (it == table.begin()) return r;
  const CaseRun& run = *(it - 1);
  if (r > run.hi || (r - run.lo) % static_cast<char32_t>(run.stride) != 0) return r;
  return static_cast<char32_t>(static_cast<std::int64_t>(r) + run.delta);
}

}  // namespace tables

bool is_letter(char32_t r) { return tables::contains(tables::kLetter, r); }

bool is_digit(char32_t r) { return tables::contains(tables::kDigit, r); }

// unicode.IsSpace: below U+0100 the Latin-1 spaces, above it the White_Space property, which Unicode
// 13.0.0 gives to few enough runes to list.
bool is_space(char32_t r) {
  switch (r) {
    case '\t': case '\n': case '\v': case '\f': case '\r': case ' ': case 0x85: case 0xA0:
    case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
      return true;
    default:
      return r >= 0x2000 && r <= 0x200A;
  }
}

char32_t to_upper(char32_t r) { return tables::map_case(tables::kUpper, r); }

char32_t to_lower(char32_t r) { return tables::map_case(tables::kLower, r); }

}  // namespace specconf::goport
