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
    uint32 hash;  // 0 marks an empty slot (a value hashing to 0 is stored as 1)
    uint32 length;
    const char* value;
  } * slots;    // one 16-byte slot per probe: a single cache line read
  char* chunk;  // copies of the values are bump-allocated from chunks
  size_t chunk_left;
  bool kept_slots;  // the slot arrays are the backend's kept ones
};

// An empty set whose memory is allocated in `context` (deleting or resetting the context ends the
// set, also on error).
void seen_set_init(SeenSet* set, MemoryContext context);
// Adds the value; false when it was in the set already.
bool seen_set_add(SeenSet* set, const char* value, size_t length);

}  // namespace pgpolar
