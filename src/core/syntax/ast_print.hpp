// Renders syntax-tree pieces back to Polar text, for messages and rule origins.
#pragma once

#include <string>

#include "syntax/ast.hpp"

namespace polar {

std::string to_polar(const ast::Term& t);
std::string to_polar(const ast::Param& p);
std::string to_polar(const ast::Expr& e);
std::string to_polar(const ast::Shorthand& s);
std::string to_polar_head(const ast::Rule& r);  // name(params)
const char* to_polar(ast::CompareOp op);

}  // namespace polar
