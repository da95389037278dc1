// Oso's local-authorization configuration file, read unchanged:
//
//   facts:
//     "has_relation(Repository:_, String:parent, Organization:_)":
//       query: SELECT id, org_id FROM repositories
//   sql_types:
//     Repository: integer
//
// Signatures and keys are checked here (with the core's signature parser), each problem
// reported as FILE:LINE:COL.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace pgpolar_cli {

struct BindingEntry {
  std::string signature, query;
  int line = 0, col = 0;  // of the signature, 1-based
};

struct BindingConfig {
  std::string file;
  std::vector<BindingEntry> facts;
  std::map<std::string, std::string> sql_types;  // Polar type -> SQL type, as written
  std::map<std::string, int> sql_type_lines;
};

// Reads FILE; throws a usage error "FILE:LINE:COL: problem".
BindingConfig read_binding_config(const std::string& file);
// Parses YAML text (for tests and stdin); `file` names it in messages.
BindingConfig parse_binding_config(const std::string& yaml, const std::string& file);

// The pg_type names a declared sql_types entry allows for a column (e.g. integer -> int4);
// empty when the SQL type is not one a binding column can have.
std::vector<std::string> column_typnames(const std::string& sql_type);

}  // namespace pgpolar_cli
