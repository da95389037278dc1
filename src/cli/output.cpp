// Printing results and errors.
#include "output.hpp"

#include <iostream>

#include "base/error.hpp"
#include "errors.hpp"

namespace pgpolar_cli {

void print_json(const nlohmann::json& doc) { std::cout << doc.dump(2) << "\n"; }

void warn(const std::string& message) { std::cerr << "pg-polar: warning: " << message << "\n"; }

namespace {

struct ErrorReport {
  int code = kExitFailed;
  std::string message, detail, hint, sqlstate;
};

ErrorReport classify(const std::exception& e) {
  ErrorReport r;
  r.message = e.what();
  if (auto* s = dynamic_cast<const ServerError*>(&e)) {
    r.code = s->exit_code();
    r.detail = s->detail();
    r.hint = s->hint();
    r.sqlstate = s->sqlstate();
  } else if (auto* c = dynamic_cast<const CliError*>(&e)) {
    r.code = c->exit_code();
    r.hint = c->hint();
  } else if (auto* p = dynamic_cast<const polar::PolarError*>(&e)) {
    r.code = kExitUsage;
    r.hint = p->hint();
  } else if (dynamic_cast<const nlohmann::json::exception*>(&e)) {
    r.message = std::string("invalid JSON: ") + e.what();
    r.code = kExitUsage;
  } else {
    r.code = kExitUsage;
  }
  return r;
}

}  // namespace

int report_error(const std::exception& e, bool json) {
  ErrorReport r = classify(e);
  if (json) {
    nlohmann::json err = {{"message", r.message}};
    if (!r.detail.empty()) err["detail"] = r.detail;
    if (!r.hint.empty()) err["hint"] = r.hint;
    if (!r.sqlstate.empty()) err["sqlstate"] = r.sqlstate;
    err["exit_code"] = r.code;
    print_json({{"error", err}});
    return r.code;
  }
  std::cerr << "pg-polar: error: " << r.message;
  if (!r.sqlstate.empty()) std::cerr << " (SQLSTATE " << r.sqlstate << ")";
  std::cerr << "\n";
  if (!r.detail.empty()) std::cerr << "  detail: " << r.detail << "\n";
  if (!r.hint.empty()) std::cerr << "  hint: " << r.hint << "\n";
  return r.code;
}

}  // namespace pgpolar_cli
