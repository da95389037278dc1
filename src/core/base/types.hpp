// The type universe of one policy: built-in types, entity types (declared or
// implicit), subtyping, and sets of concrete types used by the compiler.
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "base/diagnostics.hpp"

namespace polar {

inline constexpr const char* kActorType = "Actor";
inline constexpr const char* kResourceType = "Resource";

// A set of concrete types. Concrete types are String, Integer, Boolean, every
// entity type of the policy, and `Other`: any entity type the policy never names
// (a check may pass such values, and they are still Resources).
class TypeSet {
 public:
  TypeSet() = default;
  explicit TypeSet(size_t universe) : bits_((universe + 63) / 64, 0) {}
  static TypeSet all(size_t universe);

  void add(int id) { bits_[id / 64] |= (uint64_t{1} << (id % 64)); }
  bool contains(int id) const { return id >= 0 && (bits_[id / 64] >> (id % 64)) & 1; }
  bool empty() const;
  size_t count() const;
  bool is_subset_of(const TypeSet& o) const;
  TypeSet intersect(const TypeSet& o) const;
  TypeSet unite(const TypeSet& o) const;
  std::vector<int> members() const;
  bool operator==(const TypeSet& o) const { return bits_ == o.bits_; }
  bool operator!=(const TypeSet& o) const { return !(*this == o); }
  bool operator<(const TypeSet& o) const { return bits_ < o.bits_; }
  std::string key() const;  // compact text form for cache keys

 private:
  std::vector<uint64_t> bits_;
};

struct EntityType {
  std::string name;
  bool is_actor = false;
  bool declared = false;                // by a block (false: implicit, §8.2)
  SourcePos pos;                        // block type name, or first use for implicit types
  std::vector<std::string> supertypes;  // direct, from `extends`
};

class TypeRegistry {
 public:
  TypeRegistry();

  // Registers an entity type. Returns false if it already exists (as a block).
  void add_entity(const EntityType& t);
  bool has_entity(const std::string& name) const { return entity_index_.count(name) > 0; }
  const EntityType* entity(const std::string& name) const;
  EntityType* mutable_entity(const std::string& name);
  const std::vector<EntityType>& entities() const { return entities_; }

  // Call once every entity type is registered: numbers the concrete types.
  void finalize();
  size_t universe() const { return concrete_names_.size(); }

  // Concrete type id of a value's type name: String/Integer/Boolean, a known
  // entity type, or Other for an entity type the policy never names.
  int concrete_id(const std::string& type_name) const;
  const std::string& concrete_name(int id) const { return concrete_names_[id]; }
  int other_id() const { return other_id_; }
  bool is_known_type(const std::string& name) const;  // built-in (incl. Actor/Resource) or entity

  // Values of `name` or of any subtype. Built-ins: Actor = actor types, Resource = all entities.
  // Unknown names are treated as implicit entity types with no subtypes other than themselves.
  TypeSet set_of(const std::string& name) const;
  TypeSet all() const { return TypeSet::all(universe()); }
  TypeSet exactly(const std::string& type_name) const;  // {concrete_id(type_name)}

  // Is `sub` the same as or a subtype of `super` (names; built-ins included)?
  bool is_subtype(const std::string& sub, const std::string& super) const;
  // The narrower of two types, or "" when neither is a subtype of the other.
  std::string narrower(const std::string& a, const std::string& b) const;
  // All supertypes of an entity type, transitively (not including itself).
  std::vector<std::string> ancestors(const std::string& name) const;

 private:
  std::vector<EntityType> entities_;
  std::map<std::string, int> entity_index_;
  std::vector<std::string> concrete_names_;
  std::map<std::string, int> concrete_index_;
  int other_id_ = -1;
};

bool is_builtin_type(const std::string& name);  // String Integer Boolean Actor Resource

}  // namespace polar
