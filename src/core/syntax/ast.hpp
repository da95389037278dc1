// The syntax tree of a Polar policy, as written (before validation and desugaring).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"
#include "base/value.hpp"

namespace polar::ast {

// An identifier or string as written, with the position of its first character
// (for strings: the opening quote). `text` holds string contents without quotes.
struct Name {
  std::string text;
  SourcePos pos;
};

struct Literal {
  Value value;  // String{"x"}, Integer{3}, Boolean{true} are normalised to plain primitives
  SourcePos pos;
};

// A term in a rule body, call argument, comparison operand or fact argument.
struct Term {
  enum class Kind { Variable, Wildcard, Literal, Constant };
  Kind kind = Kind::Wildcard;
  SourcePos pos;
  std::string name;  // Variable: its name; Constant: the name after '@' (e.g. "current_unix_time")
  Value value;       // Literal

  static Term variable(std::string name, SourcePos pos) { return {Kind::Variable, pos, std::move(name), {}}; }
  static Term wildcard(SourcePos pos) { return {Kind::Wildcard, pos, {}, {}}; }
  static Term literal(Value v, SourcePos pos) { return {Kind::Literal, pos, {}, std::move(v)}; }
  static Term constant(std::string name, SourcePos pos) { return {Kind::Constant, pos, std::move(name), {}}; }
};

// A rule head parameter or an assertion argument: `x`, `x: T`, `_`, `_: T` or a literal.
struct Param {
  Term term;                 // Variable, Wildcard or Literal
  std::optional<Name> type;  // the specializer after ':', if any
};

enum class CompareOp { Eq, Ne, Lt, Le, Gt, Ge };

// A body expression. Shorthand-only forms (ShRole, ShVarOn, ShGlobal) appear only in shorthand bodies.
struct Expr {
  enum class Kind {
    And,       // operands: 2 or more
    Or,        // operands: 2 or more
    Not,       // operands: exactly 1
    Call,      // name(args)
    Compare,   // lhs op rhs
    Matches,   // lhs (a term, normally a variable) matches type
    In,        // lhs in [list]
    ShRole,    // "term" or "term" on "relation"
    ShVarOn,   // var on "relation"  (var in `term`)
    ShGlobal,  // global "term"
  };
  Kind kind = Kind::And;
  SourcePos pos;  // first character of the construct
  std::vector<Expr> operands;
  Name name;               // Call: predicate name
  std::vector<Term> args;  // Call
  CompareOp op = CompareOp::Eq;
  SourcePos op_pos;              // Compare: the operator; ShRole/ShVarOn with a relation: the `on` keyword
  Term lhs;                      // Compare, Matches, In
  Term rhs;                      // Compare
  Name type;                     // Matches
  std::vector<Literal> list;     // In
  Name term;                     // ShRole / ShGlobal: the string; ShVarOn: the variable
  std::optional<Name> relation;  // ShRole with `on`, ShVarOn
};

enum class DeclKind { Roles, Permissions, Relations, Unknown };

struct RelationItem {
  Name name;
  Name type;
};

// `roles = [...]`, `permissions = [...]`, `relations = {...}` or an unknown `name = ...`.
struct Declaration {
  DeclKind kind = DeclKind::Unknown;
  Name keyword;  // as written
  enum class Shape { List, Map, Other };
  Shape shape = Shape::Other;
  SourcePos value_pos;
  std::vector<Name> strings;            // Shape::List: the string entries
  std::vector<SourcePos> non_strings;   // Shape::List: positions of entries that are not strings (B05)
  std::vector<RelationItem> relations;  // Shape::Map
};

struct Shorthand {
  SourcePos pos;
  bool variable_head = false;  // `role if role on "parent"`
  Name head;                   // the head string's contents, or the head variable
  Expr body;
};

struct Block {
  enum class Kind { Actor, Resource, Global };
  Kind kind = Kind::Resource;
  SourcePos pos;  // the keyword
  Name type;      // empty for the global block
  std::vector<Name> extends;
  std::vector<Declaration> declarations;
  std::vector<Shorthand> shorthands;
};

struct Rule {
  SourcePos pos;
  Name name;
  std::vector<Param> params;
  std::optional<Expr> body;
};

struct Declare {
  SourcePos pos;
  Name name;
  std::vector<Name> types;
};

// A fact in a test setup or fixture. Arguments should be literals (T05 otherwise).
struct Fact {
  SourcePos pos;
  Name name;
  std::vector<Term> args;
};

struct Fixture {
  SourcePos pos;
  Name name;
  std::vector<Fact> facts;
};

struct Assertion {
  SourcePos pos;
  bool negated = false;  // assert_not
  Name name;
  std::vector<Param> args;  // literal, `_`, `_: T` or `x: T`
  bool has_iff = false;
  Name iff_var;
  bool iff_not_in = false;  // `iff x not in [...]`
  std::vector<Literal> iff_list;
};

struct Test {
  SourcePos pos;
  Name name;
  bool has_setup = false;
  SourcePos setup_pos;
  std::vector<Fact> setup_facts;
  std::vector<Name> setup_fixtures;
  std::vector<Assertion> assertions;
};

struct Policy {
  std::vector<Block> blocks;
  std::vector<Rule> rules;  // includes body-less rules: policy facts and universal rules
  std::vector<Declare> declares;
  std::vector<Fixture> fixtures;
  std::vector<Test> tests;
};

}  // namespace polar::ast
