// Data bindings on the PostgreSQL side: the catalog rows, their conversion to core
// bindings, and checks against a policy.
#pragma once

#include <vector>

#include "analysis/binding.hpp"
#include "ir/ir.hpp"
#include "pg.hpp"

namespace pgpolar {

struct BindingRow {
  int id;
  char* signature;
  char* query;
  char* view_name;
  int ncolumns;
  char** column_types;
  char* base_table;     // quoted, schema-qualified; NULL unless a plain projection of one table
  char** base_columns;  // quoted, per result column
};

// Every binding, by id (inside SPI). `after_write`: the caller changed the catalog in this
// call and must see its own changes (checks read in their snapshot instead). May ereport.
BindingRow* read_binding_rows(int* count, bool after_write = false);

// Inside walls only: the core form of stored bindings (throws PolarError).
std::vector<polar::Binding> to_core_bindings(const BindingRow* rows, int count);

// Raises unless every stored binding fits `program` (a policy about to become active). Inside SPI.
void check_bindings_fit(const polar::ir::Program* program);

}  // namespace pgpolar
