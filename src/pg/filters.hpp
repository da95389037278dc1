// Row filters and row-level security: views polar_filters.<name>(id) compiled from
// the active policy and bindings, regenerated whenever either changes.
#pragma once

#include "ir/ir.hpp"
#include "pg.hpp"

namespace pgpolar {

// Recreates every filter view for `program` with the bindings stored now (inside SPI). May ereport.
void regenerate_filters(const polar::ir::Program* program);

}  // namespace pgpolar
