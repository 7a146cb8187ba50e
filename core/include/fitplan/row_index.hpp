#pragma once
// Rows of a constant table indexed by an enum field's value, for lookups in inner loops (the
// planner looks up a type for every tensor of every recipe): built once, one array read per
// lookup. The first row of a value wins; a value without a row gets `fallback`.
#include <algorithm>
#include <cstddef>
#include <vector>

namespace fitplan {

template <typename Row, typename Enum>
class RowIndex {
 public:
  template <typename Rows>
  RowIndex(const Rows& rows, Enum Row::* field, const Row& fallback) : fallback_(&fallback) {
    int largest = 0;
    for (const Row& row : rows) largest = std::max(largest, static_cast<int>(row.*field));
    index_.assign(static_cast<std::size_t>(largest) + 1, nullptr);
    for (const Row& row : rows) {
      const Row*& slot = index_[static_cast<std::size_t>(static_cast<int>(row.*field))];
      if (slot == nullptr) slot = &row;
    }
  }

  const Row& operator[](Enum value) const {
    const auto at = static_cast<std::size_t>(static_cast<int>(value));  // negative values wrap past the end
    return at < index_.size() && index_[at] != nullptr ? *index_[at] : *fallback_;
  }

 private:
  std::vector<const Row*> index_;
  const Row* fallback_;
};

}  // namespace fitplan
