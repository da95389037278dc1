#include "services/metadata.hpp"

#include <nlohmann/json.hpp>

namespace polar {

std::string policy_metadata_json(const ir::Program& program) {
  using Json = nlohmann::ordered_json;
  Json resources = Json::object();
  const ir::BlockInfo* global = nullptr;
  for (const ir::BlockInfo& b : program.blocks) {
    if (b.type.empty()) {
      global = &b;
      continue;
    }
    Json relations = Json::object();
    for (const auto& [name, type] : b.relations) relations[name] = type;
    resources[b.type] = {{"roles", b.roles}, {"permissions", b.permissions}, {"relations", std::move(relations)}};
  }
  // The global entry is always present, so clients need not test for it (sql-api.md).
  static const ir::BlockInfo kNoGlobalBlock;
  if (!global) global = &kNoGlobalBlock;
  resources["global"] = {{"roles", global->roles}, {"permissions", global->permissions}};
  return Json{{"resources", std::move(resources)}}.dump(-1, ' ', false, Json::error_handler_t::replace);
}

}  // namespace polar
