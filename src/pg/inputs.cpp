#include "inputs.hpp"

#include "base/error.hpp"

namespace pgpolar {

namespace {

[[noreturn]] void json_shape_error(const char* what, int position, const char* expected) {
  if (position > 0)
    ereport(
        ERROR,
        (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid %s: element %d %s", what, position, expected),
         errhint(
             "Write each fact as a JSON array: [\"has_role\", \"User:alice\", \"member\", \"Organization:acme\"].")));
  ereport(
      ERROR,
      (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid %s: %s", what, expected),
       errhint(
           "Pass a JSON array of facts, e.g. [[\"has_role\", \"User:alice\", \"member\", \"Organization:acme\"]].")));
  pg_unreachable();
}

char* jsonb_string(const JsonbValue* v) { return pnstrdup(v->val.string.val, v->val.string.len); }

RawValue read_json_value(const JsonbValue* v, const char* what, int position) {
  RawValue out{RawValue::Null, nullptr, nullptr};
  switch (v->type) {
    case jbvNull:
      return out;
    case jbvString:
      out.kind = RawValue::Text;
      out.text = jsonb_string(v);
      return out;
    case jbvBool:
      out.kind = RawValue::Boolean;
      out.text = pstrdup(v->val.boolean ? "true" : "false");
      return out;
    case jbvNumeric:
      out.kind = RawValue::Integer;
      out.text = DatumGetCString(DirectFunctionCall1(numeric_out, NumericGetDatum(v->val.numeric)));
      return out;
    case jbvBinary: {
      JsonbContainer* c = v->val.binary.data;
      if (JsonContainerIsObject(c)) {
        JsonbValue* type = getKeyJsonValueFromContainer(c, "type", 4, nullptr);
        JsonbValue* id = getKeyJsonValueFromContainer(c, "id", 2, nullptr);
        if (!type || !id || type->type != jbvString || id->type != jbvString || JsonContainerSize(c) != 2)
          json_shape_error(what, position, "has an object value that is not {\"type\": \"...\", \"id\": \"...\"}");
        out.kind = RawValue::Object;
        out.type = jsonb_string(type);
        out.text = jsonb_string(id);
        return out;
      }
      json_shape_error(what, position, "has a nested array where a value was expected");
    }
    default:
      json_shape_error(what, position, "has an unsupported JSON value");
  }
}

RawFact read_json_fact(JsonbValue* v, const char* what, int position) {
  if (v->type != jbvBinary || !JsonContainerIsArray(v->val.binary.data))
    json_shape_error(what, position, "is not an array [predicate, arg, ...]");
  JsonbContainer* c = v->val.binary.data;
  int n = static_cast<int>(JsonContainerSize(c));
  if (n < 1) json_shape_error(what, position, "is an empty array; it needs a predicate name");
  RawFact f;
  f.position = position;
  JsonbValue* pred = getIthJsonbValueFromContainer(c, 0);
  if (pred->type == jbvNull)
    f.predicate = nullptr;
  else if (pred->type == jbvString)
    f.predicate = jsonb_string(pred);
  else
    json_shape_error(what, position, "does not start with a predicate name string");
  f.nargs = n - 1;
  f.args = static_cast<RawValue*>(palloc0(sizeof(RawValue) * (n)));
  for (int i = 1; i < n; i++) f.args[i - 1] = read_json_value(getIthJsonbValueFromContainer(c, i), what, position);
  return f;
}

RawFact* read_json_fact_array(JsonbContainer* c, const char* what, int* count) {
  if (!JsonContainerIsArray(c) || JsonContainerIsScalar(c)) json_shape_error(what, 0, "expected a JSON array of facts");
  int n = static_cast<int>(JsonContainerSize(c));
  RawFact* facts = static_cast<RawFact*>(palloc0(sizeof(RawFact) * (n + 1)));
  for (int i = 0; i < n; i++) facts[i] = read_json_fact(getIthJsonbValueFromContainer(c, i), what, i + 1);
  *count = n;
  return facts;
}

}  // namespace

RawFact* read_json_facts(Jsonb* jb, const char* what, int* count) {
  return read_json_fact_array(&jb->root, what, count);
}

RawChange* read_json_batch(Jsonb* jb, int* count) {
  JsonbContainer* c = &jb->root;
  if (!JsonContainerIsArray(c) || JsonContainerIsScalar(c))
    ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE), errmsg("invalid changes: expected a JSON array"),
                    errhint("Pass [{\"inserts\": [[...]]}, {\"deletes\": [[...]]}].")));
  int n = static_cast<int>(JsonContainerSize(c));
  RawChange* changes = static_cast<RawChange*>(palloc0(sizeof(RawChange) * (n + 1)));
  for (int i = 0; i < n; i++) {
    JsonbValue* v = getIthJsonbValueFromContainer(c, i);
    JsonbContainer* obj = v->type == jbvBinary ? v->val.binary.data : nullptr;
    if (!obj || !JsonContainerIsObject(obj) || JsonContainerSize(obj) != 1)
      ereport(ERROR, (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
                      errmsg("invalid changes: element %d must be an object with one key, \"inserts\" or \"deletes\"",
                             i + 1)));
    JsonbValue* inserts = getKeyJsonValueFromContainer(obj, "inserts", 7, nullptr);
    JsonbValue* deletes = getKeyJsonValueFromContainer(obj, "deletes", 7, nullptr);
    JsonbValue* list = inserts ? inserts : deletes;
    if (!list || list->type != jbvBinary)
      ereport(ERROR,
              (errcode(ERRCODE_INVALID_PARAMETER_VALUE),
               errmsg("invalid changes: element %d must be {\"inserts\": [...]} or {\"deletes\": [...]}", i + 1)));
    changes[i].insert = inserts != nullptr;
    changes[i].facts = read_json_fact_array(list->val.binary.data, inserts ? "inserts" : "deletes", &changes[i].count);
  }
  *count = n;
  return changes;
}

