// The rule IR: plain Datalog rules with typed variables, produced by desugaring
// (shorthand rules included) and consumed by the compiler and the test runner.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "syntax/ast.hpp"
#include "base/diagnostics.hpp"
#include "base/types.hpp"
#include "base/value.hpp"

namespace polar::ir {

using PredId = int;

struct Term {
  enum class Kind { Var, Const, Now };
  Kind kind = Kind::Var;
  int var = -1;  // Var: index into Rule::vars
  Value value;   // Const

  static Term variable(int v) { return {Kind::Var, v, {}}; }
  static Term constant(Value v) { return {Kind::Const, -1, std::move(v)}; }
  static Term now() { return {Kind::Now, -1, {}}; }
};

struct Atom {
  PredId pred = -1;
  std::vector<Term> args;
};

using CompareOp = ast::CompareOp;

struct Literal {
  enum class Kind { Call, NotCall, Compare, In };
  Kind kind = Kind::Call;
  Atom atom;  // Call, NotCall
  CompareOp op = CompareOp::Eq;
  Term lhs, rhs;            // Compare (lhs also for In)
  std::vector<Value> list;  // In
  SourcePos pos;
};

struct Var {
  std::string name;  // as written; generated variables start with '$'
  std::string type;  // narrowest static type name ("" = any); `matches` and annotations folded in
};

struct Rule {
  Atom head;
  std::vector<Literal> body;
  std::vector<Var> vars;
  SourcePos pos;
  std::string origin;           // human-readable source, e.g. `Repository: "read" if "reader"`
  bool policy_fact = false;     // a body-less rule whose arguments are all literals
  bool implicit_allow = false;  // the default allow added by the compiler (§6.7)
};

// A position type of a fact signature; "" means any.
using Signature = std::vector<std::string>;

struct Predicate {
  std::string name;
  int arity = 0;
  std::vector<int> rules;             // indices into Program::rules
  std::vector<Signature> signatures;  // §9.4; non-empty = fact-bearing
  SourcePos first_rule_pos;

  bool fact_bearing() const { return !signatures.empty(); }
  bool has_rules() const { return !rules.empty(); }
  std::string key() const { return name + "/" + std::to_string(arity); }
};

struct BlockInfo {
  std::string type;  // "" for the global block
  bool is_actor = false;
  std::vector<std::string> roles, permissions;   // own and inherited, sorted
  std::map<std::string, std::string> relations;  // name -> type, own and inherited
};

struct Program {
  TypeRegistry types;
  std::vector<Predicate> preds;
  std::map<std::string, PredId> pred_index;  // "name/arity"
  std::vector<Rule> rules;
  std::vector<BlockInfo> blocks;  // sorted by type; the global block (if any) has type ""
  bool has_global_block = false;
  std::set<std::string> constants;  // encoded values written in rules: checks may specialise plans on them
  ast::Policy ast;                  // kept for tests and metadata

  PredId find(const std::string& name, int arity) const;
  PredId intern(const std::string& name, int arity);
  const Predicate& pred(PredId id) const { return preds[id]; }
};

}  // namespace polar::ir
