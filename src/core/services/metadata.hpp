// polar.policy_metadata(): the resource types, roles, permissions and relations of a policy as JSON.
#pragma once

#include <string>

#include "ir/ir.hpp"

namespace polar {

// {"resources": {"Repository": {"roles": [...], "permissions": [...], "relations": {...}}, ..., "global": {...}}}
std::string policy_metadata_json(const ir::Program& program);

}  // namespace polar
