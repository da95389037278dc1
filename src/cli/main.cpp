// pg-polar: the command-line client of pg_polar, with the Oso Cloud CLI's verbs.
#include <iostream>

#include <CLI/CLI.hpp>

#include "errors.hpp"
#include "output.hpp"
#include "verbs.hpp"

using namespace pgpolar_cli;

int main(int argc, char** argv) {
  Context ctx;
  CLI::App app{
      "pg-polar: manage pg_polar policies, facts and bindings and run checks.\n"
      "Connects like psql: PGHOST, PGPORT, PGDATABASE, PGUSER, PGPASSWORD or ~/.pgpass, PGSERVICE, or --dsn.\n"
      "Exit status: 0 ok; 1 denied (--fail-on-deny), failed test, invalid policy or refused request; "
      "2 usage, file or connection error.",
      "pg-polar"};
  app.require_subcommand(1, 1);
  app.fallthrough();  // global options may follow the verb
  app.add_option("--dsn", ctx.dsn, "connection string or URI (default: libpq's PG* settings)");
  app.add_flag("--json", ctx.json, "print one JSON document (stable, for scripts)");
  std::string format = "text";
  app.add_option("--format", format, "output format")->check(CLI::IsMember({"text", "json"}));

  add_policy_verbs(app, ctx);
  add_fact_verbs(app, ctx);
  add_transfer_verbs(app, ctx);
  add_check_verbs(app, ctx);
  add_binding_verbs(app, ctx);

  // CLI11 would call a stray word "an extra argument"; name it as what it is.
  if (argc > 1 && argv[1][0] != '-') {
    bool known = false;
    for (const CLI::App* sub : app.get_subcommands([](CLI::App*) { return true; })) known |= sub->check_name(argv[1]);
    if (!known) {
      std::cerr << "pg-polar: error: unknown verb '" << argv[1] << "'\n  hint: pg-polar --help lists the verbs.\n";
      return kExitUsage;
    }
  }
  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    std::cerr << "pg-polar: error: " << e.what() << "\n  hint: pg-polar --help lists the verbs; pg-polar VERB --help "
              << "describes one.\n";
    return kExitUsage;
  }
  if (format == "json") ctx.json = true;
  try {
    return ctx.action ? ctx.action() : kExitUsage;
  } catch (const AlreadyReported& r) {
    return r.exit_code;
  } catch (const std::exception& e) {
    return report_error(e, ctx.json);
  }
}
