// PostgreSQL headers for the C++ layer. Included only by src/pg; the core never sees them.
#pragma once

extern "C" {
#include "postgres.h"

#include "access/htup_details.h"
#include "catalog/namespace.h"
#include "commands/trigger.h"
#include "common/hashfn.h"
#include "catalog/pg_type.h"
#include "executor/spi.h"
#include "fmgr.h"
#include "jit/jit.h"
#include "nodes/makefuncs.h"
#include "parser/parse_node.h"
#include "funcapi.h"
#include "miscadmin.h"
#include "storage/lmgr.h"
#include "utils/array.h"
#include "utils/builtins.h"
#include "utils/inval.h"
#include "utils/jsonb.h"
#include "utils/lsyscache.h"
#include "utils/memutils.h"
#include "utils/snapmgr.h"
#include "utils/timestamp.h"
#include "utils/tuplestore.h"
#include "utils/guc.h"
#include "utils/hsearch.h"
#include "access/table.h"
#include "nodes/parsenodes.h"
#include "rewrite/rewriteHandler.h"
#include "parser/parsetree.h"
#include "catalog/pg_class.h"
#include "utils/rel.h"
#include "access/xact.h"
#include "access/heapam.h"
#include "access/tableam.h"
#include "access/xlog.h"
#include "executor/executor.h"
#include "utils/acl.h"
#include "catalog/pg_trigger.h"
}

// PostgreSQL's headers define these as macros; they collide with the C++ standard library.
#undef snprintf
#undef vsnprintf
#undef printf
