// Fact signatures (§9.4): which argument types each predicate accepts as stored,
// context, test or policy facts.
#include <algorithm>

#include "analysis/analyzer.hpp"

namespace polar::detail {

namespace {

std::string term_type(const ir::Rule& r, const ir::Term& t) {
  switch (t.kind) {
    case ir::Term::Kind::Const:
      return t.value.type;
    case ir::Term::Kind::Now:
      return std::string(kIntegerType);
    case ir::Term::Kind::Var:
      return r.vars[t.var].type;
  }
  return "";
}

void add_signature(ir::Predicate& p, ir::Signature sig) {
  if (std::find(p.signatures.begin(), p.signatures.end(), sig) == p.signatures.end())
    p.signatures.push_back(std::move(sig));
}

}  // namespace

void infer_signatures(Analyzer& a, const ast::Policy& policy) {
  ir::Program& p = a.program;
  for (const ir::Rule& r : p.rules) {
    if (r.implicit_allow) continue;  // §6.7: the default allow is not a call of has_permission/3
    for (const ir::Literal& l : r.body) {
      if (l.kind != ir::Literal::Kind::Call && l.kind != ir::Literal::Kind::NotCall) continue;
      ir::Signature sig;
      for (const ir::Term& t : l.atom.args) sig.push_back(term_type(r, t));
      add_signature(p.preds[l.atom.pred], std::move(sig));
    }
    if (r.policy_fact) {
      ir::Signature sig;
      for (const ir::Term& t : r.head.args) sig.push_back(t.value.type);
      add_signature(p.preds[r.head.pred], std::move(sig));
    }
  }
  for (const ast::Declare& d : policy.declares) {
    if (d.types.empty() || d.types.size() > 5) {
      a.diags.error("R14", d.name.pos,
                    "declare takes between 1 and 5 types; found " + std::to_string(d.types.size()) + ".");
      continue;
    }
    ir::Signature sig;
    for (const ast::Name& t : d.types) sig.push_back(t.text);
    add_signature(p.preds[p.intern(d.name.text, static_cast<int>(d.types.size()))], std::move(sig));
  }
}

}  // namespace polar::detail
