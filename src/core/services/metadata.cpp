#include "services/metadata.hpp"

#include <cstdio>

namespace polar {

std::string json_string(const std::string& s) {
  std::string out = "\"";
  for (unsigned char c : s) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20) {
          char buf[8];
          snprintf(buf, sizeof(buf), "\\u%04x", c);
          out += buf;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

namespace {

std::string json_list(const std::vector<std::string>& items) {
  std::string out = "[";
  for (size_t i = 0; i < items.size(); i++) out += (i ? ", " : "") + json_string(items[i]);
  return out + "]";
}

}  // namespace

std::string policy_metadata_json(const ir::Program& program) {
  std::string out = "{\"resources\": {";
  bool first = true;
  const ir::BlockInfo* global = nullptr;
  for (const ir::BlockInfo& b : program.blocks) {
    if (b.type.empty()) {
      global = &b;
      continue;
    }
    out += (first ? "" : ", ") + json_string(b.type) + ": {\"roles\": " + json_list(b.roles) +
           ", \"permissions\": " + json_list(b.permissions) + ", \"relations\": {";
    bool first_rel = true;
    for (const auto& [name, type] : b.relations) {
      out += (first_rel ? "" : ", ") + json_string(name) + ": " + json_string(type);
      first_rel = false;
    }
    out += "}}";
    first = false;
  }
  // The global entry is always present, so clients need not test for it (sql-api.md).
  static const ir::BlockInfo kNoGlobalBlock;
  if (!global) global = &kNoGlobalBlock;
  out += (first ? "" : ", ") + std::string("\"global\": {\"roles\": ") + json_list(global->roles) +
         ", \"permissions\": " + json_list(global->permissions) + "}";
  return out + "}}";
}

}  // namespace polar
