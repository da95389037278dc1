// Partial evaluation of a program for one query shape: rules are unfolded
// into unions of conjunctive queries over stored facts; atoms that are
// recursive for their specialisation (constants and argument types) are left
// as references to strongly connected components, compiled separately.
#pragma once

#include <map>
#include <memory>
#include <set>
#include <string>
#include <vector>

#include "analysis/binding.hpp"
#include "plan/cq.hpp"
#include "ir/ir.hpp"

namespace polar::compiler {

// One recursive component: mutually recursive specialised predicates ("members").
struct Scc {
  int id = -1;
  std::vector<std::string> members;         // instance keys
  std::map<std::string, int> member_index;  // key -> index in `members`
  // For each member: its body alternatives, fully unfolded except for Scc atoms.
  // Each body's `head` holds the variables of the member's positions.
  std::vector<std::vector<CQ>> bodies;
};

// A non-recursive instance with many derivations, compiled once as its own unit (a CTE) whose
// answers every caller shares, instead of being unfolded into each of them.
struct SharedUnit {
  std::vector<CQ> bodies;  // fully unfolded (except for Scc and Shared atoms); `head` as for Scc
  bool grounded = false;   // every body binds every position to a value: the unit can be shared
};

// Thrown when unfolding found a cycle the instance graph had missed (narrowing that came from
// unfolding a sibling atom): the graph has learnt it; compile again from the start.
struct RestartCompilation {};

class Specializer {
 public:
  // `share_threshold`: an instance estimated to have more derivations than this is shared
  // (SharedUnit) instead of unfolded; `max_cqs`: the limit of one unfolding.
  explicit Specializer(const ir::Program& program, const std::vector<Binding>& bindings = {}, size_t max_cqs = 20000,
                       double share_threshold = 1000);

  // Unfolds every non-recursive derived atom of `root`. The result CQs contain
  // only Edb atoms (each reading one source: stored facts or one binding), Scc
  // atoms (classified) and Shared atoms, plus conditions. `query`: the root's own atoms are
  // the query and always unfolded.
  std::vector<CQ> unfold(const CQ& root, bool query = true);

  // How many derivations unfolding instance `key` would give (a cheap upper estimate: sums
  // over rules of products over their calls, memoised by instance; recursive calls count one).
  double estimate(const std::string& key);
  // The shared unit of instance `key` (bodies computed on first use).
  const SharedUnit& shared_of(const std::string& key);

  // The component of a recursive instance key (as found in an Scc atom), bodies filled in.
  const Scc& scc_of(const std::string& key);
  bool same_scc(const std::string& a, const std::string& b);
  // Adds the edges of a cycle seen while unfolding or emitting and forgets every component
  // (the caller then throws RestartCompilation).
  void learn_cycle(const std::vector<std::string>& chain);

  const ir::Program& program() const { return program_; }
  const std::vector<Binding>& bindings() const { return bindings_; }
  const TypeRegistry& types() const { return program_.types; }

  // Restricts stored-fact lookups to these predicates (see compile_query); nullptr: every one.
  void restrict_stored(const StoredPredicates* stored) { stored_ = stored; }
  // May the fact tables hold facts of `pred`?
  bool may_be_stored(const ir::Predicate& pred) const {
    return pred.fact_bearing() && (!stored_ || stored_->count({pred.name, pred.arity}) > 0);
  }

  // A single-atom CQ standing for instance `key`: its head variables carry the key's constants and types.
  CQ instance_template(const std::string& key) const;

 private:
  struct Node {
    std::string key;
    std::vector<std::string> succ;
    int index = -1, lowlink = -1, scc = -1;
    bool on_stack = false;
    bool self_loop = false;
    bool explored = false;
  };

  // Expands atom `i` with every applicable rule, and with stored facts when the predicate has them.
  void expand(const CQ& cq, size_t i, std::vector<CQ>& out) const;
  bool apply_rule(CQ& cq, const CAtom& atom, const ir::Rule& rule) const;
  // Resolves `in` lists and constant comparisons; splits on `in` over an unbound variable.
  void simplify(CQ cq, std::vector<CQ>& out) const;
  // Marks atoms Edb / Idb / Scc; false when an atom can never hold.
  bool classify(CQ& cq);
  bool is_recursive(const std::string& key);
  // Is instance `key` to be compiled as a shared unit rather than unfolded into its caller?
  bool should_share(const std::string& key);
  void remember_template(const std::string& key, const CQ& cq, const CAtom& a);
  Node& node(const std::string& key);
  void explore(Node& n);
  void strong_connect(const std::string& key);
  void fill_bodies(Scc& scc);
  // One CQ per combination of sources of its fact atoms (stored facts, or a binding whose
  // constants and types fit the atom).
  void split_sources(const CQ& cq, std::vector<CQ>& out) const;

  const ir::Program& program_;
  const std::vector<Binding>& bindings_;
  size_t max_cqs_;
  double share_threshold_;
  std::map<std::string, double> estimates_;
  std::set<std::string> estimating_;  // on the estimator's stack: a cycle the graph has not seen yet
  std::map<std::string, std::unique_ptr<SharedUnit>> shared_;
  std::set<std::string> building_;  // units whose bodies are being unfolded
  const StoredPredicates* stored_ = nullptr;
  std::map<std::string, std::unique_ptr<Node>> nodes_;
  std::vector<std::string> stack_;
  int next_index_ = 0;
  std::vector<std::unique_ptr<Scc>> sccs_;
  std::map<std::string, CQ> templates_;  // keys seen, with their patterns
};

}  // namespace polar::compiler
