// polar_differential: random policies, facts and queries, answered by pg_polar (through
// libpq) and by the reference evaluator (reference.hpp); any difference is a failure.
//
//   polar_differential [--conninfo STR] [--seed N] [--cases N] [--replay FILE|DIR]... [--verbose]
//                      [--out DIR] [--max-reports N] [--lenient-null-star] [--no-shrink]
//
// The connection string may also come from $POLAR_DIFF_CONNINFO (else libpq's defaults).
// The database needs CREATE EXTENSION pg_polar and a superuser (facts are cleared with
// DELETE FROM polar.fact_N). Exit status: 0 = no mismatch, 1 = mismatches, 2 = usage/setup error.
#include <libpq-fe.h>
#include <poll.h>
#include <signal.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <optional>
#include <set>
#include <sstream>
#include <thread>

#include "analysis/analyze.hpp"
#include "case_file.hpp"
#include "compare.hpp"
#include "base/error.hpp"
#include "generator.hpp"
#include "services/evaluator.hpp"

using namespace polar;
using namespace polar::diff;
namespace fs = std::filesystem;

namespace {

struct Options {
  std::string conninfo;
  uint64_t seed = 1;
  int cases = 100;
  int only = -1;              // run just this case index
  int shard = 0, shards = 1;  // run the cases i with i % shards == shard
  std::string dump_dir;       // write every generated (valid) case here
  std::vector<std::string> replay;
  bool verbose = false;
  std::string out_dir = (fs::temp_directory_path() / "polar-differential-failures").string();
  int max_reports = 3;  // shrunk reports per mismatch category
  bool shrink = true;
  bool shrink_timeouts = false;
  bool shrink_replays = false;
  bool kill_stuck = false;       // SIGKILL backends that ignore the timeout (own throwaway cluster only)
  double statement_timeout = 2;  // seconds; a longer query is reported as "timeout"
  bool fail_on_timeout = false;  // count timeouts as failures
  double shrink_budget = 30;
  double case_budget =
      1e9;  // seconds of queries per case; the rest of a slower case is skipped  // seconds of shrinking per report
  CompareOptions compare;
};

[[noreturn]] void usage(const char* msg) {
  if (msg) fprintf(stderr, "polar_differential: %s\n", msg);
  fprintf(
      stderr,
      "usage: polar_differential [--conninfo STR] [--seed N] [--cases N] [--replay FILE|DIR]... [--verbose]\n"
      "                          [--out DIR] [--max-reports N] [--lenient-null-star] [--no-shrink]\n"
      "                          [--only I] [--shard K/N] [--dump DIR] [--statement-timeout S] [--shrink-budget S]\n"
      "                          [--fail-on-timeout] [--case-budget S] [--shrink-timeouts] [--shrink-replays] "
      "[--kill-stuck-backends]   (only on a private throwaway cluster: SIGKILL restarts it)\n");
  exit(2);
}

uint64_t splitmix(uint64_t x) {
  x += 0x9E3779B97F4A7C15ULL;
  x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9ULL;
  x = (x ^ (x >> 27)) * 0x94D049BB133111EBULL;
  return x ^ (x >> 31);
}

// ---------------------------------------------------------------------------------------------
// The database side

class Db {
 public:
  Db(const std::string& conninfo, double timeout_seconds, bool kill_stuck)
      : conninfo_(conninfo), timeout_(timeout_seconds), kill_stuck_(kill_stuck) {
    connect();
  }
  ~Db() { PQfinish(conn_); }

  // Runs one statement. A statement that outlives statement_timeout by more than a second
  // (C++ code that never checks for interrupts) is ended with pg_terminate_backend and the
  // session is opened again; it comes back as SQLSTATE 57014 like a canceled one.
  SqlAnswer exec(const std::string& sql, const std::vector<std::optional<std::string>>& params) {
    for (int attempt = 0;; attempt++) {
      bool connection_lost = false;
      SqlAnswer a = exec_once(sql, params, &connection_lost);
      if (!connection_lost) return a;
      // After a SIGKILL the postmaster restarts the cluster and ends every session, possibly
      // one opened right after the kill: open a new one and run the statement again.
      if (!kill_stuck_ || attempt >= 3) lost();
      PQfinish(conn_);
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      connect(120);
    }
  }

  SqlAnswer exec_once(const std::string& sql, const std::vector<std::optional<std::string>>& params,
                      bool* connection_lost) {
    statements_++;
    auto t0 = std::chrono::steady_clock::now();
    struct Timer {
      std::map<std::string, double>& acc;
      std::string key;
      std::chrono::steady_clock::time_point t0;
      ~Timer() { acc[key] += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); }
    } timer{time_by_kind_, sql.substr(0, 28), t0};
    std::vector<const char*> vals;
    for (const auto& p : params) vals.push_back(p ? p->c_str() : nullptr);
    SqlAnswer a;
    if (!PQsendQueryParams(conn_, sql.c_str(), static_cast<int>(vals.size()), nullptr, vals.data(), nullptr, nullptr,
                           0)) {
      *connection_lost = true;
      return a;
    }
    auto deadline = t0 + std::chrono::milliseconds(static_cast<long>(timeout_ * 1000) + 500);
    while (PQisBusy(conn_)) {
      auto left = std::chrono::duration_cast<std::chrono::milliseconds>(deadline - std::chrono::steady_clock::now());
      if (left.count() <= 0) {
        terminate_backend();
        a.error = true;
        a.sqlstate = "57014";
        a.message = "not interruptible: the backend was terminated after " + std::to_string(timeout_ + 0.5) + " s";
        return a;
      }
      pollfd pfd{PQsocket(conn_), POLLIN, 0};
      poll(&pfd, 1, static_cast<int>(std::min<long>(left.count(), 200)));
      if (!PQconsumeInput(conn_)) {
        *connection_lost = true;
        return a;
      }
    }
    bool first = true;
    while (PGresult* res = PQgetResult(conn_)) {
      if (first) read_result(res, a);
      first = false;
      PQclear(res);
    }
    if (PQstatus(conn_) != CONNECTION_OK) *connection_lost = true;
    return a;
  }

