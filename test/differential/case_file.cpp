#include "case_file.hpp"

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
// JSON

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          snprintf(buf, sizeof buf, "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string fact_json(const Fact& f) {
  std::string out = "[" + json_string(f.pred);
  for (const Value& v : f.args) out += ", " + json_string(value_text(v));
  return out + "]";
}

std::string facts_json(const std::vector<Fact>& facts) {
  std::string out = "[";
  for (size_t i = 0; i < facts.size(); i++) out += (i ? ", " : "") + fact_json(facts[i]);
  return out + "]";
}

namespace {

void append_utf8(std::string& out, unsigned cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

struct JsonReader {
  const std::string& s;
  size_t i = 0;
  [[noreturn]] void fail(const std::string& what) {
    throw std::runtime_error("JSON: " + what + " at offset " + std::to_string(i) + " in: " + s);
  }
  void ws() {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) i++;
  }
  unsigned hex4() {
    if (i + 4 > s.size()) fail("short \\u escape");
    unsigned v = static_cast<unsigned>(std::stoul(s.substr(i, 4), nullptr, 16));
    i += 4;
    return v;
  }
  std::string str() {
    if (s[i] != '"') fail("expected string");
    i++;
    std::string out;
    while (i < s.size() && s[i] != '"') {
      char c = s[i++];
      if (c != '\\') {
        out += c;
        continue;
      }
      if (i >= s.size()) fail("bad escape");
      char e = s[i++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          unsigned cp = hex4();
          if (cp >= 0xD800 && cp < 0xDC00 && i + 6 <= s.size() && s[i] == '\\' && s[i + 1] == 'u') {
            i += 2;
            unsigned lo = hex4();
            cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
          }
          append_utf8(out, cp);
          break;
        }
        default:
          fail("bad escape");
      }
    }
    if (i >= s.size()) fail("unterminated string");
    i++;
    return out;
  }
  std::vector<std::optional<std::string>> array() {
    ws();
    if (i >= s.size() || s[i] != '[') fail("expected [");
    i++;
    std::vector<std::optional<std::string>> out;
    ws();
    if (i < s.size() && s[i] == ']') {
      i++;
      return out;
    }
    for (;;) {
      ws();
      if (s.compare(i, 4, "null") == 0) {
        out.push_back(std::nullopt);
        i += 4;
      } else {
        out.push_back(str());
      }
      ws();
      if (i < s.size() && s[i] == ',') {
        i++;
        continue;
      }
      if (i < s.size() && s[i] == ']') {
        i++;
        return out;
      }
      fail("expected , or ]");
    }
  }
};

std::string trim(const std::string& s) {
  size_t b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return "";
  size_t e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

Fact fact_from_json(const std::string& line) {
  JsonReader r{line};
  auto items = r.array();
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
  JsonReader r{line};
  auto items = r.array();
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
  std::string out = "[";
  if (q.with_context) out += "\"ctx\", ";
  switch (q.kind) {
    case Query::Kind::Authorize:
      out += "\"authorize\"";
      break;
    case Query::Kind::List:
      out += "\"list\"";
      break;
    case Query::Kind::Actions:
      out += "\"actions\"";
      break;
    case Query::Kind::Query:
      out += "\"query\", " + json_string(q.pred);
      break;
  }
  for (const auto& a : q.args) out += ", " + (a ? json_string(*a) : std::string("null"));
  return out + "]";
}

}  // namespace

std::vector<std::optional<std::string>> parse_json_string_array(const std::string& text) {
  JsonReader r{text};
  return r.array();
}

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
