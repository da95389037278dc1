// The client's errors and its exit codes (README, "Command-line client").
#pragma once

#include <stdexcept>
#include <string>

namespace pgpolar_cli {

enum ExitCode {
  kExitOk = 0,
  kExitFailed = 1,  // denied (--fail-on-deny), a failed test, an invalid policy, a request the server refused
  kExitUsage = 2,   // usage, file or connection error
};

// Thrown after a verb has printed its own failure report (e.g. diagnostics): exit quietly.
struct AlreadyReported {
  int exit_code;
};

// A problem the client reports itself: one line, an optional hint, an exit code.
class CliError : public std::runtime_error {
 public:
  CliError(int exit_code, std::string message, std::string hint = {})
      : std::runtime_error(message), exit_code_(exit_code), hint_(std::move(hint)) {}
  int exit_code() const { return exit_code_; }
  const std::string& hint() const { return hint_; }

 private:
  int exit_code_;
  std::string hint_;
};

// Bad arguments or files: exit 2.
inline CliError usage_error(std::string message, std::string hint = {}) {
  return CliError(kExitUsage, std::move(message), std::move(hint));
}

// An error the server reported, with its fields (never libpq's decoration).
class ServerError : public std::runtime_error {
 public:
  ServerError(std::string sqlstate, std::string message, std::string detail, std::string hint)
      : std::runtime_error(message),
        sqlstate_(std::move(sqlstate)),
        detail_(std::move(detail)),
        hint_(std::move(hint)) {}
  const std::string& sqlstate() const { return sqlstate_; }
  const std::string& detail() const { return detail_; }
  const std::string& hint() const { return hint_; }
  // Connection and authentication classes (08, 28) are exit 2, everything else exit 1.
  int exit_code() const;

 private:
  std::string sqlstate_;
  std::string detail_;
  std::string hint_;
};

}  // namespace pgpolar_cli
