// Checks planned inside the application's query (issue #16). A planner hook replaces
//   polar.authorize(actor, 'action', 'Type:' || key)                  (anywhere in an expression)
//   key IN (SELECT polar.list(actor, 'action', 'Type'))               (a WHERE, ON, HAVING or
//   key IN (SELECT * FROM polar.list(actor, 'action', 'Type'))         row-level-security conjunct)
// by the compiled check (compile_probe) as a correlated EXISTS whose inputs are the call's own
// argument expressions, so that PostgreSQL plans it with the query around it: the row's fact is
// probed per row, in the order of the application's index, and what the actor may reach is
// hashed once; `JOIN polar.list(...) l ON l = key` becomes the second spelling first
// (inline_list_join.cpp). Every other call stays the C function (the fallback), e.g. a
// non-constant action, context facts, a check that reads the time. `polar.inline_checks = off`
// turns the hook off.
#include "error_wall.hpp"
#include "inline_checks.hpp"
#include "inline_rewrite.hpp"
#include "inline_self_join.hpp"
#include "plan_exec.hpp"
#include "policy_state.hpp"

extern "C" {
#include "catalog/pg_collation_d.h"
#include "catalog/pg_namespace_d.h"
#include "catalog/pg_operator_d.h"
#include "catalog/pg_proc.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/clauses.h"
#include "optimizer/optimizer.h"
#include "rewrite/rewriteHandler.h"
#include "optimizer/planner.h"
#include "parser/analyze.h"
#include "parser/parse_coerce.h"
#include "parser/parse_func.h"
#include "parser/parser.h"
#include "rewrite/rewriteManip.h"
#include "utils/fmgroids.h"
#include "utils/plancache.h"
#include "utils/syscache.h"
}

