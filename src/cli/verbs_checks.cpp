// Check verbs: authorize, list, actions, query, explain.
#include <iostream>

#include "errors.hpp"
#include "fact_format.hpp"
#include "output.hpp"
#include "values.hpp"
#include "verbs.hpp"

namespace pgpolar_cli {

namespace {

struct CheckArgs {
  std::string actor, action, resource;
  std::vector<std::string> context;  // -c FACT
  bool fail_on_deny = false;
};

// The -c facts as the jsonb context_facts parameter (NULL when there are none).
Param context_param(const std::vector<std::string>& facts) {
  if (facts.empty()) return std::nullopt;
  nlohmann::json list = nlohmann::json::array();
  for (const std::string& f : facts) list.push_back(fact_json(parse_fact_text(f)));
  return list.dump();
}

void add_context_option(CLI::App* cmd, CheckArgs& a) {
  cmd->add_option("-c,--context", a.context,
                  "a fact that holds for this check only: 'has_role(User:bob, member, Org:acme)' (repeatable)");
}

int cmd_authorize(Context& ctx, const CheckArgs& a) {
  Result r = ctx.db().exec(
      "SELECT polar.authorize($1::pg_catalog.text, $2::pg_catalog.text, $3::pg_catalog.text, $4::pg_catalog.jsonb)",
      {checked_value(a.actor, "actor"), a.action, checked_value(a.resource, "resource"), context_param(a.context)});
  bool allowed = r.get(0, 0) == "t";
  if (ctx.json)
    print_json({{"allowed", allowed}});
  else
    std::cout << (allowed ? "allowed" : "denied") << "\n";
  return !allowed && a.fail_on_deny ? kExitFailed : kExitOk;
}

int print_list(Context& ctx, const Result& r, const char* key) {
  nlohmann::json list = nlohmann::json::array();
  for (int i = 0; i < r.rows(); i++) {
    if (ctx.json)
      list.push_back(r.get(i, 0));
    else
      std::cout << r.get(i, 0) << "\n";
  }
  if (ctx.json) print_json({{key, list}});
  return kExitOk;
}

int cmd_list(Context& ctx, const CheckArgs& a) {
  return print_list(
      ctx,
      ctx.db().exec("SELECT * FROM polar.list($1::pg_catalog.text, $2::pg_catalog.text, "
                    "$3::pg_catalog.text, $4::pg_catalog.jsonb)",
                    {checked_value(a.actor, "actor"), a.action, checked_type(a.resource), context_param(a.context)}),
      "results");
}

int cmd_actions(Context& ctx, const CheckArgs& a) {
  return print_list(
      ctx,
      ctx.db().exec("SELECT * FROM polar.actions($1::pg_catalog.text, $2::pg_catalog.text, "
                    "$3::pg_catalog.jsonb)",
                    {checked_value(a.actor, "actor"), checked_value(a.resource, "resource"), context_param(a.context)}),
      "actions");
}

int cmd_query(Context& ctx, const std::string& pred, const std::vector<std::string>& args) {
  checked_predicate(pred);
  if (args.empty() || args.size() > 5)
    throw usage_error("a query has 1 to 5 arguments, got " + std::to_string(args.size()));
  for (size_t i = 0; i < args.size(); i++) checked_pattern(args[i], "argument " + std::to_string(i + 1));
  Result r = ctx.db().exec(
      "SELECT $1::pg_catalog.text, pg_catalog.array_to_json(args)::pg_catalog.text "
      "FROM polar.query($1::pg_catalog.text, VARIADIC " +
          text_array_from_json(2) + ") ORDER BY 2",
      {pred, nlohmann::json(args).dump()});
  return print_facts(ctx, r, "results");
}

int cmd_explain(Context& ctx, const CheckArgs& a) {
  Params params = {checked_value(a.actor, "actor"), a.action, checked_value(a.resource, "resource"),
                   context_param(a.context)};
  if (ctx.json) {
    Result r = ctx.db().exec(
        "SELECT polar.explain($1::pg_catalog.text, $2::pg_catalog.text, $3::pg_catalog.text, "
        "$4::pg_catalog.jsonb)::pg_catalog.text",
        params);
    print_json(nlohmann::json::parse(r.get(0, 0)));
    return kExitOk;
  }
  Result r = ctx.db().exec(
      "SELECT * FROM polar.explain_text($1::pg_catalog.text, $2::pg_catalog.text, $3::pg_catalog.text, "
      "$4::pg_catalog.jsonb)",
      params);
  for (int i = 0; i < r.rows(); i++) std::cout << r.get(i, 0) << "\n";
  return kExitOk;
}

}  // namespace

void add_check_verbs(CLI::App& app, Context& ctx) {
  static CheckArgs a;
  static std::string pred;
  static std::vector<std::string> args;

  auto* authorize = app.add_subcommand("authorize", "may ACTOR do ACTION on RESOURCE? prints allowed or denied");
  authorize->add_option("actor", a.actor, "e.g. User:alice")->required();
  authorize->add_option("action", a.action, "e.g. read")->required();
  authorize->add_option("resource", a.resource, "e.g. Repository:anvil")->required();
  add_context_option(authorize, a);
  authorize->add_flag("--fail-on-deny", a.fail_on_deny, "exit 1 when denied (for scripts)");
  authorize->callback([&ctx] { ctx.action = [&ctx] { return cmd_authorize(ctx, a); }; });

  auto* list = app.add_subcommand("list", "ids of every TYPE resource ACTOR may do ACTION on (* = all)");
  list->add_option("actor", a.actor, "e.g. User:alice")->required();
  list->add_option("action", a.action, "e.g. read")->required();
  list->add_option("type", a.resource, "resource type, e.g. Repository")->required();
  add_context_option(list, a);
  list->callback([&ctx] { ctx.action = [&ctx] { return cmd_list(ctx, a); }; });

  auto* actions = app.add_subcommand("actions", "every action ACTOR may do on RESOURCE");
  actions->add_option("actor", a.actor, "e.g. User:alice")->required();
  actions->add_option("resource", a.resource, "e.g. Repository:anvil")->required();
  add_context_option(actions, a);
  actions->callback([&ctx] { ctx.action = [&ctx] { return cmd_actions(ctx, a); }; });

  auto* query = app.add_subcommand("query", "every derivable PRED(ARG...) fact; _ and Type:_ are free (* = any)");
  query->add_option("predicate", pred, "any rule, e.g. allow or has_permission")->required();
  query->add_option("args", args, "values or wildcards")->required();
  query->callback([&ctx] { ctx.action = [&ctx] { return cmd_query(ctx, pred, args); }; });

  auto* explain = app.add_subcommand("explain", "why ACTOR may or may not do ACTION on RESOURCE: the derivation tree");
  explain->add_option("actor", a.actor, "e.g. User:alice")->required();
  explain->add_option("action", a.action, "e.g. read")->required();
  explain->add_option("resource", a.resource, "e.g. Repository:anvil")->required();
  add_context_option(explain, a);
  explain->callback([&ctx] { ctx.action = [&ctx] { return cmd_explain(ctx, a); }; });
}

}  // namespace pgpolar_cli
