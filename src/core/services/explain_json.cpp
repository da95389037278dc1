// polar.explain()'s JSON: the explanation tree with its keys in a fixed order (goal or condition,
// holds, how it holds, then the children).
#include <nlohmann/json.hpp>

#include "services/explain.hpp"

namespace polar {

namespace {

using Json = nlohmann::ordered_json;

Json node_json(const ExplainNode& n) {
  Json out = Json::object();
  if (n.goal) out["goal"] = n.goal;
  if (n.condition) out["condition"] = n.condition;
  if (n.goal || n.condition) out["holds"] = n.holds;
  if (n.fact) out["fact"] = n.fact;
  if (n.rule) {
    out["rule"] = n.rule;
    out["line"] = n.line > 0 ? Json(n.line) : Json(nullptr);
  }
  if (n.failed) out["failed"] = n.failed;
  if (n.nchildren > 0) {
    // A refuted goal lists the rules that could have granted it; everything else, its reasons.
    Json& children = out[!n.holds && n.goal ? "candidates" : "because"];
    children = Json::array();
    for (int i = 0; i < n.nchildren; i++) children.push_back(node_json(*n.children[i]));
  }
  return out;
}

}  // namespace

std::string explain_json(const std::string& query, bool allowed, const ExplainNode& tree) {
  Json out{{"query", query}, {"allowed", allowed}};
  out[allowed ? "derivation" : "reason"] = node_json(tree);
  return out.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace polar
