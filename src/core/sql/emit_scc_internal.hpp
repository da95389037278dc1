// Internal to the emitter of recursive components (emit_scc*.cpp): the ComponentEmitter, one
// recursive component (plus the lower components it absorbs) as WITH RECURSIVE. Its units, one
// job each: emit_scc.cpp (the component, the entry points, what all strategies share),
// emit_scc_adorn.cpp (which arguments each call binds: adornment, sideways information passing),
// emit_scc_magic.cpp (the magic set: the calls each member is asked), and one unit per way of
// computing the answers: emit_scc_pass_through.cpp, emit_scc_linear.cpp (bottom-up) and
// emit_scc_array.cpp (non-linear rules: an array-state fixpoint).
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "sql/emitter.hpp"

namespace polar::compiler::scc_detail {

struct Adorned {
  int member = 0;
  std::vector<bool> bound;
  bool operator<(const Adorned& o) const { return member != o.member ? member < o.member : bound < o.bound; }
  bool operator==(const Adorned& o) const { return member == o.member && bound == o.bound; }
};

// How one body of an adorned member evaluates: which atoms feed its recursive calls.
struct BodyPlan {
  std::vector<size_t> recursive;  // calls to members of the same component (none: an exit body)
  std::vector<int> callees;       // adorned index of each call
  std::set<size_t> prefix;        // lookups evaluated before the calls (they bind the calls' seeds)
};

// The members evaluated in one fixpoint: a recursive component plus every lower
// component its rules call, as long as each rule keeps at most one call into the
// set (PostgreSQL evaluates linear recursion only). Merging avoids re-running a
// lower component's recursion once per row of the upper one.
struct Component {
  std::vector<std::string> members;
  std::map<std::string, int> index;
  std::vector<const std::vector<CQ>*> bodies;

  bool contains(const std::string& key) const { return index.count(key) > 0; }
  void add(const std::string& key, const std::vector<CQ>* b) {
    if (contains(key)) return;
    index[key] = static_cast<int>(members.size());
    members.push_back(key);
    bodies.push_back(b);
  }
  void add_scc(const Scc& scc) {
    for (size_t m = 0; m < scc.members.size(); m++) add(scc.members[m], &scc.bodies[m]);
  }
  bool linear() const {
    for (const auto* list : bodies)
      for (const CQ& body : *list) {
        int refs = 0;
        for (const CAtom& a : body.atoms) refs += a.kind == CAtom::Kind::Scc && contains(body.instance_key(a));
        if (refs > 1) return false;
      }
    return true;
  }
};

Component build_component(Specializer& spec, const std::string& key);

inline std::string typed_null() { return std::string("CAST(NULL AS pg_catalog.text)") + kCollateC; }

using Output = Emitter::Output;
using Scope = Emitter::Scope;

class ComponentEmitter {
 public:
  ComponentEmitter(Emitter& e, Specializer& spec, const std::string& key,
                   const std::vector<std::optional<std::string>>& seeds)
      : e_(e), spec_(spec), key_(key), seeds_(seeds), comp_(build_component(spec, key)) {}

  // How the entry's recursive calls are adorned, body by body.
  std::vector<std::vector<Adorned>> entry_callees();
  std::string emit();

 private:
  size_t arity(int member) const { return spec_.instance_template(comp_.members[member]).head.size(); }
  bool fixed(int member, size_t p) const {  // a constant of the member's own pattern
    CQ t = spec_.instance_template(comp_.members[member]);
    return t.root(t.head[p]).value.has_value();
  }
  std::vector<size_t> bound_positions(const Adorned& a) const {
    std::vector<size_t> out;
    for (size_t p = 0; p < a.bound.size(); p++)
      if (a.bound[p]) out.push_back(p);
    return out;
  }
  // Bound positions that travel in magic rows: those that are not invariant.
  std::vector<size_t> magic_positions(const Adorned& a) const {
    std::vector<size_t> out;
    for (size_t p : bound_positions(a))
      if (!invariant(p)) out.push_back(p);
    return out;
  }
  bool invariant(size_t p) const { return p < invariant_.size() && invariant_[p]; }
  std::vector<bool> open_positions(const Adorned& a) const {
    std::vector<bool> open;
    for (size_t p = 0; p < a.bound.size(); p++) open.push_back(!a.bound[p] && !fixed(a.member, p));
    return open;
  }
  const std::vector<CQ>& bodies(size_t ai) const { return *comp_.bodies[adorned_[ai].member]; }
  bool linear() const {
    for (const auto& list : plans_)
      for (const BodyPlan& plan : list)
        if (plan.recursive.size() > 1) return false;
    return true;
  }

