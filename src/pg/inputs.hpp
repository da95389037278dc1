// Reading SQL arguments (text, text[], jsonb) into plain C structures, and
// turning those into core values inside a wall. Readers may ereport on the
// wrong JSON shape; converters throw PolarError and must run inside a wall.
#pragma once

#include <string>
#include <vector>

#include "pg.hpp"
#include "base/value.hpp"

namespace pgpolar {

struct RawValue {
  enum Kind : int { Text, Object, Integer, Boolean, Null };
  Kind kind;
  char* text;  // Text: the notation; Object: the id; Integer: digits; Boolean: "true"/"false"
  char* type;  // Object: the type
};

struct RawFact {
  char* predicate;  // NULL for a wildcard predicate (patterns only)
  int nargs;
  RawValue* args;
  int position;  // 1-based position in the request, for messages
};

struct RawChange {
  bool insert;
  RawFact* facts;
  int count;
};

// [["pred", v1, ...], ...]; `what` names the argument in messages ("facts", "patterns").
RawFact* read_json_facts(Jsonb* jb, const char* what, int* count);
// [{"inserts": [...]}, {"deletes": [...]}, ...]
RawChange* read_json_batch(Jsonb* jb, int* count);
// VARIADIC text[] arguments; NULL elements stay NULL.
char** read_text_array(ArrayType* arr, int* count);
// A text[] of C strings (none NULL): the reverse of read_text_array.
Datum text_array(const char* const* items, int n);
// The text of argument `n`, or NULL.
char* text_arg(FunctionCallInfo fcinfo, int n);

// --- inside walls only (throw PolarError) ---
polar::Value raw_value(const RawValue& v, const std::string& where);
polar::ValuePattern raw_pattern(const RawValue& v, const std::string& where);
polar::ValuePattern text_pattern(const char* text);  // NULL -> any

}  // namespace pgpolar
