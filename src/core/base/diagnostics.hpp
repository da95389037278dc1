// Positions and diagnostics reported against policy source text.
#pragma once

#include <string>
#include <vector>

namespace polar {

// 1-based line and column; columns count Unicode code points (a tab is one column).
struct SourcePos {
  int line = 0;
  int col = 0;
  bool valid() const { return line > 0; }
  bool operator<(const SourcePos& o) const { return line != o.line ? line < o.line : col < o.col; }
  bool operator==(const SourcePos& o) const { return line == o.line && col == o.col; }
};

enum class Severity { Error, Warning };

struct Diagnostic {
  Severity severity = Severity::Error;
  std::string code;  // e.g. "P07", "H01" (polar-language.md §12)
  SourcePos pos;
  std::string message;
  std::string hint;  // optional; a suggestion the PostgreSQL layer reports as HINT

  bool is_error() const { return severity == Severity::Error; }
};

class Diagnostics {
 public:
  void error(std::string code, SourcePos pos, std::string message, std::string hint = {}) {
    items_.push_back({Severity::Error, std::move(code), pos, std::move(message), std::move(hint)});
  }
  void warning(std::string code, SourcePos pos, std::string message, std::string hint = {}) {
    items_.push_back({Severity::Warning, std::move(code), pos, std::move(message), std::move(hint)});
  }
  bool has_errors() const;
  const std::vector<Diagnostic>& items() const { return items_; }
  // Sorted by position, errors before warnings at the same position; exact duplicates removed.
  std::vector<Diagnostic> sorted() const;
  void append(const Diagnostics& other) { items_.insert(items_.end(), other.items_.begin(), other.items_.end()); }

 private:
  std::vector<Diagnostic> items_;
};

// "file:line:col: error: message" (file omitted when empty).
std::string format_diagnostic(const Diagnostic& d, const std::string& filename);

}  // namespace polar
