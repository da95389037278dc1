// Helpers shared by the core unit tests.
#pragma once

#include <string>
#include <vector>

#include "analysis/analyze.hpp"
#include "ir/ir_print.hpp"

namespace testing_helpers {

// The desugared rules of a valid policy, one Polar line each (fails the test on errors).
inline std::vector<std::string> rules_of(const std::string& source) {
  polar::AnalyzeResult r = polar::analyze_policy(source);
  std::vector<std::string> out;
  for (const polar::Diagnostic& d : r.diagnostics.sorted())
    if (d.is_error()) out.push_back("ERROR " + d.code + " " + d.message);
  if (r.program)
    for (const polar::ir::Rule& rule : r.program->rules) out.push_back(polar::to_polar(*r.program, rule));
  return out;
}

// "CODE line:col message" for each diagnostic, sorted.
inline std::vector<std::string> diagnostics_of(const std::string& source) {
  std::vector<std::string> out;
  for (const polar::Diagnostic& d : polar::analyze_policy(source).diagnostics.sorted())
    out.push_back(d.code + " " + std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + " " + d.message);
  return out;
}

// How many times needle occurs in haystack (overlapping occurrences count).
inline size_t count(const std::string& haystack, const std::string& needle) {
  size_t n = 0;
  for (size_t p = haystack.find(needle); p != std::string::npos; p = haystack.find(needle, p + 1)) n++;
  return n;
}

inline bool has_code(const std::vector<std::string>& diags, const std::string& code) {
  for (const std::string& d : diags)
    if (d.rfind(code + " ", 0) == 0) return true;
  return false;
}

}  // namespace testing_helpers
