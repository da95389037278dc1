// Policy lifecycle verbs: policy, validate, test, versions, show, diff, rollback, metadata.
#include <ctime>
#include <iostream>

#include "analysis/analyze.hpp"
#include "base/error.hpp"
#include "services/offline_tests.hpp"

#include "errors.hpp"
#include "output.hpp"
#include "policy_files.hpp"
#include "verbs.hpp"

namespace pgpolar_cli {

namespace {

// Validates offline; prints the diagnostics (text mode) and fails with exit 1 on an error.
std::vector<FileDiagnostic> require_valid(const Context& ctx, const PolicySource& src) {
  std::vector<FileDiagnostic> diags = validate_offline(src);
  int errors = 0;
  for (const FileDiagnostic& d : diags) errors += d.error;
  if (errors == 0) {
    if (!ctx.json) print_diagnostics(diags);
    return diags;
  }
  if (ctx.json) {
    nlohmann::json list = nlohmann::json::array();
    for (const FileDiagnostic& d : diags) list.push_back(d.to_json());
    print_json({{"valid", false}, {"diagnostics", list}});
  } else {
    print_diagnostics(diags);
    std::cerr << "pg-polar: " << src.label() << ": " << errors << " error" << (errors == 1 ? "" : "s")
              << "; nothing was sent to the server\n";
  }
  throw AlreadyReported{kExitFailed};
}

nlohmann::json diagnostics_json(const std::vector<FileDiagnostic>& diags) {
  nlohmann::json list = nlohmann::json::array();
  for (const FileDiagnostic& d : diags) list.push_back(d.to_json());
  return list;
}

struct TestRun {
  nlohmann::json results = nlohmann::json::array();
  int passed = 0, failed = 0;
};

// Runs the tests of `source` (or of the active policy) on the server; nothing is stored.
TestRun run_tests(Context& ctx, const Param& source) {
  TestRun run;
  Result r = ctx.db().exec("SELECT test, passed, detail FROM polar.test_policy($1::pg_catalog.text)", {source});
  for (int i = 0; i < r.rows(); i++) {
    bool ok = r.get(i, 1) == "t";
    std::string detail = r.is_null(i, 2) ? "" : r.get(i, 2);
    run.results.push_back({{"test", r.get(i, 0)}, {"passed", ok}, {"detail", detail}});
    (ok ? run.passed : run.failed)++;
  }
  return run;
}

// Runs the tests of `src` (valid) with the core's evaluator, no server; the same results as
// run_tests on the same source.
TestRun run_tests_offline(const PolicySource& src) {
  TestRun run;
  polar::AnalyzeResult analyzed = polar::analyze_policy(src.text);
  std::vector<polar::TestResult> results;
  try {
    results = polar::run_tests_offline(*analyzed.program, static_cast<int64_t>(std::time(nullptr)));
  } catch (const polar::PolarError& e) {
    throw CliError(kExitFailed, src.label() + ": " + e.what(), e.hint());
  }
  for (const polar::TestResult& t : results) {
    run.results.push_back({{"test", t.name}, {"passed", t.passed}, {"detail", t.detail}});
    (t.passed ? run.passed : run.failed)++;
  }
  return run;
}

void print_tests(const TestRun& run) {
  for (const auto& t : run.results) {
    std::cout << (t["passed"].get<bool>() ? "PASS " : "FAIL ") << t["test"].get<std::string>();
    std::string detail = t["detail"].get<std::string>();
    if (!t["passed"].get<bool>() && !detail.empty()) std::cout << ": " << detail;
    std::cout << "\n";
  }
  std::cout << run.passed << " passed, " << run.failed << " failed\n";
}

std::optional<int> active_version(Context& ctx) {
  Result r = ctx.db().exec("SELECT version FROM polar.policies WHERE active");
  if (r.rows() == 0) return std::nullopt;
  return std::stoi(r.get(0, 0));
}

int cmd_policy(Context& ctx, const std::vector<std::string>& files, bool force, bool dry_run) {
  PolicySource src = read_policy_files(files);
  std::vector<FileDiagnostic> diags = require_valid(ctx, src);
  if (dry_run) {
    TestRun run = run_tests(ctx, src.text);
    if (ctx.json) {
      print_json({{"valid", true},
                  {"stored", false},
                  {"tests", run.results},
                  {"passed", run.passed},
                  {"failed", run.failed},
                  {"diagnostics", diagnostics_json(diags)}});
    } else {
      print_tests(run);
      std::cout << "dry run: " << src.label() << " is valid; nothing stored\n";
    }
    return run.failed && !force ? kExitFailed : kExitOk;
  }
  std::optional<int> before = active_version(ctx);
  Result r = ctx.db().exec("SELECT polar.load_policy($1::pg_catalog.text, $2::pg_catalog.text, $3::pg_catalog.bool)",
                           {src.text, src.label(), force ? "true" : "false"});
  int version = std::stoi(r.get(0, 0));
  bool changed = !before || *before != version;
  if (ctx.json) {
    print_json({{"version", version}, {"changed", changed}, {"diagnostics", diagnostics_json(diags)}});
  } else if (changed) {
    std::cout << "policy version " << version << " is active (" << src.label() << ")\n";
  } else {
    std::cout << "policy version " << version << " is active (unchanged: the same source)\n";
  }
  return kExitOk;
}

int cmd_validate(Context& ctx, const std::vector<std::string>& files) {
  PolicySource src = read_policy_files(files);
  std::vector<FileDiagnostic> diags = require_valid(ctx, src);
  if (ctx.json)
    print_json({{"valid", true}, {"diagnostics", diagnostics_json(diags)}});
  else
    std::cout << src.label() << ": valid" << (diags.empty() ? "" : " (" + std::to_string(diags.size()) + " warnings)")
              << "\n";
  return kExitOk;
}

// Where `test` runs: offline with FILE... (tests see only their own facts, §11.3, so nothing on
// the server matters), on the server for the active policy or with --server.
int cmd_test(Context& ctx, const std::vector<std::string>& files, bool server, bool offline) {
  if (server && offline) throw usage_error("test: --server and --offline exclude each other");
  if (offline && files.empty())
    throw usage_error("test: --offline needs FILE...: the active policy is on the server",
                      "Name the policy files, or leave out --offline to test the active policy on the server.");
  TestRun run;
  if (!files.empty()) {
    PolicySource src = read_policy_files(files);
    require_valid(ctx, src);
    if (server)
      run = run_tests(ctx, src.text);
    else
      run = run_tests_offline(src);
  } else {
    run = run_tests(ctx, std::nullopt);  // the active policy
  }
  if (ctx.json)
    print_json({{"tests", run.results}, {"passed", run.passed}, {"failed", run.failed}});
  else
    print_tests(run);
  return run.failed ? kExitFailed : kExitOk;
}

int cmd_versions(Context& ctx) {
  Result r = ctx.db().exec(
      "SELECT version, active, coalesce(filename, ''), loaded_at::pg_catalog.text, loaded_by::pg_catalog.text, sha256 "
      "FROM polar.policies ORDER BY version");
  nlohmann::json list = nlohmann::json::array();
  for (int i = 0; i < r.rows(); i++) {
    bool active = r.get(i, 1) == "t";
    if (ctx.json) {
      list.push_back({{"version", std::stoi(r.get(i, 0))},
                      {"active", active},
                      {"filename", r.get(i, 2)},
                      {"loaded_at", r.get(i, 3)},
                      {"loaded_by", r.get(i, 4)},
                      {"sha256", r.get(i, 5)}});
    } else {
      std::cout << (active ? "* " : "  ") << r.get(i, 0) << "  " << r.get(i, 3) << "  " << r.get(i, 4) << "  "
                << r.get(i, 5).substr(0, 12) << "  " << r.get(i, 2) << "\n";
    }
  }
  if (ctx.json) print_json({{"versions", list}});
  if (!ctx.json && r.rows() == 0) std::cout << "no policy loaded yet\n";
  return kExitOk;
}

int cmd_show(Context& ctx, const std::optional<int>& version) {
  Param v = version ? Param(std::to_string(*version)) : std::nullopt;
  Result r = ctx.db().exec(
      "SELECT version, source FROM polar.policies "
      "WHERE CASE WHEN $1::pg_catalog.int4 IS NULL THEN active ELSE version = $1::pg_catalog.int4 END",
      {v});
  if (r.rows() == 0)
    throw CliError(kExitFailed,
                   version ? "policy version " + std::to_string(*version) + " does not exist" : "no policy is active",
                   "pg-polar versions lists the stored versions.");
  if (ctx.json)
    print_json({{"version", std::stoi(r.get(0, 0))}, {"source", r.get(0, 1)}});
  else
    std::cout << r.get(0, 1);
  return kExitOk;
}

int cmd_diff(Context& ctx, int from, int to) {
  Result r = ctx.db().exec(
      "SELECT change, kind, coalesce(block, ''), name FROM polar.policy_diff($1::pg_catalog.int4, $2::pg_catalog.int4)",
      {std::to_string(from), std::to_string(to)});
  nlohmann::json list = nlohmann::json::array();
  for (int i = 0; i < r.rows(); i++) {
    if (ctx.json) {
      list.push_back({{"change", r.get(i, 0)}, {"kind", r.get(i, 1)}, {"block", r.get(i, 2)}, {"name", r.get(i, 3)}});
    } else {
      std::string sign = r.get(i, 0) == "added" ? "+" : r.get(i, 0) == "removed" ? "-" : "~";
      std::cout << sign << " " << r.get(i, 1) << (r.get(i, 2).empty() ? "" : " " + r.get(i, 2)) << ": " << r.get(i, 3)
                << "\n";
    }
  }
  if (ctx.json) print_json({{"from", from}, {"to", to}, {"changes", list}});
  if (!ctx.json && r.rows() == 0) std::cout << "no differences\n";
  return kExitOk;
}

int cmd_rollback(Context& ctx, int version) {
  ctx.db().exec("SELECT polar.activate_policy($1::pg_catalog.int4)", {std::to_string(version)});
  if (ctx.json)
    print_json({{"version", version}, {"active", true}});
  else
    std::cout << "policy version " << version << " is active\n";
  return kExitOk;
}

std::string joined(const nlohmann::json& list) {
  std::string out;
  for (const auto& v : list) out += (out.empty() ? "" : ", ") + v.get<std::string>();
  return out;
}

int cmd_metadata(Context& ctx) {
  Result r = ctx.db().exec("SELECT polar.policy_metadata()::pg_catalog.text");
  nlohmann::json meta = nlohmann::json::parse(r.get(0, 0));
  if (ctx.json) {
    print_json(meta);
    return kExitOk;
  }
  const nlohmann::json resources = meta.contains("resources") ? meta["resources"] : nlohmann::json::object();
  for (const auto& [block, info] : resources.items()) {
    std::cout << block << "\n";
    if (info.contains("roles") && !info["roles"].empty()) std::cout << "  roles: " << joined(info["roles"]) << "\n";
    if (info.contains("permissions") && !info["permissions"].empty())
      std::cout << "  permissions: " << joined(info["permissions"]) << "\n";
    if (info.contains("relations"))
      for (const auto& [name, type] : info["relations"].items())
        std::cout << "  relation " << name << ": " << type.get<std::string>() << "\n";
  }
  return kExitOk;
}

}  // namespace

void add_policy_verbs(CLI::App& app, Context& ctx) {
  static std::vector<std::string> files;
  static bool force = false, dry_run = false, server = false, offline = false;
  static int version = 0;  // 0: none given
  static int v1 = 0, v2 = 0;

  auto* policy = app.add_subcommand("policy", "validate, test and store FILE... as the new active policy");
  policy->add_option("files", files, "policy files (several files are one policy; - is stdin)")->required();
  policy->add_flag("--force", force, "store it even if one of its tests fails");
  policy->add_flag("--dry-run", dry_run, "validate and run its tests on the server, store nothing");
  policy->callback([&ctx] { ctx.action = [&ctx] { return cmd_policy(ctx, files, force, dry_run); }; });

  auto* validate =
      app.add_subcommand("validate", "check FILE... offline (no server): file:line:col: severity: message");
  validate->add_option("files", files, "policy files")->required();
  validate->callback([&ctx] { ctx.action = [&ctx] { return cmd_validate(ctx, files); }; });

  auto* test = app.add_subcommand(
      "test", "run the test blocks of FILE... offline (no server), or of the active policy on the server");
  test->add_option("files", files, "policy files (none: the active policy, on the server)");
  test->add_flag("--server", server, "run the tests of FILE... on the server (without storing) instead of offline");
  test->add_flag("--offline", offline, "insist on running offline: an error (exit 2) without FILE...");
  test->footer(
      "With FILE... the tests run offline, in pg-polar itself: each test sees only its own setup and fixture facts "
      "and the policy, never stored facts or bound tables, so no server is needed and the results are those the "
      "server gives. Without FILE... the active policy is tested on the server.");
  test->callback([&ctx] { ctx.action = [&ctx] { return cmd_test(ctx, files, server, offline); }; });

  auto* versions = app.add_subcommand("versions", "list the stored policy versions (* = active)");
  versions->callback([&ctx] { ctx.action = [&ctx] { return cmd_versions(ctx); }; });

  auto* show = app.add_subcommand("show", "print the source of VERSION (default: the active policy)");
  show->add_option("version", version, "policy version")->check(CLI::PositiveNumber);
  show->callback([&ctx] {
    ctx.action = [&ctx] { return cmd_show(ctx, version > 0 ? std::optional<int>(version) : std::nullopt); };
  });

  auto* diff = app.add_subcommand("diff", "what changed from version V1 to V2");
  diff->add_option("v1", v1, "from version")->required();
  diff->add_option("v2", v2, "to version")->required();
  diff->callback([&ctx] { ctx.action = [&ctx] { return cmd_diff(ctx, v1, v2); }; });

  auto* rollback = app.add_subcommand("rollback", "make an earlier VERSION active again");
  rollback->add_option("version", version, "policy version")->required()->check(CLI::PositiveNumber);
  rollback->callback([&ctx] { ctx.action = [&ctx] { return cmd_rollback(ctx, version); }; });

  auto* metadata = app.add_subcommand("metadata", "the active policy's resources: roles, permissions, relations");
  metadata->callback([&ctx] { ctx.action = [&ctx] { return cmd_metadata(ctx); }; });
}

}  // namespace pgpolar_cli
