#include "fact_store.hpp"

#include "policy_state.hpp"
#include "stored_predicates.hpp"

namespace pgpolar {

namespace {

// Rows per multi-insert, as COPY buffers them.
constexpr int kRowsPerFlush = 1000;

// Would an INSERT into this table do only what this path does? Then only pg_polar's own
// trigger acts on inserts, and it is replaced by record_new_predicates().
bool inserts_are_plain(Relation rel, int arity) {
  if (rel->rd_rel->relkind != RELKIND_RELATION || rel->rd_rel->relrowsecurity || rel->rd_rules) return false;
  TupleDesc desc = RelationGetDescr(rel);
  if (desc->natts != arity + 1) return false;
  for (int i = 0; i < desc->natts; i++)
    if (TupleDescAttr(desc, i)->attisdropped || TupleDescAttr(desc, i)->attgenerated) return false;
  if (desc->constr && desc->constr->num_check > 0) return false;
  if (rel->trigdesc)
    for (int i = 0; i < rel->trigdesc->numtriggers; i++) {
      const Trigger& t = rel->trigdesc->triggers[i];
      if (TRIGGER_FOR_INSERT(t.tgtype) && strcmp(t.tgname, "note_inserted_predicates") != 0) return false;
    }
  return pg_class_aclcheck(RelationGetRelid(rel), GetUserId(), ACL_INSERT) == ACLCHECK_OK;
}

// Index checks an INSERT would defer or that ExecInsertIndexTuples leaves to its caller.
bool indexes_are_plain(const ResultRelInfo* rri) {
  for (int i = 0; i < rri->ri_NumIndices; i++) {
    const IndexInfo* info = rri->ri_IndexRelationInfo[i];
    if (info->ii_ExclusionOps) return false;
    if (info->ii_Unique && !rri->ri_IndexRelationDescs[i]->rd_index->indimmediate) return false;
  }
  return true;
}

// What the fact table's statement trigger does for an INSERT: records the predicates the
// backend's compiled policy does not count as stored yet. Inside SPI.
void record_new_predicates(int arity, char* const* preds, int count) {
  const LoadedPolicy* policy = cached_policy();
  char** unlisted = static_cast<char**>(palloc(sizeof(char*) * (count + 1)));
  int n = 0;
  for (int i = 0; i < count; i++)
    if (!policy || !stored_predicate_listed(policy->stored_list, policy->nstored, preds[i],
                                            static_cast<int>(strlen(preds[i])), arity))
      unlisted[n++] = preds[i];
  if (n > 0) record_stored_predicates(arity, unlisted, n);
  pfree(unlisted);
}

}  // namespace

bool store_facts_directly(int arity, char* const* preds, char* const* const* cols, int count, uint64* stored) {
  if (XactReadOnly || RecoveryInProgress() || IsInParallelMode()) return false;  // INSERT says why
  Oid relid = get_relname_relid(psprintf("fact_%d", arity), get_namespace_oid("polar", false));
  if (!OidIsValid(relid)) return false;
  Relation rel = table_open(relid, RowExclusiveLock);
  if (!inserts_are_plain(rel, arity)) {
    table_close(rel, RowExclusiveLock);
    return false;
  }
  EState* estate = CreateExecutorState();
  ResultRelInfo* rri = makeNode(ResultRelInfo);
  InitResultRelInfo(rri, rel, 1, nullptr, 0);
  ExecOpenIndices(rri, false);
  if (!indexes_are_plain(rri)) {
    ExecCloseIndices(rri);
    FreeExecutorState(estate);
    table_close(rel, RowExclusiveLock);
    return false;
  }

  CommandId cid = GetCurrentCommandId(true);
  BulkInsertState bistate = GetBulkInsertState();
  int nslots = Min(count, kRowsPerFlush);
  TupleTableSlot** slots = static_cast<TupleTableSlot**>(palloc(sizeof(TupleTableSlot*) * nslots));
  for (int i = 0; i < nslots; i++) slots[i] = table_slot_create(rel, nullptr);
  MemoryContext rows_context =
      AllocSetContextCreate(CurrentMemoryContext, "pg_polar fact rows", ALLOCSET_DEFAULT_SIZES);
  MemoryContext caller_context = CurrentMemoryContext;

  for (int start = 0; start < count; start += nslots) {
    int n = Min(nslots, count - start);
    MemoryContextSwitchTo(rows_context);
    for (int i = 0; i < n; i++) {
      TupleTableSlot* slot = slots[i];
      ExecClearTuple(slot);
      slot->tts_values[0] = CStringGetTextDatum(preds[start + i]);
      slot->tts_isnull[0] = false;
      for (int k = 0; k < arity; k++) {
        slot->tts_values[k + 1] = CStringGetTextDatum(cols[k][start + i]);
        slot->tts_isnull[k + 1] = false;
      }
      ExecStoreVirtualTuple(slot);
      slot->tts_tableOid = relid;
    }
    table_multi_insert(rel, slots, n, cid, 0, bistate);
    for (int i = 0; i < n; i++) {
      List* recheck = ExecInsertIndexTuples(rri, slots[i], estate, false, false, nullptr, NIL);
      Assert(recheck == NIL);  // no deferred unique index (indexes_are_plain)
      list_free(recheck);
      ResetPerTupleExprContext(estate);
    }
    MemoryContextSwitchTo(caller_context);
    MemoryContextReset(rows_context);
  }

  for (int i = 0; i < nslots; i++) ExecDropSingleTupleTableSlot(slots[i]);
  pfree(slots);
  MemoryContextDelete(rows_context);
  FreeBulkInsertState(bistate);
  table_finish_bulk_insert(rel, 0);
  ExecCloseIndices(rri);
  FreeExecutorState(estate);
  table_close(rel, NoLock);   // the lock is kept to the end of the transaction, as INSERT keeps it
  CommandCounterIncrement();  // later statements of the call see the facts, as after an INSERT

  record_new_predicates(arity, preds, count);
  *stored = static_cast<uint64>(count);
  return true;
}

}  // namespace pgpolar
