// Data bindings: a predicate's facts read from the application's own tables.
// `has_relation(Repository:_, String:organization, Organization:_)` bound to
// `SELECT id, org_id FROM repositories` yields has_relation(Repository{id},
// "organization", Organization{org_id}) for each row: one column per `_`, in
// order; constants in the signature are not returned.
#pragma once

#include <set>
#include <string>
#include <utility>
#include <vector>

#include "ir/ir.hpp"
#include "base/value.hpp"

namespace polar {

// The predicates (name, arity) that may have facts in the fact tables.
using StoredPredicates = std::set<std::pair<std::string, int>>;

// How a binding column's SQL values map to Polar ids.
enum class RawKind {
  Text,     // text, varchar, bpchar: the id is the text
  Integer,  // smallint, integer, bigint: the canonical decimal
  Uuid,     // uuid: the canonical lower-case form
  Boolean,  // boolean (Boolean positions only)
};

struct BindingPosition {
  bool constant = false;
  Value value;       // constant: the value every row has here
  std::string type;  // the Polar type of this position (entity type or String/Integer/Boolean)
  int column = -1;   // column: 0-based index into the query's result
  RawKind raw = RawKind::Text;
  std::string sql_type;  // column: the SQL type name to cast decoded ids to (e.g. "pg_catalog.int4")
};

struct Binding {
  int id = 0;
  std::string predicate;
  std::vector<BindingPosition> positions;
  std::string query;      // the application's SELECT, as written
  std::string signature;  // as written
  std::string view;       // the view created from the query (quoted, schema-qualified): what plans read
  // When the query only projects columns of one table: that table (quoted, schema-qualified)
  // and, per result column, the quoted column behind it. Row filters on that table then read
  // the row's own columns instead of joining the table with itself.
  std::string base_table;
  std::vector<std::string> base_columns;
};

// Parses `name(Type:_, Type:value, ...)`. Throws PolarError (InvalidValue) with the position of the problem.
Binding parse_binding_signature(const std::string& signature);

// The SQL column types a position of `type` accepts, e.g. {"int4", "int8", "text", "uuid", ...} for entities.
// Fills `raw` and `sql_type` from the column's type name (pg_type.typname). Throws PolarError on a mismatch.
void set_column_type(BindingPosition& p, const std::string& typname, int column_number);

// Checks the binding against the policy: the predicate must be used with this arity and the
// positions' types must fit one of its signatures (like a written fact, §9.5).
void check_binding(const ir::Program& program, const Binding& b);

}  // namespace polar
