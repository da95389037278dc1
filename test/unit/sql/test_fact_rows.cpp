// FactRows: the column layout of a bulk insert and the rows that repeat an earlier one; the
// insert statements that take them.
#include <gtest/gtest.h>

#include "sql/fact_rows.hpp"
#include "sql/fact_sql.hpp"

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

// Concurrent writers of overlapping batches must reach shared facts in one order (the primary
// key's, byte order as the tables' "C" collation), or each can hold a fact the other waits for.
TEST(FactInsertSql, InsertsInThePrimaryKeysOrder) {
  std::string sql = polar::fact_insert_sql(2);
  EXPECT_NE(sql.find(" AS \"r\"(\"pred\", \"a0\", \"a1\") ORDER BY \"pred\" COLLATE pg_catalog.\"C\", "
                     "\"a0\" COLLATE pg_catalog.\"C\", \"a1\" COLLATE pg_catalog.\"C\" ON CONFLICT DO NOTHING"),
            std::string::npos)
      << sql;
  EXPECT_NE(polar::fact_insert_plain_sql(5).find("\"a4\" COLLATE pg_catalog.\"C\""), std::string::npos);
}