  void exec_plain(const std::string& sql) {
    statements_++;
    struct Timer {
      std::map<std::string, double>& acc;
      std::string key;
      std::chrono::steady_clock::time_point t0;
      ~Timer() { acc[key] += std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count(); }
    } timer{time_by_kind_, sql.substr(0, 28), std::chrono::steady_clock::now()};
    PGresult* res = PQexec(conn_, sql.c_str());
    for (int attempt = 0; kill_stuck_ && attempt < 3 && PQstatus(conn_) != CONNECTION_OK; attempt++) {
      PQclear(res);
      PQfinish(conn_);
      std::this_thread::sleep_for(std::chrono::milliseconds(500));
      connect(120);
      res = PQexec(conn_, sql.c_str());
    }
    if (PQresultStatus(res) != PGRES_COMMAND_OK && PQresultStatus(res) != PGRES_TUPLES_OK) {
      fprintf(stderr, "polar_differential: %s failed: %s", sql.c_str(), PQresultErrorMessage(res));
      exit(2);
    }
    PQclear(res);
  }

  int terminated() const { return terminated_; }

 private:
  void connect(int retry_seconds = 0) {
    conn_ = PQconnectdb(conninfo_.c_str());
    auto until = std::chrono::steady_clock::now() + std::chrono::seconds(retry_seconds);
    while (PQstatus(conn_) != CONNECTION_OK && std::chrono::steady_clock::now() < until) {
      PQfinish(conn_);
      std::this_thread::sleep_for(std::chrono::milliseconds(100));
      conn_ = PQconnectdb(conninfo_.c_str());
    }
    if (PQstatus(conn_) != CONNECTION_OK) {
      fprintf(stderr, "polar_differential: cannot connect: %s", PQerrorMessage(conn_));
      exit(2);
    }
    exec_plain("SET client_min_messages = warning");
    exec_plain("SET statement_timeout = " + std::to_string(static_cast<long>(timeout_ * 1000)));
  }
  [[noreturn]] void lost() {
    fprintf(stderr, "polar_differential: lost the connection: %s\n", PQerrorMessage(conn_));
    exit(2);
  }
  void terminate_backend() {
    terminated_++;
    int pid = PQbackendPID(conn_);
    if (kill_stuck_) {
      // SIGTERM would wait for the backend to check for interrupts; SIGKILL makes the
      // postmaster restart the (throwaway, private) cluster, which takes a moment.
      kill(pid, SIGKILL);
      PQfinish(conn_);
      std::this_thread::sleep_for(std::chrono::milliseconds(300));
      connect(120);
      return;
    }
    PGconn* killer = PQconnectdb(conninfo_.c_str());
    if (PQstatus(killer) != CONNECTION_OK) {
      fprintf(stderr, "polar_differential: cannot connect to terminate backend %d: %s", pid, PQerrorMessage(killer));
      exit(2);
    }
    PGresult* r = PQexec(killer, ("SELECT pg_terminate_backend(" + std::to_string(pid) + ")").c_str());
    PQclear(r);
    PQfinish(killer);
    PQfinish(conn_);
    connect();
  }
  static void read_result(PGresult* res, SqlAnswer& a) {
    ExecStatusType st = PQresultStatus(res);
    if (st != PGRES_TUPLES_OK && st != PGRES_COMMAND_OK) {
      a.error = true;
      const char* state = PQresultErrorField(res, PG_DIAG_SQLSTATE);
      const char* msg = PQresultErrorField(res, PG_DIAG_MESSAGE_PRIMARY);
      a.sqlstate = state ? state : "?????";
      a.message = msg ? msg : PQresultErrorMessage(res);
      return;
    }
    for (int r = 0; r < PQntuples(res); r++) {
      std::vector<std::optional<std::string>> row;
      for (int c = 0; c < PQnfields(res); c++)
        row.push_back(PQgetisnull(res, r, c) ? std::nullopt : std::optional<std::string>(PQgetvalue(res, r, c)));
      a.rows.push_back(std::move(row));
    }
  }

 public:
  SqlAnswer load_policy(const std::string& text) { return exec("SELECT polar.load_policy($1)", {text}); }

  // Called right after load_policy, while the session's compiled policy is stale: the fact
  // tables' trigger then records every predicate of the new facts again, so each case's plans
  // leave out exactly the predicates it stores no facts of (polar.stored_predicates otherwise
  // only grows, and would soon list every predicate the generator uses).
  SqlAnswer set_facts(const std::vector<Fact>& facts) {
    exec_plain(
        "DELETE FROM polar.fact_1; DELETE FROM polar.fact_2; DELETE FROM polar.fact_3; DELETE FROM polar.fact_4; "
        "DELETE FROM polar.fact_5; DELETE FROM polar.stored_predicates");
    if (facts.empty()) return {};
    return exec("SELECT polar.bulk_tell($1::jsonb)", {facts_json(facts)});
  }

  SqlAnswer run(const Query& q, const std::vector<Fact>& context) {
    std::optional<std::string> ctx;
    if (q.with_context) ctx = facts_json(context);
    switch (q.kind) {
      case Query::Kind::Authorize:
        return exec("SELECT polar.authorize($1, $2, $3, $4::jsonb)", {q.args[0], q.args[1], q.args[2], ctx});
      case Query::Kind::List:
        return exec("SELECT * FROM polar.list($1, $2, $3, $4::jsonb)", {q.args[0], q.args[1], q.args[2], ctx});
      case Query::Kind::Actions:
        return exec("SELECT * FROM polar.actions($1, $2, $3::jsonb)", {q.args[0], q.args[1], ctx});
      case Query::Kind::Query: {
        std::string arr = string_array_json(q.args);
        SqlAnswer a = exec(
            "SELECT pg_catalog.array_to_json(args)::text FROM polar.query($1, VARIADIC "
            "ARRAY(SELECT pg_catalog.jsonb_array_elements_text($2::jsonb)))",
            {q.pred, arr});
        if (a.error) return a;
        SqlAnswer out;
        for (const auto& row : a.rows) out.rows.push_back(parse_json_string_array(*row[0]));
        return out;
      }
    }
    return {};
  }

  // The same question written inside a query, as the planner hook replaces it (inline_checks.cpp):
  // the action and type as SQL constants, the resource's id as a column. Authorize answers as
  // run(); list answers with the ids of `candidates` it lists. None where the hook does not apply.
  // `listed`: the hook's run-time choice takes the hashed list from the first row (polar.probe_rows 0).
  // `joined`: list as a FROM item joined on its column (`JOIN polar.list(...) l ON l = c`).
  std::optional<SqlAnswer> run_inline(const Query& q, const std::vector<std::string>& candidates, bool listed,
                                      bool joined) {
    if (q.with_context || !q.args[0] || !q.args[1] || !q.args[2]) return std::nullopt;
    if (joined && q.kind != Query::Kind::List) return std::nullopt;
    exec(listed ? "SET polar.probe_rows = 0" : "RESET polar.probe_rows", {});
    return inline_spelling(q, candidates, joined);
  }

