// Facts as the server returns them (predicate, JSON array of rendered values) and as printed.
#pragma once

#include <string>

#include <nlohmann/json.hpp>

#include "connection.hpp"
#include "context.hpp"
#include "values.hpp"

namespace pgpolar_cli {

// Row `row` of a result whose columns `col`, `col + 1` are predicate and array_to_json(args).
Fact fact_from_row(const Result& r, int row, int col = 0);
// has_role(User:bob, member, Org:acme)
std::string fact_text(const Fact& fact);
// Prints the facts of a result (fact_from_row columns): one fact_text line each, or with --json
// one document {json_key: [facts]}. Returns the verb's exit status.
int print_facts(Context& ctx, const Result& r, const char* json_key = "facts");

}  // namespace pgpolar_cli