  // Adornment (emit_scc_adorn.cpp).
  int intern(const Adorned& a);
  void plan();
  void size_widths();
  BodyPlan plan_body(const Adorned& cur, const CQ& body);

  // Shared by the strategies (emit_scc.cpp).
  void bind_head(const CQ& body, Scope& scope, const Adorned& a, const std::string& magic_alias);
  bool narrower_than_instance(const CQ& body, const Adorned& a, size_t p) const;
  void restrict_tag(Scope& scope, const std::string& alias, const std::string& tag) const;
  // One rule as a row (tag, head positions...) of the answer relation, guarded by the magic set.
  // `bind_calls` binds the body's recursive calls to their sources.
  template <typename BindCalls>
  std::string rule_row(size_t ai, const CQ& body, BindCalls bind_calls) {
    Scope scope;
    scope.collate_outputs = true;
    const std::string mg = e_.alias("mg");
    scope.from.push_back(quote_ident(magic_) + " AS " + quote_ident(mg));
    restrict_tag(scope, mg, std::to_string(ai));
    bind_calls(scope);
    bind_head(body, scope, adorned_[ai], mg);
    std::vector<Output> outs{Output::literal(std::to_string(ai))};
    for (int h : body.head) outs.push_back(Output::of(h));
    while (outs.size() < answer_width_ + 1) outs.push_back(Output::literal(typed_null()));
    return e_.select(body, scope, outs);
  }
  void bind_call(const CQ& body, const BodyPlan& plan, size_t k, Scope& scope, const std::string& source);
  std::string entry_filter(const std::string& alias, std::vector<std::string>& targets) const;
  std::vector<std::string> answer_columns() const;

  // The magic set (emit_scc_magic.cpp).
  void find_invariants();
  std::string magic_branch(size_t ai, size_t bi, size_t k, const std::string& self_tag, const std::string& callee_tag);
  bool derives_itself(size_t ai, size_t bi, size_t k) const;
  std::string magic_cte();

  // Pass-through (emit_scc_pass_through.cpp).
  void share_magic_sets();
  bool identity_call(size_t ai, size_t bi, size_t k) const;
  bool pass_through() const;
  // Exit bodies evaluated at the same magic rows and bound the same way. Members sharing a tag
  // ("viewer" and "editor" of one folder) probe the same rows: merged by shape, their bodies
  // become one lookup with role = ANY(...) instead of one lookup per member.
  struct ExitGroup {
    size_t member;  // the first adorned member of the group: its tag and bound positions
    std::vector<CQ> bodies;
  };
  std::vector<ExitGroup> exit_groups() const;
  std::string pass_through_answers(const std::string& magic_sql);

  // Linear bottom-up (emit_scc_linear.cpp) and the array-state fixpoint (emit_scc_array.cpp).
  std::string linear_answers(const std::string& magic_sql);
  std::string array_answers(const std::string& magic_sql);

  Emitter& e_;
  Specializer& spec_;
  const std::string key_;
  const std::vector<std::optional<std::string>>& seeds_;
  const Component comp_;
  std::vector<Adorned> adorned_;
  std::map<Adorned, int> tags_;
  std::vector<std::vector<BodyPlan>> plans_;
  size_t magic_width_ = 0, answer_width_ = 0;
  std::string magic_;
  std::string mm_;               // alias of the magic CTE's rows in its recursive term
  std::vector<bool> invariant_;  // per entry position: passed on unchanged by every call (see find_invariants)
  std::vector<int> same_tag_;    // per adorned member: the member whose magic rows it shares (itself by default)
};

}  // namespace polar::compiler::scc_detail
