// Reading policy files and validating them offline with the core.
#include "policy_files.hpp"

#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>

#include "analysis/analyze.hpp"
#include "errors.hpp"

namespace pgpolar_cli {

std::string PolicySource::label() const {
  std::string out;
  for (const Part& p : parts) out += (out.empty() ? "" : ",") + p.file;
  return out;
}

std::pair<std::string, int> PolicySource::locate(int line) const {
  for (size_t i = parts.size(); i-- > 0;)
    if (line >= parts[i].first_line) return {parts[i].file, line - parts[i].first_line + 1};
  return {parts.empty() ? "" : parts[0].file, line};
}

namespace {

std::string read_all(const std::string& file) {
  if (file == "-") return std::string(std::istreambuf_iterator<char>(std::cin), {});
  std::ifstream in(file, std::ios::binary);
  if (!in) throw usage_error(file + ": cannot open the file");
  std::ostringstream s;
  s << in.rdbuf();
  if (in.bad()) throw usage_error(file + ": cannot read the file");
  return s.str();
}

}  // namespace

PolicySource read_policy_files(const std::vector<std::string>& files) {
  PolicySource src;
  int line = 1;
  for (const std::string& file : files) {
    std::string text = read_all(file);
    if (!text.empty() && text.back() != '\n') text += '\n';
    src.parts.push_back({file == "-" ? "<stdin>" : file, line});
    for (char c : text) line += c == '\n';
    src.text += text;
  }
  return src;
}

std::string FileDiagnostic::format() const {
  return file + ":" + std::to_string(line) + ":" + std::to_string(col) + ": " + (error ? "error" : "warning") + ": " +
         message;
}

nlohmann::json FileDiagnostic::to_json() const {
  nlohmann::json j = {{"file", file}, {"line", line},       {"col", col},
                      {"code", code}, {"message", message}, {"severity", error ? "error" : "warning"}};
  if (!hint.empty()) j["hint"] = hint;
  return j;
}

std::vector<FileDiagnostic> validate_offline(const PolicySource& source) {
  polar::AnalyzeResult r = polar::analyze_policy(source.text);
  std::vector<FileDiagnostic> out;
  for (const polar::Diagnostic& d : r.diagnostics.sorted()) {
    FileDiagnostic f;
    auto [file, line] = source.locate(d.pos.line);
    f.file = file;
    f.line = line;
    f.col = d.pos.col;
    f.error = d.is_error();
    f.code = d.code;
    f.message = d.message;
    f.hint = d.hint;
    out.push_back(std::move(f));
  }
  return out;
}

int print_diagnostics(const std::vector<FileDiagnostic>& diagnostics) {
  int errors = 0;
  for (const FileDiagnostic& d : diagnostics) {
    std::cerr << d.format() << "\n";
    if (!d.hint.empty()) std::cerr << "  hint: " << d.hint << "\n";
    errors += d.error;
  }
  return errors;
}

}  // namespace pgpolar_cli