  std::optional<SqlAnswer> inline_spelling(const Query& q, const std::vector<std::string>& candidates, bool joined) {
    if (q.kind == Query::Kind::Authorize) {
      const std::string& resource = *q.args[2];
      size_t colon = resource.find(':');
      if (colon == std::string::npos || colon == 0) return std::nullopt;
      return exec("SELECT polar.authorize($1, " + literal(*q.args[1]) + ", " + literal(resource.substr(0, colon + 1)) +
                      " || r.id) FROM (VALUES ($2::text)) AS r(id)",
                  {q.args[0], resource.substr(colon + 1)});
    }
    if (q.kind == Query::Kind::List) {
      std::vector<std::optional<std::string>> ids(candidates.begin(), candidates.end());
      if (joined)
        return exec("SELECT c FROM pg_catalog.jsonb_array_elements_text($2::jsonb) AS c JOIN polar.list($1, " +
                        literal(*q.args[1]) + ", " + literal(*q.args[2]) + ") AS l ON l = c",
                    {q.args[0], string_array_json(ids)});
      return exec(
          "SELECT c FROM pg_catalog.jsonb_array_elements_text($2::jsonb) AS c WHERE c IN (SELECT polar.list($1, " +
              literal(*q.args[1]) + ", " + literal(*q.args[2]) + "))",
          {q.args[0], string_array_json(ids)});
    }
    return std::nullopt;
  }

  // The list as a filter view (polar.create_filter over a table of `candidates`, text keys): the
  // ids it shows under SET polar.actor, with the planner hook (`inline`; `listed` as above) or
  // without it. None for context facts, the primitive types, and a view that is the set-based
  // compiled filter rather than polar.filter_authorize (filters.cpp: the check does not compile
  // to a probe; that form is left to the regress suite: it misses a recursive "*" grant, and
  // its creation can outlast the suite's statement timeout).
  std::optional<SqlAnswer> run_filter(const Query& q, const std::vector<std::string>& candidates, bool inline_checks,
                                      bool listed) {
    if (q.kind != Query::Kind::List || q.with_context || !q.args[0] || !q.args[1] || !q.args[2]) return std::nullopt;
    const std::string& type = *q.args[2];
    if (type == "String" || type == "Integer" || type == "Boolean") return std::nullopt;
    std::vector<std::optional<std::string>> ids(candidates.begin(), candidates.end());
    exec_plain(
        "CREATE TABLE IF NOT EXISTS public.polar_diff_keys (id text PRIMARY KEY); "
        "TRUNCATE public.polar_diff_keys");
    exec("INSERT INTO public.polar_diff_keys SELECT pg_catalog.jsonb_array_elements_text($1::jsonb)",
         {string_array_json(ids)});
    SqlAnswer created = exec("SELECT polar.create_filter('polar_diff', 'public.polar_diff_keys', 'id', $1, $2)",
                             {q.args[2], q.args[1]});
    if (created.error) return created;
    SqlAnswer form = exec(
        "SELECT pg_catalog.strpos(pg_catalog.pg_get_viewdef('polar_filters.polar_diff'::pg_catalog.regclass), "
        "'filter_authorize') > 0",
        {});
    if (form.error || form.rows.empty() || !form.rows[0][0] || *form.rows[0][0] != "t") {
      exec_plain("SELECT polar.drop_filter('polar_diff')");
      return std::nullopt;
    }
    exec(inline_checks ? "SET polar.inline_checks = on" : "SET polar.inline_checks = off", {});
    exec(listed ? "SET polar.probe_rows = 0" : "RESET polar.probe_rows", {});
    exec("SELECT pg_catalog.set_config('polar.actor', $1, false)", {q.args[0]});
    SqlAnswer shown = exec("SELECT id FROM polar_filters.polar_diff", {});
    exec_plain(
        "RESET polar.actor; RESET polar.inline_checks; RESET polar.probe_rows; "
        "SELECT polar.drop_filter('polar_diff')");
    return shown;
  }

  long statements() const { return statements_; }
  const std::map<std::string, double>& time_by_kind() const { return time_by_kind_; }

 private:
  std::string literal(const std::string& text) {
    char* quoted = PQescapeLiteral(conn_, text.c_str(), text.size());
    std::string out = quoted ? quoted : "NULL";
    PQfreemem(quoted);
    return out;
  }

  std::string conninfo_;
  double timeout_;
  bool kill_stuck_;
  PGconn* conn_ = nullptr;
  int terminated_ = 0;
  long statements_ = 0;
  std::map<std::string, double> time_by_kind_;
};

// ---------------------------------------------------------------------------------------------
// Running one case

// Every id of type `type` in the case's facts and queries: the rows a list spelling is asked about.
std::vector<std::string> candidate_ids(const Case& c, const std::string& type) {
  std::set<std::string> ids;
  auto add = [&](const std::string& encoded_or_text) {
    if (encoded_or_text.rfind(type + ":", 0) == 0) ids.insert(encoded_or_text.substr(type.size() + 1));
  };
  for (const Fact& f : c.facts)
    for (const Value& v : f.args) add(v.encode());
  for (const Query& q : c.queries)
    for (const auto& a : q.args)
      if (a) add(*a);
  ids.insert(std::string(kFreshId));
  return {ids.begin(), ids.end()};
}

