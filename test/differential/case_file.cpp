#include "case_file.hpp"

#include <nlohmann/json.hpp>
#include <sstream>
#include <stdexcept>

namespace polar::diff {

std::string PolicyItem::text() const {
  if (!block) return head + "\n";
  std::string out = head + " {\n";
  for (const std::string& l : lines) out += "  " + l + "\n";
  return out + "}\n";
}

std::string Case::policy_text() const {
  if (!raw_policy.empty()) return raw_policy;
  std::string out;
  for (const PolicyItem& i : policy) out += i.text();
  return out;
}

std::vector<Fact> Case::stored_facts(bool phase2) const {
  if (!phase2) return facts;
  std::vector<Fact> out;
  for (const Fact& f : facts) {
    bool in_ctx = false;
    for (const Fact& c : context) in_ctx = in_ctx || c == f;
    if (!in_ctx) out.push_back(f);
  }
  return out;
}

std::string value_text(const Value& v) { return v.render(); }
Value parse_text(const std::string& text) { return parse_value_text(text); }

std::string Query::describe() const {
  std::string out;
  switch (kind) {
    case Kind::Authorize:
      out = "authorize(";
      break;
    case Kind::List:
      out = "list(";
      break;
    case Kind::Actions:
      out = "actions(";
      break;
    case Kind::Query:
      out = "query(" + pred + (args.empty() ? "" : ", ");
      break;
  }
  for (size_t i = 0; i < args.size(); i++)
    out += (i ? ", " : "") + (args[i] ? "'" + *args[i] + "'" : std::string("NULL"));
  out += ")";
  if (with_context) out += " [with context facts]";
  return out;
}

// ---------------------------------------------------------------------------------------------
// JSON (one line per fact or query in .case files; bulk_tell and context_facts arguments)

namespace {

using Json = nlohmann::json;

Json fact_array(const Fact& f) {
  Json out = Json::array({f.pred});
  for (const Value& v : f.args) out.push_back(value_text(v));
  return out;
}

// A JSON array of strings and nulls; throws std::runtime_error naming the text otherwise.
std::vector<std::optional<std::string>> string_array(const std::string& text) {
  Json parsed = Json::parse(text, nullptr, false);
  if (!parsed.is_array()) throw std::runtime_error("JSON: expected an array of strings and nulls in: " + text);
  std::vector<std::optional<std::string>> out;
  for (const Json& item : parsed) {
    if (item.is_null()) {
      out.push_back(std::nullopt);
    } else if (item.is_string()) {
      out.push_back(item.get<std::string>());
    } else {
      throw std::runtime_error("JSON: expected a string or null, found " + item.dump() + " in: " + text);
    }
  }
  return out;
}

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

Fact fact_from_json(const std::string& line) {
  auto items = string_array(line);
  if (items.size() < 2) throw std::runtime_error("a fact needs a predicate and arguments: " + line);
  Fact f;
  if (!items[0]) throw std::runtime_error("null predicate: " + line);
  f.pred = *items[0];
  for (size_t k = 1; k < items.size(); k++) {
    if (!items[k]) throw std::runtime_error("null in a fact: " + line);
    f.args.push_back(parse_text(*items[k]));
  }
  return f;
}

Query query_from_json(const std::string& line) {
  auto items = string_array(line);
  Query q;
  size_t k = 0;
  auto next = [&]() -> std::string {
    if (k >= items.size() || !items[k]) throw std::runtime_error("bad query line: " + line);
    return *items[k++];
  };
  std::string kind = next();
  if (kind == "ctx") {
    q.with_context = true;
    kind = next();
  }
  if (kind == "authorize")
    q.kind = Query::Kind::Authorize;
  else if (kind == "list")
    q.kind = Query::Kind::List;
  else if (kind == "actions")
    q.kind = Query::Kind::Actions;
  else if (kind == "query") {
    q.kind = Query::Kind::Query;
    q.pred = next();
  } else
    throw std::runtime_error("unknown query kind '" + kind + "': " + line);
  for (; k < items.size(); k++) q.args.push_back(items[k]);
  return q;
}

std::string query_json(const Query& q) {
  static const char* const kKinds[] = {"authorize", "list", "actions", "query"};
  Json out = Json::array();
  if (q.with_context) out.push_back("ctx");
  out.push_back(kKinds[static_cast<int>(q.kind)]);
  if (q.kind == Query::Kind::Query) out.push_back(q.pred);
  for (const auto& a : q.args) out.push_back(a ? Json(*a) : Json(nullptr));
  return out.dump();
}

}  // namespace

std::string fact_json(const Fact& f) { return fact_array(f).dump(); }

std::string facts_json(const std::vector<Fact>& facts) {
  Json out = Json::array();
  for (const Fact& f : facts) out.push_back(fact_array(f));
  return out.dump();
}

std::string string_array_json(const std::vector<std::optional<std::string>>& items) {
  Json out = Json::array();
  for (const auto& item : items) out.push_back(item ? Json(*item) : Json(nullptr));
  return out.dump();
}

std::vector<std::optional<std::string>> parse_json_string_array(const std::string& text) { return string_array(text); }

// ---------------------------------------------------------------------------------------------
// .case files

std::string write_case(const Case& c) {
  std::ostringstream out;
  out << "# pg_polar differential test case (replay: polar_differential --replay FILE)\n";
  std::istringstream note(c.note);
  for (std::string line; std::getline(note, line);) out << "# " << line << "\n";
  out << "-- policy\n" << c.policy_text();
  out << "-- facts\n";
  for (const Fact& f : c.facts) out << fact_json(f) << "\n";
  out << "-- context\n";
  for (const Fact& f : c.context) out << fact_json(f) << "\n";
  out << "-- queries\n";
  for (const Query& q : c.queries) out << query_json(q) << "\n";
  return out.str();
}

std::vector<PolicyItem> split_policy(const std::string& text) {
  std::vector<PolicyItem> items;
  std::istringstream in(text);
  PolicyItem* open = nullptr;
  bool ok = true;
  std::string pending;  // a top-level rule spanning several lines
  for (std::string raw; std::getline(in, raw);) {
    std::string line = trim(raw);
    if (line.empty() || line[0] == '#') continue;
    if (open) {
      if (line == "}") {
        open = nullptr;
        continue;
      }
      open->lines.push_back(line);
      continue;
    }
    if (pending.empty() && line.size() > 1 && line.back() == '{' && line.find('}') == std::string::npos) {
      PolicyItem it;
      it.block = true;
      it.head = trim(line.substr(0, line.size() - 1));
      items.push_back(it);
      open = &items.back();
      continue;
    }
    pending += (pending.empty() ? "" : " ") + line;
    if (pending.back() == ';' || pending.back() == '}') {
      PolicyItem it;
      it.head = pending;
      items.push_back(it);
      pending.clear();
    }
  }
  if (open || !pending.empty()) ok = false;
  if (!ok) {
    PolicyItem it;
    it.head = text;
    return {it};
  }
  return items;
}

Case read_case(const std::string& text) {
  Case c;
  std::istringstream in(text);
  std::string section, policy;
  for (std::string line; std::getline(in, line);) {
    std::string t = trim(line);
    if (t.rfind("-- ", 0) == 0 && (t == "-- policy" || t == "-- facts" || t == "-- context" || t == "-- queries")) {
      section = t.substr(3);
      continue;
    }
    if (section == "policy") {
      policy += line + "\n";
      continue;
    }
    if (t.empty() || t[0] == '#') continue;
    if (section == "facts")
      c.facts.push_back(fact_from_json(t));
    else if (section == "context")
      c.context.push_back(fact_from_json(t));
    else if (section == "queries")
      c.queries.push_back(query_from_json(t));
    else
      throw std::runtime_error("line outside a section: " + line);
  }
  c.policy = split_policy(policy);
  // Keep the policy text byte-exact if splitting could not make sense of it.
  if (c.policy.size() == 1 && !c.policy[0].block && c.policy[0].head == policy) {
    c.raw_policy = policy;
    c.policy.clear();
  }
  return c;
}

}  // namespace polar::diff
