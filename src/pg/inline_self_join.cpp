// `x.col IN (SELECT k.col FROM t k WHERE quals)` with x a row of t itself, col unique and not
// null: the only k row that can match is x's own row (same table, same snapshot), so the
// conjunct holds exactly when quals hold for x. A filter view read as
// `pr.id IN (SELECT id FROM polar_filters.readable_prs)` is this self-join once the view is
// expanded; without it PostgreSQL looks up every candidate row a second time by its key.
//
// Soundness, beyond the row argument above:
// - only a WHERE conjunct of a query whose FROM list holds x itself (x never null-extended), the
//   subqueries plain single-table SELECTs (no grouping, limit, set operation, DISTINCT, row
//   locks, security barrier), quals only at the table's level, with no reference to the wrappers;
// - k is a plain table without children or TABLESAMPLE (x neither), k has no row-level-security
//   quals of its own (x keeps its own), col has a unique, immediate, non-partial B-tree index
//   whose equality is the operator written (deterministic collation) and a NOT NULL constraint;
// - privileges: the inner relations (the view, read as the querying role, and k, read as the
//   view's owner) stay in the range table, unreferenced, so the executor still checks them as
//   before; the quals now read x's columns, which the querying role reads anyway (x is its own
//   range entry, checked as the role). Functions in the quals run as they did (as the caller).
#include "inline_self_join.hpp"

extern "C" {
#include "access/genam.h"
#include "access/table.h"
#include "access/stratnum.h"
#include "catalog/pg_am_d.h"
#include "catalog/pg_inherits.h"
#include "catalog/pg_class_d.h"
#include "nodes/nodeFuncs.h"
#include "optimizer/optimizer.h"
#include "parser/parsetree.h"
#include "rewrite/rewriteManip.h"
#include "utils/rel.h"
}

