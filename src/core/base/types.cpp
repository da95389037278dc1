#include "base/types.hpp"

#include <algorithm>
#include <functional>
#include <set>

#include "base/value.hpp"

namespace polar {

TypeSet TypeSet::all(size_t universe) {
  TypeSet s(universe);
  for (size_t i = 0; i < universe; i++) s.add(static_cast<int>(i));
  return s;
}

bool TypeSet::empty() const {
  return std::all_of(bits_.begin(), bits_.end(), [](uint64_t w) { return w == 0; });
}

size_t TypeSet::count() const {
  size_t n = 0;
  for (uint64_t w : bits_) n += static_cast<size_t>(__builtin_popcountll(w));
  return n;
}

bool TypeSet::is_subset_of(const TypeSet& o) const {
  for (size_t i = 0; i < bits_.size(); i++)
    if (bits_[i] & ~o.bits_[i]) return false;
  return true;
}

TypeSet TypeSet::intersect(const TypeSet& o) const {
  TypeSet r = *this;
  for (size_t i = 0; i < r.bits_.size(); i++) r.bits_[i] &= o.bits_[i];
  return r;
}

TypeSet TypeSet::unite(const TypeSet& o) const {
  TypeSet r = *this;
  for (size_t i = 0; i < r.bits_.size(); i++) r.bits_[i] |= o.bits_[i];
  return r;
}

std::vector<int> TypeSet::members() const {
  std::vector<int> out;
  for (size_t w = 0; w < bits_.size(); w++)
    for (int b = 0; b < 64; b++)
      if ((bits_[w] >> b) & 1) out.push_back(static_cast<int>(w * 64 + b));
  return out;
}

std::string TypeSet::key() const {
  static const char* hex = "0123456789abcdef";
  std::string out;
  for (uint64_t w : bits_)
    for (int shift = 60; shift >= 0; shift -= 4) out += hex[(w >> shift) & 0xf];
  return out;
}

bool is_builtin_type(const std::string& name) {
  return is_builtin_primitive_type(name) || name == kActorType || name == kResourceType;
}

TypeRegistry::TypeRegistry() = default;

void TypeRegistry::add_entity(const EntityType& t) {
  if (entity_index_.count(t.name)) return;
  entity_index_[t.name] = static_cast<int>(entities_.size());
  entities_.push_back(t);
}

const EntityType* TypeRegistry::entity(const std::string& name) const {
  auto it = entity_index_.find(name);
  return it == entity_index_.end() ? nullptr : &entities_[it->second];
}

EntityType* TypeRegistry::mutable_entity(const std::string& name) {
  auto it = entity_index_.find(name);
  return it == entity_index_.end() ? nullptr : &entities_[it->second];
}

void TypeRegistry::finalize() {
  concrete_names_ = {std::string(kStringType), std::string(kIntegerType), std::string(kBooleanType)};
  for (const EntityType& e : entities_) concrete_names_.push_back(e.name);
  concrete_names_.push_back("?");  // Other: entity types the policy never names
  other_id_ = static_cast<int>(concrete_names_.size()) - 1;
  concrete_index_.clear();
  for (size_t i = 0; i + 1 < concrete_names_.size(); i++) concrete_index_[concrete_names_[i]] = static_cast<int>(i);
}

int TypeRegistry::concrete_id(const std::string& type_name) const {
  auto it = concrete_index_.find(type_name);
  return it == concrete_index_.end() ? other_id_ : it->second;
}

bool TypeRegistry::is_known_type(const std::string& name) const { return is_builtin_type(name) || has_entity(name); }

TypeSet TypeRegistry::exactly(const std::string& type_name) const {
  TypeSet s(universe());
  s.add(concrete_id(type_name));
  return s;
}

TypeSet TypeRegistry::set_of(const std::string& name) const {
  TypeSet s(universe());
  if (name == kActorType) {
    for (const EntityType& e : entities_)
      if (e.is_actor) s.add(concrete_id(e.name));
    return s;
  }
  if (name == kResourceType) {
    for (const EntityType& e : entities_) s.add(concrete_id(e.name));
    s.add(other_id_);
    return s;
  }
  if (is_builtin_primitive_type(name) || !has_entity(name)) {
    if (concrete_index_.count(name)) s.add(concrete_id(name));
    return s;  // an unknown name has no values among the known types
  }
  for (const EntityType& e : entities_)
    if (is_subtype(e.name, name)) s.add(concrete_id(e.name));
  return s;
}

std::vector<std::string> TypeRegistry::ancestors(const std::string& name) const {
  std::vector<std::string> out;
  std::set<std::string> seen{name};
  std::vector<std::string> todo{name};
  while (!todo.empty()) {
    std::string cur = todo.back();
    todo.pop_back();
    const EntityType* e = entity(cur);
    if (!e) continue;
    for (const std::string& s : e->supertypes)
      if (seen.insert(s).second) {
        out.push_back(s);
        todo.push_back(s);
      }
  }
  return out;
}

bool TypeRegistry::is_subtype(const std::string& sub, const std::string& super) const {
  if (sub == super) return true;
  if (super == kResourceType) return !is_builtin_primitive_type(sub) && sub != kResourceType;
  if (super == kActorType) {
    if (sub == kActorType) return true;
    const EntityType* e = entity(sub);
    return e && e->is_actor;
  }
  if (is_builtin_type(sub) || is_builtin_type(super)) return false;
  auto anc = ancestors(sub);
  return std::find(anc.begin(), anc.end(), super) != anc.end();
}

std::string TypeRegistry::narrower(const std::string& a, const std::string& b) const {
  if (a.empty()) return b;
  if (b.empty()) return a;
  if (is_subtype(a, b)) return a;
  if (is_subtype(b, a)) return b;
  return "";
}

}  // namespace polar
