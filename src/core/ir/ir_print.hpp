// Renders IR rules as Polar text, e.g. for tests of desugaring and for explanations.
#pragma once

#include <string>

#include "ir/ir.hpp"

namespace polar {

// `has_role(actor: Actor, "reader", resource: Repository) if related matches Organization and ...;`
// Generated variables print as `related`, `related2`, ... and `_`; types of head variables
// print as specializers, types of body variables as leading `matches` conditions.
std::string to_polar(const ir::Program& program, const ir::Rule& rule);

}  // namespace polar
