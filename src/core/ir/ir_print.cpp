#include "ir/ir_print.hpp"

#include <map>
#include <set>

#include "syntax/ast_print.hpp"

namespace polar {

namespace {

class RulePrinter {
 public:
  RulePrinter(const ir::Program& p, const ir::Rule& r) : program_(p), rule_(r) { name_variables(); }

  std::string print() {
    std::string out = program_.pred(rule_.head.pred).name + "(";
    std::set<int> head_vars;
    for (size_t i = 0; i < rule_.head.args.size(); i++) {
      const ir::Term& t = rule_.head.args[i];
      out += i ? ", " : "";
      if (t.kind == ir::Term::Kind::Var && !head_vars.count(t.var)) {
        head_vars.insert(t.var);
        out += names_[t.var];
        if (!rule_.vars[t.var].type.empty()) out += ": " + rule_.vars[t.var].type;
      } else {
        out += term(t);
      }
    }
    out += ")";
    std::vector<std::string> conds;
    std::set<int> typed;
    for (const ir::Literal& l : rule_.body)
      for (int v : vars_of(l))
        if (!head_vars.count(v) && !rule_.vars[v].type.empty() && typed.insert(v).second)
          conds.push_back(names_[v] + " matches " + rule_.vars[v].type);
    for (const ir::Literal& l : rule_.body) conds.push_back(literal(l));
    if (!conds.empty()) {
      out += " if ";
      for (size_t i = 0; i < conds.size(); i++) out += (i ? " and " : "") + conds[i];
    }
    return out + ";";
  }

 private:
  std::vector<int> vars_of(const ir::Literal& l) const {
    std::vector<int> out;
    for (const ir::Term& t : l.atom.args)
      if (t.kind == ir::Term::Kind::Var) out.push_back(t.var);
    for (const ir::Term* t : {&l.lhs, &l.rhs})
      if (t->kind == ir::Term::Kind::Var && t->var >= 0) out.push_back(t->var);
    return out;
  }

  void name_variables() {
    std::map<int, int> uses;
    for (const ir::Term& t : rule_.head.args)
      if (t.kind == ir::Term::Kind::Var) uses[t.var]++;
    for (const ir::Literal& l : rule_.body)
      for (int v : vars_of(l)) uses[v]++;
    std::map<std::string, int> counters;
    for (size_t v = 0; v < rule_.vars.size(); v++) {
      std::string n = rule_.vars[v].name;
      if (n.rfind("$related", 0) == 0) {
        int k = ++counters["related"];
        names_.push_back(k == 1 ? "related" : "related" + std::to_string(k));
      } else if (n.rfind("$", 0) == 0) {
        names_.push_back(uses[static_cast<int>(v)] > 1 ? "_v" + std::to_string(v) : "_");
      } else {
        names_.push_back(n);
      }
    }
  }

  std::string term(const ir::Term& t) const {
    switch (t.kind) {
      case ir::Term::Kind::Var:
        return names_[t.var];
      case ir::Term::Kind::Const:
        return t.value.polar_literal();
      case ir::Term::Kind::Now:
        return "@current_unix_time";
    }
    return "?";
  }

  std::string call(const ir::Atom& a) const {
    std::string out = program_.pred(a.pred).name + "(";
    for (size_t i = 0; i < a.args.size(); i++) out += (i ? ", " : "") + term(a.args[i]);
    return out + ")";
  }

  std::string literal(const ir::Literal& l) const {
    switch (l.kind) {
      case ir::Literal::Kind::Call:
        return call(l.atom);
      case ir::Literal::Kind::NotCall:
        return "not " + call(l.atom);
      case ir::Literal::Kind::Compare:
        return term(l.lhs) + " " + to_polar(l.op) + " " + term(l.rhs);
      case ir::Literal::Kind::In: {
        std::string out = term(l.lhs) + " in [";
        for (size_t i = 0; i < l.list.size(); i++) out += (i ? ", " : "") + l.list[i].polar_literal();
        return out + "]";
      }
    }
    return "?";
  }

  const ir::Program& program_;
  const ir::Rule& rule_;
  std::vector<std::string> names_;
};

}  // namespace

std::string to_polar(const ir::Program& program, const ir::Rule& rule) { return RulePrinter(program, rule).print(); }

}  // namespace polar