char** read_text_array(ArrayType* arr, int* count) {
  Datum* items;
  bool* nulls;
  int n;
  if (ARR_NDIM(arr) > 1)
    ereport(ERROR, (errcode(ERRCODE_ARRAY_SUBSCRIPT_ERROR), errmsg("arguments must be a one-dimensional array")));
  deconstruct_array(arr, TEXTOID, -1, false, TYPALIGN_INT, &items, &nulls, &n);
  char** out = static_cast<char**>(palloc0(sizeof(char*) * (n + 1)));
  for (int i = 0; i < n; i++) out[i] = nulls[i] ? nullptr : TextDatumGetCString(items[i]);
  *count = n;
  return out;
}

Datum text_array(const char* const* items, int n) {
  Datum* d = static_cast<Datum*>(palloc(sizeof(Datum) * (n + 1)));
  for (int i = 0; i < n; i++) d[i] = CStringGetTextDatum(items[i]);
  return PointerGetDatum(construct_array(d, n, TEXTOID, -1, false, TYPALIGN_INT));
}

char* text_arg(FunctionCallInfo fcinfo, int n) {
  if (PG_NARGS() <= n || PG_ARGISNULL(n)) return nullptr;
  return text_to_cstring(PG_GETARG_TEXT_PP(n));
}

polar::Value raw_value(const RawValue& v, const std::string& where) {
  switch (v.kind) {
    case RawValue::Text: {
      polar::ValuePattern p;
      try {
        p = polar::parse_pattern_text(v.text);
      } catch (const polar::PolarError& e) {
        throw polar::PolarError(e.kind(), where + e.what(), e.hint());
      }
      // `_` and `Type:_` are wildcards in patterns; stored as values they could never be
      // addressed on their own (polar.delete would read them as wildcards).
      if (p.kind != polar::ValuePattern::Kind::Exact)
        throw polar::PolarError(
            polar::ErrorKind::InvalidValue,
            where + "'" + std::string(v.text) + "' is a wildcard, not a value; a fact needs values.",
            "Wildcards are allowed only in patterns (polar.delete, polar.get, polar.query). For "
            "an entity whose id is '_', use the JSON form {\"type\": \"User\", \"id\": \"_\"}.");
      return p.value;
    }
    case RawValue::Object: {
      std::string type = v.type, id = v.text;
      if (type.empty() || id.empty())
        throw polar::PolarError(polar::ErrorKind::InvalidValue, where + "Entity values need a non-empty type and id.",
                                "Write {\"type\": \"User\", \"id\": \"alice\"}.");
      if (!polar::is_identifier(type))
        throw polar::PolarError(polar::ErrorKind::InvalidValue,
                                where + "'" + type + "' is not a type name: it must match [A-Za-z_][A-Za-z0-9_]*.",
                                "Write {\"type\": \"User\", \"id\": \"alice\"}.");
      return polar::parse_value_text(type + ":" + id);
    }
    case RawValue::Integer: {
      int64_t n = 0;
      if (!polar::parse_canonical_integer(v.text, &n))
        throw polar::PolarError(polar::ErrorKind::InvalidValue, where + "invalid Integer " + std::string(v.text) +
                                                                    ": Integers are whole 64-bit numbers");
      return polar::Value::integer(n);
    }
    case RawValue::Boolean:
      return polar::Value::boolean(std::string(v.text) == "true");
    case RawValue::Null:
      break;
  }
  throw polar::PolarError(polar::ErrorKind::InvalidValue,
                          where + "null is not a value; it is only allowed in patterns");
}

polar::ValuePattern raw_pattern(const RawValue& v, const std::string& where) {
  if (v.kind == RawValue::Null) return {};
  if (v.kind == RawValue::Text) {
    try {
      return polar::parse_pattern_text(v.text);
    } catch (const polar::PolarError& e) {
      throw polar::PolarError(e.kind(), where + e.what(), e.hint());
    }
  }
  polar::ValuePattern p;
  p.kind = polar::ValuePattern::Kind::Exact;
  p.value = raw_value(v, where);
  return p;
}

polar::ValuePattern text_pattern(const char* text) {
  if (!text) return {};
  return polar::parse_pattern_text(text);
}

}  // namespace pgpolar
