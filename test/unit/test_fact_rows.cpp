// FactRows: the column layout of a bulk insert and the rows that repeat an earlier one.
#include <gtest/gtest.h>

#include "fact_rows.hpp"

using polar::FactRows;
using polar::repeated_rows;

TEST(FactRows, LaysOutRowsColumnByColumn) {
  FactRows rows;
  rows.add("has_role", {"User:a", "String:member", "Org:x"});
  rows.add("has_role", {"User:b", "String:admin", "Org:x"});
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows.cols[0][1], "User:b");
  EXPECT_EQ(rows.cols[1][0], "String:member");
  EXPECT_TRUE(rows.cols[3].empty());
}

TEST(FactRows, MarksEveryRepeatAfterTheFirstOccurrence) {
  FactRows rows;
  rows.add("has_role", {"User:a", "String:member", "Org:x"});  // 0
  rows.add("has_role", {"User:a", "String:member", "Org:y"});  // 1: differs in the last value
  rows.add("has_role", {"User:a", "String:member", "Org:x"});  // 2: repeats 0
  rows.add("is_admin", {"User:a", "String:member", "Org:x"});  // 3: another predicate
  rows.add("has_role", {"User:a", "String:member", "Org:x"});  // 4: repeats 0
  EXPECT_EQ(repeated_rows(rows), (std::vector<bool>{false, false, true, false, true}));
}

TEST(FactRows, EqualHashesAreComparedValueByValue) {
  FactRows rows;
  rows.add("p", {"User:a"});
  rows.add("p", {"User:b"});
  rows.add("p", {"User:a"});
  rows.add("p", {"User:b"});
  rows.add("q", {"User:a"});
  for (uint64_t& h : rows.hashes) h = 7;  // every row in one run of equal hashes
  EXPECT_EQ(repeated_rows(rows), (std::vector<bool>{false, false, true, true, false}));
}

TEST(FactRows, NoRowsNoRepeats) { EXPECT_TRUE(repeated_rows(FactRows{}).empty()); }
