// Parsing Oso's local-authorization YAML with yaml-cpp.
#include "binding_config.hpp"

#include <yaml-cpp/yaml.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "analysis/binding.hpp"
#include "base/error.hpp"
#include "errors.hpp"

namespace pgpolar_cli {

namespace {

[[noreturn]] void fail(const std::string& file, const YAML::Mark& mark, const std::string& problem,
                       const std::string& hint = {}) {
  std::string where = file;
  if (mark.line >= 0) where += ":" + std::to_string(mark.line + 1) + ":" + std::to_string(mark.column + 1);
  throw usage_error(where + ": " + problem, hint);
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

void read_facts(BindingConfig& cfg, const YAML::Node& facts) {
  if (!facts.IsMap())
    fail(cfg.file, facts.Mark(), "'facts' must be a mapping of signatures to {query: ...}",
         "e.g. \"is_public(Repository:_)\": {query: SELECT id FROM repositories WHERE public}");
  for (const auto& kv : facts) {
    BindingEntry e;
    e.signature = kv.first.as<std::string>();
    e.line = kv.first.Mark().line + 1;
    e.col = kv.first.Mark().column + 1;
    try {
      polar::parse_binding_signature(e.signature);
    } catch (const polar::PolarError& err) {
      fail(cfg.file, kv.first.Mark(), std::string(err.what()) + " in '" + e.signature + "'", err.hint());
    }
    if (!kv.second.IsMap()) fail(cfg.file, kv.second.Mark(), "expected {query: SELECT ...} for '" + e.signature + "'");
    for (const auto& field : kv.second) {
      std::string key = field.first.as<std::string>();
      if (key != "query")
        fail(cfg.file, field.first.Mark(), "unknown key '" + key + "' in the binding of '" + e.signature + "'",
             "A fact's binding has one key, query.");
      if (!field.second.IsScalar() || field.second.as<std::string>().empty())
        fail(cfg.file, field.second.Mark(), "query must be a non-empty SQL string");
      e.query = field.second.as<std::string>();
    }
    if (e.query.empty()) fail(cfg.file, kv.first.Mark(), "'" + e.signature + "' has no query");
    cfg.facts.push_back(std::move(e));
  }
}

void read_sql_types(BindingConfig& cfg, const YAML::Node& types) {
  if (!types.IsMap()) fail(cfg.file, types.Mark(), "'sql_types' must be a mapping of types to SQL types");
  for (const auto& kv : types) {
    std::string type = kv.first.as<std::string>();
    if (!kv.second.IsScalar()) fail(cfg.file, kv.second.Mark(), "the SQL type of " + type + " must be a name");
    std::string sql = kv.second.as<std::string>();
    if (column_typnames(sql).empty())
      fail(cfg.file, kv.second.Mark(), "unsupported SQL type '" + sql + "' for " + type,
           "Binding columns are smallint, integer, bigint, text, varchar or uuid.");
    cfg.sql_types[type] = sql;
    cfg.sql_type_lines[type] = kv.first.Mark().line + 1;
  }
}

}  // namespace

std::vector<std::string> column_typnames(const std::string& sql_type) {
  std::string t = lower(sql_type);
  if (t == "integer" || t == "int" || t == "int4") return {"int4"};
  if (t == "bigint" || t == "int8") return {"int8"};
  if (t == "smallint" || t == "int2") return {"int2"};
  if (t == "uuid") return {"uuid"};
  if (t == "text" || t == "string" || t == "varchar" || t == "character varying") return {"text", "varchar", "bpchar"};
  return {};
}

BindingConfig parse_binding_config(const std::string& yaml, const std::string& file) {
  BindingConfig cfg;
  cfg.file = file;
  YAML::Node root;
  try {
    root = YAML::Load(yaml);
  } catch (const YAML::Exception& e) {
    fail(file, e.mark, e.msg);
  }
  if (!root.IsMap()) fail(file, root.Mark(), "expected a mapping with 'facts' (and optionally 'sql_types')");
  for (const auto& kv : root) {
    std::string key = kv.first.as<std::string>();
    if (key == "facts")
      read_facts(cfg, kv.second);
    else if (key == "sql_types")
      read_sql_types(cfg, kv.second);
    else
      fail(file, kv.first.Mark(), "unknown key '" + key + "'", "The file has two keys: facts and sql_types.");
  }
  if (cfg.facts.empty()) fail(file, root.Mark(), "no facts to bind", "Add a 'facts:' mapping of signatures.");
  return cfg;
}

BindingConfig read_binding_config(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw usage_error(file + ": cannot open the file");
  std::ostringstream s;
  s << in.rdbuf();
  return parse_binding_config(s.str(), file);
}

}  // namespace pgpolar_cli
