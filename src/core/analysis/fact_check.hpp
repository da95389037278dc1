// Checks a fact against the policy's signatures (polar-language.md §9.5, F01-F05).
#pragma once

#include <string>
#include <vector>

#include "ir/ir.hpp"
#include "base/value.hpp"

namespace polar {

// Throws PolarError (UnknownPredicate, WrongArity, WrongType, InvalidValue) when the
// fact may not be written. `where` prefixes the message, e.g. "fact 3: ".
void check_fact(const ir::Program& program, const std::string& predicate, const std::vector<Value>& args,
                const std::string& where = {});

// Throws unless 1 <= n <= 5 (F04).
void check_fact_arity(size_t n, const std::string& where = {});

// Does a value of type `value_type` fit a signature position of type `position_type` ("" = any)?
bool type_fits(const ir::Program& program, const std::string& value_type, const std::string& position_type);

// name(v1, ..., vn) in Polar notation.
std::string fact_to_polar(const std::string& predicate, const std::vector<Value>& args);

}  // namespace polar
