#include <gtest/gtest.h>

#include <cstring>

#include "base/canonical_id.hpp"

using polar::parse_canonical_integer;
using polar::parse_canonical_uuid;

namespace {

bool int_of(const char* s, int64_t min, int64_t max, int64_t* out) {
  return parse_canonical_integer(s, std::strlen(s), min, max, out);
}

}  // namespace

TEST(CanonicalId, IntegersInCanonicalForm) {
  int64_t v = -1;
  EXPECT_TRUE(int_of("0", INT64_MIN, INT64_MAX, &v));
  EXPECT_EQ(v, 0);
  EXPECT_TRUE(int_of("42", INT64_MIN, INT64_MAX, &v));
  EXPECT_EQ(v, 42);
  EXPECT_TRUE(int_of("-7", INT64_MIN, INT64_MAX, &v));
  EXPECT_EQ(v, -7);
  EXPECT_TRUE(int_of("9223372036854775807", INT64_MIN, INT64_MAX, &v));
  EXPECT_EQ(v, INT64_MAX);
  EXPECT_TRUE(int_of("-9223372036854775808", INT64_MIN, INT64_MAX, &v));
  EXPECT_EQ(v, INT64_MIN);
}

TEST(CanonicalId, OtherSpellingsAreOtherIds) {
  int64_t v;
  for (const char* s : {"", "-", "007", "-0", "00", "+1", " 1", "1 ", "1e3", "0x10", "12a", "--1"})
    EXPECT_FALSE(int_of(s, INT64_MIN, INT64_MAX, &v)) << s;
}

TEST(CanonicalId, IntegersOutsideTheColumnRange) {
  int64_t v;
  EXPECT_FALSE(int_of("9223372036854775808", INT64_MIN, INT64_MAX, &v));
  EXPECT_FALSE(int_of("-9223372036854775809", INT64_MIN, INT64_MAX, &v));
  EXPECT_FALSE(int_of("99999999999999999999999", INT64_MIN, INT64_MAX, &v));
  EXPECT_TRUE(int_of("2147483647", INT32_MIN, INT32_MAX, &v));
  EXPECT_FALSE(int_of("2147483648", INT32_MIN, INT32_MAX, &v));
  EXPECT_TRUE(int_of("-32768", INT16_MIN, INT16_MAX, &v));
  EXPECT_FALSE(int_of("-32769", INT16_MIN, INT16_MAX, &v));
}

TEST(CanonicalId, Uuids) {
  unsigned char out[16];
  const char* ok = "0123abcd-4567-89ef-0123-456789abcdef";
  ASSERT_TRUE(parse_canonical_uuid(ok, std::strlen(ok), out));
  EXPECT_EQ(out[0], 0x01);
  EXPECT_EQ(out[3], 0xcd);
  EXPECT_EQ(out[15], 0xef);
  for (const char* s : {"0123ABCD-4567-89ef-0123-456789abcdef", "{0123abcd-4567-89ef-0123-456789abcdef}",
                        "0123abcd456789ef0123456789abcdef", "0123abcd-4567-89ef-0123-456789abcde",
                        "0123abcd-4567-89ef-0123-456789abcdeg", "0123abcd-4567-89ef-0123+456789abcdef"})
    EXPECT_FALSE(parse_canonical_uuid(s, std::strlen(s), out)) << s;
}
