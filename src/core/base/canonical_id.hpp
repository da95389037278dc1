// Canonical ids of binding columns. An id is a string: Repository{"007"} is not Repository{7},
// so only the canonical text of a column value maps back to that value. These parsers decide it
// without allocating, for the per-row decoders of the PostgreSQL layer (polar.id_int4, ...).
#pragma once

#include <cstddef>
#include <cstdint>

namespace polar {

// `text` (not NUL-terminated) is the canonical decimal of an integer in [min, max]:
// "0" or an optional '-' followed by digits without a leading zero. Sets *out on success.
bool parse_canonical_integer(const char* text, size_t len, int64_t min, int64_t max, int64_t* out);

// `text` is the canonical lower-case uuid form (8-4-4-4-12 hex digits). Fills out[16].
bool parse_canonical_uuid(const char* text, size_t len, unsigned char out[16]);

}  // namespace polar
