// polar.explain(): why a check is allowed (one derivation tree down to the facts that
// satisfied it) or denied (each rule that could have granted it, with the first
// condition that failed). A proof search: for each candidate rule, a witness of its
// body comes from a compiled query of a synthetic rule; each literal of the body is then
// explained in turn. Nodes are plain C data; every core step runs inside a wall.
#include "bindings.hpp"
#include "error_wall.hpp"
#include "services/explain.hpp"
#include "sql/fact_sql.hpp"
#include "plan_exec.hpp"

using namespace pgpolar;

namespace {

constexpr int kMaxDepth = 40;
constexpr int kMaxQueries = 4000;
constexpr int kWitnesses = 10;
constexpr int kRefuteDepth = 4;

using polar::ExplainNode;  // plain C data in palloc'd memory; its JSON: services/explain_json.cpp

struct Goal {
  char* predicate;
  int nargs;
  char** args;  // encoded values; NULL = any value
};

// The C++ state of one explanation: outside the stack so that an ereport skips no destructor.
struct State {
  std::unique_ptr<polar::ExplainSession> session;
  polar::CompiledQuery compiled;
  std::vector<polar::Binding> bindings;
};
State* g_state = nullptr;

struct Search {
  LoadedPolicy* policy;
  ContextFacts* context;
  const RawFact* raw_context;
  int ncontext;
  char** path;
  int depth;
  int queries;
};

ExplainNode* new_node(const char* goal) {
  ExplainNode* n = static_cast<ExplainNode*>(palloc0(sizeof(ExplainNode)));
  n->goal = goal ? pstrdup(goal) : nullptr;
  return n;
}

void add_child(ExplainNode* parent, ExplainNode* child) {
  parent->children = static_cast<ExplainNode**>(
      parent->children ? repalloc(parent->children, sizeof(ExplainNode*) * (parent->nchildren + 1))
                       : palloc(sizeof(ExplainNode*)));
  parent->children[parent->nchildren++] = child;
}

polar::GoalArgs goal_args(const Goal& g) {
  polar::GoalArgs out;
  for (int i = 0; i < g.nargs; i++)
    out.push_back(g.args[i] ? std::optional<polar::Value>(polar::decode_value(g.args[i])) : std::nullopt);
  return out;
}

char* describe(const Goal& g) {
  char* text = nullptr;
  POLAR_WALL({ text = wall_strdup(polar::goal_text(g.predicate, goal_args(g))); });
  return text;
}

// Rows of the last SPI result as C strings (NULL for SQL NULL).
char*** copy_rows(int* nrows, int* ncols) {
  *nrows = static_cast<int>(SPI_processed);
  *ncols = SPI_tuptable ? SPI_tuptable->tupdesc->natts : 0;
  char*** rows = static_cast<char***>(palloc0(sizeof(char**) * (*nrows + 1)));
  for (int r = 0; r < *nrows; r++) {
    rows[r] = static_cast<char**>(palloc0(sizeof(char*) * (*ncols + 1)));
    for (int c = 0; c < *ncols; c++) rows[r][c] = SPI_getvalue(SPI_tuptable->vals[r], SPI_tuptable->tupdesc, c + 1);
  }
  return rows;
}

// Witnesses of the first `prefix` literals of `rule` for goal `g`: rows of the rule's
// variables (bound ones from the goal, the others from the query's output columns).
char*** witnesses(Search& s, const Goal& g, int rule, size_t prefix, long limit, int* nrows, int* ncols) {
  s.queries++;
  CallArgs args;
  char** bound = nullptr;  // per variable: the goal's encoded value, or NULL when the query outputs it
  int nvars = 0;
  POLAR_WALL({
    std::vector<polar::Value> values;
    polar::QuerySpec spec = g_state->session->witness_query(rule, goal_args(g), prefix, values);
    spec.with_context = s.context != nullptr;
    g_state->compiled = polar::compile_query(g_state->session->program(), spec, g_state->bindings);
    fill_call_args(spec, values, &args);
    nvars = static_cast<int>(spec.args.size());
    bound = static_cast<char**>(wall_alloc(sizeof(char*) * (spec.args.size() + 1)));
    for (size_t v = 0; v < spec.args.size(); v++)
      bound[v] = spec.args[v].kind == polar::QueryArg::Kind::Free ? nullptr : wall_strdup(values[v].encode());
  });
  args.context = s.context;
  execute_unprepared(g_state->compiled, &args, limit);
  int ncolumns = 0;
  char*** out = copy_rows(nrows, &ncolumns);
  for (int r = 0; r < *nrows; r++) {
    char** full = static_cast<char**>(palloc0(sizeof(char*) * (nvars + 1)));
    for (int v = 0, c = 0; v < nvars; v++) full[v] = bound[v] ? bound[v] : (c < ncolumns ? out[r][c++] : nullptr);
    out[r] = full;
  }
  *ncols = nvars;
  return out;
}

// Where a fact comes from, or NULL when it is not a fact.
const char* fact_source(Search& s, const Goal& g) {
  bool fact_bearing = false, in_policy = false;
  PatternSql stored{nullptr, 0, nullptr};
  int nbindings = 0;
  POLAR_WALL({
    polar::GoalArgs args = goal_args(g);
    fact_bearing = g_state->session->fact_bearing(g.predicate, args.size());
    in_policy = g_state->session->policy_fact(g.predicate, args);
    std::vector<polar::ValuePattern> pattern;
    for (const auto& a : args) {
      polar::ValuePattern p;
      if (a) {
        p.kind = polar::ValuePattern::Kind::Exact;
        p.value = *a;
      }
      pattern.push_back(p);
    }
    if (fact_bearing && args.size() >= 1 && args.size() <= 5)
      stored = to_pattern_sql(polar::fact_select_sql(g.predicate, pattern));
    nbindings = static_cast<int>(g_state->bindings.size());
  });
  if (in_policy) return "policy";
  if (!fact_bearing) return nullptr;
  for (int i = 0; i < s.ncontext; i++) {
    const RawFact& f = s.raw_context[i];
    if (!f.predicate || strcmp(f.predicate, g.predicate) != 0 || f.nargs != g.nargs) continue;
    bool match = true;
    POLAR_WALL({
      for (int k = 0; k < f.nargs && match; k++) match = !g.args[k] || raw_value(f.args[k], "").encode() == g.args[k];
    });
    if (match) return "context";
  }
  if (stored.sql) {
    s.queries++;
    if (run_pattern(stored, true, 1) > 0) return "stored";
  }
  for (int b = 0; b < nbindings; b++) {
    bool applies = false;
    CallArgs args;
    POLAR_WALL({
      const polar::Binding& binding = g_state->bindings[b];
      applies = binding.predicate == g.predicate && static_cast<int>(binding.positions.size()) == g.nargs;
      if (applies) g_state->compiled = polar::binding_lookup(g_state->session->program(), binding, goal_args(g));
    });
    if (!applies) continue;
    s.queries++;
    execute_unprepared(g_state->compiled, &args, 1);
    if (SPI_processed > 0) return "bound";
  }
  return nullptr;
}

bool on_path(const Search& s, const char* goal) {
  for (int i = 0; i < s.depth; i++)
    if (strcmp(s.path[i], goal) == 0) return true;
  return false;
}

ExplainNode* prove(Search& s, const Goal& g);

// Explains every literal of `rule` under one witness; NULL when one of them cannot be proved.
ExplainNode* prove_body(Search& s, const Goal& g, const char* goal, int rule, char** witness, int ncols) {
  ExplainNode* node = new_node(goal);
  node->holds = true;
  size_t body = 0;
  POLAR_WALL({
    node->rule = wall_strdup(g_state->session->rule_text(rule));
    node->line = g_state->session->rule_line(rule);
    body = g_state->session->body_size(rule);
  });
  for (size_t i = 0; i < body; i++) {
    int kind = 0;
    Goal sub{nullptr, 0, nullptr};
    char* text = nullptr;
    POLAR_WALL({
      std::vector<std::optional<std::string>> w;
      for (int c = 0; c < ncols; c++) w.push_back(witness[c] ? std::optional<std::string>(witness[c]) : std::nullopt);
      polar::ExplainSession::Literal lit = g_state->session->instantiate(rule, i, w);
      kind = static_cast<int>(lit.kind);
      text = wall_strdup(lit.text);
      sub.predicate = wall_strdup(lit.predicate);
      sub.nargs = static_cast<int>(lit.args.size());
      sub.args = static_cast<char**>(wall_alloc(sizeof(char*) * (lit.args.size() + 1)));
      for (size_t k = 0; k < lit.args.size(); k++)
        sub.args[k] = lit.args[k] ? wall_strdup(lit.args[k]->encode()) : nullptr;
    });
    if (kind == static_cast<int>(polar::ExplainSession::Literal::Kind::Call)) {
      ExplainNode* child = prove(s, sub);
      if (!child) return nullptr;
      add_child(node, child);
    } else {
      ExplainNode* leaf = new_node(nullptr);
      leaf->holds = true;
      leaf->condition = text;
      add_child(node, leaf);
    }
  }
  return node;
}

ExplainNode* prove(Search& s, const Goal& g) {
  char* goal = describe(g);
  if (s.depth >= kMaxDepth || s.queries > kMaxQueries || on_path(s, goal)) return nullptr;
  s.path[s.depth++] = goal;
  ExplainNode* result = nullptr;
  if (const char* source = fact_source(s, g)) {
    result = new_node(goal);
    result->holds = true;
    result->fact = pstrdup(source);
  }
  int nrules = 0;
  int* rules = nullptr;
  if (!result)
    POLAR_WALL({
      std::vector<int> candidates = g_state->session->candidate_rules(g.predicate, goal_args(g));
      nrules = static_cast<int>(candidates.size());
      rules = static_cast<int*>(wall_alloc(sizeof(int) * (candidates.size() + 1)));
      for (size_t i = 0; i < candidates.size(); i++) rules[i] = candidates[i];
    });
  for (int r = 0; r < nrules && !result; r++) {
    int nrows = 0, ncols = 0;
    size_t body = 0;
    POLAR_WALL({ body = g_state->session->body_size(rules[r]); });
    char*** rows = witnesses(s, g, rules[r], body, kWitnesses, &nrows, &ncols);
    for (int w = 0; w < nrows && !result; w++) result = prove_body(s, g, goal, rules[r], rows[w], ncols);
  }
  s.depth--;
  return result;
}

// Why `g` does not hold: no fact, and for each candidate rule the first condition that fails.
ExplainNode* refute(Search& s, const Goal& g, int depth) {
  char* goal = describe(g);
  ExplainNode* node = new_node(goal);
  node->holds = false;
  int nrules = 0;
  int* rules = nullptr;
  bool fact_bearing = false;
  POLAR_WALL({
    std::vector<int> candidates;
    for (int ri : g_state->session->candidate_rules(g.predicate, goal_args(g)))
      if (g_state->session->body_size(ri) > 0) candidates.push_back(ri);
    nrules = static_cast<int>(candidates.size());
    rules = static_cast<int*>(wall_alloc(sizeof(int) * (candidates.size() + 1)));
    for (size_t i = 0; i < candidates.size(); i++) rules[i] = candidates[i];
    fact_bearing = g_state->session->fact_bearing(g.predicate, static_cast<size_t>(g.nargs));
  });
  if (fact_bearing) {
    ExplainNode* none = new_node(nullptr);
    none->condition = pstrdup("no stored, bound, context or policy fact matches");
    add_child(node, none);
  }
  for (int r = 0; r < nrules; r++) {
    ExplainNode* candidate = new_node(nullptr);
    size_t body = 0;
    POLAR_WALL({
      candidate->rule = wall_strdup(g_state->session->rule_text(rules[r]));
      candidate->line = g_state->session->rule_line(rules[r]);
      body = g_state->session->body_size(rules[r]);
    });
    // The shortest prefix of the body with no witness ends with the failed condition.
    char** previous = nullptr;
    int prev_cols = 0;
    // Prefix 0 (no condition) gives the head's values; each longer prefix is checked in turn.
    for (size_t prefix = 0; prefix <= body; prefix++) {
      int nrows = 0, ncols = 0;
      char*** rows = witnesses(s, g, rules[r], prefix, 1, &nrows, &ncols);
      if (nrows > 0) {
        previous = rows[0];
        prev_cols = ncols;
        continue;
      }
      Goal sub{nullptr, 0, nullptr};
      int kind = 0;
      bool derived = false;
      POLAR_WALL({
        std::vector<std::optional<std::string>> w;
        for (int c = 0; c < prev_cols; c++)
          w.push_back(previous && previous[c] ? std::optional<std::string>(previous[c]) : std::nullopt);
        polar::ExplainSession::Literal lit = g_state->session->instantiate(rules[r], prefix - 1, w);
        candidate->failed = wall_strdup(lit.text);
        kind = static_cast<int>(lit.kind);
        sub.predicate = wall_strdup(lit.predicate);
        sub.nargs = static_cast<int>(lit.args.size());
        sub.args = static_cast<char**>(wall_alloc(sizeof(char*) * (lit.args.size() + 1)));
        for (size_t k = 0; k < lit.args.size(); k++)
          sub.args[k] = lit.args[k] ? wall_strdup(lit.args[k]->encode()) : nullptr;
        derived = kind == static_cast<int>(polar::ExplainSession::Literal::Kind::Call) &&
                  g_state->session->has_rules(lit.predicate, lit.args.size());
      });
      if (derived && depth < kRefuteDepth) add_child(candidate, refute(s, sub, depth + 1));
      break;
    }
    add_child(node, candidate);
  }
  return node;
}

void text_node(StringInfo out, const ExplainNode* n, int indent) {
  for (int i = 0; i < indent; i++) appendStringInfoString(out, "  ");
  if (n->goal) {
    appendStringInfo(out, "%s %s", n->holds ? "+" : "-", n->goal);
    if (n->fact) appendStringInfo(out, "  [%s fact]", n->fact);
    if (n->rule) appendStringInfo(out, n->line > 0 ? "  by %s (line %d)" : "  by %s", n->rule, n->line);
  } else if (n->rule) {
    appendStringInfo(out, n->line > 0 ? "? %s (line %d)" : "? %s", n->rule, n->line);
    if (n->failed) appendStringInfo(out, "  fails at: %s", n->failed);
  } else {
    appendStringInfo(out, "%s %s", n->holds ? "+" : "-", n->condition);
  }
  appendStringInfoChar(out, '\n');
  for (int i = 0; i < n->nchildren; i++) text_node(out, n->children[i], indent + 1);
}

// Runs the search for allow(actor, action, resource); returns the tree and whether it holds.
ExplainNode* explain_check(FunctionCallInfo fcinfo, bool* allowed, char** query) {
  char* texts[3] = {required_text_arg(fcinfo, 0, "actor"), required_text_arg(fcinfo, 1, "action"),
                    required_text_arg(fcinfo, 2, "resource")};
  int ncontext = 0;
  RawFact* raw_context = nullptr;
  if (PG_NARGS() > 3 && !PG_ARGISNULL(3))
    raw_context = read_json_facts(PG_GETARG_JSONB_P(3), "context_facts", &ncontext);
  Goal g{pstrdup("allow"), 3, static_cast<char**>(palloc0(sizeof(char*) * 3))};
  Search s{current_policy(),
           nullptr,
           raw_context,
           ncontext,
           static_cast<char**>(palloc0(sizeof(char*) * (kMaxDepth + 1))),
           0,
           0};
  POLAR_WALL({
    for (int i = 0; i < 3; i++) g.args[i] = wall_strdup(polar::parse_value_text(texts[i]).encode());
    s.context = build_context(*s.policy->program, raw_context, ncontext);
    if (!g_state) g_state = new State();
    g_state->session = std::make_unique<polar::ExplainSession>(*s.policy->program);
    g_state->bindings = s.policy->bindings;
  });
  *query = describe(g);
  ExplainNode* tree = prove(s, g);
  *allowed = tree != nullptr;
  return tree ? tree : refute(s, g, 0);
}

}  // namespace