// One spelling's answer against the call's; false after a mismatch (recorded in `verdict`).
template <typename Db>
bool check_inline_once(Db& db, const Query& q, const SqlAnswer& called, const std::vector<std::string>& candidates,
                       bool listed, bool joined, Verdict& verdict) {
  std::optional<SqlAnswer> inlined = db.run_inline(q, candidates, listed, joined);
  if (!inlined) return true;
  auto rows_of = [](const SqlAnswer& a) {
    std::set<std::string> out;
    for (const auto& r : a.rows) out.insert(r[0] ? *r[0] : "NULL");
    return out;
  };
  std::set<std::string> expected = rows_of(called),
                        actual = inlined->error ? std::set<std::string>{} : rows_of(*inlined);
  if (q.kind == Query::Kind::List) {
    std::set<std::string> listed_ids;
    for (const std::string& id : candidates)
      if (expected.count(id)) listed_ids.insert(id);
    expected = listed_ids;
  }
  if (!inlined->error && actual == expected) return true;
  verdict.kind = Verdict::Kind::Mismatch;
  verdict.category = std::string(q.kind != Query::Kind::List ? "inline: authorize"
                                 : joined                    ? "inline: list join"
                                                             : "inline: list membership") +
                     (listed ? " (listed)" : "");
  auto show = [](const std::set<std::string>& s) {
    std::string out;
    for (const std::string& x : s) out += (out.empty() ? "" : ", ") + x;
    return "{" + out + "}";
  };
  verdict.expected = show(expected);
  verdict.actual = inlined->error ? inlined->sqlstate + ": " + inlined->message : show(actual);
  return false;
}

// A filter view of the list's type and action must show the candidates the reference allows one
// by one (the view checks each row, as authorize does: where a negation lets list answer with the
// active domain only, the view still shows a fresh id the policy allows), with the planner hook
// and without it: a mismatch is reported under "filter view".
template <typename Db>
bool check_filter(Db& db, const Query& q, const Evaluator& ref, const std::vector<std::string>& candidates,
                  Verdict& verdict) {
  std::set<std::string> expected, judged;  // judged: the candidates in the reference's universe
  try {
    Value actor = parse_value_text(*q.args[0]), action = parse_value_text(*q.args[1]);
    std::set<Value> universe(ref.universe().begin(), ref.universe().end());
    for (const std::string& id : candidates) {
      Value resource = parse_value_text(*q.args[2] + ":" + id);
      if (!universe.count(resource)) continue;  // e.g. the `_` of a pattern: not a value of the case
      judged.insert(id);
      if (ref.holds("allow", {actor, action, resource})) expected.insert(id);
    }
  } catch (const PolarError&) {
    return true;  // not an entity id (the list's own comparison covers it)
  }
  for (auto [inline_checks, listed] : {std::pair{true, false}, std::pair{true, true}, std::pair{false, false}}) {
    std::optional<SqlAnswer> shown = db.run_filter(q, candidates, inline_checks, listed);
    if (!shown || (shown->error && shown->sqlstate == "57014")) return true;  // not compared (a timeout)
    std::set<std::string> actual;
    for (const auto& r : shown->rows)
      if (!r[0] || judged.count(*r[0])) actual.insert(r[0] ? *r[0] : "NULL");
    if (!shown->error && actual == expected) continue;
    verdict.kind = Verdict::Kind::Mismatch;
    verdict.category = std::string("filter view") + (inline_checks ? listed ? " (listed)" : "" : " (hook off)");
    std::string e, a;
    for (const std::string& x : expected) e += (e.empty() ? "" : ", ") + x;
    for (const std::string& x : actual) a += (a.empty() ? "" : ", ") + x;
    verdict.expected = "{" + e + "}";
    verdict.actual = shown->error ? shown->sqlstate + ": " + shown->message : "{" + a + "}";
    return false;
  }
  return true;
}

// The check or list written inside a query (the planner hook's path) must answer as the
// function call did: a mismatch is reported under "inline: ...".
template <typename Db>
void check_inline(Db& db, const Query& q, const SqlAnswer& called, const Case& c, const Evaluator& ref,
                  Verdict& verdict) {
  bool wildcard = q.kind == Query::Kind::List && std::any_of(called.rows.begin(), called.rows.end(),
                                                             [](const auto& r) { return r[0] && *r[0] == "*"; });
  std::vector<std::string> candidates;
  if (q.kind == Query::Kind::List) candidates = candidate_ids(c, *q.args[2]);
  if (q.kind == Query::Kind::List && !check_filter(db, q, ref, candidates, verdict)) return;
  if (wildcard) return;  // `key IN (list)` is then only true for the key "*": not a comparison worth making
  for (bool joined : {false, true})
    for (bool listed : {false, true})
      if (!check_inline_once(db, q, called, candidates, listed, joined, verdict)) return;
}

struct QueryOutcome {
  double seconds = 0;
  size_t index = 0;  // into Case::queries
  Verdict verdict;
};

struct CaseOutcome {
  bool invalid = false;       // the analyzer rejects the policy
  std::string invalid_codes;  // its error codes
  bool load_unsupported = false;
  std::string unsupported_message;
  Verdict load_failure;  // a valid policy that load_policy rejects for another reason
  bool load_failed = false;
  bool fact_failure = false;
  std::string fact_error;
  std::vector<QueryOutcome> queries;
  bool timed_out = false;    // queries after the one that timed out were not run
  bool over_budget = false;  // the case's queries took longer than --case-budget: the rest were not run
  std::shared_ptr<const ir::Program> program;
};

std::vector<Value> query_values(const Case& c) {
  std::vector<Value> out;
  for (const Query& q : c.queries)
    for (size_t i = 0; i < q.args.size(); i++) {
      if (!q.args[i]) continue;
      if (q.kind == Query::Kind::List && i == 2) continue;
      try {
        ValuePattern p = parse_pattern_text(*q.args[i]);
        if (p.kind == ValuePattern::Kind::Exact) out.push_back(p.value);
      } catch (const PolarError&) {
      }
    }
  return out;
}

std::vector<std::string> query_types(const Case& c) {
  std::vector<std::string> out;
  for (const Query& q : c.queries)
    for (size_t i = 0; i < q.args.size(); i++) {
      if (!q.args[i]) continue;
      if (q.kind == Query::Kind::List && i == 2) {
        out.push_back(*q.args[i]);
        continue;
      }
      if (q.kind == Query::Kind::Query) {
        try {
          ValuePattern p = parse_pattern_text(*q.args[i]);
          if (p.kind == ValuePattern::Kind::AnyOfType) out.push_back(p.type);
        } catch (const PolarError&) {
        }
      }
    }
  return out;
}

int64_t now_seconds() { return static_cast<int64_t>(std::time(nullptr)); }

std::unique_ptr<Evaluator> make_reference(const ir::Program& p, const Case& c) {
  return std::make_unique<Evaluator>(p, c.facts, query_values(c), query_types(c), now_seconds());
}

