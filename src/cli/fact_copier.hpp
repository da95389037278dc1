// The fast path of `import`: every fact is checked here, with the core, against the active
// policy (the checks polar.bulk_tell makes on the server), encoded, and streamed by COPY
// straight into the fact tables, one COPY per run of facts of one arity (at most kSegment facts,
// kept in memory so that a run that repeats a stored fact can be merged instead).
#pragma once

#include <memory>
#include <string>

#include "analysis/fact_check.hpp"
#include "connection.hpp"
#include "values.hpp"

namespace pgpolar_cli {

class FactCopier {
 public:
  static const size_t kSegment = 50000;

  // The copier for the policy active now (check_policy_unchanged re-reads it before each
  // commit), or nullptr where the role may not write the fact tables directly (no INSERT on
  // them, no SELECT on the policy catalog, row-level security on them): import then sends
  // batches to polar.bulk_tell.
  static std::unique_ptr<FactCopier> open(Connection& db);

  // Checks and sends one fact; "file:line: " names it in the error of a refused fact (exit 1,
  // the message bulk_tell would give).
  void add(const Fact& fact, const std::string& file, long line);
  // Ends the current COPY (call before a commit and at the end). A run that repeats a stored
  // fact is rolled back to its savepoint and merged with INSERT ... ON CONFLICT DO NOTHING.
  void flush();
  // Abandons a COPY in progress (the caller then rolls back).
  void abort() noexcept;
  // Throws unless the policy the facts were checked against is still the active one.
  void check_policy_unchanged();
  long long stored() const { return stored_; }  // facts that were new

 private:
  FactCopier(Connection& db, int version, std::shared_ptr<const polar::ir::Program> program)
      : db_(db), version_(version), program_(std::move(program)) {}
  long long merge_segment();

  Connection& db_;
  int version_;  // 0: no active policy
  std::shared_ptr<const polar::ir::Program> program_;
  std::vector<polar::Value> values_;
  int arity_ = 0;  // of the COPY in progress; 0: none
  size_t count_ = 0;
  std::string segment_;  // the COPY rows of the current run
  size_t sent_ = 0;      // bytes of segment_ handed to libpq
  long long stored_ = 0;
};

}  // namespace pgpolar_cli