extern "C" {

PG_FUNCTION_INFO_V1(pg_polar_explain);
Datum pg_polar_explain(PG_FUNCTION_ARGS) {
  MemoryContext caller = CurrentMemoryContext;
  SPI_connect();
  bool allowed = false;
  char* query = nullptr;
  ExplainNode* tree = explain_check(fcinfo, &allowed, &query);
  char* result = nullptr;
  POLAR_WALL({ result = wall_strdup(polar::explain_json(query, allowed, *tree), caller); });
  SPI_finish();
  return DirectFunctionCall1(jsonb_in, CStringGetDatum(result));
}

PG_FUNCTION_INFO_V1(pg_polar_explain_text);
Datum pg_polar_explain_text(PG_FUNCTION_ARGS) {
  InitMaterializedSRF(fcinfo, MAT_SRF_USE_EXPECTED_DESC);
  ReturnSetInfo* rsinfo = reinterpret_cast<ReturnSetInfo*>(fcinfo->resultinfo);
  SPI_connect();
  bool allowed = false;
  char* query = nullptr;
  ExplainNode* tree = explain_check(fcinfo, &allowed, &query);
  StringInfoData text;
  initStringInfo(&text);
  appendStringInfo(&text, "%s is %s\n", query, allowed ? "ALLOWED" : "DENIED");
  text_node(&text, tree, 0);
  for (char* line = text.data; line && *line;) {
    char* end = strchr(line, '\n');
    if (end) *end = '\0';
    Datum v = CStringGetTextDatum(line);
    bool isnull = false;
    tuplestore_putvalues(rsinfo->setResult, rsinfo->setDesc, &v, &isnull);
    line = end ? end + 1 : nullptr;
  }
  SPI_finish();
  return (Datum)0;
}

}  // extern "C"
