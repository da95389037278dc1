// The steps the compilations share: a query unfolded into CQs, the restart loop of the
// recursion analysis, and the rests of a group of CQs factored by a shared hop.
#pragma once

#include <string>
#include <vector>

#include "base/error.hpp"
#include "plan/cq.hpp"
#include "plan/cq_factor.hpp"
#include "plan/specializer.hpp"
#include "sql/compiler.hpp"
#include "sql/emitter.hpp"

namespace polar {

// The query as one atom over its argument variables, unfolded and merged.
std::vector<compiler::CQ> unfold_query(const ir::Program& program, const QuerySpec& spec,
                                       compiler::Specializer& specializer);

// The variables as the outputs of a SELECT.
std::vector<compiler::Emitter::Output> var_outputs(const std::vector<int>& vars);
// Each member of a hop group without its hop, selecting its join variables (to be UNION ALL'd).
std::vector<std::string> group_rests(compiler::Emitter& emitter, const std::vector<compiler::CQ>& cqs,
                                     const compiler::HopGroup& g);

// Runs `compile` until the recursion analysis settles: a cycle found late teaches the
// specializer's instance graph (learn_cycle) and restarts the compilation.
template <typename Compile>
auto until_settled(Compile compile) -> decltype(compile()) {
  for (int attempt = 0;; attempt++) {
    try {
      return compile();
    } catch (const compiler::RestartCompilation&) {
      if (attempt > 100) throw PolarError(ErrorKind::Internal, "recursion analysis did not settle");
    }
  }
}

}  // namespace polar
