// Factoring a shared last hop out of a union of CQs. The pull requests a user may read are
// "a pull request of a repository the user may read", and the user may read a repository
// through several derivations. Unfolded, each derivation joins the pull requests on its own and
// the union is deduplicated afterwards (20,000 rows sorted); factored, the readable repositories
// are deduplicated first and the pull requests joined once, as an expert writes it:
//   SELECT pr FROM (SELECT DISTINCT repo FROM (derivation1 UNION ALL derivation2 ...)) r, has_relation(pr, repo)
#pragma once

#include <optional>
#include <utility>

#include <cstddef>
#include <vector>

#include "plan/cq.hpp"

namespace polar::compiler {

// CQs that end in the same fact lookup (the hop) producing every output variable from join
// variables bound by the rest of each CQ.
struct HopGroup {
  std::vector<size_t> members;              // indices of the CQs
  std::vector<size_t> hop_atoms;            // per member: the index of its hop atom
  std::vector<std::vector<int>> join_vars;  // per member: its join variables (roots), in hop order
};

struct Factoring {
  std::vector<HopGroup> groups;  // at least two members each (factor_probe_hops: at least one)
  std::vector<size_t> others;    // CQs left as they are
};

// `outputs`: head positions whose values the query returns.
Factoring factor_last_hops(const std::vector<CQ>& cqs, const std::vector<int>& outputs);

// CQs that start from the same lookup of the bound values (the pull request's repository, for
// each derivation of "may read the pull request"). Each CQ joins the group of the lookup that
// most CQs share; the lookup then runs once and the rests hang off its rows. A lookup holding
// an output variable (head `outputs`) is not a first hop: the rest returns the outputs.
Factoring factor_first_hops(const std::vector<CQ>& cqs, const std::vector<int>& outputs = {});

// CQs probed by the bound value at head `position` (a row's key): each joins the group of the
// stored-fact lookup that holds that value and nothing else of the CQ does, whose other
// variables the rest binds (the pull request's repository, for "a pull request of a repository
// the user may read"). Groups of one CQ are kept; CQs without such a lookup are `others`.
Factoring factor_probe_hops(const std::vector<CQ>& cqs, int position);

// The lookup of `rest` that holds its variable `root` and nothing else of the query's values
// (the repository's organization, for "which repositories"): the first lookup when `rest` is
// asked about one known value of `root`. Its index and its join variables, or none.
std::optional<std::pair<size_t, std::vector<int>>> rest_hop(const CQ& rest, int root);

// The CQ without the hop, its head the join variables: the "which repositories" part.
CQ without_hop(const CQ& cq, size_t hop_atom, const std::vector<int>& join_vars);

}  // namespace polar::compiler
