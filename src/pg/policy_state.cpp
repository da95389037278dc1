#include "policy_state.hpp"

#include <map>

#include "analysis/analyze.hpp"
#include "bindings.hpp"
#include "error_wall.hpp"
#include "plan_exec.hpp"

namespace pgpolar {

namespace {

constexpr size_t kKeptVersions = 4;

bool g_stale = true;
TimestampTz g_stale_since = 0;  // when the newest invalidation of the catalog arrived
Oid g_catalog_oid = InvalidOid;
LoadedPolicy* g_current = nullptr;
// Compiled policies by key (version and bindings); allocated once, never destroyed (backend lifetime).
std::map<std::string, LoadedPolicy*>* g_policies = nullptr;
std::vector<std::string>* g_policy_order = nullptr;  // keys, oldest first

// What the snapshot of the last policy read could see. A snapshot with the same xmin, xmax,
// in-progress transactions and command id sees the same rows, so while an invalidation keeps
// the policy stale, reading again under such a snapshot cannot find anything new: a statement
// already running when the invalidation arrived (it may be our own load_policy's, read back
// at the next statement) would otherwise read the catalog again on every call.
struct ReadVisibility {
  bool valid = false;
  TransactionId xmin = InvalidTransactionId, xmax = InvalidTransactionId;
  CommandId curcid = InvalidCommandId;
  uint32 xcnt = 0;
  TransactionId xip[64];
};
ReadVisibility g_read_visibility;

// Can the visibility of `snap` be remembered and compared (no subtransaction detail, few xids)?
bool comparable(Snapshot snap) {
  return snap && snap->snapshot_type == SNAPSHOT_MVCC && snap->subxcnt == 0 && !snap->suboverflowed &&
         !snap->takenDuringRecovery && snap->xcnt <= lengthof(g_read_visibility.xip);
}

bool same_visibility(Snapshot snap) {
  const ReadVisibility& r = g_read_visibility;
  return r.valid && comparable(snap) && snap->xmin == r.xmin && snap->xmax == r.xmax && snap->curcid == r.curcid &&
         snap->xcnt == r.xcnt && memcmp(snap->xip, r.xip, sizeof(TransactionId) * snap->xcnt) == 0;
}

void remember_visibility(Snapshot snap) {
  ReadVisibility& r = g_read_visibility;
  r.valid = comparable(snap);
  if (!r.valid) return;
  r.xmin = snap->xmin;
  r.xmax = snap->xmax;
  r.curcid = snap->curcid;
  r.xcnt = snap->xcnt;
  memcpy(r.xip, snap->xip, sizeof(TransactionId) * snap->xcnt);
}

void relcache_callback(Datum, Oid relid) {
  if (relid != InvalidOid && relid != g_catalog_oid) return;
  g_stale = true;
  g_stale_since = GetCurrentTimestamp();
}

// When the snapshot of the current statement was taken, at the latest.
TimestampTz snapshot_time() {
  return IsolationUsesXactSnapshot() ? GetCurrentTransactionStartTimestamp() : GetCurrentStatementStartTimestamp();
}

// Drops compiled policies beyond the few most recent (plans first: SPI calls stay outside walls).
void evict_old_versions() {
  while (g_policy_order->size() > kKeptVersions) {
    LoadedPolicy* p = (*g_policies)[g_policy_order->front()];
    if (p == g_current) break;
    for (auto& [key, entry] : p->plans)
      if (entry.plan) SPI_freeplan(entry.plan);
    if (p->memory) MemoryContextDelete(p->memory);
    POLAR_WALL({
      g_policies->erase(g_policy_order->front());
      g_policy_order->erase(g_policy_order->begin());
      delete p;
    });
  }
}

LoadedPolicy* compile_version(int version, const char* source, const BindingRow* rows, int nrows,
                              const StoredPredicate* stored, int nstored) {
  char* key = psprintf("%d", version);
  for (int i = 0; i < nrows; i++) key = psprintf("%s|%d", key, rows[i].id);
  for (int i = 0; i < nstored; i++) key = psprintf("%s|%d:%s", key, stored[i].arity, stored[i].pred);
  if (g_policies && g_policies->count(key)) return (*g_policies)[key];
  LoadedPolicy* loaded = nullptr;
  POLAR_WALL({
    if (!g_policies) {
      g_policies = new std::map<std::string, LoadedPolicy*>();
      g_policy_order = new std::vector<std::string>();
    }
    polar::AnalyzeResult r = polar::analyze_policy(source);
    if (!r.program)
      throw polar::PolarError(polar::ErrorKind::Internal,
                              "stored policy version " + std::to_string(version) + " does not compile",
                              "Load a corrected policy with polar.load_policy().");
    auto p = std::make_unique<LoadedPolicy>();
    p->version = version;
    p->key = key;
    p->program = r.program;
    p->bindings = to_core_bindings(rows, nrows);
    for (int i = 0; i < nstored; i++) p->stored.insert({stored[i].pred, stored[i].arity});
    loaded = p.get();
    (*g_policies)[key] = p.release();
    g_policy_order->push_back(key);
  });
  loaded->memory = AllocSetContextCreate(CacheMemoryContext, "pg_polar plans", ALLOCSET_SMALL_SIZES);
  loaded->stored_list =
      static_cast<StoredPredicate*>(MemoryContextAlloc(loaded->memory, sizeof(StoredPredicate) * (nstored + 1)));
  for (int i = 0; i < nstored; i++)
    loaded->stored_list[i] = {stored[i].arity, MemoryContextStrdup(loaded->memory, stored[i].pred)};
  loaded->nstored = nstored;
  return loaded;
}

}  // namespace

void register_policy_callbacks() { CacheRegisterRelcacheCallback(relcache_callback, (Datum)0); }

Oid policy_catalog_oid() {
  Oid ns = get_namespace_oid("polar", true);
  g_catalog_oid = OidIsValid(ns) ? get_relname_relid("policy_versions", ns) : InvalidOid;
  return g_catalog_oid;
}

void policy_catalog_changed() { CacheInvalidateRelcacheByRelid(policy_catalog_oid()); }

LoadedPolicy* current_policy() {
  // Policy changes committed by other sessions become visible at the next check.
  AcceptInvalidationMessages();
  if (!g_stale && g_current) return g_current;
  Snapshot snap = ActiveSnapshotSet() ? GetActiveSnapshot() : nullptr;
  if (g_current && same_visibility(snap)) return g_current;  // reading again would see the same
  // A committed change is visible to snapshots taken after its invalidation arrived. An
  // older snapshot (REPEATABLE READ, or a statement already running) still sees the old
  // policy, correctly, but must not end the staleness: later statements read again.
  g_stale = !(snapshot_time() > g_stale_since);
  policy_catalog_oid();
  int ret = SPI_execute("SELECT version, source FROM polar.policy_versions WHERE active", true, 1);
  if (ret != SPI_OK_SELECT) elog(ERROR, "pg_polar: could not read the active policy (SPI code %d)", ret);
  int version = 0;
  const char* source = "";
  if (SPI_processed > 0) {
    bool isnull = false;
    version = DatumGetInt32(SPI_getbinval(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 1, &isnull));
    source = SPI_getvalue(SPI_tuptable->vals[0], SPI_tuptable->tupdesc, 2);
  }
  g_current = install_policy(version, source, false);
  remember_visibility(snap);
  evict_old_versions();
  return g_current;
}

LoadedPolicy* install_policy(int version, const char* source, bool after_write) {
  int nrows = 0, nstored = 0;
  BindingRow* rows = read_binding_rows(&nrows, after_write);
  StoredPredicate* stored = read_stored_predicates(&nstored, after_write);
  return compile_version(version, source, rows, nrows, stored, nstored);
}

const LoadedPolicy* cached_policy() { return g_stale ? nullptr : g_current; }

PlanEntry* plan_entry(LoadedPolicy* policy, const polar::QuerySpec& spec) {
  std::string key = spec.cache_key();
  auto it = policy->plans.find(key);
  if (it != policy->plans.end()) return &it->second;
  PlanEntry entry;
  entry.compiled = polar::compile_query(*policy->program, spec, policy->bindings, &policy->stored);
  entry.exists_only = spec.exists_only;
  return &policy->plans.emplace(key, std::move(entry)).first->second;
}

namespace {

// How the parser resolves $n in a compiled query: a policy constant (predicate name, role,
// type bound) becomes a Const node bound at parse time, so that even generic plans see its
// real selectivity; every other parameter stays a Param, bound per call. The values never
// enter the SQL text.

Node* resolve_param(ParseState* pstate, ParamRef* ref) {
  const ParamSetup* setup = static_cast<const ParamSetup*>(pstate->p_ref_hook_state);
  int id = ref->number;
  if (id <= 0 || id > setup->count) return nullptr;  // the parser reports "there is no parameter $n"
  Oid type = setup->types[id - 1];
  if (setup->is_constant[id - 1]) {
    Const* c = makeConst(type, -1, get_typcollation(type), -1, setup->constants[id - 1], false, false);
    c->location = ref->location;
    return reinterpret_cast<Node*>(c);
  }
  Param* p = makeNode(Param);
  p->paramkind = PARAM_EXTERN;
  p->paramid = id;
  p->paramtype = type;
  p->paramtypmod = -1;
  p->paramcollid = get_typcollation(type);
  p->location = ref->location;
  return reinterpret_cast<Node*>(p);
}

}  // namespace

void setup_params(ParseState* pstate, void* arg) {
  pstate->p_paramref_hook = resolve_param;
  pstate->p_ref_hook_state = arg;
}

ParamSetup* make_param_setup(const std::vector<polar::SqlParam>& params, MemoryContext context) {
  int n = static_cast<int>(params.size());
  MemoryContext old = MemoryContextSwitchTo(context);
  Oid* types = static_cast<Oid*>(palloc0(sizeof(Oid) * (n + 1)));
  Datum* constants = static_cast<Datum*>(palloc0(sizeof(Datum) * (n + 1)));
  bool* is_constant = static_cast<bool*>(palloc0(sizeof(bool) * (n + 1)));
  for (int i = 0; i < n; i++) {
    const polar::SqlParam& p = params[i];
    types[i] = param_type(p);
    is_constant[i] = p.kind == polar::SqlParam::Kind::Text || p.kind == polar::SqlParam::Kind::TextArray;
    if (is_constant[i]) constants[i] = constant_param(p);
  }
  ParamSetup* setup = static_cast<ParamSetup*>(palloc(sizeof(ParamSetup)));
  *setup = {n, types, constants, is_constant};
  MemoryContextSwitchTo(old);
  return setup;
}

void ensure_prepared(LoadedPolicy* policy, PlanEntry* entry) {
  if (entry->plan) return;
  // Lives as long as the plan: the plan cache parses again with it after an invalidation.
  ParamSetup* setup = make_param_setup(entry->compiled.params, policy->memory);
  // Checks are short index lookups: a generic plan from the first call avoids re-planning
  // each shape five times per backend before the plan cache settles on it anyway.
  int options = entry->exists_only ? CURSOR_OPT_GENERIC_PLAN : 0;
  SPIPlanPtr plan = SPI_prepare_params(entry->compiled.sql.c_str(), setup_params, setup, options);
  if (!plan)
    elog(ERROR, "pg_polar: could not prepare a compiled query: %s\n%s", SPI_result_code_string(SPI_result),
         entry->compiled.sql.c_str());
  if (SPI_keepplan(plan) != 0) elog(ERROR, "pg_polar: could not keep a prepared plan");
  entry->types = const_cast<Oid*>(setup->types);
  entry->constants = const_cast<Datum*>(setup->constants);
  entry->plan = plan;
}

void* wall_alloc(size_t size, MemoryContext context) {
  void* p =
      MemoryContextAllocExtended(context ? context : CurrentMemoryContext, size, MCXT_ALLOC_NO_OOM | MCXT_ALLOC_HUGE);
  if (!p) throw std::bad_alloc();
  return p;
}

char* wall_strdup(const std::string& s, MemoryContext context) {
  char* p = static_cast<char*>(wall_alloc(s.size() + 1, context));
  memcpy(p, s.data(), s.size());
  p[s.size()] = '\0';
  return p;
}

}  // namespace pgpolar
