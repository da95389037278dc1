#include "sql/fact_rows.hpp"

#include <algorithm>
#include <functional>
#include <string_view>
#include <utility>

namespace polar {

namespace {

uint64_t combine(uint64_t seed, const std::string& part) {
  uint64_t h = std::hash<std::string_view>{}(part);
  return seed ^ (h + 0x9e3779b97f4a7c15ULL + (seed << 6) + (seed >> 2));
}

}  // namespace

void FactRows::add(const std::string& pred, std::vector<std::string> values) {
  uint64_t h = combine(values.size(), pred);
  for (size_t k = 0; k < values.size(); k++) {
    h = combine(h, values[k]);
    cols[k].push_back(std::move(values[k]));
  }
  preds.push_back(pred);
  hashes.push_back(h);
}

bool FactRows::same_row(size_t a, size_t b) const {
  if (preds[a] != preds[b]) return false;
  for (const std::vector<std::string>& col : cols)
    if (!col.empty() && col[a] != col[b]) return false;
  return true;
}

std::vector<bool> repeated_rows(const FactRows& rows) {
  std::vector<std::pair<uint64_t, size_t>> order;
  order.reserve(rows.size());
  for (size_t i = 0; i < rows.size(); i++) order.emplace_back(rows.hashes[i], i);
  std::sort(order.begin(), order.end());  // equal hashes end up adjacent, earliest row first
  std::vector<bool> repeated(rows.size(), false);
  for (size_t run = 0; run < order.size();) {
    size_t end = run + 1;
    while (end < order.size() && order[end].first == order[run].first) end++;
    for (size_t j = run + 1; j < end; j++)
      for (size_t i = run; i < j && !repeated[order[j].second]; i++)
        if (!repeated[order[i].second] && rows.same_row(order[i].second, order[j].second))
          repeated[order[j].second] = true;
    run = end;
  }
  return repeated;
}

}  // namespace polar
