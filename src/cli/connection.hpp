// The libpq connection: opened like every PostgreSQL tool (PG* variables, ~/.pgpass,
// PGSERVICE, or a --dsn), every statement sent with bound parameters.
#pragma once

#include <cstdlib>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include <libpq-fe.h>

namespace pgpolar_cli {

using Param = std::optional<std::string>;  // nullopt is SQL NULL
using Params = std::vector<Param>;

// One result set; owns its PGresult.
class Result {
 public:
  explicit Result(PGresult* res) : res_(res) {}
  Result(Result&& o) noexcept : res_(o.res_) { o.res_ = nullptr; }
  Result(const Result&) = delete;
  Result& operator=(const Result&) = delete;
  ~Result() { PQclear(res_); }
  int rows() const { return PQntuples(res_); }
  bool is_null(int row, int col) const { return PQgetisnull(res_, row, col) != 0; }
  std::string get(int row, int col) const { return PQgetvalue(res_, row, col); }
  // Rows an INSERT or COPY wrote.
  long long affected() const { return std::atoll(PQcmdTuples(res_)); }

 private:
  PGresult* res_;
};

class Connection {
 public:
  // An empty dsn means "libpq's defaults" (the PG* environment, ~/.pgpass, PGSERVICE).
  explicit Connection(const std::string& dsn);
  Connection(const Connection&) = delete;
  Connection& operator=(const Connection&) = delete;
  ~Connection();

  // Runs one statement with text parameters; throws ServerError.
  Result exec(const std::string& sql, const Params& params = {});
  // Streams the rows of a query one by one (libpq's single-row mode): memory stays flat.
  void stream(const std::string& sql, const Params& params, const std::function<void(const Result&)>& row);
  // COPY ... FROM STDIN: start it, send text rows (libpq buffers them and sends while the
  // server works), end it (returns the rows stored). A failed COPY throws ServerError at the
  // latest from copy_end. copy_abort ends it with an error and discards the server's reply.
  void copy_begin(const std::string& sql);
  void copy_put(const std::string& data);
  Result copy_end();
  void copy_abort() noexcept;
  // One statement sent without waiting for its result, so that the client works on while the
  // server runs it; receive() waits for that result (throws ServerError like exec). At most one
  // statement is in flight: exec, stream and copy_begin must not be called in between.
  void send(const std::string& sql, const Params& params = {});
  Result receive();
  // Transaction control.
  void begin() { exec("BEGIN"); }
  void commit() { exec("COMMIT"); }
  void rollback() noexcept;

 private:
  PGconn* conn_ = nullptr;
};

// SQL that turns the JSON array of text in parameter $n into a text[] (order kept, JSON null
// is SQL NULL): how variadic arguments are bound without building array literals.
std::string text_array_from_json(int n);

}  // namespace pgpolar_cli
