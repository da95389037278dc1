#include "compare.hpp"

#include <algorithm>
#include <cstring>
#include <functional>
#include <map>
#include <set>

#include "base/error.hpp"

namespace polar::diff {

namespace {

std::string show(const Value& v) {
  if (Evaluator::is_fresh(v)) return "<fresh " + v.type + ">";
  return value_text(v);
}

std::string show_values(const std::set<Value>& vs, size_t max = 40) {
  std::string out = "{";
  size_t n = 0;
  for (const Value& v : vs) {
    if (n == max) {
      out += ", ... (" + std::to_string(vs.size()) + " in all)";
      break;
    }
    out += (n++ ? ", " : "") + show(v);
  }
  return out + "}";
}

std::string show_tuple(const Tuple& t) {
  std::string out = "(";
  for (size_t i = 0; i < t.size(); i++) out += (i ? ", " : "") + show(t[i]);
  return out + ")";
}

std::string show_tuples(const std::set<Tuple>& ts, size_t max = 30) {
  std::string out = "{";
  size_t n = 0;
  for (const Tuple& t : ts) {
    if (n == max) {
      out += ", ... (" + std::to_string(ts.size()) + " in all)";
      break;
    }
    out += (n++ ? ", " : "") + show_tuple(t);
  }
  return out + "}";
}

std::string show_rows(const SqlAnswer& a, size_t max = 40) {
  if (a.error) return "ERROR " + a.sqlstate + ": " + a.message;
  std::string out = "[";
  for (size_t i = 0; i < a.rows.size() && i < max; i++) {
    out += i ? ", " : "";
    const auto& r = a.rows[i];
    if (r.size() == 1) {
      out += r[0] ? *r[0] : "NULL";
    } else {
      out += "(";
      for (size_t k = 0; k < r.size(); k++) out += (k ? ", " : "") + (r[k] ? *r[k] : std::string("NULL"));
      out += ")";
    }
  }
  if (a.rows.size() > max) out += ", ... (" + std::to_string(a.rows.size()) + " rows)";
  return out + "]";
}

bool has_fresh(const Tuple& t) {
  return std::any_of(t.begin(), t.end(), [](const Value& v) { return Evaluator::is_fresh(v); });
}

// The active domain of one query: values in any fact, in the policy, or in the query.
std::set<Value> active_domain(const Query& q, const ir::Program& program, const Case& c) {
  std::set<Value> ad;
  for (const Fact& f : c.facts)
    for (const Value& v : f.args) ad.insert(v);
  for (const std::string& s : program.constants) ad.insert(decode_value(s));
  for (size_t i = 0; i < q.args.size(); i++) {
    if (!q.args[i]) continue;
    if (q.kind == Query::Kind::List && i == 2) continue;  // a type name
    if (q.kind == Query::Kind::Query) {
      ValuePattern p = parse_pattern_text(*q.args[i]);
      if (p.kind == ValuePattern::Kind::Exact) ad.insert(p.value);
      continue;
    }
    ad.insert(parse_text(*q.args[i]));
  }
  return ad;
}

Verdict make_mismatch(std::string category, std::string expected, std::string actual, std::string detail = {}) {
  Verdict v;
  v.kind = Verdict::Kind::Mismatch;
  v.category = std::move(category);
  v.expected = std::move(expected);
  v.actual = std::move(actual);
  v.detail = std::move(detail);
  return v;
}

Verdict active(std::string detail) {
  Verdict v;
  v.kind = Verdict::Kind::ActiveDomain;
  v.detail = std::move(detail);
  return v;
}

// A set answer without `*`: equal to the reference, or (when the policy allows it) the
// reference restricted to the active domain, never more than the reference.
template <typename T>
Verdict compare_sets(const std::set<T>& sql, const std::set<T>& ref, bool ad_allowed,
                     const std::function<bool(const T&)>& in_ad, const std::function<bool(const T&)>& fresh,
                     const std::string& what, const std::string& exp_text, const std::string& act_text) {
  if (sql == ref) return {};
  std::vector<T> extra, missing;
  for (const T& t : sql)
    if (!ref.count(t)) extra.push_back(t);
  for (const T& t : ref)
    if (!sql.count(t)) missing.push_back(t);
  if (!extra.empty()) return make_mismatch(what + ": answers the reference does not derive", exp_text, act_text);
  // Only missing answers from here on.
  bool all_outside_ad = std::all_of(missing.begin(), missing.end(), [&](const T& t) { return !in_ad(t); });
  if (ad_allowed && all_outside_ad)
    return active(what + ": reference has " + std::to_string(missing.size()) +
                  " answers outside the active domain (no * returned)");
  bool any_fresh = std::any_of(missing.begin(), missing.end(), fresh);
  if (all_outside_ad && any_fresh)
    return make_mismatch(what + ": universal answer not reported as *", exp_text, act_text);
  return make_mismatch(what + ": missing answers", exp_text, act_text);
}

std::vector<std::vector<Value>> cartesian_limit(const std::vector<std::vector<Value>>& cols, size_t limit, bool& over) {
  size_t n = 1;
  over = false;
  for (const auto& c : cols) {
    if (c.empty()) return {};
    if (n > limit / c.size()) {
      over = true;
      return {};
    }
    n *= c.size();
  }
  std::vector<std::vector<Value>> out;
  out.reserve(n);
  std::vector<size_t> idx(cols.size(), 0);
  for (size_t k = 0; k < n; k++) {
    std::vector<Value> t;
    for (size_t i = 0; i < cols.size(); i++) t.push_back(cols[i][idx[i]]);
    out.push_back(std::move(t));
    for (size_t i = cols.size(); i-- > 0;) {
      if (++idx[i] < cols[i].size()) break;
      idx[i] = 0;
    }
  }
  return out;
}

}  // namespace

bool active_domain_allowed(const ir::Program& program) {
  for (const ir::Rule& r : program.rules) {
    std::map<int, int> head_uses;
    for (const ir::Term& t : r.head.args)
      if (t.kind == ir::Term::Kind::Var && ++head_uses[t.var] > 1) return true;
    for (const ir::Literal& l : r.body) {
      if (l.kind == ir::Literal::Kind::NotCall) return true;
      if (l.kind == ir::Literal::Kind::Compare) {
        if (l.op != ir::CompareOp::Eq) return true;
        if (l.lhs.kind == ir::Term::Kind::Var && l.rhs.kind == ir::Term::Kind::Var) return true;
      }
    }
  }
  return false;
}

Verdict compare_answer(const Query& q, const SqlAnswer& sql, const Evaluator& ref, const ir::Program& program,
                       const Case& c, const CompareOptions& opts) {
  if (sql.error) {
    if (sql.sqlstate == "54001") {
      Verdict v;
      v.kind = Verdict::Kind::Unsupported;
      v.detail = sql.message;
      return v;
    }
    return make_mismatch("error " + sql.sqlstate, "(no error)", show_rows(sql));
  }
  const bool ad_allowed = active_domain_allowed(program);
  const std::set<Value> ad = active_domain(q, program, c);
  auto value_in_ad = [&](const Value& v) { return ad.count(v) > 0; };
  auto tuple_in_ad = [&](const Tuple& t) { return std::all_of(t.begin(), t.end(), value_in_ad); };
  const std::set<Tuple>& allow = ref.tuples("allow", 3);

  switch (q.kind) {
    case Query::Kind::Authorize: {
      Tuple t = {parse_text(*q.args[0]), parse_text(*q.args[1]), parse_text(*q.args[2])};
      bool expected = allow.count(t) > 0;
      if (sql.rows.size() != 1 || !sql.rows[0][0])
        return make_mismatch("authorize: bad result shape", "1 row", show_rows(sql));
      bool actual = *sql.rows[0][0] == "t";
      if (expected == actual) return {};
      return make_mismatch(
          std::string("authorize: ") + (expected ? "denied but reference allows" : "allowed but reference denies"),
          expected ? "true" : "false", actual ? "true" : "false");
    }
    case Query::Kind::List: {
      Value a = parse_text(*q.args[0]), x = parse_text(*q.args[1]);
      const std::string& type = *q.args[2];
      std::set<Value> r;
      for (const Tuple& t : allow)
        if (t[0] == a && t[1] == x && t[2].type == type) r.insert(t[2]);
      std::vector<std::string> ids;
      bool star = false;
      for (const auto& row : sql.rows) {
        if (!row[0]) return make_mismatch("list: NULL row", show_values(r), show_rows(sql));
        if (*row[0] == "*") star = true;
        ids.push_back(*row[0]);
      }
      if (star) {
        if (ids.size() != 1) return make_mismatch("list: * together with other rows", show_values(r), show_rows(sql));
        std::vector<Value> all = ref.universe_of_type(type);
        std::set<Value> all_set(all.begin(), all.end());
        if (r == all_set) return {};
        return make_mismatch("list: * but the reference does not allow every value", show_values(r), "*",
                             "every " + type + " in U: " + show_values(all_set));
      }
      std::set<Value> got;
      for (const std::string& id : ids) {
        Value v;
        try {
          v = parse_text(type + ":" + id);
        } catch (const PolarError& e) {
          return make_mismatch("list: unreadable id", show_values(r), show_rows(sql), e.what());
        }
        if (!got.insert(v).second) return make_mismatch("list: duplicate ids", show_values(r), show_rows(sql));
      }
      return compare_sets<Value>(got, r, ad_allowed, value_in_ad, Evaluator::is_fresh, "list", show_values(r),
                                 show_rows(sql));
    }
    case Query::Kind::Actions: {
      Value a = parse_text(*q.args[0]), res = parse_text(*q.args[1]);
      std::set<Value> r;
      for (const Tuple& t : allow)
        if (t[0] == a && t[2] == res) r.insert(t[1]);
      bool star = false;
      std::vector<std::string> texts;
      for (const auto& row : sql.rows) {
        if (!row[0]) return make_mismatch("actions: NULL row", show_values(r), show_rows(sql));
        if (*row[0] == "*") star = true;
        texts.push_back(*row[0]);
      }
      bool ref_fresh = std::any_of(r.begin(), r.end(), Evaluator::is_fresh);
      if (star) {
        if (texts.size() != 1)
          return make_mismatch("actions: * together with other rows", show_values(r), show_rows(sql));
        if (ref_fresh) return {};
        return make_mismatch("actions: * but the reference has no unconstrained action", show_values(r), "*");
      }
      if (!std::is_sorted(texts.begin(), texts.end(),
                          [](const std::string& x, const std::string& y) { return strcmp(x.c_str(), y.c_str()) < 0; }))
        return make_mismatch("actions: not sorted", show_values(r), show_rows(sql));
      std::set<Value> got;
      for (const std::string& t : texts) {
        Value v;
        try {
          v = parse_text(t);
        } catch (const PolarError& e) {
          return make_mismatch("actions: unreadable value", show_values(r), show_rows(sql), e.what());
        }
        if (!got.insert(v).second) return make_mismatch("actions: duplicate rows", show_values(r), show_rows(sql));
        if (value_text(v) != t)
          return make_mismatch("actions: value not rendered canonically", show_values(r), show_rows(sql));
      }
      return compare_sets<Value>(got, r, ad_allowed, value_in_ad, Evaluator::is_fresh, "actions", show_values(r),
                                 show_rows(sql));
    }
    case Query::Kind::Query: {
      const size_t n = q.args.size();
      // The pattern.
      std::vector<ValuePattern> pat(n);
      for (size_t i = 0; i < n; i++)
        if (q.args[i]) pat[i] = parse_pattern_text(*q.args[i]);
      auto matches = [&](const Tuple& t) {
        for (size_t i = 0; i < n; i++) {
          if (pat[i].kind == ValuePattern::Kind::Exact && t[i] != pat[i].value) return false;
          if (pat[i].kind == ValuePattern::Kind::AnyOfType && t[i].type != pat[i].type) return false;
        }
        return true;
      };
      std::set<Tuple> r;
      for (const Tuple& t : ref.tuples(q.pred, n))
        if (matches(t)) r.insert(t);
      // Expand the SQL rows.
      std::set<Tuple> got;
      bool null_star = false;
      std::vector<std::vector<std::vector<Value>>> row_cols;  // per row, per position: candidate values
      for (const auto& row : sql.rows) {
        if (row.size() != n) return make_mismatch("query: wrong row width", show_tuples(r), show_rows(sql));
        std::vector<std::vector<Value>> cols(n);
        for (size_t i = 0; i < n; i++) {
          if (!row[i]) return make_mismatch("query: NULL cell", show_tuples(r), show_rows(sql));
          if (*row[i] == "*") {
            if (pat[i].kind == ValuePattern::Kind::AnyOfType)
              cols[i] = ref.universe_of_type(pat[i].type);
            else if (pat[i].kind == ValuePattern::Kind::Exact)
              cols[i] = {pat[i].value};
            else {
              cols[i] = ref.universe();
              null_star = true;
            }
          } else {
            try {
              cols[i] = {parse_text(*row[i])};
            } catch (const PolarError& e) {
              return make_mismatch("query: unreadable value", show_tuples(r), show_rows(sql), e.what());
            }
          }
        }
        bool over = false;
        for (auto& t : cartesian_limit(cols, opts.max_expansion, over)) got.insert(std::move(t));
        if (over) {
          Verdict v;
          v.kind = Verdict::Kind::Skipped;
          v.detail = "expansion of * too large";
          return v;
        }
        row_cols.push_back(std::move(cols));
      }
      Verdict v =
          compare_sets<Tuple>(got, r, ad_allowed, tuple_in_ad, has_fresh, "query", show_tuples(r), show_rows(sql));
      if (v.kind != Verdict::Kind::Mismatch || !null_star) return v;
      // `*` in a NULL position: would the answer be right if `*` meant "every value of one
      // (unstated) type"? Then say so in the category, so that this one question is reported once.
      std::set<std::string> types;
      for (const Value& u : ref.universe()) types.insert(u.type);
      std::set<Tuple> lenient;
      bool every_row_fits = true;
      for (size_t ri = 0; ri < sql.rows.size(); ri++) {
        std::vector<size_t> star_pos;
        for (size_t i = 0; i < n; i++)
          if (*sql.rows[ri][i] == "*" && !q.args[i]) star_pos.push_back(i);
        std::vector<std::vector<Value>> type_choices;  // encode a type as a Value to reuse cartesian_limit
        for (size_t k = 0; k < star_pos.size(); k++) {
          std::vector<Value> ts;
          for (const std::string& t : types) ts.push_back(Value::string(t));
          type_choices.push_back(ts);
        }
        bool over = false;
        bool fits_any = false;
        for (const auto& combo : cartesian_limit(type_choices, 10000, over)) {
          std::vector<std::vector<Value>> cols = row_cols[ri];
          for (size_t k = 0; k < star_pos.size(); k++) cols[star_pos[k]] = ref.universe_of_type(combo[k].id);
          bool over2 = false;
          auto exp = cartesian_limit(cols, opts.max_expansion, over2);
          if (exp.empty() || over2) continue;
          if (std::all_of(exp.begin(), exp.end(), [&](const Tuple& t) { return r.count(t) > 0; })) {
            fits_any = true;
            lenient.insert(exp.begin(), exp.end());
          }
        }
        every_row_fits = every_row_fits && fits_any;
      }
      if (every_row_fits) {
        Verdict lv = compare_sets<Tuple>(lenient, r, ad_allowed, tuple_in_ad, has_fresh, "query", show_tuples(r),
                                         show_rows(sql));
        if (lv.kind != Verdict::Kind::Mismatch) {
          if (opts.lenient_null_star) return lv;
          v.category = "query: * in a NULL position stands for one type only";
          return v;
        }
        // Wrong even when '*' is read as "every value of one type": report that difference.
        lv.category += " (with * in a NULL position)";
        lv.detail = "strict reading of '*': " + v.category;
        return lv;
      }
      return v;
    }
  }
  return {};
}

}  // namespace polar::diff
