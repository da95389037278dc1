// Policy files: several files are one policy (as Oso allows). They are joined into one source,
// each file starting on a new line, and positions in that source map back to file and line.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace pgpolar_cli {

struct PolicySource {
  struct Part {
    std::string file;
    int first_line;  // 1-based line of the file's first line in `text`
  };
  std::string text;
  std::vector<Part> parts;

  // The name stored with the policy: the file names, comma-separated.
  std::string label() const;
  // The file and its own line for a line of `text`.
  std::pair<std::string, int> locate(int line) const;
};

// Reads the files ("-" is standard input); a missing or unreadable file is a usage error.
PolicySource read_policy_files(const std::vector<std::string>& files);

struct FileDiagnostic {
  std::string file;
  int line = 0, col = 0;
  bool error = true;
  std::string code, message, hint;
  // "file:line:col: error: message", as compilers print it.
  std::string format() const;
  nlohmann::json to_json() const;
};

// Parses and validates the policy with the core, offline; sorted by file order and position.
std::vector<FileDiagnostic> validate_offline(const PolicySource& source);
// Prints the diagnostics (text: stderr, one line each, then the hint indented); returns the
// number of errors.
int print_diagnostics(const std::vector<FileDiagnostic>& diagnostics);

}  // namespace pgpolar_cli
