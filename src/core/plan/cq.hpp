// Conjunctive queries: the unit the compiler unfolds rules into. A CQ is a
// conjunction of atoms and conditions over variables that may be bound to
// constants or to query parameters; a query compiles to a union of CQs.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "ir/ir.hpp"
#include "base/types.hpp"
#include "base/value.hpp"

namespace polar::compiler {

// A runtime input of the compiled SQL: a query argument or the current time.
struct RuntimeInput {
  enum class Kind { QueryArg, Now };
  Kind kind = Kind::QueryArg;
  int index = 0;      // QueryArg: position in the query
  bool typed = true;  // false: the value's type is only known at run time (it is checked there)
  bool operator==(const RuntimeInput& o) const { return kind == o.kind && index == o.index; }
};

struct CVar {
  int parent = -1;                    // union-find; -1 = root
  TypeSet type;                       // static constraint on the value
  std::optional<Value> value;         // bound to a constant
  std::optional<RuntimeInput> input;  // bound to a runtime input (type known at compile time)
  bool opaque = false;  // a value fixed only at run time (an input's stand-in in instance templates): never split on
  std::string name;     // for readable SQL comments and explanations
};

struct CAtom {
  enum class Kind {
    Idb,       // a derived predicate still to unfold
    Edb,       // stored (and context) facts
    Scc,       // a call into a recursive component
    Values,    // a constant relation: `args` take one of `tuples` (from merging CQs that differ in constants)
    InputSet,  // args[0] takes each value of the run-time array of query position `source`
    Shared,    // a call into a shared unit (instance `shared_key`): its answers are computed once
  };
  ir::PredId pred = -1;
  std::vector<int> args;  // variable ids
  Kind kind = Kind::Idb;
  std::vector<std::vector<Value>> tuples;  // Values
  int source = -1;  // Edb: -1 stored (and context) facts, else a binding index; InputSet: query position
  std::vector<std::string> ancestry;  // instance keys unfolded to produce this atom (a safety net)
  bool sourced = false;               // Edb: its source (stored facts or a binding) is decided
  bool no_share = false;              // Idb: always unfolded (an atom of the query itself)
  std::string shared_key;             // Shared: the instance whose unit answers it
};

struct CCond {
  enum class Kind { Equal, Compare, In, NotCall };
  Kind kind = Kind::Equal;
  ir::CompareOp op = ir::CompareOp::Eq;  // Compare
  int lhs = -1, rhs = -1;                // Equal, Compare; In uses lhs
  std::vector<Value> list;               // In
  ir::PredId pred = -1;                  // NotCall
  std::vector<int> args;                 // NotCall
  // NotCall on constants and query inputs only, in a CQ merged from derivations of which some
  // have it: it applies to the rows of the constant relation where this variable is true.
  int guard = -1;
};

class CQ {
 public:
  std::vector<CVar> vars;
  std::vector<CAtom> atoms;
  std::vector<CCond> conds;
  std::vector<int> head;  // variables standing for the query (or SCC member) positions

  int find(int v) const;
  int add_var(TypeSet type, std::string name = {});
  int add_const(const Value& v, const TypeRegistry& types);
  int add_input(RuntimeInput in, TypeSet type, std::string name = {});

  // Unifies two variables. Returns false when they can never be equal (the CQ is empty).
  // Two different runtime inputs, or an input and a constant, become a runtime Equal condition.
  bool unify(int a, int b);
  // Narrows a variable's type; false when nothing remains.
  bool narrow(int v, const TypeSet& t);

  const CVar& root(int v) const { return vars[find(v)]; }
  // Instance key of an atom: predicate and, per argument, its constant or its type set.
  std::string instance_key(const CAtom& a) const;

  // Where the variable with root `root` occurs: head positions, arguments of atoms other than
  // `skip_atom`, and conditions (each occurrence counted).
  struct Uses {
    int head = 0, atoms = 0, conds = 0;
  };
  Uses uses(int root, size_t skip_atom = static_cast<size_t>(-1)) const;
  // This CQ with atom `i` alone and no conditions (its variables keep their types and values).
  CQ only_atom(size_t i) const;
};

// A negated call on the query's values and constants only (`not has_relation(pr, "author",
// user)`), as a key equal across CQs; "" for any other condition, and for a guarded one.
std::string input_only_key(const CQ& cq, const CCond& c);

}  // namespace polar::compiler
