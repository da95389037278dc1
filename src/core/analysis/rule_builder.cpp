#include "analysis/rule_builder.hpp"

#include <set>

#include "syntax/ast_print.hpp"

namespace polar::detail {

namespace {

constexpr size_t kMaxAlternatives = 1024;

bool is_ordering(ast::CompareOp op) { return op != ast::CompareOp::Eq && op != ast::CompareOp::Ne; }

}  // namespace

bool to_dnf(const ast::Expr& e, std::vector<Conjunction>& out, Diagnostics& diags) {
  using K = ast::Expr::Kind;
  out.clear();
  if (e.kind == K::Or) {
    for (const ast::Expr& op : e.operands) {
      std::vector<Conjunction> part;
      if (!to_dnf(op, part, diags)) return false;
      out.insert(out.end(), part.begin(), part.end());
      if (out.size() > kMaxAlternatives) break;
    }
  } else if (e.kind == K::And) {
    out.push_back({});
    for (const ast::Expr& op : e.operands) {
      std::vector<Conjunction> part;
      if (!to_dnf(op, part, diags)) return false;
      std::vector<Conjunction> product;
      for (const Conjunction& left : out)
        for (const Conjunction& right : part) {
          Conjunction c = left;
          c.insert(c.end(), right.begin(), right.end());
          product.push_back(std::move(c));
          if (product.size() > kMaxAlternatives) break;
        }
      out = std::move(product);
      if (out.size() > kMaxAlternatives) break;
    }
  } else {
    out.push_back({&e});
  }
  if (out.size() > kMaxAlternatives) {
    diags.error("R15", e.pos,
                "Rule body is too complex: written out as alternatives it has more than " +
                    std::to_string(kMaxAlternatives) + " of them. Split it into several rules.");
    return false;
  }
  return true;
}

RuleBuilder::RuleBuilder(Analyzer& a, SourcePos pos, std::string origin) : a_(a) {
  rule_.pos = pos;
  rule_.origin = std::move(origin);
}

int RuleBuilder::named(const std::string& name, const std::string& type, SourcePos pos) {
  auto it = names_.find(name);
  if (it == names_.end()) {
    int id = static_cast<int>(rule_.vars.size());
    rule_.vars.push_back({name, type});
    names_[name] = id;
    return id;
  }
  narrow(it->second, type, pos);
  return it->second;
}

int RuleBuilder::fresh(const std::string& type, const std::string& name) {
  int id = static_cast<int>(rule_.vars.size());
  rule_.vars.push_back({name + std::to_string(id), type});
  return id;
}

void RuleBuilder::narrow(int var, const std::string& type, SourcePos pos) {
  if (type.empty()) return;
  ir::Var& v = rule_.vars[var];
  std::string n = a_.program.types.narrower(v.type, type);
  if (n.empty()) {
    a_.diags.error("R02", pos, "Variable " + v.name + " has conflicting types '" + v.type + "' and '" + type + "'.");
    return;
  }
  v.type = n;
}

ir::Term RuleBuilder::term(const ast::Term& t) {
  switch (t.kind) {
    case ast::Term::Kind::Variable:
      return ir::Term::variable(named(t.name, "", t.pos));
    case ast::Term::Kind::Wildcard:
      return ir::Term::variable(fresh(""));
    case ast::Term::Kind::Literal:
      return ir::Term::constant(t.value);
    case ast::Term::Kind::Constant:
      return ir::Term::now();
  }
  return ir::Term::variable(fresh(""));
}

void RuleBuilder::add_call(const std::string& pred, std::vector<ir::Term> args, bool negated, SourcePos pos) {
  ir::Literal lit;
  lit.kind = negated ? ir::Literal::Kind::NotCall : ir::Literal::Kind::Call;
  lit.atom.pred = a_.program.intern(pred, static_cast<int>(args.size()));
  lit.atom.args = std::move(args);
  lit.pos = pos;
  rule_.body.push_back(std::move(lit));
}

void RuleBuilder::lower_primitive(const ast::Expr& e) {
  using K = ast::Expr::Kind;
  switch (e.kind) {
    case K::Call: {
      std::vector<ir::Term> args;
      for (const ast::Term& t : e.args) args.push_back(term(t));
      add_call(e.name.text, std::move(args), false, e.pos);
      return;
    }
    case K::Not: {
      const ast::Expr& inner = e.operands.front();
      if (inner.kind != K::Call) {
        a_.diags.error("R03", e.pos,
                       "'not' can only be applied to a single fact, such as not is_banned(user); it cannot negate "
                       "and/or groups, comparisons, type checks or another 'not'. For inequality use '!='.");
        return;
      }
      std::vector<ir::Term> args;
      std::vector<SourcePos> positions;
      for (const ast::Term& t : inner.args) {
        args.push_back(term(t));
        positions.push_back(t.pos);
      }
      negated_.push_back({to_polar(e), std::move(positions)});
      add_call(inner.name.text, std::move(args), true, inner.pos);  // R04 reports at the call
      return;
    }
    case K::Compare: {
      for (const ast::Term* t : {&e.lhs, &e.rhs})
        if (t->kind == ast::Term::Kind::Wildcard) {
          a_.diags.error("R07", t->pos, "'_' cannot be used in a comparison.");
          return;
        }
      ir::Literal lit;
      lit.kind = ir::Literal::Kind::Compare;
      lit.op = e.op;
      lit.lhs = term(e.lhs);
      lit.rhs = term(e.rhs);
      lit.pos = e.pos;
      compares_.push_back({to_polar(e), e.op_pos.valid() ? e.op_pos : e.pos, {e.lhs.pos, e.rhs.pos}});
      rule_.body.push_back(std::move(lit));
      return;
    }
    case K::Matches: {
      if (e.lhs.kind != ast::Term::Kind::Variable) {
        a_.diags.error("R11", e.lhs.pos, "The left side of 'matches' must be a variable.");
        return;
      }
      narrow(named(e.lhs.name, "", e.lhs.pos), e.type.text, e.type.pos);
      return;
    }
    case K::In: {
      ir::Literal lit;
      lit.kind = ir::Literal::Kind::In;
      lit.lhs = term(e.lhs);
      lit.pos = e.pos;
      std::string want = static_type(lit.lhs);
      for (const ast::Literal& l : e.list) {
        if (want.empty()) want = l.value.type;
        bool fits = a_.program.types.is_subtype(l.value.type, want);
        if (!fits) {
          a_.diags.error(
              "R10", l.pos,
              "Elements of an 'in' list must all be " + want + " values; found " + l.value.polar_literal() + ".");
          return;
        }
        lit.list.push_back(l.value);
      }
      rule_.body.push_back(std::move(lit));
      return;
    }
    default:
      a_.diags.error("P07", e.pos, "Unexpected shorthand term outside a resource block.");
      return;
  }
}

std::string RuleBuilder::static_type(const ir::Term& t) const {
  switch (t.kind) {
    case ir::Term::Kind::Const:
      return t.value.type;
    case ir::Term::Kind::Now:
      return std::string(kIntegerType);
    case ir::Term::Kind::Var:
      return rule_.vars[t.var].type;
  }
  return "";
}

void RuleBuilder::check_grounding_and_types() {
  std::set<int> grounded;
  for (const ir::Literal& l : rule_.body) {
    if (l.kind == ir::Literal::Kind::Call)
      for (const ir::Term& t : l.atom.args)
        if (t.kind == ir::Term::Kind::Var) grounded.insert(t.var);
    if (l.kind == ir::Literal::Kind::In && l.lhs.kind == ir::Term::Kind::Var) grounded.insert(l.lhs.var);
  }
  auto is_ground = [&](const ir::Term& t) { return t.kind != ir::Term::Kind::Var || grounded.count(t.var); };
  for (bool changed = true; changed;) {
    changed = false;
    for (const ir::Literal& l : rule_.body) {
      if (l.kind != ir::Literal::Kind::Compare || l.op != ast::CompareOp::Eq) continue;
      if (is_ground(l.lhs) && !is_ground(l.rhs)) changed = grounded.insert(l.rhs.var).second || changed;
      if (is_ground(l.rhs) && !is_ground(l.lhs)) changed = grounded.insert(l.lhs.var).second || changed;
    }
  }
  size_t neg = 0, cmp = 0;
  for (const ir::Literal& l : rule_.body) {
    if (l.kind == ir::Literal::Kind::NotCall) {
      const std::string& text = negated_[neg].text;
      const std::vector<SourcePos>& positions = negated_[neg++].arguments;
      for (size_t k = 0; k < l.atom.args.size(); k++) {
        const ir::Term& t = l.atom.args[k];
        if (t.kind != ir::Term::Kind::Var || grounded.count(t.var)) continue;
        const std::string& name = rule_.vars[t.var].name;
        if (name[0] == '$') continue;  // `_` means "any value"
        a_.diags.error("R05", k < positions.size() ? positions[k] : l.pos,
                       "Variable " + name + " in negated fact '" + text +
                           "' must also appear in a non-negated fact in the same rule.");
      }
    }
    if (l.kind != ir::Literal::Kind::Compare) continue;
    const CompareSource& source = compares_[cmp++];
    const std::string& text = source.text;
    const std::array<SourcePos, 2>& operand_pos = source.operands;
    SourcePos pos = source.op;
    if (l.op != ast::CompareOp::Eq)
      for (size_t side = 0; side < 2; side++) {
        const ir::Term* t = side == 0 ? &l.lhs : &l.rhs;
        if (!is_ground(*t))
          a_.diags.error("R06", operand_pos[side].valid() ? operand_pos[side] : pos,
                         "Variable " + rule_.vars[t->var].name + " in '" + text +
                             "' is not bound by a fact, an 'in' list or '=' in the same rule.");
      }
    std::string lt = static_type(l.lhs), rt = static_type(l.rhs);
    if (is_ordering(l.op)) {
      for (const std::string& t : {lt, rt})
        if (!t.empty() && t != kIntegerType) {
          a_.diags.error("R08", pos,
                         std::string("Operator '") + to_polar(l.op) + "' compares Integers only; found " + t + ".");
          break;
        }
    } else if (!lt.empty() && !rt.empty() && a_.program.types.narrower(lt, rt).empty()) {
      a_.diags.error("R09", pos, "Comparison between '" + lt + "' and '" + rt + "' can never be true.");
    }
  }
}

void count_variable(const ast::Term& t, std::map<std::string, std::pair<int, SourcePos>>& counts) {
  if (t.kind != ast::Term::Kind::Variable || t.name.empty() || t.name[0] == '_') return;
  auto& entry = counts[t.name];
  if (entry.first++ == 0) entry.second = t.pos;
}

void count_variables(const ast::Expr& e, std::map<std::string, std::pair<int, SourcePos>>& counts) {
  for (const ast::Expr& op : e.operands) count_variables(op, counts);
  for (const ast::Term& t : e.args) count_variable(t, counts);
  switch (e.kind) {
    case ast::Expr::Kind::Compare:
      count_variable(e.lhs, counts);
      count_variable(e.rhs, counts);
      break;
    case ast::Expr::Kind::Matches:
    case ast::Expr::Kind::In:
      count_variable(e.lhs, counts);
      break;
    default:
      break;
  }
}

void report_singletons(Analyzer& a, const std::map<std::string, std::pair<int, SourcePos>>& counts) {
  for (const auto& [name, entry] : counts)
    if (entry.first == 1)
      a.diags.error("R01", entry.second,
                    "Singleton variable " + name + " is unused or undefined; try renaming to _" + name + " or _");
}

}  // namespace polar::detail
