// How SQL answers map to reference answers (see README.md in this directory).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "case_file.hpp"
#include "ir/ir.hpp"
#include "services/evaluator.hpp"

namespace polar::diff {

// The raw answer of one SQL call: rows of text cells (NULL cells as nullopt), or an error.
struct SqlAnswer {
  bool error = false;
  std::string sqlstate, message;
  std::vector<std::vector<std::optional<std::string>>> rows;
};

struct Verdict {
  enum class Kind { Pass, ActiveDomain, Unsupported, Mismatch, Skipped };
  Kind kind = Kind::Pass;
  std::string category;  // for mismatches: a short class, e.g. "list: missing ids"
  std::string expected, actual, detail;
};

// Does the policy use a construct for which the engine may answer with the active
// domain instead of `*` (spec §6.6, last Decision): a negation, a comparison other than
// `=` against a constant, `=` between two variables, or a variable repeated in a head?
bool active_domain_allowed(const ir::Program& program);

struct CompareOptions {
  bool lenient_null_star = false;  // `*` in a NULL query position may mean "every value of one type"
  size_t max_expansion = 2000000;  // larger `*` expansions are skipped (counted)
};

Verdict compare_answer(const Query& q, const SqlAnswer& sql, const Evaluator& ref, const ir::Program& program,
                       const Case& c, const CompareOptions& opts);

}  // namespace polar::diff
