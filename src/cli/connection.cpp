// libpq wrapper: connection, parameterised statements, single-row streaming, error fields.
#include "connection.hpp"

#include <exception>

#include "errors.hpp"

namespace pgpolar_cli {

namespace {

std::string field(const PGresult* res, int code) {
  const char* v = PQresultErrorField(res, code);
  return v ? v : "";
}

// libpq's connection messages span lines ("...failed: ...\n\tIs the server running...");
// keep them on one line.
std::string one_line(std::string s) {
  while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
  std::string out;
  for (char c : s) {
    if (c == '\n' || c == '\t') {
      if (!out.empty() && out.back() != ' ') out += ' ';
    } else {
      out += c;
    }
  }
  return out;
}

ServerError server_error(const PGresult* res, PGconn* conn) {
  std::string message = field(res, PG_DIAG_MESSAGE_PRIMARY);
  if (message.empty()) message = one_line(res ? PQresultErrorMessage(res) : PQerrorMessage(conn));
  if (message.empty()) message = one_line(PQerrorMessage(conn));
  std::string sqlstate = field(res, PG_DIAG_SQLSTATE);
  std::string hint = field(res, PG_DIAG_MESSAGE_HINT);
  // The usual first stumble: the database has no pg_polar.
  if (hint.empty() && (sqlstate == "3F000" || sqlstate == "42883") && message.find("polar") != std::string::npos)
    hint = "Is the extension installed in this database? CREATE EXTENSION pg_polar;";
  if (sqlstate.empty() && PQstatus(conn) != CONNECTION_OK) sqlstate = "08006";
  return ServerError(sqlstate, message, field(res, PG_DIAG_MESSAGE_DETAIL), hint);
}

// Silences libpq's default notice printer; server warnings are not part of the output.
void ignore_notice(void*, const PGresult*) {}

struct ParamArrays {
  std::vector<const char*> values;
  explicit ParamArrays(const Params& params) {
    for (const Param& p : params) values.push_back(p ? p->c_str() : nullptr);
  }
};

}  // namespace

int ServerError::exit_code() const {
  std::string cls = sqlstate_.substr(0, 2);
  return cls == "08" || cls == "28" ? kExitUsage : kExitFailed;
}

Connection::Connection(const std::string& dsn) {
  // expand_dbname: a dsn (URI or key=value) overrides libpq's defaults, which fill the rest.
  const char* keys[] = {"dbname", "fallback_application_name", nullptr};
  const char* values[] = {dsn.empty() ? nullptr : dsn.c_str(), "pg-polar", nullptr};
  conn_ = PQconnectdbParams(keys, values, 1);
  if (!conn_) throw CliError(kExitUsage, "cannot connect: out of memory");
  if (PQstatus(conn_) != CONNECTION_OK) {
    std::string message = one_line(PQerrorMessage(conn_));
    PQfinish(conn_);
    conn_ = nullptr;
    throw CliError(kExitUsage, "cannot connect: " + message,
                   "Set PGHOST, PGPORT, PGDATABASE, PGUSER (PGPASSWORD or ~/.pgpass), PGSERVICE, or pass "
                   "--dsn 'postgresql://user@host:port/db'.");
  }
  PQsetNoticeReceiver(conn_, ignore_notice, nullptr);
}

Connection::~Connection() {
  if (conn_) PQfinish(conn_);
}

Result Connection::exec(const std::string& sql, const Params& params) {
  ParamArrays p(params);
  PGresult* res = PQexecParams(conn_, sql.c_str(), static_cast<int>(p.values.size()), nullptr, p.values.data(), nullptr,
                               nullptr, 0);
  ExecStatusType status = PQresultStatus(res);
  if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) {
    ServerError e = server_error(res, conn_);
    PQclear(res);
    throw e;
  }
  return Result(res);
}

void Connection::send(const std::string& sql, const Params& params) {
  ParamArrays p(params);
  if (!PQsendQueryParams(conn_, sql.c_str(), static_cast<int>(p.values.size()), nullptr, p.values.data(), nullptr,
                         nullptr, 0))
    throw server_error(nullptr, conn_);
}

Result Connection::receive() {
  std::optional<ServerError> failure;
  PGresult* last = nullptr;
  while (PGresult* res = PQgetResult(conn_)) {
    ExecStatusType status = PQresultStatus(res);
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK && !failure) failure = server_error(res, conn_);
    PQclear(last);
    last = res;
  }
  if (failure) {
    PQclear(last);
    throw *failure;
  }
  if (!last) throw server_error(nullptr, conn_);  // nothing was in flight, or the connection is gone
  return Result(last);
}

void Connection::stream(const std::string& sql, const Params& params, const std::function<void(const Result&)>& row) {
  ParamArrays p(params);
  if (!PQsendQueryParams(conn_, sql.c_str(), static_cast<int>(p.values.size()), nullptr, p.values.data(), nullptr,
                         nullptr, 0))
    throw server_error(nullptr, conn_);
  PQsetSingleRowMode(conn_);
  std::optional<ServerError> failure;
  std::exception_ptr callback_failure;
  while (PGresult* res = PQgetResult(conn_)) {
    Result r(res);
    ExecStatusType status = PQresultStatus(res);
    if (status == PGRES_SINGLE_TUPLE) {
      // After a failed callback keep draining, so that the connection stays usable.
      if (callback_failure || failure) continue;
      try {
        row(r);
      } catch (...) {
        callback_failure = std::current_exception();
      }
    } else if (status != PGRES_TUPLES_OK && status != PGRES_COMMAND_OK && !failure) {
      failure = server_error(res, conn_);
    }
  }
  if (callback_failure) std::rethrow_exception(callback_failure);
  if (failure) throw *failure;
}

void Connection::copy_begin(const std::string& sql) {
  PGresult* res = PQexec(conn_, sql.c_str());
  if (PQresultStatus(res) != PGRES_COPY_IN) {
    ServerError e = server_error(res, conn_);
    PQclear(res);
    throw e;
  }
  PQclear(res);
}

void Connection::copy_put(const std::string& data) {
  // Fails only when the connection is lost; a server error during COPY surfaces at copy_end.
  if (PQputCopyData(conn_, data.data(), static_cast<int>(data.size())) != 1) throw server_error(nullptr, conn_);
}

Result Connection::copy_end() {
  if (PQputCopyEnd(conn_, nullptr) != 1) throw server_error(nullptr, conn_);
  std::optional<ServerError> failure;
  PGresult* last = nullptr;
  while (PGresult* res = PQgetResult(conn_)) {
    if (PQresultStatus(res) != PGRES_COMMAND_OK && !failure) failure = server_error(res, conn_);
    PQclear(last);
    last = res;
  }
  if (failure) {
    PQclear(last);
    throw *failure;
  }
  return Result(last);
}

void Connection::copy_abort() noexcept {
  PQputCopyEnd(conn_, "pg-polar: import stopped");
  while (PGresult* res = PQgetResult(conn_)) PQclear(res);
}

void Connection::rollback() noexcept {
  PGresult* res = PQexec(conn_, "ROLLBACK");
  PQclear(res);
}

std::string text_array_from_json(int n) {
  std::string p = "$" + std::to_string(n);
  return "ARRAY(SELECT e FROM pg_catalog.jsonb_array_elements_text(" + p +
         "::pg_catalog.jsonb) WITH ORDINALITY AS t(e, n) ORDER BY n)";
}

}  // namespace pgpolar_cli
