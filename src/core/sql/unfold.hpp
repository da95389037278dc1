// The first steps every compilation shares: a query unfolded into CQs, and the restart loop
// of the recursion analysis.
#pragma once

#include <vector>

#include "base/error.hpp"
#include "plan/cq.hpp"
#include "plan/specializer.hpp"
#include "sql/compiler.hpp"

namespace polar {

// The query as one atom over its argument variables, unfolded and merged.
std::vector<compiler::CQ> unfold_query(const ir::Program& program, const QuerySpec& spec,
                                       compiler::Specializer& specializer);

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
