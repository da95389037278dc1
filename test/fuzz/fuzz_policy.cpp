// libFuzzer target: arbitrary bytes through the lexer, parser, validator and
// desugarer must never crash, hang or leak; every diagnostic must have a position.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "analysis/analyze.hpp"
#include "sql/compiler.hpp"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view source(reinterpret_cast<const char*>(data), size);
  polar::AnalyzeResult r = polar::analyze_policy(source);
  for (const polar::Diagnostic& d : r.diagnostics.items())
    if (!d.pos.valid() && d.code != "R14") __builtin_trap();
  if (r.program) {
    // Valid policies also go through the compiler for a check and a list.
    polar::QuerySpec check;
    check.predicate = "allow";
    check.exists_only = true;
    check.args = {polar::QueryArg::bound("User"), polar::QueryArg::bound("String"), polar::QueryArg::bound("Repo")};
    polar::QuerySpec list = check;
    list.exists_only = false;
    list.args[2] = polar::QueryArg::free("Repo");
    for (const polar::QuerySpec& spec : {check, list}) {
      try {
        polar::compile_query(*r.program, spec);
      } catch (const polar::PolarError& e) {
        if (e.kind() == polar::ErrorKind::Internal) __builtin_trap();
      }
    }
  }
  return 0;
}
