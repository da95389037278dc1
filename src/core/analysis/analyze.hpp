// Entry point of the front end: policy source -> validated, desugared program.
#pragma once

#include <memory>
#include <string_view>

#include "base/diagnostics.hpp"
#include "ir/ir.hpp"

namespace polar {

struct AnalyzeResult {
  std::shared_ptr<const ir::Program> program;  // null when there are errors
  Diagnostics diagnostics;                     // errors and warnings, unsorted
};

// Parses and validates `source` (every error is reported; see §12), then desugars
// shorthand rules and infers fact signatures.
AnalyzeResult analyze_policy(std::string_view source);

}  // namespace polar
