// The join spelling of polar.list (issue #16), rewritten by the planner hook (inline_checks.cpp):
//   FROM pr JOIN polar.list(actor, 'action', 'Type') AS l ON l = key
//   FROM pr, polar.list(actor, 'action', 'Type') AS l WHERE l = key
// The list's range entry becomes `LATERAL (SELECT key) AS l` (the same alias and column name, so
// every other reference to l still reads the same value) and the equality the conjunct
// `key IN (SELECT polar.list(actor, 'action', 'Type'))`, which inline_list_membership replaces
// by the probe or the hashed list. The list returns each id at most once, so the join and the
// semi-join give the same rows; PostgreSQL pulls the one-row subquery up and the join is gone.
// An outer join, WITH ORDINALITY or an actor that refers to a row of the query (LATERAL) keeps
// the Function Scan.
#include "inline_rewrite.hpp"

extern "C" {
#include "catalog/pg_operator_d.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/optimizer.h"
#include "optimizer/prep.h"
#include "rewrite/rewriteManip.h"
}

namespace pgpolar {

FuncExpr* list_call_of(RangeTblEntry* rte, const Functions* f) {
  if (rte->rtekind != RTE_FUNCTION || list_length(rte->functions) != 1) return nullptr;
  Node* fn = linitial_node(RangeTblFunction, rte->functions)->funcexpr;
  if (!IsA(fn, FuncExpr) || castNode(FuncExpr, fn)->funcid != f->list) return nullptr;
  return castNode(FuncExpr, fn);
}

namespace {

const char* const kName = "polar.list";

// A range entry `polar.list(...) AS l` of the query (plain data: it lives across ereports).
struct ListItem {
  int rtindex;
  FuncExpr* call;
  bool outer_side;  // a side of an outer join
  bool settled;     // rewritten, or its reason to stay a call given
};

struct JoinRewrite {
  Rewrite* rw;
  Query* q;
  ListItem* items;
  int count;
};

ListItem* item_of(JoinRewrite* jr, Node* node) {
  if (!node || !IsA(node, RangeTblRef)) return nullptr;
  for (int i = 0; i < jr->count; i++)
    if (jr->items[i].rtindex == castNode(RangeTblRef, node)->rtindex) return &jr->items[i];
  return nullptr;
}

// Is the range entry reachable from node through the FROM list and inner joins alone (so that a
// conjunct of node's qualification filters its rows)?
bool inner_reach(Node* node, int rtindex) {
  if (IsA(node, RangeTblRef)) return castNode(RangeTblRef, node)->rtindex == rtindex;
  if (IsA(node, FromExpr)) {
    ListCell* lc;
    foreach (lc, castNode(FromExpr, node)->fromlist)
      if (inner_reach(static_cast<Node*>(lfirst(lc)), rtindex)) return true;
    return false;
  }
  if (IsA(node, JoinExpr) && castNode(JoinExpr, node)->jointype == JOIN_INNER)
    return inner_reach(castNode(JoinExpr, node)->larg, rtindex) || inner_reach(castNode(JoinExpr, node)->rarg, rtindex);
  return false;
}

bool is_column_of(Node* n, int rtindex) {
  return n && IsA(n, Var) && castNode(Var, n)->varno == rtindex && castNode(Var, n)->varattno == 1 &&
         castNode(Var, n)->varlevelsup == 0;
}

// The range entries of the key's columns of this query level; false for a column of the list
// itself, of a join (a merged column) or of a LATERAL item (which could read the list in turn).
struct KeyColumns {
  Query* q;
  int rtindex;
  Relids relids = nullptr;
  bool fits = true;
};

bool key_columns(Node* node, void* context) {
  if (!node) return false;
  KeyColumns* k = static_cast<KeyColumns*>(context);
  if (IsA(node, Var) && castNode(Var, node)->varlevelsup == 0) {
    int varno = castNode(Var, node)->varno;
    RangeTblEntry* rte = rt_fetch(varno, k->q->rtable);
    if (varno == k->rtindex || rte->rtekind == RTE_JOIN || rte->lateral) k->fits = false;
    k->relids = bms_add_member(k->relids, varno);
    return false;
  }
  return expression_tree_walker(node, as_walker(key_columns), context);
}

// Does a join qualification read the list's column without holding the key's tables? It would
// then refer to tables outside its join once the column reads the key.
bool join_outside_key(Node* node, int rtindex, Relids key) {
  if (!node) return false;
  if (IsA(node, FromExpr)) {
    ListCell* lc;
    foreach (lc, castNode(FromExpr, node)->fromlist)
      if (join_outside_key(static_cast<Node*>(lfirst(lc)), rtindex, key)) return true;
    return false;
  }
  if (!IsA(node, JoinExpr)) return false;
  JoinExpr* join = castNode(JoinExpr, node);
  if (join->quals && rangeTableEntry_used(join->quals, rtindex, 0) &&
      !bms_is_subset(key, get_relids_in_jointree(node, false)))
    return true;
  return join_outside_key(join->larg, rtindex, key) || join_outside_key(join->rarg, rtindex, key);
}

// Why the list's column may not read `key` instead, or null.
const char* key_misfit(JoinRewrite* jr, ListItem* item, Node* key) {
  KeyColumns k{jr->q, item->rtindex};
  key_columns(key, &k);
  if (!k.fits) return "the key refers to the list, a join's merged column or a LATERAL item";
  if (join_outside_key(reinterpret_cast<Node*>(jr->q->jointree), item->rtindex, k.relids))
    return "a join condition reads the list's column without the key's tables";
  return nullptr;
}

// The list's range entry as `LATERAL (SELECT key) AS l`, same alias and column name.
void read_key(JoinRewrite* jr, ListItem* item, Node* key) {
  RangeTblEntry* rte = rt_fetch(item->rtindex, jr->q->rtable);
  Node* column = static_cast<Node*>(copyObjectImpl(key));
  IncrementVarSublevelsUp(column, 1, 0);
  Oid collation = exprCollation(reinterpret_cast<Node*>(item->call));
  if (exprCollation(column) != collation)  // l kept the list's collation (for ORDER BY l and the like)
    column = reinterpret_cast<Node*>(
        makeRelabelType(reinterpret_cast<Expr*>(column), TEXTOID, -1, collation, COERCE_IMPLICIT_CAST));
  Query* sub = makeNode(Query);
  sub->commandType = CMD_SELECT;
  sub->querySource = QSRC_ORIGINAL;
  sub->canSetTag = true;
  sub->jointree = makeFromExpr(NIL, nullptr);
  sub->targetList = list_make1(
      makeTargetEntry(reinterpret_cast<Expr*>(column), 1, pstrdup(strVal(linitial(rte->eref->colnames))), false));
  rte->rtekind = RTE_SUBQUERY;
  rte->subquery = sub;
  rte->security_barrier = false;
  rte->lateral = true;
  rte->functions = NIL;
  rte->funcordinality = false;
}

// `l = key` (either side; text equality under a deterministic collation): its key, or null.
Node* equated_key(Node* conjunct, int rtindex) {
  if (!IsA(conjunct, OpExpr)) return nullptr;
  OpExpr* eq = castNode(OpExpr, conjunct);
  if (eq->opno != TextEqualOperator || list_length(eq->args) != 2) return nullptr;
  if (OidIsValid(eq->inputcollid) && !get_collation_isdeterministic(eq->inputcollid)) return nullptr;
  Node* left = static_cast<Node*>(linitial(eq->args));
  Node* right = static_cast<Node*>(lsecond(eq->args));
  if (is_column_of(left, rtindex) && !is_column_of(right, rtindex)) return right;
  if (is_column_of(right, rtindex) && !is_column_of(left, rtindex)) return left;
  return nullptr;
}

// The conjunct `l = key` at *slot (or below it, through AND) replaced by the probe or the hashed
// list of `key IN (SELECT polar.list(...))`. The equality itself goes: with l reading key it is
// `key = key`, true except for a NULL key, and the membership already drops a NULL key (the probe
// finds no fact of it, `NULL IN (...)` is not true), in a conjunct where NULL and false alike
// drop the row.
bool rewrite_equality(JoinRewrite* jr, ListItem* item, Node** slot) {
  if (is_andclause(*slot)) {
    ListCell* lc;
    foreach (lc, castNode(BoolExpr, *slot)->args)
      if (rewrite_equality(jr, item, reinterpret_cast<Node**>(&lfirst(lc)))) return true;
    return false;
  }
  Node* key = equated_key(*slot, item->rtindex);
  if (!key) return false;
  item->settled = true;  // from here on a reason is given when it stays a call
  if (const char* why = key_misfit(jr, item, key)) {
    keep_call(kName, why);
    return false;
  }
  // The list's arguments as they read inside the membership's subquery, one level down.
  FuncExpr* list = static_cast<FuncExpr*>(copyObjectImpl(item->call));
  IncrementVarSublevelsUp(reinterpret_cast<Node*>(list), 1, 0);
  Node* link = membership_sublink(key, list);
  Node* replacement = inline_list_membership(jr->rw, castNode(SubLink, link));
  if (!replacement) return false;
  read_key(jr, item, key);
  *slot = replacement;
  elog(DEBUG1, "pg_polar: a join with polar.list is planned as a check of each row");
  return true;
}

// Post-order, so that an ON condition is used before the WHERE.
void rewrite_scopes(JoinRewrite* jr, Node* node) {
  Node** quals = nullptr;
  if (IsA(node, FromExpr)) {
    ListCell* lc;
    foreach (lc, castNode(FromExpr, node)->fromlist) rewrite_scopes(jr, static_cast<Node*>(lfirst(lc)));
    quals = &castNode(FromExpr, node)->quals;
  } else if (IsA(node, JoinExpr)) {
    JoinExpr* join = castNode(JoinExpr, node);
    rewrite_scopes(jr, join->larg);
    rewrite_scopes(jr, join->rarg);
    if (join->jointype == JOIN_INNER) {
      quals = &join->quals;
    } else {
      for (Node* side : {join->larg, join->rarg})
        if (ListItem* item = item_of(jr, side)) item->outer_side = true;
    }
  }
  if (!quals || !*quals) return;
  for (int i = 0; i < jr->count; i++)
    if (!jr->items[i].settled && inner_reach(node, jr->items[i].rtindex)) rewrite_equality(jr, &jr->items[i], quals);
}

}  // namespace

void inline_list_joins(Query* q, Rewrite* rw) {
  JoinRewrite jr{rw, q, nullptr, 0};
  int index = 0;
  ListCell* lc;
  foreach (lc, q->rtable) {
    index++;
    RangeTblEntry* rte = lfirst_node(RangeTblEntry, lc);
    FuncExpr* call = list_call_of(rte, rw->f);
    if (!call) continue;
    if (rte->funcordinality) {
      keep_call(kName, "WITH ORDINALITY");
      continue;
    }
    if (contain_vars_of_level(static_cast<Node*>(linitial(call->args)), 0)) {
      keep_call(kName, "the actor refers to a row of the query (LATERAL)");
      continue;
    }
    if (!jr.items) jr.items = static_cast<ListItem*>(palloc0(sizeof(ListItem) * list_length(q->rtable)));
    jr.items[jr.count++] = ListItem{index, call, false, false};
  }
  if (jr.count == 0) return;
  rewrite_scopes(&jr, reinterpret_cast<Node*>(q->jointree));
  for (int i = 0; i < jr.count; i++)
    if (!jr.items[i].settled)
      keep_call(kName, jr.items[i].outer_side
                           ? "a side of an outer join"
                           : "no conjunct of an inner join or the WHERE equates its column to a key");
}

}  // namespace pgpolar