namespace pgpolar {

namespace {

bool plain_select(Query* q) {
  return q->commandType == CMD_SELECT && !q->setOperations && !q->cteList && !q->groupClause && !q->groupingSets &&
         !q->havingQual && !q->sortClause && !q->limitCount && !q->limitOffset && !q->distinctClause &&
         !q->windowClause && !q->hasAggs && !q->hasWindowFuncs && !q->hasTargetSRFs && !q->rowMarks &&
         !q->hasForUpdate && !q->hasModifyingCTE && q->jointree && list_length(q->jointree->fromlist) == 1 &&
         IsA(linitial(q->jointree->fromlist), RangeTblRef) && list_length(q->targetList) >= 1;
}

// The relation the sublink's single output column comes from, through plain subquery wrappers.
struct Inner {
  Query* base = nullptr;  // the query that reads the relation
  Index index = 0;        // the relation's range entry in base
  AttrNumber attno = 0;
  int depth = 0;          // query levels from the sublink's query down to base
  List* relations = NIL;  // every relation entry on the way (their privilege checks stay)
};

bool find_inner(Query* sub, Inner* in) {
  if (list_length(sub->targetList) != 1) return false;
  Node* expr = reinterpret_cast<Node*>(linitial_node(TargetEntry, sub->targetList)->expr);
  for (int depth = 1; depth < 8; depth++) {
    if (!plain_select(sub) || !IsA(expr, Var)) return false;
    Var* v = castNode(Var, expr);
    Index index = castNode(RangeTblRef, linitial(sub->jointree->fromlist))->rtindex;
    if (v->varlevelsup != 0 || v->varno != static_cast<int>(index)) return false;
    ListCell* lc;
    foreach (lc, sub->rtable)
      if (lfirst_node(RangeTblEntry, lc)->rtekind == RTE_RELATION) in->relations = lappend(in->relations, lfirst(lc));
    RangeTblEntry* rte = rt_fetch(index, sub->rtable);
    if (rte->rtekind == RTE_RELATION) {
      *in = {sub, index, v->varattno, depth, in->relations};
      return true;
    }
    if (rte->rtekind != RTE_SUBQUERY || rte->security_barrier || sub->jointree->quals) return false;
    TargetEntry* te = get_tle_by_resno(rte->subquery->targetList, v->varattno);
    if (!te || te->resjunk) return false;
    sub = rte->subquery;
    expr = reinterpret_cast<Node*>(te->expr);
  }
  return false;
}

// Is `attno` of `relid` NOT NULL with a unique index whose equality is `opno`?
bool unique_key(Oid relid, AttrNumber attno, Oid opno, Oid collation) {
  if (get_rel_relkind(relid) != RELKIND_RELATION || has_subclass(relid) || attno <= 0) return false;
  if (OidIsValid(collation) && !get_collation_isdeterministic(collation)) return false;
  Relation rel = table_open(relid, NoLock);  // locked by the rewriter
  bool unique = false;
  if (TupleDescAttr(RelationGetDescr(rel), attno - 1)->attnotnull) {
    List* indexes = RelationGetIndexList(rel);
    ListCell* lc;
    foreach (lc, indexes) {
      Relation ix = index_open(lfirst_oid(lc), AccessShareLock);
      Form_pg_index i = ix->rd_index;
      unique = i->indisunique && i->indimmediate && i->indisvalid && i->indnkeyatts == 1 &&
               i->indkey.values[0] == attno && ix->rd_rel->relam == BTREE_AM_OID &&
               RelationGetIndexPredicate(ix) == NIL &&
               get_op_opfamily_strategy(opno, ix->rd_opfamily[0]) == BTEqualStrategyNumber &&
               (!OidIsValid(ix->rd_indcollation[0]) || get_collation_isdeterministic(ix->rd_indcollation[0]));
      index_close(ix, AccessShareLock);
      if (unique) break;
    }
  }
  table_close(rel, NoLock);
  return unique;
}

// The conjunct's replacement, or null.
Node* without_self_join(Query* q, Node* conjunct, bool (*wanted)(Node*, void*), void* context) {
  if (!IsA(conjunct, SubLink)) return nullptr;
  SubLink* link = castNode(SubLink, conjunct);
  if (link->subLinkType != ANY_SUBLINK || !link->testexpr || !IsA(link->testexpr, OpExpr)) return nullptr;
  OpExpr* eq = castNode(OpExpr, link->testexpr);
  if (list_length(eq->args) != 2 || !IsA(linitial(eq->args), Var) || !IsA(lsecond(eq->args), Param)) return nullptr;
  Var* x = linitial_node(Var, eq->args);
  Param* p = lsecond_node(Param, eq->args);
  if (x->varlevelsup != 0 || p->paramkind != PARAM_SUBLINK || p->paramid != 1) return nullptr;
  // x itself in the FROM list, not under a join
  bool listed = false;
  ListCell* lc;
  foreach (lc, q->jointree->fromlist)
    listed = listed || (IsA(lfirst(lc), RangeTblRef) && castNode(RangeTblRef, lfirst(lc))->rtindex == x->varno);
  if (!listed) return nullptr;
  RangeTblEntry* outer = rt_fetch(x->varno, q->rtable);
  Inner in;
  if (outer->rtekind != RTE_RELATION || outer->tablesample || !find_inner(castNode(Query, link->subselect), &in))
    return nullptr;
  RangeTblEntry* k = rt_fetch(in.index, in.base->rtable);
  Node* quals = in.base->jointree->quals;
  if (k->relid != outer->relid || k->securityQuals || k->tablesample || in.attno != x->varattno || !quals ||
      !wanted(quals, context))
    return nullptr;
  for (int level = 1; level < in.depth; level++)
    if (contain_vars_of_level(quals, level)) return nullptr;  // a reference to a wrapper
  if (!unique_key(outer->relid, x->varattno, eq->opno, eq->inputcollid)) return nullptr;
  Node* moved = static_cast<Node*>(copyObjectImpl(quals));
  ChangeVarNodes(moved, in.index, x->varno, 0);
  IncrementVarSublevelsUp(moved, -in.depth, in.depth);
  foreach (lc, in.relations) {
    RangeTblEntry* kept = static_cast<RangeTblEntry*>(copyObjectImpl(lfirst(lc)));
    kept->inFromCl = false;
    q->rtable = lappend(q->rtable, kept);
  }
  elog(DEBUG1, "pg_polar: a self-join on %s is read as one row", get_rel_name(outer->relid));
  return moved;
}

}  // namespace

void eliminate_self_joins(Query* q, bool (*wanted)(Node*, void*), void* context) {
  if (q->commandType != CMD_SELECT || !q->jointree || !q->jointree->quals) return;
  Node* quals = q->jointree->quals;
  if (is_andclause(quals)) {
    ListCell* lc;
    foreach (lc, castNode(BoolExpr, quals)->args)
      if (Node* moved = without_self_join(q, static_cast<Node*>(lfirst(lc)), wanted, context)) lfirst(lc) = moved;
  } else if (Node* moved = without_self_join(q, quals, wanted, context)) {
    q->jointree->quals = moved;
  }
}

}  // namespace pgpolar
