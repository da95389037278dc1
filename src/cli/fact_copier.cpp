// Checked facts streamed by COPY into polar.fact_<arity>.
#include "fact_copier.hpp"

#include "analysis/analyze.hpp"
#include "base/error.hpp"
#include "errors.hpp"

namespace pgpolar_cli {

namespace {

const size_t kSendChunk = 1 << 16;  // bytes handed to libpq at a time

// COPY's text format: backslash, tab, newline and carriage return are escaped.
void append_copy_field(std::string& out, const std::string& s) {
  for (char c : s) {
    switch (c) {
      case '\\':
        out += "\\\\";
        break;
      case '\t':
        out += "\\t";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      default:
        out += c;
    }
  }
}

std::string columns(int arity) {
  std::string c = "pred";
  for (int k = 0; k < arity; k++) c += ", a" + std::to_string(k);
  return c;
}

int active_version(Connection& db) {
  Result r = db.exec("SELECT version FROM polar.policy_versions WHERE active");
  return r.rows() == 0 ? 0 : std::stoi(r.get(0, 0));
}

}  // namespace

std::unique_ptr<FactCopier> FactCopier::open(Connection& db) {
  Result allowed = db.exec(
      "SELECT pg_catalog.has_table_privilege('polar.policy_versions', 'SELECT') AND "
      "(SELECT pg_catalog.count(*) = 5 AND pg_catalog.bool_and(pg_catalog.has_table_privilege(c.oid, 'INSERT') "
      "AND NOT c.relrowsecurity) FROM pg_catalog.pg_class c "
      "WHERE c.relnamespace = 'polar'::pg_catalog.regnamespace "
      "AND c.relname IN ('fact_1', 'fact_2', 'fact_3', 'fact_4', 'fact_5'))");
  if (allowed.get(0, 0) != "t") return nullptr;
  Result r = db.exec("SELECT version, source FROM polar.policy_versions WHERE active");
  int version = r.rows() == 0 ? 0 : std::stoi(r.get(0, 0));
  polar::AnalyzeResult analyzed = polar::analyze_policy(r.rows() == 0 ? std::string() : r.get(0, 1));
  if (!analyzed.program) return nullptr;  // the server reports a stored policy that does not compile
  // Each segment's savepoint is a subtransaction whose memory context PostgreSQL keeps until the
  // commit, holding the freed space of the fact table's transition table (up to work_mem): 4 MB a
  // segment, 80 MB at 1,000,000 facts. At 64 kB the tuplestore spills to a temporary file, as one
  // \copy of the same rows does anyway. This session runs only the import.
  db.exec("SELECT pg_catalog.set_config('work_mem', '64kB', false)");
  return std::unique_ptr<FactCopier>(new FactCopier(db, version, analyzed.program));
}

void FactCopier::add(const Fact& fact, const std::string& file, long line) {
  values_.clear();
  try {
    for (const std::string& a : fact.args) values_.push_back(polar::parse_value_text(a));
    polar::check_fact(*program_, fact.predicate, values_);
  } catch (const polar::PolarError& e) {
    throw CliError(kExitFailed, file + ":" + std::to_string(line) + ": " + e.what(), e.hint());
  }
  int arity = static_cast<int>(values_.size());
  if (arity != arity_ || count_ >= kSegment) flush();
  if (arity_ == 0) {
    db_.exec("SAVEPOINT pg_polar_cli_copy");
    db_.copy_begin("COPY polar.fact_" + std::to_string(arity) + " (" + columns(arity) + ") FROM STDIN");
    arity_ = arity;
  }
  append_copy_field(segment_, fact.predicate);
  for (const polar::Value& v : values_) {
    segment_ += '\t';
    append_copy_field(segment_, v.encode());
  }
  segment_ += '\n';
  count_++;
  if (segment_.size() - sent_ >= kSendChunk) {
    db_.copy_put(segment_.substr(sent_));
    sent_ = segment_.size();
  }
}

void FactCopier::flush() {
  if (arity_ == 0) return;
  if (sent_ < segment_.size()) db_.copy_put(segment_.substr(sent_));
  try {
    stored_ += db_.copy_end().affected();
  } catch (const ServerError& e) {
    if (e.sqlstate() != "23505") throw;  // unique_violation: the run repeats a stored fact
    db_.exec("ROLLBACK TO SAVEPOINT pg_polar_cli_copy");
    stored_ += merge_segment();
  }
  db_.exec("RELEASE SAVEPOINT pg_polar_cli_copy");
  arity_ = 0;
  count_ = 0;
  segment_.clear();
  sent_ = 0;
}

long long FactCopier::merge_segment() {
  std::string stage = "pg_temp.pg_polar_import_" + std::to_string(arity_);
  std::string cols = "pred text COLLATE \"C\"";
  for (int k = 0; k < arity_; k++) cols += ", a" + std::to_string(k) + " text COLLATE \"C\"";
  db_.exec("CREATE TEMP TABLE IF NOT EXISTS " + stage + " (" + cols + ")");
  db_.exec("TRUNCATE " + stage);
  db_.copy_begin("COPY " + stage + " FROM STDIN");
  db_.copy_put(segment_);
  db_.copy_end();
  return db_
      .exec("INSERT INTO polar.fact_" + std::to_string(arity_) + " SELECT * FROM " + stage + " ON CONFLICT DO NOTHING")
      .affected();
}

void FactCopier::abort() noexcept {
  if (arity_ != 0) db_.copy_abort();
  arity_ = 0;
}

void FactCopier::check_policy_unchanged() {
  int now = active_version(db_);
  if (now != version_)
    throw CliError(kExitFailed,
                   "the active policy changed during the import (version " + std::to_string(version_) + " -> " +
                       std::to_string(now) + ")",
                   "The facts were checked against the old policy; run the import again.");
}

}  // namespace pgpolar_cli
