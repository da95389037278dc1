// Polar source text -> syntax tree, with every syntax error (P01-P12, R13, T04) it finds.
#pragma once

#include <string_view>

#include "syntax/ast.hpp"
#include "base/diagnostics.hpp"

namespace polar {

struct ParseResult {
  ast::Policy policy;
  Diagnostics diagnostics;
};

// Never throws on bad input: errors are reported in `diagnostics` and parsing
// resumes at the next ';' or '}' (polar-language.md §12).
ParseResult parse_policy(std::string_view source);

}  // namespace polar
