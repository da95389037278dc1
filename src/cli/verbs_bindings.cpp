// Binding verbs: bind FILE.yaml (Oso's local-authorization format), bindings, unbind.
#include <iostream>

#include "analysis/binding.hpp"
#include "binding_config.hpp"
#include "errors.hpp"
#include "output.hpp"
#include "verbs.hpp"

namespace pgpolar_cli {

namespace {

// The binding's column types (pg_type names, in column order) as the server recorded them.
std::vector<std::string> column_types(Connection& db, const std::string& id) {
  Result r = db.exec(
      "SELECT pg_catalog.array_to_json(column_types)::pg_catalog.text FROM polar.bindings WHERE id = "
      "$1::pg_catalog.int4",
      {id});
  std::vector<std::string> out;
  if (r.rows() == 1)
    for (const auto& t : nlohmann::json::parse(r.get(0, 0))) out.push_back(t.get<std::string>());
  return out;
}

// sql_types: every column of a declared type must have that SQL type.
void check_sql_types(const BindingConfig& cfg, const BindingEntry& e, const std::vector<std::string>& types) {
  polar::Binding b = polar::parse_binding_signature(e.signature);
  for (const polar::BindingPosition& p : b.positions) {
    auto declared = cfg.sql_types.find(p.type);
    if (p.constant || declared == cfg.sql_types.end() || p.column >= static_cast<int>(types.size())) continue;
    std::vector<std::string> allowed = column_typnames(declared->second);
    const std::string& actual = types[p.column];
    if (std::find(allowed.begin(), allowed.end(), actual) == allowed.end())
      throw CliError(kExitFailed,
                     cfg.file + ":" + std::to_string(e.line) + ":" + std::to_string(e.col) + ": column " +
                         std::to_string(p.column + 1) + " of the query for '" + e.signature + "' is " + actual +
                         ", but sql_types declares " + p.type + " as " + declared->second,
                     "Cast the column in the query or correct sql_types (line " +
                         std::to_string(cfg.sql_type_lines.at(p.type)) + ").");
  }
}

int cmd_bind(Context& ctx, const std::string& file) {
  BindingConfig cfg = read_binding_config(file);
  Connection& db = ctx.db();
  nlohmann::json done = nlohmann::json::array();
  db.begin();
  try {
    for (const BindingEntry& e : cfg.facts) {
      // Binding a signature again replaces it: the file is the truth.
      int replaced = std::stoi(db.exec("SELECT polar.unbind($1::pg_catalog.text)", {e.signature}).get(0, 0));
      std::string id;
      try {
        id = db.exec("SELECT polar.bind($1::pg_catalog.text, $2::pg_catalog.text)", {e.signature, e.query}).get(0, 0);
      } catch (const ServerError& err) {
        throw ServerError(err.sqlstate(),
                          cfg.file + ":" + std::to_string(e.line) + ":" + std::to_string(e.col) + ": " + err.what(),
                          err.detail(), err.hint());
      }
      check_sql_types(cfg, e, column_types(db, id));
      done.push_back({{"id", std::stoi(id)}, {"signature", e.signature}, {"replaced", replaced > 0}});
    }
    db.commit();
  } catch (...) {
    db.rollback();
    throw;
  }
  if (ctx.json) {
    print_json({{"bindings", done}});
  } else {
    for (const auto& d : done)
      std::cout << (d["replaced"].get<bool>() ? "rebound " : "bound ") << d["id"].get<int>() << " "
                << d["signature"].get<std::string>() << "\n";
  }
  return kExitOk;
}

int cmd_bindings(Context& ctx) {
  Result r = ctx.db().exec(
      "SELECT id, signature, query, pg_catalog.array_to_json(column_types)::pg_catalog.text FROM polar.bindings "
      "ORDER BY id");
  nlohmann::json list = nlohmann::json::array();
  for (int i = 0; i < r.rows(); i++) {
    if (ctx.json) {
      list.push_back({{"id", std::stoi(r.get(i, 0))},
                      {"signature", r.get(i, 1)},
                      {"query", r.get(i, 2)},
                      {"column_types", nlohmann::json::parse(r.get(i, 3))}});
    } else {
      std::cout << r.get(i, 0) << "  " << r.get(i, 1) << "\n    " << r.get(i, 2) << "\n";
    }
  }
  if (ctx.json) print_json({{"bindings", list}});
  if (!ctx.json && r.rows() == 0) std::cout << "no bindings\n";
  return kExitOk;
}

bool is_number(const std::string& s) {
  return !s.empty() && s.size() < 10 && s.find_first_not_of("0123456789") == std::string::npos;
}

int cmd_unbind(Context& ctx, const std::vector<std::string>& targets) {
  Connection& db = ctx.db();
  int removed = 0;
  std::vector<std::string> missing;
  db.begin();
  try {
    for (const std::string& t : targets) {
      int n = is_number(t) ? (db.exec("SELECT polar.unbind($1::pg_catalog.int4)", {t}).get(0, 0) == "t" ? 1 : 0)
                           : std::stoi(db.exec("SELECT polar.unbind($1::pg_catalog.text)", {t}).get(0, 0));
      if (n == 0) missing.push_back(t);
      removed += n;
    }
    if (!missing.empty()) {
      db.rollback();
      throw CliError(kExitFailed, "no binding " + missing.front() + "; nothing was removed",
                     "pg-polar bindings lists them (by id and signature).");
    }
    db.commit();
  } catch (const CliError&) {
    throw;
  } catch (...) {
    db.rollback();
    throw;
  }
  if (ctx.json)
    print_json({{"removed", removed}});
  else
    std::cout << "removed " << removed << " binding" << (removed == 1 ? "" : "s") << "\n";
  return kExitOk;
}

}  // namespace

void add_binding_verbs(CLI::App& app, Context& ctx) {
  static std::string file;
  static std::vector<std::string> targets;

  auto* bind = app.add_subcommand("bind", "bind the facts of FILE.yaml (Oso local-authorization format) to queries");
  bind->add_option("file", file, "YAML with facts: {SIGNATURE: {query: SELECT ...}} and sql_types:")->required();
  bind->callback([&ctx] { ctx.action = [&ctx] { return cmd_bind(ctx, file); }; });

  auto* bindings = app.add_subcommand("bindings", "list the data bindings");
  bindings->callback([&ctx] { ctx.action = [&ctx] { return cmd_bindings(ctx); }; });

  auto* unbind = app.add_subcommand("unbind", "remove bindings by id or signature (all or none)");
  unbind->add_option("bindings", targets, "binding ids or signatures")->required();
  unbind->callback([&ctx] { ctx.action = [&ctx] { return cmd_unbind(ctx, targets); }; });
}

}  // namespace pgpolar_cli
