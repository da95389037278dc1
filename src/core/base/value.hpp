// Polar values: the typed constants that facts, checks and policies are made of.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "base/error.hpp"

namespace polar {

inline constexpr std::string_view kStringType = "String";
inline constexpr std::string_view kIntegerType = "Integer";
inline constexpr std::string_view kBooleanType = "Boolean";

// A value is a type name and an id. Primitives use the built-in type names
// (the id of an Integer is its canonical decimal form, of a Boolean "true" or
// "false"); everything else is an entity of that type.
struct Value {
  std::string type;
  std::string id;

  static Value string(std::string s) { return {std::string(kStringType), std::move(s)}; }
  static Value integer(int64_t n) { return {std::string(kIntegerType), std::to_string(n)}; }
  static Value boolean(bool b) { return {std::string(kBooleanType), b ? "true" : "false"}; }
  static Value entity(std::string type, std::string id) { return {std::move(type), std::move(id)}; }

  bool is_string() const { return type == kStringType; }
  bool is_integer() const { return type == kIntegerType; }
  bool is_boolean() const { return type == kBooleanType; }
  bool is_entity() const { return !is_string() && !is_integer() && !is_boolean(); }
  int64_t as_integer() const;  // requires is_integer()

  // The canonical stored form, "Type:id". Unambiguous: the type never contains ':'.
  std::string encode() const { return type + ":" + id; }
  // The SQL text notation that reads back as this value (strings bare when safe).
  std::string render() const;
  // The Polar literal notation, e.g. User{"alice"}, "read", 42.
  std::string polar_literal() const;

  bool operator==(const Value& o) const { return type == o.type && id == o.id; }
  bool operator!=(const Value& o) const { return !(*this == o); }
  bool operator<(const Value& o) const { return type != o.type ? type < o.type : id < o.id; }
};

bool is_builtin_primitive_type(std::string_view name);
bool is_identifier(std::string_view s);

// Parses an integer the way the language and the text notation write it:
// optional '-', no leading zeros, within signed 64 bits. Returns false otherwise.
bool parse_canonical_integer(std::string_view text, int64_t* out);

// Reads the SQL text notation of sql-api.md §1. Throws PolarError
// (InvalidValue) on malformed input such as '' or 'User:'.
Value parse_value_text(std::string_view text);

// Is `text` a valid text notation whose stored form is the text itself ('PullRequest:42')?
// Equivalent to parse_value_text(text).encode() == text without allocating: the fast path of
// per-row encoding.
bool encodes_as_itself(std::string_view text);

// Reads the canonical stored form written by Value::encode().
Value decode_value(std::string_view encoded);
// Is decode_value(encoded).render() the encoding itself? True for every value with a type prefix
// but String; lets per-row rendering skip the decode. Allocation-free.
bool renders_as_encoded(std::string_view encoded) noexcept;

// A pattern position in delete/get/query: any value, any value of one type, or one value.
struct ValuePattern {
  enum class Kind { Any, AnyOfType, Exact };
  Kind kind = Kind::Any;
  std::string type;  // AnyOfType
  Value value;       // Exact
};

// NULL is handled by the caller; "_" is Any and "Type:_" is AnyOfType.
ValuePattern parse_pattern_text(std::string_view text);

}  // namespace polar
