// The one exception type of the core. The PostgreSQL layer maps its kind to a SQLSTATE.
#pragma once

#include <stdexcept>
#include <string>

namespace polar {

enum class ErrorKind {
  InvalidValue,      // malformed value text or JSON (22P02)
  InvalidJson,       // JSON of the wrong shape (22023)
  PolicySyntax,      // policy does not parse (42601)
  PolicyInvalid,     // policy parses but fails validation (42P17)
  PolicyTestFailed,  // a policy test failed (P0001-like: 23514 check_violation)
  UnknownPredicate,  // fact of a predicate the policy does not use (42704)
  WrongArity,        // fact with the wrong number of arguments (42P13-like: 22023)
  WrongType,         // fact whose argument types fit no signature (42804)
  TooComplex,        // a query whose plan would exceed the compiler's limits (54001)
  Interrupted,       // the host asked the core to stop (cancel, statement timeout) (57014)
  Internal,          // a bug (XX000)
};

class PolarError : public std::runtime_error {
 public:
  PolarError(ErrorKind kind, std::string message, std::string hint = {}, std::string detail = {})
      : std::runtime_error(message), kind_(kind), hint_(std::move(hint)), detail_(std::move(detail)) {}
  ErrorKind kind() const { return kind_; }
  const std::string& hint() const { return hint_; }
  const std::string& detail() const { return detail_; }

 private:
  ErrorKind kind_;
  std::string hint_;
  std::string detail_;
};

}  // namespace polar
