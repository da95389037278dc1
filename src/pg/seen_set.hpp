// The values a list has returned so far, to drop duplicates as rows stream in. Plain C data in a
// memory context (it lives across calls that may ereport); open addressing with linear probing.
// dynahash cost 17% of a 5,300-row list (its bucket segments and callbacks). The slot arrays of
// one set at a time are kept between calls (see seen_set.cpp).
#pragma once

#include "pg.hpp"

namespace pgpolar {

struct SeenSet {
  MemoryContext context;
  uint32 mask;  // slots - 1 (a power of two)
  uint32 used;
  struct Slot {
    uint32 hash;   // 0 marks an empty slot (a value hashing to 0 is stored as 1)
    uint32 value;  // where the value is in `values`, in 8-byte units
  } * slots;       // 8 bytes a slot: a 20,000-value set probes 512 kB, not 1 MB
  char* values;    // each value as its length (uint32) and bytes, 8-byte aligned
  size_t values_used;
  size_t values_size;
  bool kept_slots;  // the slot arrays are the backend's kept ones
};

// An empty set whose memory is allocated in `context` (deleting or resetting the context ends the
// set, also on error).
void seen_set_init(SeenSet* set, MemoryContext context);
// Adds the value; false when it was in the set already.
bool seen_set_add(SeenSet* set, const char* value, size_t length);

}  // namespace pgpolar
