// The value notation on the command line (sql-api.md §1): `User:bob`, bare words are Strings,
// `Integer:3`, `Boolean:true`; `_` and `Type:_` in patterns. Checked here, before anything is
// sent, with the core's own parser.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pgpolar_cli {

// A value to store or check with (tell, import, context facts, authorize): no wildcards.
// Returns the text unchanged; throws a usage error naming `what` (e.g. "argument 2").
std::string checked_value(const std::string& text, const std::string& what);
// A pattern position (delete, get, query): a value, `_` or `Type:_`.
std::string checked_pattern(const std::string& text, const std::string& what);
// A predicate name: an identifier.
std::string checked_predicate(const std::string& text);
// A type name (list's resource type): an identifier.
std::string checked_type(const std::string& text);

struct Fact {
  std::string predicate;
  std::vector<std::string> args;
};

// A fact written on the command line (-c): `has_role(User:bob, member, Org:acme)`,
// `has_role User:bob member Org:acme`, or a JSON array `["has_role", "User:bob", ...]`.
Fact parse_fact_text(const std::string& text);
// Checks arity (1 to 5) and every argument; `where` prefixes messages (e.g. "line 7: ").
void check_fact(const Fact& fact, const std::string& where);

// ["pred", "arg", ...]: the bulk_tell / context-facts JSON shape.
nlohmann::json fact_json(const Fact& fact);
// The canonical rendering of a value (how the server prints it), for matching output.
std::string rendered_value(const std::string& text);

}  // namespace pgpolar_cli
