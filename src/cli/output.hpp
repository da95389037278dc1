// Output: one JSON document per verb with --json, readable text otherwise; errors as one
// clear line with the server's detail, hint and SQLSTATE.
#pragma once

#include <exception>
#include <string>

#include <nlohmann/json.hpp>

namespace pgpolar_cli {

void print_json(const nlohmann::json& doc);
// Reports an exception thrown by a verb and returns its exit code.
int report_error(const std::exception& e, bool json);
// Reports a warning line on stderr ("pg-polar: warning: ...").
void warn(const std::string& message);

}  // namespace pgpolar_cli
