#include "seen_set.hpp"

#include <algorithm>
#include <cstring>

namespace pgpolar {

namespace {

constexpr uint32 kInitialSlots = 1024;
constexpr size_t kInitialValueBytes = 16 * 1024;

// Slot arrays kept between calls, for one set at a time (a list whose query runs another list
// allocates its own). Allocating and faulting in fresh pages for a 20,000-value list's 1 MB of
// slots cost 15% of the call. Growing needs the old and the new array at once: two are kept, up
// to 2 MB each; larger tables are allocated per call.
constexpr uint32 kMaxKeptSlots = 1u << 18;
MemoryContext g_kept_context = nullptr;
SeenSet::Slot* g_kept[2] = {nullptr, nullptr};
uint32 g_kept_slots[2] = {0, 0};
bool g_kept_in_use = false;

void release_kept_slots(void*) { g_kept_in_use = false; }

SeenSet::Slot* kept_slots(const SeenSet* set, uint32 slots) {
  if (!g_kept_context)
    g_kept_context = AllocSetContextCreate(TopMemoryContext, "pg_polar kept list slots", ALLOCSET_DEFAULT_SIZES);
  int b = set->slots == g_kept[0] ? 1 : 0;  // not the array being grown out of
  if (g_kept_slots[b] < slots) {
    if (g_kept[b]) pfree(g_kept[b]);
    g_kept[b] = nullptr;
    g_kept_slots[b] = 0;
    g_kept[b] = static_cast<SeenSet::Slot*>(MemoryContextAlloc(g_kept_context, slots * sizeof(SeenSet::Slot)));
    g_kept_slots[b] = slots;
  }
  memset(g_kept[b], 0, slots * sizeof(SeenSet::Slot));
  return g_kept[b];
}

void allocate_slots(SeenSet* set, uint32 slots) {
  set->mask = slots - 1;
  if (set->kept_slots && slots <= kMaxKeptSlots) {
    set->slots = kept_slots(set, slots);
    return;
  }
  // Huge: a list of more than 33 million values outgrows a plain allocation's 1 GB.
  set->slots = static_cast<SeenSet::Slot*>(
      MemoryContextAllocExtended(set->context, slots * sizeof(SeenSet::Slot), MCXT_ALLOC_HUGE | MCXT_ALLOC_ZERO));
}

bool is_kept(const SeenSet::Slot* slots) { return slots == g_kept[0] || slots == g_kept[1]; }

void place(SeenSet* set, const SeenSet::Slot& slot) {
  uint32 i = slot.hash & set->mask;
  while (set->slots[i].hash != 0) i = (i + 1) & set->mask;
  set->slots[i] = slot;
}

// Doubles the slots once half are used (linear probing stays short below that load).
void grow(SeenSet* set) {
  uint32 old_slots = set->mask + 1;
  SeenSet::Slot* old = set->slots;
  allocate_slots(set, old_slots * 2);
  for (uint32 i = 0; i < old_slots; i++)
    if (old[i].hash != 0) place(set, old[i]);
  if (!is_kept(old)) pfree(old);
}

// Appends the value (its length, then its bytes) to the set's values; returns its place.
uint32 store_value(SeenSet* set, const char* value, size_t length) {
  size_t need = TYPEALIGN(8, sizeof(uint32) + length);
  if (set->values_used + need > set->values_size) {
    size_t size = std::max<size_t>(2 * set->values_size, set->values_used + need);
    if (size / 8 > PG_UINT32_MAX) elog(ERROR, "pg_polar: a list's values exceed 32 GB");
    set->values =
        static_cast<char*>(set->values ? repalloc_huge(set->values, size) : MemoryContextAllocHuge(set->context, size));
    set->values_size = size;
  }
  char* at = set->values + set->values_used;
  uint32 len32 = static_cast<uint32>(length);
  memcpy(at, &len32, sizeof(len32));
  memcpy(at + sizeof(len32), value, length);
  uint32 place = static_cast<uint32>(set->values_used / 8);
  set->values_used += need;
  return place;
}

bool same_value(const SeenSet* set, uint32 place, const char* value, size_t length) {
  const char* at = set->values + static_cast<size_t>(place) * 8;
  uint32 len32;
  memcpy(&len32, at, sizeof(len32));
  return len32 == length && memcmp(at + sizeof(len32), value, length) == 0;
}

}  // namespace

void seen_set_init(SeenSet* set, MemoryContext context) {
  memset(set, 0, sizeof(*set));
  set->context = context;
  if (!g_kept_in_use) {
    auto* release = static_cast<MemoryContextCallback*>(MemoryContextAllocZero(context, sizeof(MemoryContextCallback)));
    release->func = release_kept_slots;
    MemoryContextRegisterResetCallback(context, release);
    g_kept_in_use = true;
    set->kept_slots = true;
  }
  allocate_slots(set, kInitialSlots);
  set->values = static_cast<char*>(MemoryContextAlloc(context, kInitialValueBytes));
  set->values_size = kInitialValueBytes;
}

bool seen_set_add(SeenSet* set, const char* value, size_t length) {
  uint32 hash = hash_bytes(reinterpret_cast<const unsigned char*>(value), static_cast<int>(length));
  if (hash == 0) hash = 1;
  uint32 i = hash & set->mask;
  for (; set->slots[i].hash != 0; i = (i + 1) & set->mask) {
    const SeenSet::Slot& slot = set->slots[i];
    if (slot.hash == hash && same_value(set, slot.value, value, length)) return false;
  }
  set->slots[i] = SeenSet::Slot{hash, store_value(set, value, length)};
  if (++set->used * 2 > set->mask + 1) grow(set);
  return true;
}

}  // namespace pgpolar
