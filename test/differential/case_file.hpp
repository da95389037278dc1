// A differential test case: a policy (as items, so that it can be shrunk), facts,
// the facts moved into context_facts for the second phase, and queries.
// Also the .case text format and the few bits of JSON the driver needs.
//
// .case format (lines starting with '#' outside the policy are comments):
//   -- policy
//   <policy text; one top-level rule per line, blocks as 'head {' ... '}' lines>
//   -- facts
//   ["has_role", "User:user1", "member", "Org:org1"]        one JSON array per line
//   -- context
//   ["has_role", "User:user1", "member", "Org:org1"]        facts that the phase-2 queries pass as
//                                                            context_facts (and that are then not stored)
//   -- queries
//   ["authorize", "User:user1", "read", "Org:org1"]
//   ["list", "User:user1", "read", "Org"]
//   ["actions", "User:user1", "Org:org1"]
//   ["query", "has_role", "User:user1", null, "Org:_"]
//   ["ctx", "authorize", ...]                                 a phase-2 query (with context facts)
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "services/evaluator.hpp"

namespace polar::diff {

// The reference evaluator lives in the core (services/evaluator.hpp).
using eval::Evaluator;
using eval::Fact;
using eval::kFreshId;
using eval::kFreshInteger;
using eval::kUnnamedType;
using eval::Tuple;

struct PolicyItem {
  std::string head;                // a whole rule, or a block header such as `resource Org`
  std::vector<std::string> lines;  // block items (declarations and shorthand rules)
  bool block = false;
  std::string text() const;
};

struct Query {
  enum class Kind { Authorize, List, Actions, Query };
  Kind kind = Kind::Authorize;
  std::string pred;                              // Query only
  std::vector<std::optional<std::string>> args;  // text notation; nullopt = SQL NULL
  bool with_context = false;                     // phase 2
  std::string describe() const;                  // e.g. authorize(User:a, read, Org:o)
};

struct Case {
  std::vector<PolicyItem> policy;
  std::string raw_policy;  // used instead of `policy` when non-empty (unparsed replay files)
  std::vector<Fact> facts;
  std::vector<Fact> context;  // subset of facts, passed as context in phase 2
  std::vector<Query> queries;
  std::string note;  // comment lines written at the top of the file

  std::string policy_text() const;
  std::vector<Fact> stored_facts(bool phase2) const;  // phase 2: facts minus context
};

// Text notation of a value (bare strings when they read back as themselves).
std::string value_text(const Value& v);
// Parses the text notation; throws PolarError.
Value parse_text(const std::string& text);

std::string write_case(const Case& c);
Case read_case(const std::string& text);                        // throws std::runtime_error on malformed files
std::vector<PolicyItem> split_policy(const std::string& text);  // best effort; one raw item on failure

// JSON helpers.
std::string facts_json(const std::vector<Fact>& facts);  // bulk_tell / context_facts shape
std::string fact_json(const Fact& f);
std::string string_array_json(const std::vector<std::optional<std::string>>& items);  // null for nullopt
// Parses a JSON array of strings/nulls (e.g. array_to_json(text[])). Throws std::runtime_error.
std::vector<std::optional<std::string>> parse_json_string_array(const std::string& text);

}  // namespace polar::diff
