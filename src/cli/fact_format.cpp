// Reading facts from result rows and printing them.
#include "fact_format.hpp"

namespace pgpolar_cli {

Fact fact_from_row(const Result& r, int row, int col) {
  Fact f;
  f.predicate = r.get(row, col);
  for (const auto& a : nlohmann::json::parse(r.get(row, col + 1)))
    f.args.push_back(a.is_null() ? "_" : a.get<std::string>());
  return f;
}

std::string fact_text(const Fact& fact) {
  std::string out = fact.predicate + "(";
  for (size_t i = 0; i < fact.args.size(); i++) out += (i ? ", " : "") + fact.args[i];
  return out + ")";
}

}  // namespace pgpolar_cli
