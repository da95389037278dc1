#include "base/canonical_id.hpp"

namespace polar {

bool parse_canonical_integer(const char* text, size_t len, int64_t min, int64_t max, int64_t* out) {
  size_t i = 0;
  bool negative = len > 0 && text[0] == '-';
  if (negative) i = 1;
  if (i == len) return false;
  if (text[i] == '0') {  // "0" alone; "-0" and leading zeros are other ids
    if (negative || len != 1) return false;
    *out = 0;
    return min <= 0 && 0 <= max;
  }
  // Accumulate negatively: |INT64_MIN| does not fit a positive int64.
  int64_t value = 0;
  for (; i < len; i++) {
    char c = text[i];
    if (c < '0' || c > '9') return false;
    int digit = c - '0';
    if (value < (INT64_MIN + digit) / 10) return false;
    value = value * 10 - digit;
  }
  if (!negative) {
    if (value == INT64_MIN) return false;
    value = -value;
  }
  if (value < min || value > max) return false;
  *out = value;
  return true;
}

bool parse_canonical_uuid(const char* text, size_t len, unsigned char out[16]) {
  if (len != 36) return false;
  int byte = 0;
  for (size_t i = 0; i < len;) {
    if (i == 8 || i == 13 || i == 18 || i == 23) {
      if (text[i++] != '-') return false;
      continue;
    }
    int nibbles[2];
    for (int k = 0; k < 2; k++, i++) {
      char c = text[i];
      if (c >= '0' && c <= '9')
        nibbles[k] = c - '0';
      else if (c >= 'a' && c <= 'f')
        nibbles[k] = c - 'a' + 10;
      else
        return false;
    }
    out[byte++] = static_cast<unsigned char>(nibbles[0] << 4 | nibbles[1]);
  }
  return byte == 16;
}

}  // namespace polar