namespace pgpolar {

namespace {

bool g_inline_checks = true;
int g_probe_rows = 2000;  // polar.probe_rows
planner_hook_type g_previous_planner = nullptr;

Functions g_functions;

void procs_changed(Datum, int, uint32) { g_functions.valid = false; }

Oid polar_function_of(const char* name, int nargs, const Oid* args) {
  return LookupFuncName(list_make2(makeString(pstrdup("polar")), makeString(pstrdup(name))), nargs, args, true);
}

Oid polar_function(const char* name, int nargs) {
  static const Oid kArgs[4] = {TEXTOID, TEXTOID, TEXTOID, JSONBOID};
  return polar_function_of(name, nargs, kArgs);
}

const Functions& functions() {
  if (g_functions.valid) return g_functions;
  Functions f;
  f.authorize = polar_function("authorize", 4);
  f.list = polar_function("list", 4);
  f.encode = polar_function("encode_value", 1);
  static const Oid kBudgetArgs[1] = {INT4OID};
  f.budget = polar_function_of("probe_budget", 1, kBudgetArgs);
  static const Oid kFilterArgs[3] = {REGCLASSOID, TEXTOID, TEXTOID};
  f.filter_authorize = polar_function_of("filter_authorize", 3, kFilterArgs);
  f.filter_list = polar_function_of("filter_list", 3, kFilterArgs);
  f.filter_gate = polar_function_of("filter_gate", 3, kFilterArgs);
  if (OidIsValid(f.authorize)) {
    HeapTuple tuple = SearchSysCache1(PROCOID, ObjectIdGetDatum(f.authorize));
    if (HeapTupleIsValid(tuple)) {
      f.owner = reinterpret_cast<Form_pg_proc>(GETSTRUCT(tuple))->proowner;
      ReleaseSysCache(tuple);
    }
  }
  f.valid = true;
  g_functions = f;
  return g_functions;
}

bool mentions_checks(Node* node, void* context) {
  if (!node) return false;
  const Functions* f = static_cast<const Functions*>(context);
  if (IsA(node, FuncExpr)) {
    Oid id = castNode(FuncExpr, node)->funcid;
    if (id == f->authorize || id == f->list || id == f->filter_authorize) return true;
  }
  if (IsA(node, Query)) return query_tree_walker(castNode(Query, node), as_walker(mentions_checks), context, 0);
  return expression_tree_walker(node, as_walker(mentions_checks), context);
}

}  // namespace

bool plain_argument(Node* e) {
  return !contain_volatile_functions(e) && !contain_aggs_of_level(e, 0) && !contain_windowfuncs(e) &&
         !expression_returns_set(e) && !checkExprHasSubLink(e);
}

// `SET client_min_messages = debug1` shows it.
Node* keep_call(const char* function, const char* why) {
  elog(DEBUG1, "pg_polar: %s stays a function call: %s", function, why);
  return nullptr;
}

Node* membership_sublink(Node* key, FuncExpr* list) {
  Query* q = makeNode(Query);
  q->commandType = CMD_SELECT;
  q->querySource = QSRC_ORIGINAL;
  q->canSetTag = true;
  q->jointree = makeFromExpr(NIL, nullptr);
  q->targetList = list_make1(makeTargetEntry(reinterpret_cast<Expr*>(list), 1, pstrdup("list"), false));
  q->hasTargetSRFs = true;
  Param* listed = makeNode(Param);
  listed->paramkind = PARAM_SUBLINK;
  listed->paramid = 1;
  listed->paramtype = TEXTOID;
  listed->paramtypmod = -1;
  listed->paramcollid = DEFAULT_COLLATION_OID;
  listed->location = -1;
  OpExpr* eq =
      castNode(OpExpr, make_opclause(TextEqualOperator, BOOLOID, false, static_cast<Expr*>(copyObjectImpl(key)),
                                     reinterpret_cast<Expr*>(listed), InvalidOid, DEFAULT_COLLATION_OID));
  eq->opfuncid = F_TEXTEQ;
  SubLink* link = makeNode(SubLink);
  link->subLinkType = ANY_SUBLINK;
  link->testexpr = reinterpret_cast<Node*>(eq);
  link->operName = list_make1(makeString(pstrdup("=")));
  link->subselect = reinterpret_cast<Node*>(q);
  link->location = -1;
  return reinterpret_cast<Node*>(link);
}

namespace {

const char* const_text(Node* n) {
  if (!n || !IsA(n, Const)) return nullptr;
  Const* c = castNode(Const, n);
  if (c->constisnull || c->consttype != TEXTOID) return nullptr;
  return TextDatumGetCString(c->constvalue);
}

Node* text_const(const char* text) {
  return reinterpret_cast<Node*>(
      makeConst(TEXTOID, -1, DEFAULT_COLLATION_OID, -1, CStringGetTextDatum(text), false, false));
}

bool null_const(Node* n) { return n && IsA(n, Const) && castNode(Const, n)->constisnull; }

// Three arguments and no context facts: the default (the planner inserts defaults later) or NULL.
bool without_context(FuncExpr* f) {
  int n = list_length(f->args);
  return n == 3 || (n == 4 && null_const(static_cast<Node*>(lfourth(f->args))));
}

// The type named by a resource argument: 'Type:...' as a whole or as the left side of `||`.
const char* resource_type(Node* resource) {
  const char* text = const_text(resource);
  if (!text && IsA(resource, OpExpr)) {
    OpExpr* op = castNode(OpExpr, resource);
    if ((op->opfuncid == F_TEXTCAT || op->opfuncid == F_TEXTANYCAT) && list_length(op->args) == 2)
      text = const_text(static_cast<Node*>(linitial(op->args)));
  }
  if (!text) return nullptr;
  const char* colon = strchr(text, ':');
  return colon ? pnstrdup(text, colon - text) : nullptr;
}

// The compiled probe of (type, action), or null where the call stays the C function.
const polar::ProbeQuery* probe_for(Rewrite* rw, const char* type, const char* action) {
  if (!rw->policy) {
    // Read as the functions' owner, as the functions themselves read it (SECURITY DEFINER);
    // an error restores the caller with the transaction's abort.
    Oid saved_user;
    int saved_context;
    GetUserIdAndSecContext(&saved_user, &saved_context);
    SetUserIdAndSecContext(rw->f->owner, saved_context | SECURITY_LOCAL_USERID_CHANGE);
    SPI_connect();
    rw->policy = current_policy();
    SPI_finish();
    SetUserIdAndSecContext(saved_user, saved_context);
  }
  const polar::ProbeQuery* probe = nullptr;
  LoadedPolicy* policy = rw->policy;
  POLAR_WALL({
    if (!polar::is_identifier(type)) return;
    polar::Value value;
    try {
      value = polar::parse_value_text(action);
    } catch (const polar::PolarError&) {
      return;  // the C function reports it when it runs
    }
    std::string key = std::string(type) + "\n" + value.encode();
    auto it = policy->probes.find(key);
    if (it == policy->probes.end()) {
      std::optional<polar::ProbeQuery> compiled;
      try {
        compiled = polar::compile_probe(*policy->program, type, value, policy->bindings, &policy->stored);
      } catch (const polar::PolarError&) {
        // too complex to compile: the C function raises the same error when it runs
      }
      it = policy->probes.emplace(key, std::move(compiled)).first;
    }
    if (it->second) probe = &*it->second;
  });
  return probe;
}

Node* call(Oid function, Node* arg) {
  return reinterpret_cast<Node*>(makeFuncExpr(function, TEXTOID, list_make1(arg), DEFAULT_COLLATION_OID,
                                              DEFAULT_COLLATION_OID, COERCE_EXPLICIT_CALL));
}

// Placeholders of the probe's run-time inputs, replaced by the call's expressions.
struct Substitution {
  const ParamSetup* setup;
  const std::vector<polar::SqlParam>* params;
  Node* inputs[3];  // by query position: the actor (0) and the resource (2)
  int offsets[3];   // how many query levels above the probe's top level each input was written
  int depth = 0;    // of the node being visited below the probe's top level
};

Node* substitute(Node* node, void* context) {
  if (!node) return nullptr;
  Substitution* s = static_cast<Substitution*>(context);
  if (IsA(node, Param)) {
    Param* p = castNode(Param, node);
    int id = p->paramid;
    if (p->paramkind == PARAM_EXTERN && id >= 1 && id <= s->setup->count && !s->setup->is_constant[id - 1]) {
      int position = (*s->params)[id - 1].index;
      Node* e = static_cast<Node*>(copyObjectImpl(s->inputs[position]));
      IncrementVarSublevelsUp(e, s->depth + s->offsets[position], 0);
      return e;
    }
  }
  if (IsA(node, Query)) {
    s->depth++;
    Query* q = query_tree_mutator(castNode(Query, node), as_mutator(substitute), context, 0);
    s->depth--;
    return reinterpret_cast<Node*>(q);
  }
  return expression_tree_mutator(node, as_mutator(substitute), context);
}

bool run_as_owner(Node* node, void* context) {
  if (!node) return false;
  if (IsA(node, RangeTblEntry)) {
    RangeTblEntry* rte = castNode(RangeTblEntry, node);
    if (rte->rtekind == RTE_RELATION) rte->checkAsUser = *static_cast<Oid*>(context);
    return false;
  }
  if (IsA(node, Query))
    return query_tree_walker(castNode(Query, node), as_walker(run_as_owner), context, QTW_EXAMINE_RTES_BEFORE);
  return expression_tree_walker(node, as_walker(run_as_owner), context);
}

// Marks every query of a probe as holding sublinks (an input that is an initplan is copied into
// any of them; the planner looks for sublinks only where the flag says so).
bool has_sublinks(Node* node, void* context) {
  if (!node) return false;
  if (IsA(node, Query)) {
    castNode(Query, node)->hasSubLinks = true;
    return query_tree_walker(castNode(Query, node), as_walker(has_sublinks), context, 0);
  }
  return expression_tree_walker(node, as_walker(has_sublinks), context);
}

// The probe as `EXISTS (probe)` for the query being rewritten. Parsed with a search path of
// pg_catalog alone (the SQL is qualified throughout), its tables read as the functions' owner,
// the values of its inputs the call's expressions (never text).
Node* probe_sublink(Rewrite* rw, const polar::ProbeQuery* probe, Node* actor, int actor_offset, Node* resource,
                    int resource_offset) {
  const polar::CompiledQuery& compiled = probe->query;
  ParamSetup* setup = make_param_setup(compiled.params, CurrentMemoryContext);
  const char* sql = compiled.sql.c_str();  // owned by the policy, which outlives this planning

  OverrideSearchPath* path = GetOverrideSearchPath(CurrentMemoryContext);
  path->schemas = list_make1_oid(PG_CATALOG_NAMESPACE);
  path->addCatalog = false;
  path->addTemp = false;
  PushOverrideSearchPath(path);
  // Parsed as the owner too: the binding views' schema is private (an error restores the caller).
  Oid saved_user;
  int saved_context;
  GetUserIdAndSecContext(&saved_user, &saved_context);
  SetUserIdAndSecContext(rw->f->owner, saved_context | SECURITY_LOCAL_USERID_CHANGE);
  RawStmt* raw = linitial_node(RawStmt, raw_parser(sql, RAW_PARSE_DEFAULT));
  Query* query = parse_analyze_withcb(raw, sql, setup_params, setup, nullptr);
  Oid owner = rw->f->owner;
  run_as_owner(reinterpret_cast<Node*>(query), &owner);
  List* rewritten = QueryRewrite(query);  // binding views expand, as the owner
  SetUserIdAndSecContext(saved_user, saved_context);
  PopOverrideSearchPath();
  if (list_length(rewritten) != 1)
    elog(ERROR, "pg_polar: a compiled check rewrote into %d queries", list_length(rewritten));
  query = linitial_node(Query, rewritten);

  Substitution s{setup, &compiled.params, {actor, nullptr, resource}, {actor_offset, 0, resource_offset}};
  query = query_tree_mutator(query, as_mutator(substitute), &s, 0);
  if (IsA(actor, SubLink)) has_sublinks(reinterpret_cast<Node*>(query), nullptr);

  SubLink* link = makeNode(SubLink);
  link->subLinkType = EXISTS_SUBLINK;
  link->subselect = reinterpret_cast<Node*>(query);
  link->location = -1;
  rw->current->hasSubLinks = true;
  rw->replaced++;
  elog(DEBUG1, "pg_polar: a check is planned inside the query (%zu derivations)", compiled.cq_count);
  return reinterpret_cast<Node*>(link);
}

bool mentions_columns(Node* node, void* context) {
  if (!node) return false;
  if (IsA(node, Var) || IsA(node, PlaceHolderVar)) return true;
  if (IsA(node, Query)) return query_tree_walker(castNode(Query, node), as_walker(mentions_columns), context, 0);
  return expression_tree_walker(node, as_walker(mentions_columns), context);
}

// `(SELECT expr)`: with no column of the query, an initplan, computed once a query.
Node* scalar_sublink(Node* expr, const char* name) {
  Query* q = makeNode(Query);
  q->commandType = CMD_SELECT;
  q->querySource = QSRC_ORIGINAL;
  q->canSetTag = true;
  q->jointree = makeFromExpr(NIL, nullptr);
  q->targetList = list_make1(makeTargetEntry(reinterpret_cast<Expr*>(expr), 1, pstrdup(name), false));
  SubLink* link = makeNode(SubLink);
  link->subLinkType = EXPR_SUBLINK;
  link->subselect = reinterpret_cast<Node*>(q);
  link->location = -1;
  return reinterpret_cast<Node*>(link);
}

// The actor as the probe reads it, encoded. One that reads a setting (a filter's polar.actor) is
// computed once a query, as an initplan: the probe's one-time checks of the actor run at every
// rescan, once a row, and the setting's lookup is what made a filter view's page 1.7x the
// `authorize` one at 1%. A constant or a parameter stays in place, where the planner sees it.
Node* encoded_actor(Rewrite* rw, Node* actor) {
  Node* encoded = call(rw->f->encode, actor);
  if (mentions_columns(actor, nullptr) || !contain_mutable_functions(actor)) return encoded;
  return scalar_sublink(encoded, "actor");
}

// `key IN (SELECT polar.list(actor, 'action', 'Type'))` as an analysed sublink (the actor has no
// columns: the list is computed once and hashed); for a filter of `table`, polar.filter_list.
Node* listed_sublink(Rewrite* rw, Node* key, Node* actor, const char* action, const char* type, Node* table) {
  Node* no_context = reinterpret_cast<Node*>(makeNullConst(JSONBOID, -1, InvalidOid));
  List* args = table ? list_make3(copyObjectImpl(table), text_const(action), text_const(type))
                     : list_make4(copyObjectImpl(actor), text_const(action), text_const(type), no_context);
  FuncExpr* list = makeFuncExpr(table ? rw->f->filter_list : rw->f->list, TEXTOID, args, InvalidOid,
                                DEFAULT_COLLATION_OID, COERCE_EXPLICIT_CALL);
  list->funcretset = true;
  return membership_sublink(key, list);
}

// The probe while the rows asked about are few, the hashed list once they are many: chosen at run
// time, since neither the planner's row estimates (a LIMIT does not lower the scan's) nor the
// fact tables' statistics tell which one a query needs. A paged query stays on the probe; a
// whole-table read pays at most polar.probe_rows probes before the list is computed once.
Node* probe_or_listed(Rewrite* rw, Node* probe, Node* listed) {
  if (!listed || !OidIsValid(rw->f->budget)) return probe;
  BooleanTest* is_listed = makeNode(BooleanTest);
  is_listed->arg = reinterpret_cast<Expr*>(listed);
  is_listed->booltesttype = IS_TRUE;
  is_listed->location = -1;
  CaseWhen* within_budget = makeNode(CaseWhen);
  Node* whole_budget =
      reinterpret_cast<Node*>(makeConst(INT4OID, -1, InvalidOid, sizeof(int32), Int32GetDatum(1), false, true));
  within_budget->expr = reinterpret_cast<Expr*>(
      makeFuncExpr(rw->f->budget, BOOLOID, list_make1(whole_budget), InvalidOid, InvalidOid, COERCE_EXPLICIT_CALL));
  within_budget->result = reinterpret_cast<Expr*>(probe);
  within_budget->location = -1;
  CaseExpr* choice = makeNode(CaseExpr);
  choice->casetype = BOOLOID;
  choice->casecollid = InvalidOid;
  choice->args = list_make1(within_budget);
  choice->defresult = reinterpret_cast<Expr*>(is_listed);
  choice->location = -1;
  return reinterpret_cast<Node*>(choice);
}

// The key of `'Type:' || key` as text, cast as `||` casts it: the id of the entity the resource
// names, which `list` answers. Null for a constant resource, a prefix with more than the type
// ('Type:a' || key), and the primitive types (whose text is not an entity id).
Node* resource_key(Node* resource, const char* type) {
  if (!IsA(resource, OpExpr)) return nullptr;
  const char* prefix = const_text(static_cast<Node*>(linitial(castNode(OpExpr, resource)->args)));
  if (!prefix || strcmp(prefix, psprintf("%s:", type)) != 0) return nullptr;
  if (!strcmp(type, "String") || !strcmp(type, "Integer") || !strcmp(type, "Boolean")) return nullptr;
  Node* key = static_cast<Node*>(lsecond(castNode(OpExpr, resource)->args));
  if (exprType(key) == TEXTOID) return key;
  return coerce_to_target_type(nullptr, key, exprType(key), TEXTOID, -1, COERCION_EXPLICIT, COERCE_EXPLICIT_CAST, -1);
}

bool may_execute(Oid function) { return pg_proc_aclcheck(function, GetUserId(), ACL_EXECUTE) == ACLCHECK_OK; }

// polar.authorize(actor, 'action', 'Type:' || key): false for NULLs, as the function is. With a
// filter's `table`, the check of polar.filter_authorize (its hashed list polar.filter_list).
Node* inline_authorize(Rewrite* rw, FuncExpr* f, Node* table = nullptr) {
  const char* name = table ? "polar.filter_authorize" : "polar.authorize";
  Node* actor = static_cast<Node*>(linitial(f->args));
  const char* action = const_text(static_cast<Node*>(lsecond(f->args)));
  Node* resource = static_cast<Node*>(lthird(f->args));
  if (!action) return keep_call(name, "the action is not a constant");
  if (!without_context(f)) return keep_call(name, "context facts are passed");
  if (!plain_argument(actor) || !plain_argument(resource))
    return keep_call(name, "an argument is volatile, an aggregate, a set or a subquery");
  const char* type = resource_type(resource);
  if (!type) return keep_call(name, "the resource is not written 'Type:' || key");
  // A call that reads no column is one check a query whatever the plan: the function's cached plan
  // is cheaper than the probe's (pgbench, -M prepared: 0.5-0.8x the hand-written TPS inlined).
  if (!mentions_columns(actor, nullptr) && !mentions_columns(resource, nullptr))
    return keep_call(name, "it reads no column of the query (one check, as the function)");
  if (!may_execute(table ? rw->f->filter_authorize : rw->f->authorize)) return keep_call(name, "no EXECUTE right");
  const polar::ProbeQuery* probe = probe_for(rw, type, action);
  if (!probe) return keep_call(name, "the check reads the time, recurses or does not compile");
  Node* inlined = probe_sublink(rw, probe, encoded_actor(rw, actor), 1, call(rw->f->encode, resource), 1);
  Node* key = resource_key(resource, type);
  if (!key || probe->may_grant_all || mentions_columns(actor, nullptr)) return inlined;
  // The resource is still encoded on the list's side: a malformed one ('Type:' || '') raises the
  // function's error there too.
  NullTest* encodes = makeNode(NullTest);
  encodes->arg = reinterpret_cast<Expr*>(call(rw->f->encode, static_cast<Node*>(copyObjectImpl(resource))));
  encodes->nulltesttype = IS_NOT_NULL;
  encodes->location = -1;
  Node* listed = listed_sublink(rw, key, actor, action, type, table);
  return probe_or_listed(rw, inlined, reinterpret_cast<Node*>(makeBoolExpr(AND_EXPR, list_make2(encodes, listed), -1)));
}

// (SELECT polar.filter_gate(table, 'action', 'Type')): once per query, as an initplan.
Node* filter_gate_sublink(Rewrite* rw, Node* table, const char* action, const char* type) {
  FuncExpr* gate =
      makeFuncExpr(rw->f->filter_gate, BOOLOID, list_make3(copyObjectImpl(table), text_const(action), text_const(type)),
                   InvalidOid, DEFAULT_COLLATION_OID, COERCE_EXPLICIT_CALL);
  return scalar_sublink(reinterpret_cast<Node*>(gate), "gate");
}

// polar.filter_authorize(table, 'action', 'Type:' || key), which filter views and policies call
// (filters.cpp): `gate AND <the check of polar.authorize(actor, 'action', 'Type:' || key)>` with
// the actor NULLIF(current_setting('polar.actor', true), ''), as the function reads it.
Node* inline_filter_authorize(Rewrite* rw, FuncExpr* f) {
  Node* table = static_cast<Node*>(linitial(f->args));
  const char* action = const_text(static_cast<Node*>(lsecond(f->args)));
  Node* resource = static_cast<Node*>(lthird(f->args));
  if (!IsA(table, Const) || castNode(Const, table)->constisnull || !action)
    return keep_call("polar.filter_authorize", "the table or the action is not a constant");
  const char* type = resource_type(resource);
  if (!type || !OidIsValid(rw->f->filter_list) || !OidIsValid(rw->f->filter_gate))
    return keep_call("polar.filter_authorize", "the resource is not written 'Type:' || key");
  Node* setting = reinterpret_cast<Node*>(makeFuncExpr(
      F_CURRENT_SETTING_TEXT_BOOL, TEXTOID, list_make2(text_const("polar.actor"), makeBoolConst(true, false)),
      InvalidOid, DEFAULT_COLLATION_OID, COERCE_EXPLICIT_CALL));
  NullIfExpr* actor = makeNode(NullIfExpr);
  actor->opno = TextEqualOperator;
  actor->opfuncid = F_TEXTEQ;
  actor->opresulttype = TEXTOID;
  actor->opcollid = DEFAULT_COLLATION_OID;
  actor->inputcollid = DEFAULT_COLLATION_OID;
  actor->args = list_make2(setting, text_const(""));
  actor->location = -1;
  FuncExpr* check = makeFuncExpr(rw->f->authorize, BOOLOID, list_make3(actor, lsecond(f->args), resource), InvalidOid,
                                 DEFAULT_COLLATION_OID, COERCE_EXPLICIT_CALL);
  Node* inlined = inline_authorize(rw, check, table);
  if (!inlined) return nullptr;
  return reinterpret_cast<Node*>(
      makeBoolExpr(AND_EXPR, list_make2(filter_gate_sublink(rw, table, action, type), inlined), -1));
}

// The polar.list call of `SELECT polar.list(...)` or `SELECT * FROM polar.list(...)`.
FuncExpr* list_call(Rewrite* rw, Query* q) {
  if (q->commandType != CMD_SELECT || q->setOperations || q->cteList || q->jointree->quals || q->groupClause ||
      q->havingQual || q->sortClause || q->limitCount || q->limitOffset || q->distinctClause || q->windowClause ||
      q->hasAggs || list_length(q->targetList) != 1)
    return nullptr;
  Node* out = reinterpret_cast<Node*>(linitial_node(TargetEntry, q->targetList)->expr);
  if (q->rtable == NIL) {
    if (IsA(out, FuncExpr) && castNode(FuncExpr, out)->funcid == rw->f->list) return castNode(FuncExpr, out);
    return nullptr;
  }
  if (list_length(q->rtable) != 1 || list_length(q->jointree->fromlist) != 1) return nullptr;
  RangeTblEntry* rte = linitial_node(RangeTblEntry, q->rtable);
  if (rte->funcordinality) return nullptr;
  if (!IsA(out, Var) || castNode(Var, out)->varno != 1 || castNode(Var, out)->varattno != 1) return nullptr;
  return list_call_of(rte, rw->f);
}

}  // namespace

// key IN (SELECT polar.list(actor, 'action', 'Type')): "is 'Type:' || key listed?". Only as a
// conjunct, where NULL and false both drop the row; not when some derivation may grant the whole
// type, since `list` then answers "*" alone.
Node* inline_list_membership(Rewrite* rw, SubLink* link) {
  if (link->subLinkType != ANY_SUBLINK || !link->testexpr || !IsA(link->testexpr, OpExpr)) return nullptr;
  OpExpr* eq = castNode(OpExpr, link->testexpr);
  if (eq->opno != TextEqualOperator || list_length(eq->args) != 2) return nullptr;
  if (OidIsValid(eq->inputcollid) && !get_collation_isdeterministic(eq->inputcollid)) return nullptr;
  Node* key = static_cast<Node*>(linitial(eq->args));
  Node* sub = static_cast<Node*>(lsecond(eq->args));
  if (!IsA(sub, Param) || castNode(Param, sub)->paramkind != PARAM_SUBLINK || !plain_argument(key)) return nullptr;
  FuncExpr* f = list_call(rw, castNode(Query, link->subselect));
  if (!f) return nullptr;
  const char* name = "polar.list";
  Node* actor = static_cast<Node*>(linitial(f->args));
  const char* action = const_text(static_cast<Node*>(lsecond(f->args)));
  const char* type = const_text(static_cast<Node*>(lthird(f->args)));
  if (!action || !type) return keep_call(name, "the action or the type is not a constant");
  if (!without_context(f)) return keep_call(name, "context facts are passed");
  if (!plain_argument(actor) || contain_vars_of_level(actor, 0))
    return keep_call(name, "the actor is volatile, an aggregate, a set or a subquery");
  if (!may_execute(rw->f->list)) return keep_call(name, "no EXECUTE right");
  const polar::ProbeQuery* probe = probe_for(rw, type, action);
  if (!probe) return keep_call(name, "the check reads the time, recurses or does not compile");
  if (probe->may_grant_all) return keep_call(name, "a derivation may grant every resource of the type (\"*\")");
  Node* prefix = text_const(psprintf("%s:", type));
  Node* encoded = reinterpret_cast<Node*>(makeFuncExpr(
      F_TEXTCAT, TEXTOID, list_make2(prefix, key), DEFAULT_COLLATION_OID, DEFAULT_COLLATION_OID, COERCE_EXPLICIT_CALL));
  // The actor was written inside the list's subquery, one level below the key.
  Node* inlined = probe_sublink(rw, probe, encoded_actor(rw, actor), 0, encoded, 1);
  // The sublink as written is the hashed list (its actor has no columns of this query).
  return mentions_columns(actor, nullptr) ? inlined : probe_or_listed(rw, inlined, reinterpret_cast<Node*>(link));
}

namespace {

void rewrite_query(Query* q, Rewrite* rw);

Node* rewrite_expression(Node* node, void* context) {
  if (!node) return nullptr;
  Rewrite* rw = static_cast<Rewrite*>(context);
  if (IsA(node, FuncExpr) && castNode(FuncExpr, node)->funcid == rw->f->authorize)
    if (Node* probe = inline_authorize(rw, castNode(FuncExpr, node))) return probe;
  if (IsA(node, FuncExpr) && castNode(FuncExpr, node)->funcid == rw->f->filter_authorize)
    if (Node* probe = inline_filter_authorize(rw, castNode(FuncExpr, node))) return probe;
  if (IsA(node, Query)) {
    rewrite_query(castNode(Query, node), rw);
    return node;
  }
  return expression_tree_mutator(node, as_mutator(rewrite_expression), context);
}

// The conjuncts of a qualification: where the list spelling may be replaced.
Node* rewrite_conjuncts(Node* qual, Rewrite* rw) {
  if (!qual) return nullptr;
  if (is_andclause(qual)) {
    ListCell* lc;
    foreach (lc, castNode(BoolExpr, qual)->args) lfirst(lc) = rewrite_conjuncts(static_cast<Node*>(lfirst(lc)), rw);
    return qual;
  }
  if (IsA(qual, SubLink))
    if (Node* probe = inline_list_membership(rw, castNode(SubLink, qual))) return probe;
  return qual;
}

void rewrite_join_quals(Node* node, Rewrite* rw) {
  if (!node) return;
  if (IsA(node, FromExpr)) {
    FromExpr* from = castNode(FromExpr, node);
    from->quals = rewrite_conjuncts(from->quals, rw);
    ListCell* lc;
    foreach (lc, from->fromlist) rewrite_join_quals(static_cast<Node*>(lfirst(lc)), rw);
  } else if (IsA(node, JoinExpr)) {
    JoinExpr* join = castNode(JoinExpr, node);
    join->quals = rewrite_conjuncts(join->quals, rw);
    rewrite_join_quals(join->larg, rw);
    rewrite_join_quals(join->rarg, rw);
  }
}

void rewrite_query(Query* q, Rewrite* rw) {
  if (q->commandType == CMD_UTILITY) return;
  Query* outer = rw->current;
  rw->current = q;
  // First, while a filter view's quals still hold the call: a filter view read by its own table.
  eliminate_self_joins(q, mentions_checks, const_cast<Functions*>(rw->f));
  inline_list_joins(q, rw);  // before the conjuncts: its own replacements are done
  rewrite_join_quals(reinterpret_cast<Node*>(q->jointree), rw);
  q->havingQual = rewrite_conjuncts(q->havingQual, rw);
  ListCell* lc;
  foreach (lc, q->rtable) {
    ListCell* qc;
    foreach (qc, lfirst_node(RangeTblEntry, lc)->securityQuals)
      lfirst(qc) = rewrite_conjuncts(static_cast<Node*>(lfirst(qc)), rw);
  }
  query_tree_mutator(q, as_mutator(rewrite_expression), rw, QTW_DONT_COPY_QUERY);
  rw->current = outer;
}

PlannedStmt* plan_with_inline_checks(Query* parse, const char* query_string, int cursor_options,
                                     ParamListInfo bound_params) {
  Rewrite rw{nullptr};
  if (g_inline_checks && parse->commandType != CMD_UTILITY) {
    const Functions& f = functions();
    rw.f = &f;
    if (OidIsValid(f.authorize) && OidIsValid(f.encode) &&
        mentions_checks(reinterpret_cast<Node*>(parse), const_cast<Functions*>(&f)))
      rewrite_query(parse, &rw);
  }
  PlannedStmt* result = g_previous_planner ? g_previous_planner(parse, query_string, cursor_options, bound_params)
                                           : standard_planner(parse, query_string, cursor_options, bound_params);
  if (rw.replaced > 0) {
    // Replanned when a policy, binding or stored predicate changes (all invalidate the catalog),
    // for another role (the EXECUTE checks above), and in the next transaction when this one
    // may not see the newest policy.
    result->relationOids = lappend_oid(result->relationOids, policy_catalog_oid());
    result->dependsOnRole = true;
    if (IsolationUsesXactSnapshot() || !cached_policy()) result->transientPlan = true;
  }
  return result;
}

// Plans cached under the other setting are made again.
void inline_checks_assigned(bool newval, void*) {
  if (newval != g_inline_checks) ResetPlanCache();
}

}  // namespace

void register_inline_checks() {
  DefineCustomBoolVariable("polar.inline_checks", "Plans pg_polar checks inside the queries that call them.",
                           "polar.authorize(actor, 'action', 'Type:' || key) and key IN (SELECT polar.list(...)) "
                           "become subqueries of the calling query; off: every call runs the C function.",
                           &g_inline_checks, true, PGC_USERSET, 0, nullptr, inline_checks_assigned, nullptr);
  DefineCustomIntVariable("polar.probe_rows", "Rows a check inside a query probes one by one before it lists.",
                          "A check planned inside a query probes each row's fact while the rows are few, and after "
                          "this many rows computes what the actor may reach once, hashed (a whole-table read). "
                          "-1: always probe; 0: always list.",
                          &g_probe_rows, 2000, -1, INT_MAX, PGC_USERSET, 0, nullptr, nullptr, nullptr);
  CacheRegisterSyscacheCallback(PROCOID, procs_changed, (Datum)0);
  g_previous_planner = planner_hook;
  planner_hook = plan_with_inline_checks;
  // Plans made before this library was loaded (in this session) called the functions: plan again.
  ResetPlanCache();
}

}  // namespace pgpolar

extern "C" {

// polar.probe_budget(share): true for the first polar.probe_rows / share calls (at least one
// when polar.probe_rows > 0) of this expression in this execution of the query (the count lives
// in the call's fn_extra, one per expression instance).
PG_FUNCTION_INFO_V1(pg_polar_probe_budget);
Datum pg_polar_probe_budget(PG_FUNCTION_ARGS) {
  if (pgpolar::g_probe_rows < 0) PG_RETURN_BOOL(true);
  int32 share = PG_ARGISNULL(0) ? 1 : Max(PG_GETARG_INT32(0), 1);
  int64 budget = pgpolar::g_probe_rows == 0 ? 0 : Max(pgpolar::g_probe_rows / share, 1);
  int64* used = static_cast<int64*>(fcinfo->flinfo->fn_extra);
  if (!used) {
    used = static_cast<int64*>(MemoryContextAllocZero(fcinfo->flinfo->fn_mcxt, sizeof(int64)));
    fcinfo->flinfo->fn_extra = used;
  }
  if (*used >= budget) PG_RETURN_BOOL(false);
  (*used)++;
  PG_RETURN_BOOL(true);
}

}  // extern "C"
