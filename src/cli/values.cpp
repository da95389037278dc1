// Value notation checks on the command line, with the core's parser.
#include "values.hpp"

#include "base/value.hpp"
#include "errors.hpp"

namespace pgpolar_cli {

namespace {

const size_t kMaxArity = 5;  // sql-api.md §3

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t");
  return s.substr(b, e - b + 1);
}

std::vector<std::string> split(const std::string& s, char sep) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (true) {
    size_t at = s.find(sep, start);
    parts.push_back(trim(s.substr(start, at == std::string::npos ? std::string::npos : at - start)));
    if (at == std::string::npos) break;
    start = at + 1;
  }
  return parts;
}

std::vector<std::string> words(const std::string& s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    size_t b = s.find_first_not_of(" \t", i);
    if (b == std::string::npos) break;
    size_t e = s.find_first_of(" \t", b);
    out.push_back(s.substr(b, e == std::string::npos ? std::string::npos : e - b));
    i = e == std::string::npos ? s.size() : e;
  }
  return out;
}

}  // namespace

std::string checked_pattern(const std::string& text, const std::string& what) {
  try {
    polar::parse_pattern_text(text);
  } catch (const polar::PolarError& e) {
    throw usage_error(what + ": " + e.what(), e.hint());
  }
  return text;
}

std::string checked_value(const std::string& text, const std::string& what) {
  checked_pattern(text, what);
  if (polar::parse_pattern_text(text).kind != polar::ValuePattern::Kind::Exact)
    throw usage_error(what + ": '" + text + "' is a wildcard, not a value",
                      "Wildcards (_ and Type:_) are allowed only in patterns: delete, get, query.");
  return text;
}

std::string checked_predicate(const std::string& text) {
  if (!polar::is_identifier(text))
    throw usage_error("invalid predicate '" + text + "': a predicate is a name such as has_role");
  return text;
}

std::string checked_type(const std::string& text) {
  if (!polar::is_identifier(text))
    throw usage_error("invalid type '" + text + "': a type is a name such as Repository");
  return text;
}

Fact parse_fact_text(const std::string& raw) {
  std::string text = trim(raw);
  Fact f;
  if (!text.empty() && text.front() == '[') {
    nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded() || !j.is_array() || j.empty())
      throw usage_error("invalid fact '" + raw + "': not a JSON array [\"predicate\", \"arg\", ...]");
    for (size_t i = 0; i < j.size(); i++) {
      if (!j[i].is_string())
        throw usage_error("invalid fact '" + raw + "': element " + std::to_string(i + 1) + " is not a string");
      if (i == 0)
        f.predicate = j[i].get<std::string>();
      else
        f.args.push_back(j[i].get<std::string>());
    }
  } else if (size_t open = text.find('('); open != std::string::npos) {
    if (text.back() != ')') throw usage_error("invalid fact '" + raw + "': missing ')' at the end");
    f.predicate = trim(text.substr(0, open));
    std::string inside = text.substr(open + 1, text.size() - open - 2);
    if (!trim(inside).empty()) f.args = split(inside, ',');
  } else {
    std::vector<std::string> w = words(text);
    if (w.empty()) throw usage_error("invalid fact '': a fact needs a predicate and arguments");
    f.predicate = w[0];
    f.args.assign(w.begin() + 1, w.end());
  }
  check_fact(f, "fact '" + raw + "': ");
  return f;
}

void check_fact(const Fact& fact, const std::string& where) {
  if (!polar::is_identifier(fact.predicate)) throw usage_error(where + "invalid predicate '" + fact.predicate + "'");
  if (fact.args.empty() || fact.args.size() > kMaxArity)
    throw usage_error(where + "a fact has 1 to 5 arguments, this one " + std::to_string(fact.args.size()));
  for (size_t i = 0; i < fact.args.size(); i++)
    checked_value(fact.args[i], where + "argument " + std::to_string(i + 1));
}

nlohmann::json fact_json(const Fact& fact) {
  nlohmann::json j = nlohmann::json::array({fact.predicate});
  for (const std::string& a : fact.args) j.push_back(a);
  return j;
}

std::string rendered_value(const std::string& text) { return polar::parse_value_text(text).render(); }

}  // namespace pgpolar_cli
