// What every verb gets: the global options, the connection (opened on first use, so offline
// verbs never connect) and the action the parsed command line selected.
#pragma once

#include <functional>
#include <memory>
#include <string>

#include "connection.hpp"

namespace pgpolar_cli {

struct Context {
  std::string dsn;    // --dsn; empty: libpq's defaults
  bool json = false;  // --json / --format json
  std::function<int()> action;

  Connection& db() {
    if (!conn_) conn_ = std::make_unique<Connection>(dsn);
    return *conn_;
  }

 private:
  std::unique_ptr<Connection> conn_;
};

}  // namespace pgpolar_cli
