// Row filters and row-level security: views polar_filters.<name>(id) compiled from
// the active policy and bindings, regenerated whenever either changes.
#pragma once

#include "ir/ir.hpp"
#include "pg.hpp"

namespace pgpolar {

struct LoadedPolicy;

// Recreates every filter view for `policy` with the bindings stored now (inside SPI). May ereport.
void regenerate_filters(LoadedPolicy* policy);

}  // namespace pgpolar
