// Facts as the server returns them (predicate, JSON array of rendered values) and as printed.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "connection.hpp"
#include "values.hpp"

namespace pgpolar_cli {

// Row `row` of a result whose columns `col`, `col + 1` are predicate and array_to_json(args).
Fact fact_from_row(const Result& r, int row, int col = 0);
// has_role(User:bob, member, Org:acme)
std::string fact_text(const Fact& fact);

}  // namespace pgpolar_cli
