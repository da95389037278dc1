// Golden SQL: the compiler's output on a fixed set of policies and query shapes, byte for byte.
// Any change to generated SQL shows up here as a diff against test/unit/golden/*.sql; a change
// meant to alter the SQL regenerates the files with POLAR_UPDATE_GOLDEN=1 and commits them.
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "analysis/analyze.hpp"
#include "analysis/binding.hpp"
#include "sql/compiler.hpp"

namespace {

namespace fs = std::filesystem;

const fs::path kSourceDir = POLAR_SOURCE_DIR;
const fs::path kGoldenDir = kSourceDir / "test/unit/sql/golden";

std::string read_file(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

// The policy section of a differential regression case (between "-- policy" and the next "-- ").
std::string case_policy(const std::string& text) {
  std::istringstream in(text);
  std::string line, out;
  bool inside = false;
  while (std::getline(in, line)) {
    if (line.rfind("-- ", 0) == 0) {
      inside = line == "-- policy";
      continue;
    }
    if (inside) out += line + "\n";
  }
  return out;
}

struct GoldenPolicy {
  std::string name;    // the golden file's name
  std::string source;  // Polar
  std::vector<polar::Binding> bindings;
  std::string filter_table = "\"public\".\"t\"";
};

// The benchmark's designed setup: a pull request's repository read from the application's table.
polar::Binding pull_request_binding() {
  polar::Binding b = polar::parse_binding_signature("has_relation(PullRequest:_, String:repository, Repository:_)");
  b.id = 1;
  b.query = "SELECT id, repo_id FROM bench.pull_requests";
  b.view = "\"polar_bindings\".\"binding_1\"";
  b.base_table = "\"bench\".\"pull_requests\"";
  b.base_columns = {"\"id\"", "\"repo_id\""};
  for (polar::BindingPosition& p : b.positions)
    if (!p.constant) polar::set_column_type(p, "int4", p.column + 1);
  return b;
}

GoldenPolicy plain(std::string name, std::string source) {
  GoldenPolicy g;
  g.name = std::move(name);
  g.source = std::move(source);
  return g;
}

std::vector<GoldenPolicy> golden_policies() {
  std::vector<GoldenPolicy> out;
  out.push_back(plain("gitcloud", read_file(kSourceDir / "examples/gitcloud/policy.polar")));
  for (const char* name : {"folders", "github", "teams"})
    out.push_back(
        plain(std::string("bench-") + name, read_file(kSourceDir / "bench/policy" / (std::string(name) + ".polar"))));
  GoldenPolicy bound = plain("bench-github-bound", read_file(kSourceDir / "bench/policy/github.polar"));
  bound.bindings = {pull_request_binding()};
  bound.filter_table = "\"bench\".\"pull_requests\"";
  out.push_back(bound);
  std::vector<fs::path> cases;
  for (const auto& e : fs::directory_iterator(kSourceDir / "test/differential/regressions"))
    if (e.path().extension() == ".case") cases.push_back(e.path());
  std::sort(cases.begin(), cases.end());
  for (const fs::path& p : cases)
    out.push_back(plain("case-" + p.stem().string().substr(0, 3), case_policy(read_file(p))));
  return out;
}

std::string param_text(const polar::SqlParam& p) {
  using K = polar::SqlParam::Kind;
  switch (p.kind) {
    case K::QueryArg:
      return "arg " + std::to_string(p.index);
    case K::QueryArgArray:
      return "arg-array " + std::to_string(p.index);
    case K::Now:
      return "now";
    case K::Text:
      return "text " + p.text;
    case K::TextArray: {
      std::string s = "text[]";
      for (const std::string& a : p.array) s += " " + a;
      return s;
    }
    case K::ContextColumn:
      return "context " + std::to_string(p.arity) + "/" + std::to_string(p.index);
  }
  return "?";
}

std::string render(const std::string& title, const polar::CompiledQuery& q) {
  std::string out = "-- " + title + "\n" + q.sql + "\n";
  for (size_t i = 0; i < q.params.size(); i++)
    out += "--   $" + std::to_string(i + 1) + " " + param_text(q.params[i]) + "\n";
  return out + "\n";
}

// Every query shape the SQL entry points compile, for each resource block of the policy.
std::string golden_sql(const polar::ir::Program& program, const GoldenPolicy& g) {
  std::vector<std::string> actors;
  for (const polar::ir::BlockInfo& b : program.blocks)
    if (b.is_actor) actors.push_back(b.type);
  if (actors.empty()) actors.push_back("User");
  const std::string& actor = actors[0];
  using polar::QueryArg;
  auto allow = [&](QueryArg a, QueryArg b, QueryArg c) {
    polar::QuerySpec s;
    s.predicate = "allow";
    s.args = {std::move(a), std::move(b), std::move(c)};
    return s;
  };
  std::string out;
  auto add = [&](const std::string& title, const polar::QuerySpec& spec) {
    try {
      out += render(title, polar::compile_query(program, spec, g.bindings));
    } catch (const std::exception& e) {
      out += "-- " + title + "\n-- error: " + e.what() + "\n\n";
    }
  };
  for (const polar::ir::BlockInfo& b : program.blocks) {
    if (b.type.empty() || b.is_actor) continue;
    for (const std::string& perm : b.permissions) {
      polar::Value action = polar::Value::string(perm);
      polar::QuerySpec check = allow(QueryArg::bound(actor), QueryArg::constant(action), QueryArg::bound(b.type));
      check.exists_only = true;
      add("authorize " + actor + " " + perm + " " + b.type, check);
      polar::QuerySpec list = allow(QueryArg::bound(actor), QueryArg::constant(action), QueryArg::free(b.type));
      list.distinct = false;
      add("list " + actor + " " + perm + " " + b.type, list);
      polar::QuerySpec batch = allow(QueryArg::bound(actor), QueryArg::constant(action), QueryArg::bound_set(b.type));
      add("authorize-set " + actor + " " + perm + " " + b.type, batch);
    }
    add("actions " + actor + " " + b.type, allow(QueryArg::bound(actor), QueryArg::free(), QueryArg::bound(b.type)));
    if (!b.permissions.empty()) {
      polar::QuerySpec ctx = allow(QueryArg::bound(actor), QueryArg::constant(polar::Value::string(b.permissions[0])),
                                   QueryArg::bound(b.type));
      ctx.exists_only = true;
      ctx.with_context = true;
      add("authorize with context " + actor + " " + b.permissions[0] + " " + b.type, ctx);
      polar::QuerySpec who =
          allow(QueryArg::free(), QueryArg::constant(polar::Value::string(b.permissions[0])), QueryArg::bound(b.type));
      add("query allow _ " + b.permissions[0] + " " + b.type, who);
      polar::FilterSpec f;
      f.resource_type = b.type;
      f.action = polar::Value::string(b.permissions[0]);
      f.table = g.filter_table;
      f.key_column = "\"id\"";
      f.outer = "\"k\"";
      f.key.type = b.type;
      polar::set_column_type(f.key, g.bindings.empty() ? "text" : "int4", 1);
      f.actor = "pg_catalog.current_setting('polar.actor', true)";
      try {
        auto parts = polar::compile_filter(program, f, g.bindings);
        out += "-- filter " + b.permissions[0] + " " + b.type + "\n" +
               polar::filter_predicate(parts, [&](size_t i) { return parts[i].select; }) + "\n\n";
      } catch (const std::exception& e) {
        out += "-- filter " + b.permissions[0] + " " + b.type + "\n-- error: " + e.what() + "\n\n";
      }
    }
  }
  for (const polar::ir::Predicate& p : program.preds) {
    if (!p.has_rules()) continue;
    polar::QuerySpec q;
    q.predicate = p.name;
    q.args.assign(p.arity, QueryArg::free());
    add("query " + p.key() + " all free", q);
  }
  return out;
}

TEST(GoldenSql, GeneratedSqlIsByteIdentical) {
  bool update = std::getenv("POLAR_UPDATE_GOLDEN") != nullptr;
  for (const GoldenPolicy& g : golden_policies()) {
    polar::AnalyzeResult r = polar::analyze_policy(g.source);
    ASSERT_TRUE(r.program) << g.name << " does not compile";
    std::string actual = golden_sql(*r.program, g);
    fs::path file = kGoldenDir / (g.name + ".sql");
    if (update) {
      std::ofstream(file, std::ios::binary) << actual;
      continue;
    }
    ASSERT_TRUE(fs::exists(file)) << file << " is missing: run with POLAR_UPDATE_GOLDEN=1";
    std::string expected = read_file(file);
    EXPECT_TRUE(actual == expected) << g.name << ": generated SQL differs from " << file
                                    << " (run with POLAR_UPDATE_GOLDEN=1 and diff)";
  }
}

}  // namespace
