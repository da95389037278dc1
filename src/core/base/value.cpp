#include "base/value.hpp"

#include <limits>

namespace polar {

namespace {

bool is_ident_start(char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'; }
bool is_ident_char(char c) { return is_ident_start(c) || (c >= '0' && c <= '9'); }

// Length of the "Type" in "Type:..." or 0 when the text does not start with a type prefix.
size_t type_prefix_length(std::string_view text) {
  if (text.empty() || !is_ident_start(text[0])) return 0;
  size_t i = 1;
  while (i < text.size() && is_ident_char(text[i])) i++;
  return (i < text.size() && text[i] == ':') ? i : 0;
}

[[noreturn]] void invalid(std::string message, std::string hint = {}) {
  throw PolarError(ErrorKind::InvalidValue, std::move(message), std::move(hint));
}

std::string quote_for_message(std::string_view text) {
  std::string out = "'";
  out.append(text);
  out += "'";
  return out;
}

}  // namespace

bool is_builtin_primitive_type(std::string_view name) {
  return name == kStringType || name == kIntegerType || name == kBooleanType;
}

bool is_identifier(std::string_view s) {
  if (s.empty() || !is_ident_start(s[0])) return false;
  for (char c : s)
    if (!is_ident_char(c)) return false;
  return true;
}

bool parse_canonical_integer(std::string_view text, int64_t* out) {
  size_t i = 0;
  bool negative = false;
  if (i < text.size() && text[i] == '-') {
    negative = true;
    i++;
  }
  if (i >= text.size()) return false;
  if (text[i] == '0' && i + 1 != text.size()) return false;  // no leading zeros
  // Accumulate as a negative number so that INT64_MIN fits.
  int64_t value = 0;
  for (; i < text.size(); i++) {
    char c = text[i];
    if (c < '0' || c > '9') return false;
    int digit = c - '0';
    if (value < (std::numeric_limits<int64_t>::min() + digit) / 10) return false;
    value = value * 10 - digit;
  }
  if (!negative) {
    if (value == std::numeric_limits<int64_t>::min()) return false;
    value = -value;
  } else if (value == 0) {
    return false;  // "-0" is not canonical
  }
  *out = value;
  return true;
}

int64_t Value::as_integer() const {
  int64_t n = 0;
  parse_canonical_integer(id, &n);
  return n;
}

std::string Value::render() const {
  if (!is_string()) return encode();
  // A bare string reads back as itself unless it is empty, looks typed, or is a wildcard.
  if (id.empty() || type_prefix_length(id) > 0 || id == "_" || id == "*") return encode();
  return id;
}

std::string Value::polar_literal() const {
  auto quoted = [](const std::string& s) {
    std::string out = "\"";
    for (char c : s) {
      if (c == '"' || c == '\\') out += '\\';
      out += c;
    }
    out += '"';
    return out;
  };
  if (is_string()) return quoted(id);
  if (is_integer() || is_boolean()) return id;
  return type + "{" + quoted(id) + "}";
}

Value parse_value_text(std::string_view text) {
  if (text.empty())
    invalid("invalid value '': a value cannot be empty",
            "Write String: for the empty string, or Type:id for an entity.");
  size_t prefix = type_prefix_length(text);
  if (prefix == 0) return Value::string(std::string(text));
  std::string type(text.substr(0, prefix));
  std::string_view rest = text.substr(prefix + 1);
  if (type == kStringType) return Value::string(std::string(rest));
  if (type == kIntegerType) {
    int64_t n = 0;
    if (!parse_canonical_integer(rest, &n))
      invalid("invalid Integer value " + quote_for_message(text),
              "Integers are written Integer:42: an optional '-', digits without leading zeros, within 64 bits.");
    return Value::integer(n);
  }
  if (type == kBooleanType) {
    if (rest == "true") return Value::boolean(true);
    if (rest == "false") return Value::boolean(false);
    invalid("invalid Boolean value " + quote_for_message(text), "Booleans are written Boolean:true or Boolean:false.");
  }
  if (rest.empty())
    invalid("invalid value " + quote_for_message(text) + ": an entity needs a non-empty id",
            "Write the value as " + type + ":<id>, e.g. " + type + ":1.");
  return Value::entity(std::move(type), std::string(rest));
}

bool encodes_as_itself(std::string_view text) {
  size_t prefix = type_prefix_length(text);
  if (prefix == 0) return false;
  std::string_view type = text.substr(0, prefix), rest = text.substr(prefix + 1);
  if (type == kIntegerType) {
    int64_t n = 0;
    return parse_canonical_integer(rest, &n);
  }
  if (type == kBooleanType) return rest == "true" || rest == "false";
  return type == kStringType || !rest.empty();
}

Value decode_value(std::string_view encoded) {
  size_t colon = encoded.find(':');
  if (colon == std::string_view::npos) return Value::string(std::string(encoded));
  return Value{std::string(encoded.substr(0, colon)), std::string(encoded.substr(colon + 1))};
}

bool renders_as_encoded(std::string_view encoded) noexcept {
  size_t colon = encoded.find(':');
  return colon != std::string_view::npos && encoded.substr(0, colon) != kStringType;
}

ValuePattern parse_pattern_text(std::string_view text) {
  ValuePattern p;
  if (text == "_") return p;
  size_t prefix = type_prefix_length(text);
  if (prefix > 0 && text.substr(prefix + 1) == "_") {
    p.kind = ValuePattern::Kind::AnyOfType;
    p.type = std::string(text.substr(0, prefix));
    return p;
  }
  p.kind = ValuePattern::Kind::Exact;
  p.value = parse_value_text(text);
  return p;
}

}  // namespace polar
