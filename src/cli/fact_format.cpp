// Reading facts from result rows and printing them.
#include "fact_format.hpp"

#include <iostream>

#include "errors.hpp"
#include "output.hpp"

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

int print_facts(Context& ctx, const Result& r, const char* json_key) {
  nlohmann::json list = nlohmann::json::array();
  for (int i = 0; i < r.rows(); i++) {
    Fact f = fact_from_row(r, i);
    if (ctx.json)
      list.push_back(fact_json(f));
    else
      std::cout << fact_text(f) << "\n";
  }
  if (ctx.json) print_json({{json_key, list}});
  return kExitOk;
}

}  // namespace pgpolar_cli
