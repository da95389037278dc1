// The verb groups; each adds its subcommands to the program and sets Context::action.
#pragma once

#include <CLI/CLI.hpp>

#include "context.hpp"

namespace pgpolar_cli {

void add_policy_verbs(CLI::App& app, Context& ctx);  // policy, validate, test, versions, show, diff, rollback, metadata
void add_fact_verbs(CLI::App& app, Context& ctx);    // tell, delete, get, inspect, clear
void add_transfer_verbs(CLI::App& app, Context& ctx);  // import, export
void add_check_verbs(CLI::App& app, Context& ctx);     // authorize, list, actions, query, explain
void add_binding_verbs(CLI::App& app, Context& ctx);   // bind, bindings, unbind

}  // namespace pgpolar_cli
