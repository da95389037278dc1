// Per-backend state: the compiled active policy and its cached SPI plans, kept
// until the policy catalog changes (a relcache invalidation of
// polar.policy_versions, sent by every load and activation at commit).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "sql/compiler.hpp"
#include "ir/ir.hpp"
#include "pg.hpp"
#include "stored_predicates.hpp"

namespace pgpolar {

struct PlanEntry {
  polar::CompiledQuery compiled;
  SPIPlanPtr plan = nullptr;   // prepared on first use
  Oid* types = nullptr;        // per parameter
  Datum* constants = nullptr;  // parameter values fixed by the plan (Text, TextArray)
  bool exists_only = false;
};

struct LoadedPolicy {
  int version = 0;  // 0: no policy has been loaded (the empty policy)
  std::string key;  // version, binding ids and stored predicates: what the compiled plans depend on
  std::shared_ptr<const polar::ir::Program> program;
  std::vector<polar::Binding> bindings;
  polar::StoredPredicates stored;          // the predicates whose stored facts plans look up
  StoredPredicate* stored_list = nullptr;  // the same, for the fact tables' trigger (in `memory`)
  int nstored = 0;
  std::unordered_map<std::string, PlanEntry> plans;  // by QuerySpec::cache_key()
  // Checks planned inside queries (inline_checks.cpp), by resource type and action; none: the C function.
  std::unordered_map<std::string, std::optional<polar::ProbeQuery>> probes;
  MemoryContext memory = nullptr;  // plan constants live here
};

void register_policy_callbacks();

// The policy active in the caller's snapshot, compiled on first use. Call between
// SPI_connect and SPI_finish. May ereport.
LoadedPolicy* current_policy();
// The compiled policy of the last check if no invalidation arrived since, else nullptr.
const LoadedPolicy* cached_policy();

// The compiled form of a policy version with the current bindings (inside SPI). May ereport.
LoadedPolicy* install_policy(int version, const char* source, bool after_write);

// The plan entry for a query shape; compiled, not yet prepared. Throws C++ exceptions:
// call inside a wall only.
PlanEntry* plan_entry(LoadedPolicy* policy, const polar::QuerySpec& spec);

// Prepares the entry's SPI plan if needed. May ereport.
void ensure_prepared(LoadedPolicy* policy, PlanEntry* entry);

// How the parser resolves $n of a compiled query: a policy constant (Text, TextArray) becomes a
// Const node, every other parameter a Param of its type. Pass `setup_params` and the setup
// (allocated in `context`) to SPI_prepare_params or parse_analyze_withcb.
struct ParamSetup {
  int count;
  const Oid* types;
  const Datum* constants;
  const bool* is_constant;
};
ParamSetup* make_param_setup(const std::vector<polar::SqlParam>& params, MemoryContext context);
void setup_params(ParseState* pstate, void* arg);

// Oid of polar.policy_versions (looked up on demand).
Oid policy_catalog_oid();
// Makes every backend re-read the active policy (and the stored predicates) when the current
// transaction commits.
void policy_catalog_changed();

// A copy of `s` in the current memory context that never ereports (for use inside walls).
// Allocate in `context` (default: the current one, which inside SPI dies at SPI_finish).
char* wall_strdup(const std::string& s, MemoryContext context = nullptr);
void* wall_alloc(size_t size, MemoryContext context = nullptr);

}  // namespace pgpolar
