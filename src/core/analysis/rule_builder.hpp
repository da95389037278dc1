// Builds one IR rule (one alternative of a written rule): variables with their
// static types, terms, and the lowering of body atoms shared by ordinary and shorthand rules.
#pragma once

#include <array>
#include <map>
#include <string>
#include <vector>

#include "analysis/analyzer.hpp"

namespace polar::detail {

// A body in disjunctive normal form: alternatives of conjunctions of primitive expressions
// (calls, negated calls, comparisons, matches, in, shorthand terms).
using Conjunction = std::vector<const ast::Expr*>;
// Fails (returns false, with a diagnostic) when the expansion would exceed a sane size.
bool to_dnf(const ast::Expr& e, std::vector<Conjunction>& out, Diagnostics& diags);

class RuleBuilder {
 public:
  RuleBuilder(Analyzer& a, SourcePos pos, std::string origin);

  // A named variable: created on first use; `type` ("" = none) narrows its static type (R02 on conflict).
  int named(const std::string& name, const std::string& type, SourcePos pos);
  int fresh(const std::string& type, const std::string& name = "$_");
  void narrow(int var, const std::string& type, SourcePos pos);
  ir::Term term(const ast::Term& t);  // `_` becomes a fresh variable

  // Lowers a call, `not` call, comparison, matches or in. Shorthand terms are the caller's job.
  void lower_primitive(const ast::Expr& e);
  void add_call(const std::string& pred, std::vector<ir::Term> args, bool negated, SourcePos pos);

  // R05-R10 on the finished alternative.
  void check_grounding_and_types();

  ir::Rule& rule() { return rule_; }
  ir::Rule take() { return std::move(rule_); }

 private:
  std::string static_type(const ir::Term& t) const;
  Analyzer& a_;
  ir::Rule rule_;
  std::map<std::string, int> names_;
  // Where each `not` call and comparison of the body was written, for messages (in body order).
  struct NegatedSource {
    std::string text;                  // printed, for R05
    std::vector<SourcePos> arguments;  // R05 reports at the argument
  };
  struct CompareSource {
    std::string text;                   // printed, for R06
    SourcePos op;                       // R08/R09 report at the operator
    std::array<SourcePos, 2> operands;  // R06 reports at the ungrounded side
  };
  std::vector<NegatedSource> negated_;
  std::vector<CompareSource> compares_;
};

// Counts named variables (not `_`, not starting with `_`) in a written rule for R01.
void count_variables(const ast::Expr& e, std::map<std::string, std::pair<int, SourcePos>>& counts);
void count_variable(const ast::Term& t, std::map<std::string, std::pair<int, SourcePos>>& counts);
void report_singletons(Analyzer& a, const std::map<std::string, std::pair<int, SourcePos>>& counts);

}  // namespace polar::detail
