#include "base/diagnostics.hpp"

#include <algorithm>
#include <tuple>

namespace polar {

bool Diagnostics::has_errors() const {
  return std::any_of(items_.begin(), items_.end(), [](const Diagnostic& d) { return d.is_error(); });
}

std::vector<Diagnostic> Diagnostics::sorted() const {
  std::vector<Diagnostic> out = items_;
  auto key = [](const Diagnostic& d) {
    return std::make_tuple(d.pos.line, d.pos.col, d.severity == Severity::Error ? 0 : 1, d.code, d.message);
  };
  std::stable_sort(out.begin(), out.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) < key(b); });
  out.erase(
      std::unique(out.begin(), out.end(), [&](const Diagnostic& a, const Diagnostic& b) { return key(a) == key(b); }),
      out.end());
  return out;
}

std::string format_diagnostic(const Diagnostic& d, const std::string& filename) {
  std::string out;
  if (!filename.empty()) out += filename + ":";
  out += std::to_string(d.pos.line) + ":" + std::to_string(d.pos.col) + ": ";
  out += d.is_error() ? "error: " : "warning: ";
  out += d.message;
  return out;
}

}  // namespace polar
