// Fact verbs: tell, delete, get, inspect, clear.
#include <iostream>

#include "errors.hpp"
#include "fact_format.hpp"
#include "output.hpp"
#include "values.hpp"
#include "verbs.hpp"

namespace pgpolar_cli {

namespace {

nlohmann::json json_array(const std::vector<std::string>& items) { return nlohmann::json(items); }

std::vector<std::string> checked_args(const std::vector<std::string>& args, bool patterns) {
  if (args.empty() || args.size() > 5)
    throw usage_error("a fact has 1 to 5 arguments, got " + std::to_string(args.size()));
  std::vector<std::string> out;
  for (size_t i = 0; i < args.size(); i++) {
    std::string what = "argument " + std::to_string(i + 1);
    out.push_back(patterns ? checked_pattern(args[i], what) : checked_value(args[i], what));
  }
  return out;
}

int cmd_tell(Context& ctx, const std::string& pred, const std::vector<std::string>& args) {
  Fact f{checked_predicate(pred), checked_args(args, false)};
  ctx.db().exec("SELECT polar.tell($1::pg_catalog.text, VARIADIC " + text_array_from_json(2) + ")",
                {f.predicate, json_array(f.args).dump()});
  if (ctx.json)
    print_json({{"told", fact_json(f)}});
  else
    std::cout << "told " << fact_text(f) << "\n";
  return kExitOk;
}

int cmd_delete(Context& ctx, const std::string& pred, const std::vector<std::string>& args) {
  Fact f{checked_predicate(pred), checked_args(args, true)};
  Result r = ctx.db().exec("SELECT polar.delete($1::pg_catalog.text, VARIADIC " + text_array_from_json(2) + ")",
                           {f.predicate, json_array(f.args).dump()});
  long long n = std::stoll(r.get(0, 0));
  if (ctx.json)
    print_json({{"deleted", n}, {"pattern", fact_json(f)}});
  else
    std::cout << "deleted " << n << " fact" << (n == 1 ? "" : "s") << "\n";
  return kExitOk;
}

int cmd_get(Context& ctx, const std::string& pred, const std::vector<std::string>& args) {
  if (pred != "_") checked_predicate(pred);
  if (args.empty()) {
    // Every stored fact of the predicate, whatever its arity.
    return print_facts(ctx, ctx.db().exec("SELECT predicate, pg_catalog.array_to_json(args)::pg_catalog.text "
                                          "FROM polar.facts WHERE $1::pg_catalog.text IN ('_', predicate) "
                                          "ORDER BY 1, 2",
                                          {pred}));
  }
  std::vector<std::string> patterns = checked_args(args, true);
  return print_facts(ctx, ctx.db().exec("SELECT predicate, pg_catalog.array_to_json(args)::pg_catalog.text "
                                        "FROM polar.get($1::pg_catalog.text, VARIADIC " +
                                            text_array_from_json(2) + ") ORDER BY 1, 2",
                                        {pred, json_array(patterns).dump()}));
}

int cmd_inspect(Context& ctx, const std::string& value) {
  std::string rendered = rendered_value(checked_value(value, "value"));
  return print_facts(ctx, ctx.db().exec("SELECT predicate, pg_catalog.array_to_json(args)::pg_catalog.text "
                                        "FROM polar.facts WHERE $1::pg_catalog.text = ANY (args) ORDER BY 1, 2",
                                        {rendered}));
}

// Every stored fact, in one transaction: one polar.delete per predicate and arity.
int cmd_clear(Context& ctx, bool confirm) {
  if (!confirm)
    throw usage_error("clear deletes every stored fact; refusing without --confirm",
                      "pg-polar clear --confirm (facts from bindings are not touched)");
  Connection& db = ctx.db();
  db.begin();
  long long total = 0;
  try {
    Result shapes =
        db.exec("SELECT DISTINCT predicate, pg_catalog.array_length(args, 1) FROM polar.facts ORDER BY 1, 2");
    for (int i = 0; i < shapes.rows(); i++) {
      Result n = db.exec(
          "SELECT polar.delete($1::pg_catalog.text, VARIADIC pg_catalog.array_fill(NULL::pg_catalog.text, "
          "ARRAY[$2::pg_catalog.int4]))",
          {shapes.get(i, 0), shapes.get(i, 1)});
      total += std::stoll(n.get(0, 0));
    }
    db.commit();
  } catch (...) {
    db.rollback();
    throw;
  }
  if (ctx.json)
    print_json({{"deleted", total}});
  else
    std::cout << "deleted " << total << " fact" << (total == 1 ? "" : "s") << "\n";
  return kExitOk;
}

}  // namespace

void add_fact_verbs(CLI::App& app, Context& ctx) {
  static std::string pred, value;
  static std::vector<std::string> args;
  static bool confirm = false;

  auto* tell = app.add_subcommand("tell", "store the fact PRED(ARG...), e.g. tell has_role User:bob member Org:acme");
  tell->add_option("predicate", pred, "predicate name")->required();
  tell->add_option("args", args, "1 to 5 values: User:bob, member (a String), Integer:3, Boolean:true")->required();
  tell->callback([&ctx] { ctx.action = [&ctx] { return cmd_tell(ctx, pred, args); }; });

  auto* del = app.add_subcommand("delete", "delete every stored fact matching PRED(ARG...); _ and Type:_ match any");
  del->add_option("predicate", pred, "predicate name")->required();
  del->add_option("args", args, "1 to 5 values or wildcards (_, Type:_)")->required();
  del->callback([&ctx] { ctx.action = [&ctx] { return cmd_delete(ctx, pred, args); }; });

  auto* get = app.add_subcommand("get", "stored facts matching PRED(ARG...) (PRED may be _; no ARG: every arity)");
  get->add_option("predicate", pred, "predicate name or _")->required();
  get->add_option("args", args, "values or wildcards (_, Type:_)");
  get->callback([&ctx] { ctx.action = [&ctx] { return cmd_get(ctx, pred, args); }; });

  auto* inspect = app.add_subcommand("inspect", "every stored fact that mentions VALUE");
  inspect->add_option("value", value, "a value, e.g. User:bob")->required();
  inspect->callback([&ctx] { ctx.action = [&ctx] { return cmd_inspect(ctx, value); }; });

  auto* clear = app.add_subcommand("clear", "delete every stored fact, in one transaction");
  clear->add_flag("--confirm", confirm, "required: yes, delete them all");
  clear->callback([&ctx] { ctx.action = [&ctx] { return cmd_clear(ctx, confirm); }; });
}

}  // namespace pgpolar_cli
