#include "analysis/binding.hpp"

#include "base/error.hpp"
#include "analysis/fact_check.hpp"
#include "base/types.hpp"

namespace polar {

namespace {

[[noreturn]] void bad_signature(const std::string& signature, size_t at, const std::string& what) {
  throw PolarError(ErrorKind::InvalidValue,
                   "invalid binding signature at character " + std::to_string(at + 1) + ": " + what,
                   "Write the predicate with one typed argument per position, e.g. "
                   "has_relation(Repository:_, String:organization, Organization:_): `Type:_` is a column of the "
                   "query, `Type:value` a constant.",
                   signature);
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n"), e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

}  // namespace

Binding parse_binding_signature(const std::string& signature) {
  Binding b;
  b.signature = signature;
  size_t open = signature.find('(');
  if (open == std::string::npos) bad_signature(signature, 0, "expected name(arguments)");
  b.predicate = trim(signature.substr(0, open));
  if (!is_identifier(b.predicate)) bad_signature(signature, 0, "the predicate name must be an identifier");
  if (signature.empty() || trim(signature).back() != ')') bad_signature(signature, signature.size(), "expected ')'");
  size_t close = signature.rfind(')');
  // Split the arguments on commas; a constant's id may not contain ',' or ')' here.
  size_t start = open + 1;
  int column = 0;
  for (;;) {
    size_t comma = signature.find(',', start);
    size_t end = comma == std::string::npos || comma > close ? close : comma;
    std::string arg = trim(signature.substr(start, end - start));
    if (arg.empty()) bad_signature(signature, start, "empty argument");
    BindingPosition p;
    ValuePattern pattern;
    try {
      pattern = parse_pattern_text(arg);
    } catch (const PolarError& e) {
      bad_signature(signature, start, e.what());
    }
    if (pattern.kind == ValuePattern::Kind::Any)
      bad_signature(signature, start, "a column needs a type: write Type:_, e.g. User:_");
    if (pattern.kind == ValuePattern::Kind::AnyOfType) {
      if (pattern.type == kActorType || pattern.type == kResourceType)
        bad_signature(signature, start, "a column needs a concrete type, not " + pattern.type);
      p.type = pattern.type;
      p.column = column++;
    } else {
      p.constant = true;
      p.value = pattern.value;
      p.type = pattern.value.type;
    }
    b.positions.push_back(p);
    if (end == close) break;
    start = end + 1;
  }
  if (b.positions.empty() || b.positions.size() > 5)
    bad_signature(signature, open, "facts have between 1 and 5 arguments");
  if (column == 0) bad_signature(signature, open, "a binding needs at least one column (Type:_)");
  return b;
}

void set_column_type(BindingPosition& p, const std::string& typname, int column_number) {
  bool entity = Value{p.type, "x"}.is_entity();
  std::string accepted = p.type == kBooleanType   ? "boolean"
                         : p.type == kIntegerType ? "smallint, integer, bigint"
                         : p.type == kStringType  ? "text, varchar"
                                                  : "smallint, integer, bigint, text, varchar, uuid";
  auto fail = [&]() {
    throw PolarError(ErrorKind::WrongType,
                     "binding column " + std::to_string(column_number) + " has type " + typname +
                         ", which cannot hold " + p.type + " values",
                     "Accepted column types for " + p.type + ": " + accepted + ". Cast the column in the query.");
  };
  if (typname == "int2" || typname == "int4" || typname == "int8") {
    if (!entity && p.type != kIntegerType) fail();
    p.raw = RawKind::Integer;
  } else if (typname == "text" || typname == "varchar" || typname == "bpchar") {
    if (!entity && p.type != kStringType) fail();
    p.raw = RawKind::Text;
  } else if (typname == "uuid") {
    if (!entity) fail();
    p.raw = RawKind::Uuid;
  } else if (typname == "bool") {
    if (p.type != kBooleanType) fail();
    p.raw = RawKind::Boolean;
  } else {
    fail();
  }
  p.sql_type = typname == "bpchar" ? "pg_catalog.text" : "pg_catalog." + typname;
}

void check_binding(const ir::Program& program, const Binding& b) {
  std::vector<Value> sample;  // values of the positions' types stand in for rows
  for (const BindingPosition& p : b.positions) sample.push_back(p.constant ? p.value : Value{p.type, "1"});
  try {
    check_fact(program, b.predicate, sample);
  } catch (const PolarError& e) {
    throw PolarError(e.kind(), "binding " + b.signature + " does not fit the policy: " + e.what(), e.hint());
  }
}

}  // namespace polar