CaseOutcome run_case(Db& db, const Case& c, const CompareOptions& copts, double budget_seconds = 1e9) {
  double spent = 0;
  CaseOutcome out;
  AnalyzeResult ar = analyze_policy(c.policy_text());
  if (!ar.program) {
    out.invalid = true;
    std::set<std::string> codes;
    for (const Diagnostic& d : ar.diagnostics.items())
      if (d.is_error()) codes.insert(d.code);
    for (const std::string& code : codes) out.invalid_codes += (out.invalid_codes.empty() ? "" : ",") + code;
    return out;
  }
  out.program = ar.program;
  const ir::Program& program = *ar.program;
  SqlAnswer load = db.load_policy(c.policy_text());
  if (load.error) {
    if (load.sqlstate == "54001") {
      out.load_unsupported = true;
      out.unsupported_message = load.message;
      return out;
    }
    out.load_failed = true;
    out.load_failure.kind = Verdict::Kind::Mismatch;
    out.load_failure.category = "load_policy error " + load.sqlstate;
    out.load_failure.expected = "the policy loads (the core analyzer accepts it)";
    out.load_failure.actual = load.sqlstate + ": " + load.message;
    return out;
  }
  std::unique_ptr<Evaluator> ref = make_reference(program, c);
  bool any_phase2 = std::any_of(c.queries.begin(), c.queries.end(), [](const Query& q) { return q.with_context; });
  for (int phase = 1; phase <= 2; phase++) {
    if (phase == 2 && !any_phase2) break;
    SqlAnswer told = db.set_facts(c.stored_facts(phase == 2));
    if (told.error) {
      out.fact_failure = true;
      out.fact_error = told.sqlstate + ": " + told.message;
      return out;
    }
    for (size_t i = 0; i < c.queries.size(); i++) {
      const Query& q = c.queries[i];
      if (q.with_context != (phase == 2)) continue;
      auto t0 = std::chrono::steady_clock::now();
      SqlAnswer a = db.run(q, c.context);
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      QueryOutcome qo;
      qo.seconds = secs;
      qo.index = i;
      if (a.error && a.sqlstate == "57014") {
        qo.verdict.kind = Verdict::Kind::Mismatch;
        qo.verdict.category = "timeout (statement_timeout)";
        qo.verdict.expected = "an answer";
        qo.verdict.actual = "canceled after " + std::to_string(secs) + " s: " + a.message;
        out.queries.push_back(qo);
        out.timed_out = true;
        return out;  // the rest of this case would most likely be slow too
      }
      qo.verdict = compare_answer(q, a, *ref, program, c, copts);
      if (!a.error && qo.verdict.kind != Verdict::Kind::Mismatch) check_inline(db, q, a, c, *ref, qo.verdict);
      out.queries.push_back(qo);
      spent += secs;
      if (spent > budget_seconds) {  // a slow case: skip the rest (counted)
        out.over_budget = true;
        return out;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Shrinking

// The category a reduced case must keep failing with.
std::string failure_key(const CaseOutcome& o, size_t query_index, bool load) {
  if (load) return o.load_failed ? o.load_failure.category : "";
  for (const QueryOutcome& q : o.queries)
    if (q.index == query_index && q.verdict.kind == Verdict::Kind::Mismatch) return q.verdict.category;
  return "";
}

Case shrink(Db& db, Case c, size_t query_index, bool load, const std::string& key, const CompareOptions& copts,
            int* steps, double budget_seconds) {
  auto start = std::chrono::steady_clock::now();
  auto out_of_time = [&]() {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count() > budget_seconds;
  };
  // Keep only the failing query.
  if (!load) {
    Query q = c.queries[query_index];
    c.queries = {q};
    query_index = 0;
    if (!q.with_context) c.context.clear();
  } else {
    c.queries.clear();
    c.facts.clear();
    c.context.clear();
  }
  auto fails = [&](const Case& t) {
    if (out_of_time()) return false;
    (*steps)++;
    CaseOutcome o = run_case(db, t, copts);
    return failure_key(o, query_index, load) == key;
  };
  if (!fails(c)) return c;  // not reproducible in isolation, or no time: keep as is
  for (bool progress = true; progress && *steps < 1500;) {
    progress = false;
    // Facts (and their context copies).
    for (size_t i = 0; i < c.facts.size();) {
      Case t = c;
      Fact f = t.facts[i];
      t.facts.erase(t.facts.begin() + static_cast<long>(i));
      t.context.erase(std::remove(t.context.begin(), t.context.end(), f), t.context.end());
      if (fails(t)) {
        c = t;
        progress = true;
      } else {
        i++;
      }
    }
    // Context facts back into storage.
    for (size_t i = 0; i < c.context.size();) {
      Case t = c;
      t.context.erase(t.context.begin() + static_cast<long>(i));
      if (fails(t)) {
        c = t;
        progress = true;
      } else {
        i++;
      }
    }
    // Policy items, then lines inside blocks.
    for (size_t i = 0; i < c.policy.size();) {
      Case t = c;
      t.policy.erase(t.policy.begin() + static_cast<long>(i));
      if (fails(t)) {
        c = t;
        progress = true;
      } else {
        i++;
      }
    }
    for (size_t i = 0; i < c.policy.size(); i++)
      for (size_t k = 0; k < c.policy[i].lines.size();) {
        Case t = c;
        t.policy[i].lines.erase(t.policy[i].lines.begin() + static_cast<long>(k));
        if (fails(t)) {
          c = t;
          progress = true;
        } else {
          k++;
        }
      }
  }
  return c;
}

// ---------------------------------------------------------------------------------------------
// Stats and reports

struct Stats {
  int cases = 0, valid = 0, invalid = 0, loaded = 0, unsupported_policies = 0, load_failures = 0, fact_failures = 0;
  long queries = 0, compared = 0, passed = 0, active_domain = 0, unsupported_queries = 0, skipped = 0, mismatches = 0;
  long dropped_facts = 0, facts = 0;
  int failing_cases = 0;
  std::map<std::string, int> invalid_codes, unsupported_messages, mismatch_categories, features;
  std::map<std::string, int> reports_written;
  std::vector<std::string> active_domain_examples;
  std::multimap<double, std::string> slowest;  // the 5 slowest queries
  long slow_queries = 0;                       // > 1 s
  long not_run_after_timeout = 0;
  long timeouts = 0;
  long not_run_over_budget = 0;
  double bucket_time[5] = {0, 0, 0, 0, 0};  // query time in < 0.05, < 0.2, < 1, < 3, >= 3 s
  long bucket_count[5] = {0, 0, 0, 0, 0};
  double shrink_seconds = 0;
  int slow_cases = 0;
  std::vector<std::string> slow_case_names;
  std::map<std::string, int> slow_features;  // constructs of cases with a query > 1 s or a timeout
};

std::string slug(const std::string& s) {
  std::string out;
  for (char ch : s) {
    if ((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9'))
      out += ch;
    else if (ch >= 'A' && ch <= 'Z')
      out += static_cast<char>(ch - 'A' + 'a');
    else if (!out.empty() && out.back() != '-')
      out += '-';
    if (out.size() >= 48) break;
  }
  while (!out.empty() && out.back() == '-') out.pop_back();
  return out;
}

void print_mismatch(const Case& c, const Verdict& v, const std::string& where) {
  printf("\n=== MISMATCH (%s): %s\n", where.c_str(), v.category.c_str());
  printf("--- policy\n%s", c.policy_text().c_str());
  printf("--- facts (%zu)\n", c.facts.size());
  for (const Fact& f : c.facts) printf("%s\n", fact_json(f).c_str());
  if (!c.context.empty()) {
    printf("--- context facts (%zu, passed as context_facts, not stored)\n", c.context.size());
    for (const Fact& f : c.context) printf("%s\n", fact_json(f).c_str());
  }
  for (const Query& q : c.queries) printf("--- query: %s\n", q.describe().c_str());
  printf("--- expected: %s\n--- actual:   %s\n", v.expected.c_str(), v.actual.c_str());
  if (!v.detail.empty()) printf("--- detail:   %s\n", v.detail.c_str());
}

// Reports one failure: shrinks it (the first few of each category) and writes a .case file.
void report_failure(Db& db, const Options& opts, Stats& st, const Case& c, size_t query_index, bool load,
                    const Verdict& v, const std::string& where, bool replayed) {
  st.mismatches++;
  st.mismatch_categories[v.category]++;
  if (replayed) {  // a regression case: already minimal, report every failing query
    Case one = c;
    if (!load) one.queries = {c.queries[query_index]};
    print_mismatch(one, v, where);
    return;
  }
  int& written = st.reports_written[v.category];
  if (written >= opts.max_reports) {
    if (opts.verbose) printf("(mismatch %s: %s; category already reported)\n", where.c_str(), v.category.c_str());
    return;
  }
  written++;
  Case small = c;
  Verdict sv = v;
  if (opts.shrink) {
    int steps = 0;
    auto shrink_start = std::chrono::steady_clock::now();
    // A timeout is not shrunk (every step could take the whole statement_timeout): only its query is kept.
    small = shrink(db, c, query_index, load, v.category, opts.compare, &steps,
                   v.category.rfind("timeout", 0) == 0 && !opts.shrink_timeouts ? 0.0 : opts.shrink_budget);
    st.shrink_seconds += std::chrono::duration<double>(std::chrono::steady_clock::now() - shrink_start).count();
    CaseOutcome o = run_case(db, small, opts.compare);
    if (load) {
      sv = o.load_failure;
    } else {
      for (const QueryOutcome& q : o.queries)
        if (q.verdict.kind == Verdict::Kind::Mismatch) sv = q.verdict;
    }
    printf("\n(shrunk in %d steps: %zu -> %zu facts, %zu -> %zu policy items)\n", steps, c.facts.size(),
           small.facts.size(), c.policy.size(), small.policy.size());
  } else if (!load) {
    small.queries = {c.queries[query_index]};
  }
  print_mismatch(small, sv, where);
  std::error_code ec;
  fs::create_directories(opts.out_dir, ec);
  std::string path = opts.out_dir + "/" + slug(where) + "-" + slug(sv.category) + ".case";
  small.note = "found by: " + where + "\nmismatch: " + sv.category + "\nexpected: " + sv.expected +
               "\nactual:   " + sv.actual + (sv.detail.empty() ? "" : "\ndetail:   " + sv.detail);
  std::ofstream(path) << write_case(small);
  printf("--- written to %s\n", path.c_str());
}

bool process(Db& db, const Options& opts, Stats& st, const Case& c, const std::string& where, const Features* features,
             bool replayed = false) {
  st.cases++;
  CaseOutcome o = run_case(db, c, opts.compare, replayed ? 1e9 : opts.case_budget);
  if (o.invalid) {
    st.invalid++;
    st.invalid_codes[o.invalid_codes]++;
    if (opts.verbose) printf("%s: invalid policy (%s)\n", where.c_str(), o.invalid_codes.c_str());
    return true;
  }
  st.valid++;
  st.facts += static_cast<long>(c.facts.size());
  if (features)
    for (const std::string& f : features->used) st.features[f]++;
  if (o.load_unsupported) {
    st.unsupported_policies++;
    std::string m = o.unsupported_message.substr(0, 90);
    st.unsupported_messages["load_policy: " + m]++;
    if (opts.verbose) printf("%s: unsupported: %s\n", where.c_str(), o.unsupported_message.c_str());
    return true;
  }
  if (o.load_failed) {
    st.load_failures++;
    st.failing_cases++;
    report_failure(db, opts, st, c, 0, true, o.load_failure, where, replayed);
    return false;
  }
  st.loaded++;
  if (o.fact_failure) {
    st.fact_failures++;
    st.failing_cases++;
    Verdict v;
    v.kind = Verdict::Kind::Mismatch;
    v.category = "bulk_tell rejected facts that the core fact check accepts";
    v.actual = o.fact_error;
    print_mismatch(c, v, where);
    st.mismatches++;
    st.mismatch_categories[v.category]++;
    return false;
  }
  bool ok = true;
  bool slow = o.timed_out;
  for (const QueryOutcome& q : o.queries) slow = slow || q.seconds > 1.0;
  if (slow) {
    st.slow_cases++;
    if (st.slow_case_names.size() < 40) st.slow_case_names.push_back(where);
    if (features)
      for (const std::string& f : features->used) st.slow_features[f]++;
  }
  if (o.over_budget) st.not_run_over_budget += static_cast<long>(c.queries.size() - o.queries.size());
  if (o.timed_out) {
    st.not_run_after_timeout += static_cast<long>(c.queries.size() - o.queries.size());
  }
  for (const QueryOutcome& q : o.queries) {
    st.queries++;
    if (q.seconds > 1.0) st.slow_queries++;
    int b = q.seconds < 0.05 ? 0 : q.seconds < 0.2 ? 1 : q.seconds < 1 ? 2 : q.seconds < 3 ? 3 : 4;
    st.bucket_time[b] += q.seconds;
    st.bucket_count[b]++;
    st.slowest.emplace(q.seconds, where + ": " + c.queries[q.index].describe());
    if (st.slowest.size() > 5) st.slowest.erase(st.slowest.begin());
    switch (q.verdict.kind) {
      case Verdict::Kind::Pass:
        st.compared++;
        st.passed++;
        break;
      case Verdict::Kind::ActiveDomain:
        st.compared++;
        st.active_domain++;
        if (st.active_domain_examples.size() < 4)
          st.active_domain_examples.push_back(where + ": " + c.queries[q.index].describe() + ": " + q.verdict.detail);
        break;
      case Verdict::Kind::Unsupported:
        st.unsupported_queries++;
        st.unsupported_messages["query: " + q.verdict.detail.substr(0, 90)]++;
        break;
      case Verdict::Kind::Skipped:
        st.skipped++;
        break;
      case Verdict::Kind::Mismatch:
        if (q.verdict.category.rfind("timeout", 0) == 0 && !opts.fail_on_timeout) {
          st.timeouts++;
          if (replayed)
            printf("\n=== TIMEOUT (%s query %zu): %s: %s (not a failure; --fail-on-timeout makes it one)\n",
                   where.c_str(), q.index, c.queries[q.index].describe().c_str(), q.verdict.actual.c_str());
          int& written = st.reports_written[q.verdict.category];
          if (written < opts.max_reports && !replayed) {
            written++;
            Case one = c;
            one.queries = {c.queries[q.index]};
            if (!one.queries[0].with_context) one.context.clear();
            std::string w = where + " query " + std::to_string(q.index);
            one.note = "found by: " + w + "\n" + q.verdict.category + ": " + q.verdict.actual;
            std::error_code ec;
            fs::create_directories(opts.out_dir, ec);
            std::string path = opts.out_dir + "/" + slug(w) + "-timeout.case";
            std::ofstream(path) << write_case(one);
            printf("\n=== TIMEOUT (%s): %s (not a failure; --fail-on-timeout makes it one); case written to %s\n",
                   w.c_str(), c.queries[q.index].describe().c_str(), path.c_str());
          }
          break;
        }
        st.compared++;
        if (ok) st.failing_cases++;
        ok = false;
        report_failure(db, opts, st, c, q.index, false, q.verdict, where + " query " + std::to_string(q.index),
                       replayed);
        break;
    }
    if (opts.verbose && q.verdict.kind != Verdict::Kind::Mismatch)
      printf("%s: %s: %s\n", where.c_str(), c.queries[q.index].describe().c_str(),
             q.verdict.kind == Verdict::Kind::Pass           ? "ok"
             : q.verdict.kind == Verdict::Kind::ActiveDomain ? "ok (active domain)"
                                                             : q.verdict.detail.c_str());
  }
  return ok;
}

void print_stats(const Stats& st, double seconds, long statements, int terminated) {
  auto pct = [](long a, long b) { return b ? 100.0 * static_cast<double>(a) / static_cast<double>(b) : 0.0; };
  printf("\n================ differential stats ================\n");
  printf("cases:                 %d\n", st.cases);
  printf("valid policies:        %d (%.1f%%)\n", st.valid, pct(st.valid, st.cases));
  printf("loaded:                %d\n", st.loaded);
  printf("unsupported policies:  %d (%.1f%% of valid)\n", st.unsupported_policies,
         pct(st.unsupported_policies, st.valid));
  printf("facts:                 %ld (%.1f per valid case)\n", st.facts,
         st.valid ? static_cast<double>(st.facts) / st.valid : 0.0);
  printf("queries run:           %ld\n", st.queries);
  printf("  compared:            %ld (passed %ld, active-domain %ld)\n", st.compared, st.passed, st.active_domain);
  printf("  unsupported:         %ld (%.1f%%)\n", st.unsupported_queries, pct(st.unsupported_queries, st.queries));
  printf("  skipped (too large): %ld\n", st.skipped);
  printf("  timeouts:            %ld (reported, not failures)\n", st.timeouts);
  printf("  not run (timeout):   %ld\n", st.not_run_after_timeout);
  printf("  not run (slow case): %ld (--case-budget)\n", st.not_run_over_budget);
  printf("mismatches:            %ld in %d cases\n", st.mismatches, st.failing_cases);
  for (const auto& [cat, n] : st.mismatch_categories) printf("  %5d  %s\n", n, cat.c_str());
  if (!st.invalid_codes.empty()) {
    printf("invalid policies by error codes:\n");
    for (const auto& [codes, n] : st.invalid_codes) printf("  %5d  %s\n", n, codes.c_str());
  }
  if (!st.unsupported_messages.empty()) {
    printf("unsupported (54001) by message:\n");
    for (const auto& [m, n] : st.unsupported_messages) printf("  %5d  %s\n", n, m.c_str());
  }
  if (!st.active_domain_examples.empty()) {
    printf("active-domain examples:\n");
    for (const std::string& e : st.active_domain_examples) printf("  %s\n", e.c_str());
  }
  if (!st.features.empty()) {
    printf("constructs (valid cases using each):\n");
    for (const auto& [f, n] : st.features) {
      auto slow = st.slow_features.find(f);
      printf("  %5d  %s", n, f.c_str());
      if (slow != st.slow_features.end()) printf("   (slow in %d)", slow->second);
      printf("\n");
    }
  }
  printf("query time by duration (<0.05, <0.2, <1, <3, >=3 s): ");
  for (int b = 0; b < 5; b++) printf("%s%ld in %.0f s", b ? ", " : "", st.bucket_count[b], st.bucket_time[b]);
  printf("\n");
  printf("slow queries (> 1 s):  %ld in %d cases (see 'slow in' above); slowest:\n", st.slow_queries, st.slow_cases);
  for (auto it = st.slowest.rbegin(); it != st.slowest.rend(); ++it)
    printf("  %6.2f s  %s\n", it->first, it->second.c_str());
  if (!st.slow_case_names.empty()) {
    printf("slow cases:");
    for (const std::string& n : st.slow_case_names) printf(" [%s]", n.c_str());
    printf("\n");
  }
  printf("SQL statements:        %ld (backends terminated after a timeout: %d)\n", statements, terminated);
  printf("time:                  %.1f s (shrinking: %.1f s)\n", seconds, st.shrink_seconds);
  printf("%ld passed, %ld failed\n", st.passed + st.active_domain, st.mismatches);
}

std::vector<std::string> replay_files(const std::string& path) {
  std::vector<std::string> out;
  if (fs::is_directory(path)) {
    for (const auto& e : fs::directory_iterator(path))
      if (e.path().extension() == ".case") out.push_back(e.path().string());
    std::sort(out.begin(), out.end());
  } else {
    out.push_back(path);
  }
  return out;
}

}  // namespace

int main(int argc, char** argv) {
  Options opts;
  if (const char* env = getenv("POLAR_DIFF_CONNINFO")) opts.conninfo = env;
  for (int i = 1; i < argc; i++) {
    std::string a = argv[i];
    auto value = [&]() -> std::string {
      if (i + 1 >= argc) usage(("missing value for " + a).c_str());
      return argv[++i];
    };
    if (a == "--conninfo")
      opts.conninfo = value();
    else if (a == "--seed")
      opts.seed = std::stoull(value());
    else if (a == "--cases")
      opts.cases = std::stoi(value());
    else if (a == "--replay")
      opts.replay.push_back(value());
    else if (a == "--only")
      opts.only = std::stoi(value());
    else if (a == "--dump")
      opts.dump_dir = value();
    else if (a == "--shard") {
      std::string v = value();
      size_t slash = v.find('/');
      if (slash == std::string::npos) usage("--shard K/N");
      opts.shard = std::stoi(v.substr(0, slash));
      opts.shards = std::stoi(v.substr(slash + 1));
      if (opts.shards < 1 || opts.shard < 0 || opts.shard >= opts.shards) usage("--shard K/N with 0 <= K < N");
    } else if (a == "--verbose" || a == "-v")
      opts.verbose = true;
    else if (a == "--out")
      opts.out_dir = value();
    else if (a == "--max-reports")
      opts.max_reports = std::stoi(value());
    else if (a == "--lenient-null-star")
      opts.compare.lenient_null_star = true;
    else if (a == "--no-shrink")
      opts.shrink = false;
    else if (a == "--statement-timeout")
      opts.statement_timeout = std::stod(value());
    else if (a == "--fail-on-timeout")
      opts.fail_on_timeout = true;
    else if (a == "--shrink-budget")
      opts.shrink_budget = std::stod(value());
    else if (a == "--kill-stuck-backends")
      opts.kill_stuck = true;
    else if (a == "--shrink-timeouts")
      opts.shrink_timeouts = true;
    else if (a == "--shrink-replays")
      opts.shrink_replays = true;
    else if (a == "--case-budget")
      opts.case_budget = std::stod(value());
    else if (a == "-h" || a == "--help")
      usage(nullptr);
    else
      usage(("unknown argument " + a).c_str());
  }
  Db db(opts.conninfo, opts.statement_timeout, opts.kill_stuck);
  Stats st;
  auto start = std::chrono::steady_clock::now();
  bool ok = true;

  for (const std::string& r : opts.replay)
    for (const std::string& file : replay_files(r)) {
      std::ifstream in(file);
      if (!in) usage(("cannot read " + file).c_str());
      std::stringstream buf;
      buf << in.rdbuf();
      Case c;
      try {
        c = read_case(buf.str());
      } catch (const std::exception& e) {
        fprintf(stderr, "polar_differential: %s: %s\n", file.c_str(), e.what());
        return 2;
      }
      if (!analyze_policy(c.policy_text()).program) {
        printf("%s: the policy is invalid\n", file.c_str());
        ok = false;
        continue;
      }
      bool passed = process(db, opts, st, c, fs::path(file).stem().string(), nullptr, !opts.shrink_replays);
      printf("replay %s: %s\n", file.c_str(), passed ? "ok" : "MISMATCH");
      ok = ok && passed;
    }

  for (int i = 0; i < opts.cases; i++) {
    if (opts.only >= 0 && i != opts.only) continue;
    if (i % opts.shards != opts.shard) continue;
    uint64_t case_seed = splitmix(opts.seed * 1000003ULL + static_cast<uint64_t>(i));
    Generator gen(case_seed);
    Case c = gen.policy();
    std::string where = "seed " + std::to_string(opts.seed) + " case " + std::to_string(i);
    AnalyzeResult ar = analyze_policy(c.policy_text());
    if (ar.program) {
      gen.facts(c, *ar.program);
      st.dropped_facts += static_cast<long>(gen.dropped_facts());
      std::vector<std::string> types = gen.pool_types();
      Evaluator prelim(*ar.program, c.facts, gen.pool_values(), types, now_seconds());
      gen.queries(c, *ar.program, prelim);
    } else if (opts.verbose) {
      printf("%s: invalid policy:\n%s", where.c_str(), c.policy_text().c_str());
      for (const Diagnostic& d : ar.diagnostics.sorted())
        if (d.is_error()) printf("  %s\n", format_diagnostic(d, "").c_str());
    }
    c.note = where;
    if (!opts.dump_dir.empty() && ar.program) {
      std::error_code ec;
      fs::create_directories(opts.dump_dir, ec);
      std::ofstream(opts.dump_dir + "/case-" + std::to_string(opts.seed) + "-" + std::to_string(i) + ".case")
          << write_case(c);
    }
    if (opts.verbose && ar.program) printf("\n##### %s\n%s", where.c_str(), c.policy_text().c_str());
    bool passed = process(db, opts, st, c, where, &gen.features());
    ok = ok && passed;
    if ((i + 1) % 250 == 0) {
      double s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      fprintf(stderr, "... %d cases, %ld mismatches, %.0f s\n", i + 1, st.mismatches, s);
    }
  }
  double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  print_stats(st, seconds, db.statements(), db.terminated());
  if (opts.verbose || getenv("POLAR_DIFF_TIMING")) {
    printf("time by statement:\n");
    for (const auto& [k, t] : db.time_by_kind()) printf("  %8.1f s  %s\n", t, k.c_str());
  }
  return ok && st.mismatches == 0 ? 0 : 1;
}
