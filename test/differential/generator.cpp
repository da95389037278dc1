#include "generator.hpp"

#include <algorithm>

#include "base/error.hpp"
#include "analysis/fact_check.hpp"

namespace polar::diff {

namespace {

std::string lower(std::string s) {
  for (char& c : s) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
  return s;
}

std::string q(const std::string& s) { return Value::string(s).polar_literal(); }

std::string list_text(const std::vector<std::string>& v) {
  std::string out = "[";
  for (size_t i = 0; i < v.size(); i++) out += (i ? ", " : "") + q(v[i]);
  return out + "]";
}

const std::vector<std::string> kResourceTypes = {"Org", "Repo", "Folder", "Doc", "Issue", "Project"};
const std::vector<std::string> kRoles = {"viewer", "editor", "admin", "member", "owner", "guest"};
const std::vector<std::string> kPerms = {"read", "write", "delete", "share", "comment", "manage"};

}  // namespace

Generator::Generator(uint64_t seed) : rng_(seed) {}

uint64_t Generator::next() { return rng_(); }
int Generator::below(int n) { return n <= 0 ? 0 : static_cast<int>(next() % static_cast<uint64_t>(n)); }
bool Generator::chance(double p) { return static_cast<double>(next() % 1000000) < p * 1000000.0; }

Generator::Block* Generator::block(const std::string& type) {
  for (Block& b : blocks_)
    if (b.type == type) return &b;
  return nullptr;
}

const Generator::Block& Generator::random_resource() {
  std::vector<const Block*> rs;
  for (const Block& b : blocks_)
    if (!b.actor) rs.push_back(&b);
  return *pick(rs);
}

std::string Generator::role_of(const Block& b) {
  if (!b.roles.empty() && chance(0.9)) return pick(b.roles);
  return pick(kRoles);
}

std::string Generator::perm_of(const Block& b) {
  if (!b.perms.empty() && chance(0.85)) return pick(b.perms);
  return chance(0.5) ? pick(kPerms) : std::string("audit");
}

std::vector<std::string> Generator::ids_of(const std::string& type) const {
  auto it = ids_.find(type);
  if (it != ids_.end()) return it->second;
  return {lower(type) + "1"};
}

std::string Generator::id_of(const std::string& type) {
  std::vector<std::string> ids = ids_of(type);
  return Value::entity(type, pick(ids)).polar_literal();
}

// ---------------------------------------------------------------------------------------------
// Types and blocks

void Generator::make_types() {
  blocks_.clear();
  Block user;
  user.type = "User";
  user.actor = true;
  blocks_.push_back(user);
  if (chance(0.6)) {
    Block group;
    group.type = "Group";
    group.actor = true;
    blocks_.push_back(group);
    features_.add("actor Group");
  }
  std::vector<std::string> types = kResourceTypes;
  std::shuffle(types.begin(), types.end(), rng_);
  int n = 2 + below(3);
  for (int i = 0; i < n; i++) {
    Block b;
    b.type = types[i];
    blocks_.push_back(b);
  }
  // Occasionally a subtype (resource Sheet extends Doc-like parent).
  if (chance(0.08)) {
    Block sub;
    sub.type = "Sheet";
    sub.extends = blocks_.back().type;
    blocks_.push_back(sub);
    features_.add("extends");
  }
  global_ = chance(0.35);
  global_roles_.clear();
  global_perms_.clear();
  if (global_) {
    global_roles_ = {"superadmin", "support"};
    if (chance(0.6)) global_perms_ = {"create_org"};
  }
  // Value pools.
  ids_.clear();
  bool special = chance(0.1);
  for (const Block& b : blocks_) {
    std::vector<std::string> ids;
    int k = 2 + below(2);
    for (int i = 1; i <= k; i++) ids.push_back(lower(b.type) + std::to_string(i));
    if (special) {
      static const std::vector<std::string> odd = {"a b",         "x:y",     "o'q", "\xC3\xA9t\xC3\xA9",
                                                   "back\\slash", "q\"uote", "*x"};
      ids.push_back(pick(odd));
      features_.add("odd ids");
    }
    ids_[b.type] = ids;
  }
  ids_["Role"] = {"accountant", "auditor"};
  ints_ = {1, 2, 3, 5, 946684800, 4102444800, -1};
  strings_ = {"zzz", "a:b"};
}

void Generator::make_block(Block& b) {
  Block* parent = b.extends.empty() ? nullptr : block(b.extends);
  if (b.actor) {
    if (b.type == "User" && chance(0.25)) {
      b.roles = {"friend"};
      b.perms = {"read_profile"};
      b.rels = {{"manager", "User"}};
      features_.add("actor block with roles");
    } else if (b.type == "Group" && chance(0.2)) {
      b.roles = {"lead"};
      b.perms = {"manage_group"};
    }
    return;
  }
  std::vector<std::string> roles = kRoles, perms = kPerms;
  std::shuffle(roles.begin(), roles.end(), rng_);
  std::shuffle(perms.begin(), perms.end(), rng_);
  int nr = parent ? below(2) : 1 + below(3);
  int np = 1 + below(3);
  for (int i = 0; i < nr; i++) b.roles.push_back(roles[i]);
  for (int i = 0; i < np; i++) b.perms.push_back(perms[i]);
  if (parent) {  // inherited names may not change kind: drop clashes
    auto clash = [&](const std::string& n) {
      return std::find(parent->roles.begin(), parent->roles.end(), n) != parent->roles.end() ||
             std::find(parent->perms.begin(), parent->perms.end(), n) != parent->perms.end();
    };
    b.roles.erase(std::remove_if(b.roles.begin(), b.roles.end(), clash), b.roles.end());
    b.perms.erase(std::remove_if(b.perms.begin(), b.perms.end(), clash), b.perms.end());
    return;
  }
  if (b.type == "Folder" ? chance(0.85) : chance(0.15)) {
    b.rels.push_back({"parent", b.type});
    features_.add("self relation");
  }
  for (const Block& o : blocks_)
    if (!o.actor && o.type != b.type && o.extends.empty() && chance(0.35)) b.rels.push_back({lower(o.type), o.type});
  if (chance(0.4)) b.rels.push_back({"creator", "User"});
  if (block("Group") && chance(0.3)) b.rels.push_back({"team", "Group"});
}

std::string Generator::simple_term(const Block& b, const std::string& head, bool& binds_actor) {
  // Names visible in b (inherited included).
  std::vector<std::string> names;
  std::vector<Rel> rels = b.rels;
  if (!b.extends.empty())
    if (Block* p = block(b.extends)) {
      names.insert(names.end(), p->roles.begin(), p->roles.end());
      names.insert(names.end(), p->perms.begin(), p->perms.end());
      rels.insert(rels.end(), p->rels.begin(), p->rels.end());
    }
  names.insert(names.end(), b.roles.begin(), b.roles.end());
  names.insert(names.end(), b.perms.begin(), b.perms.end());
  for (int attempt = 0; attempt < 8; attempt++) {
    int form = below(10);
    binds_actor = true;
    if (form <= 2) {  // "b" (a local role or permission)
      std::vector<std::string> others;
      for (const std::string& n : names)
        if (n != head || chance(0.05)) others.push_back(n);
      if (others.empty()) continue;
      features_.add("sh: \"x\" if \"y\"");
      return q(pick(others));
    }
    if (form <= 4) {  // "y" on "rel"
      std::vector<Rel> rs;
      for (const Rel& r : rels) {
        const Block* t = block(r.type);
        if (t && (!t->roles.empty() || !t->perms.empty())) rs.push_back(r);
      }
      if (rs.empty()) continue;
      const Rel& r = pick(rs);
      const Block* t = block(r.type);
      std::vector<std::string> tn = t->roles;
      tn.insert(tn.end(), t->perms.begin(), t->perms.end());
      features_.add(r.type == b.type ? "sh: \"x\" if \"y\" on \"parent\" (recursive)"
                                     : "sh: \"x\" if \"y\" on \"rel\"");
      return q(pick(tn)) + " on " + q(r.name);
    }
    if (form == 5) {  // "rel" to an actor
      std::vector<Rel> rs;
      for (const Rel& r : rels) {
        const Block* t = block(r.type);
        if (t && t->actor) rs.push_back(r);
      }
      if (rs.empty()) continue;
      features_.add("sh: \"x\" if \"rel\" (actor relation)");
      return q(pick(rs).name);
    }
    if (form == 6) {  // "r2" on "rel", r2 an actor relation of the related type
      std::vector<std::pair<Rel, Rel>> rs;
      for (const Rel& r : rels)
        if (const Block* t = block(r.type))
          for (const Rel& r2 : t->rels)
            if (const Block* a = block(r2.type))
              if (a->actor) rs.push_back({r, r2});
      if (rs.empty()) continue;
      auto pr = pick(rs);
      features_.add("sh: \"x\" if \"rel2\" on \"rel\"");
      return q(pr.second.name) + " on " + q(pr.first.name);
    }
    if (form == 7) {  // global "g"
      if (!global_) continue;
      std::vector<std::string> g = global_roles_;
      g.insert(g.end(), global_perms_.begin(), global_perms_.end());
      features_.add("sh: global \"g\"");
      return "global " + q(pick(g));
    }
    // An atom.
    binds_actor = false;
    int a = below(4);
    features_.add("sh: atom condition");
    if (a == 0) return "is_public(resource)";
    if (a == 1) return "is_open(resource)";
    if (a == 2) {
      features_.add("sh: comparison");
      return "level(resource, _n) and _n > " + std::to_string(below(4));
    }
    binds_actor = true;
    return "has_flag(actor, resource)";
  }
  binds_actor = false;
  return "is_public(resource)";
}

std::string Generator::shorthand_term(const Block& b, const std::string& head, bool& binds_actor, int depth) {
  int form = depth > 0 ? 0 : below(10);
  if (form <= 6) return simple_term(b, head, binds_actor);
  bool b1 = false, b2 = false;
  if (form <= 8) {  // and
    std::string t1 = simple_term(b, head, b1);
    if (b1 && chance(0.4)) {
      binds_actor = true;
      features_.add("sh: and not f(actor)");
      return t1 + " and not is_banned(actor)";
    }
    std::string t2 = simple_term(b, head, b2);
    binds_actor = b1 || b2;
    features_.add("sh: and");
    return t1 + " and " + t2;
  }
  // or, sometimes grouped with an extra condition
  std::string t1 = simple_term(b, head, b1);
  std::string t2 = simple_term(b, head, b2);
  binds_actor = b1 && b2;
  features_.add("sh: or");
  if (chance(0.4)) {
    features_.add("sh: (a or b) and c");
    return "(" + t1 + " or " + t2 + ") and is_open(resource)";
  }
  return t1 + " or " + t2;
}

void Generator::make_shorthand(Block& b) {
  Block* parent = b.extends.empty() ? nullptr : block(b.extends);
  std::vector<std::string> roles = b.roles, perms = b.perms;
  if (parent) {
    roles.insert(roles.end(), parent->roles.begin(), parent->roles.end());
    perms.insert(perms.end(), parent->perms.begin(), parent->perms.end());
  }
  for (const std::string& p : b.perms) {
    if (!chance(0.8)) continue;
    bool ba = false;
    std::string term;
    if (!roles.empty() && chance(0.5)) {
      term = q(pick(roles));
      features_.add("sh: \"perm\" if \"role\"");
    } else {
      term = shorthand_term(b, p, ba, 0);
    }
    b.shorthand.push_back(q(p) + " if " + term + ";");
  }
  for (const std::string& r : b.roles) {
    if (!chance(0.5)) continue;
    bool ba = false;
    b.shorthand.push_back(q(r) + " if " + shorthand_term(b, r, ba, 0) + ";");
  }
  // role if role on "rel"
  if (!roles.empty()) {
    std::vector<Rel> rs;
    for (const Rel& r : b.rels)
      if (!block(r.type)->actor) rs.push_back(r);
    if (!rs.empty() && chance(0.35)) {
      const Rel& r = pick(rs);
      std::string extra = chance(0.2) ? " and not is_private(resource)" : "";
      if (!extra.empty()) features_.add("sh: role if role on with extra condition");
      b.shorthand.push_back("role if role on " + q(r.name) + extra + ";");
      features_.add(r.type == b.type ? "sh: role if role on \"parent\" (recursive)" : "sh: role if role on \"rel\"");
    }
  }
  if (b.shorthand.empty() && !perms.empty() && !roles.empty())
    b.shorthand.push_back(q(perms[0]) + " if " + q(roles[0]) + ";");
}

void Generator::add_rule(std::vector<PolicyItem>& items, const std::string& text, const std::string& feature) {
  PolicyItem it;
  it.head = text;
  items.push_back(it);
  if (!feature.empty()) features_.add(feature);
}

void Generator::make_custom_rules(std::vector<PolicyItem>& items) {
  bool group = block("Group") != nullptr;
  int n = 1 + below(5);
  for (int i = 0; i < n; i++) {
    const Block& R = random_resource();
    const std::string T = R.type;
    std::string role = role_of(R), perm = perm_of(R);
    switch (below(22)) {
      case 0:
        add_rule(items, "has_permission(u: User, " + q(perm) + ", r: " + T + ") if has_role(u, " + q(role) + ", r);",
                 "custom: typed params");
        break;
      case 1:
        add_rule(items, "has_permission(" + id_of("User") + ", " + q(perm) + ", r: " + T + ") if is_public(r);",
                 "custom: literal params");
        break;
      case 2:
        add_rule(items, std::string("has_permission(u: User, \"read_profile\", u: User);"),
                 "custom: repeated head var");
        break;
      case 3: {
        int k = below(5);
        if (k == 0)
          add_rule(items, "has_permission(_: User, " + q(perm) + ", _: " + T + ");", "universal: typed");
        else if (k == 1)
          add_rule(items, "has_role(_: Actor, " + q(role) + ", _: " + T + ");", "universal: has_role Actor");
        else if (k == 2)
          add_rule(items, "has_permission(_, \"ping\", _);", "universal: untyped");
        else if (k == 3)
          add_rule(items, "has_permission(_: User, " + q(perm) + ", " + id_of(T) + ");", "universal: mixed literal");
        else
          add_rule(items, "has_permission(_: Resource, " + q(perm) + ", _: " + T + ");", "universal: Resource actor");
        break;
      }
      case 4: {
        int k = below(5);
        if (k == 4)
          add_rule(items, "is_banned(" + id_of("User") + ");", "policy fact (negated elsewhere, maybe)");
        else if (k == 0)
          add_rule(items, "has_role(" + id_of("User") + ", " + q(role) + ", " + id_of(T) + ");", "policy fact");
        else if (k == 1)
          add_rule(items, "is_public(" + id_of(T) + ");", "policy fact");
        else if (k == 2)
          add_rule(items, "level(" + id_of(T) + ", " + std::to_string(below(5)) + ");", "policy fact");
        else if (!R.rels.empty()) {
          const Rel& r = pick(R.rels);
          add_rule(items, "has_relation(" + id_of(T) + ", " + q(r.name) + ", " + id_of(r.type) + ");",
                   "policy fact: relation");
        }
        break;
      }
      case 5:
        if (!group) break;
        add_rule(items, "has_group(u: User, g: Group) if i matches Group and has_group(u, i) and has_group(i, g);",
                 "recursion: nested groups (A.6)");
        add_rule(items,
                 "has_role(u: User, role: String, r: " + T +
                     ") if g matches Group and has_group(u, g) and has_role(g, role, r);",
                 "");
        break;
      case 6:
        if (!group) break;
        add_rule(items, "has_group(u, g) if has_group(u, i) and has_group(i, g);", "recursion: non-linear transitive");
        add_rule(items,
                 "has_role(u: User, role: String, r: " + T +
                     ") if g matches Group and has_group(u, g) and has_role(g, role, r);",
                 "");
        break;
      case 7: {
        bool nonlinear = chance(0.3);
        add_rule(items, "reach(x, y) if link(x, y);", "");
        if (nonlinear)
          add_rule(items, "reach(x, y) if reach(x, z) and reach(z, y);", "recursion: non-linear closure");
        else
          add_rule(items, "reach(x, y) if link(x, z) and reach(z, y);", "recursion: linear closure");
        add_rule(items,
                 "has_permission(u: User, " + q(perm) + ", r: " + T + ") if reach(r, s) and has_role(u, " + q(role) +
                     ", s);",
                 "");
        break;
      }
      case 8:
        add_rule(items, "odd_path(x, y) if link(x, y);", "recursion: mutual");
        add_rule(items, "odd_path(x, y) if link(x, z) and even_path(z, y);", "");
        add_rule(items, "even_path(x, y) if link(x, z) and odd_path(z, y);", "");
        add_rule(items, "has_permission(u: User, " + q(perm) + ", r: " + T + ") if even_path(r, s) and owns(u, s);",
                 "");
        break;
      case 9:
        add_rule(items, "manages(a: User, b: User) if manager_of(a, b);", "recursion: management chain");
        add_rule(items, "manages(a: User, b: User) if manager_of(a, c) and manages(c, b);", "");
        add_rule(items,
                 "has_permission(m: User, " + q(perm) + ", r: " + T + ") if manages(m, u) and has_role(u, " + q(role) +
                     ", r);",
                 "");
        break;
      case 10: {
        int k = below(3);
        std::string cond = k == 0 ? "not is_locked(r)" : k == 1 ? "not is_banned(u)" : "not has_block(u, _)";
        add_rule(items,
                 "has_permission(u: User, " + q(perm) + ", r: " + T + ") if has_role(u, " + q(role) + ", r) and " +
                     cond + ";",
                 "negation");
        break;
      }
      case 11: {
        int k = below(5);
        if (k == 0)
          add_rule(items,
                   "has_permission(u: User, " + q(perm) + ", r: " + T + ") if has_role(u, " + q(role) +
                       ", r) and level(r, n) and n >= " + std::to_string(below(5)) + ";",
                   "comparison: >= constant");
        else if (k == 1)
          add_rule(
              items,
              "has_permission(u: User, " + q(perm) + ", r: " + T + ") if clearance(u, c) and level(r, l) and c > l;",
              "comparison: var > var");
        else if (k == 2)
          add_rule(items,
                   "has_role(u: User, " + q(role) + ", r: " + T + ") if expires(u, r, t) and @current_unix_time < t;",
                   "comparison: @current_unix_time");
        else if (k == 3)
          add_rule(items,
                   "has_permission(u: User, " + q(perm) + ", r: " + T + ") if has_role(u, " + q(role) +
                       ", r) and has_role(v, " + q(role) + ", r) and u != v;",
                   "comparison: != vars");
        else
          add_rule(items,
                   "has_permission(u: User, " + q(perm) + ", r: " + T +
                       ") if has_role(u, role, r) and role != " + q(role) + ";",
                   "comparison: != constant");
        break;
      }
      case 12: {
        std::string p2 = perm_of(R);
        if (chance(0.5))
          add_rule(items,
                   "has_permission(u: User, action: String, r: " + T + ") if has_role(u, " + q(role) +
                       ", r) and action in " + list_text({perm, "x", p2}) + ";",
                   "in: binds head var");
        else
          add_rule(items,
                   "has_permission(u: User, " + q(perm) + ", r: " + T + ") if has_role(u, role, r) and role in " +
                       list_text({role, role_of(R)}) + ";",
                   "in: filter");
        break;
      }
      case 13:
        add_rule(items,
                 "has_permission(a, " + q(perm) + ", r) if a matches User and r matches " + T + " and owner(r, a);",
                 "matches");
        break;
      case 14:
        add_rule(items,
                 "has_permission(u: User, action: String, o: " + T +
                     ") if role matches Role and has_role(u, role, o) and grants_permission(role, action);",
                 "custom roles as entities (A.5)");
        break;
      case 15:
        add_rule(items, "has_permission(_: User, " + q(perm) + ", r: " + T + ") if is_protected(r, false);",
                 "Boolean attribute");
        break;
      case 16:
        add_rule(items, "has_permission(u: User, " + q(perm) + ", r: " + T + ") if owner_of(r, o) and o = u;",
                 "comparison: =");
        break;
      case 17:
        if (!global_) break;
        add_rule(items, "has_role(_: User, \"support\");", "universal: global role");
        break;
      case 18:
        add_rule(items,
                 "has_permission(u: User, " + q(perm) + ", r: " + T + ") if in_group(u, g) and has_role(g, " + q(role) +
                     ", r);",
                 "");
        add_rule(items, "in_group(a, g) if member_of(a, g);", "recursion: linear groups (written linearly)");
        add_rule(items, "in_group(a, g) if member_of(a, h) and in_group(h, g);", "");
        break;
      case 19:
        add_rule(items,
                 "has_permission(u: User, " + q(perm) + ", r: " + T + ") if has_role(u, " + q(role) +
                     ", r) and not has_block(u, r) and level(r, n) and n < 4;",
                 "negation + comparison");
        break;
      case 20:
        add_rule(items, "viewer_of(u: User, r: " + T + ") if has_role(u, " + q(role) + ", r);", "custom predicate");
        add_rule(items, "has_permission(u: User, " + q(perm) + ", r: " + T + ") if viewer_of(u, r) or is_public(r);",
                 "custom: or body");
        break;
      case 21: {
        std::string p2 = perm_of(R);
        if (p2 == perm) break;  // a rule that derives itself is a different feature (recursion)
        add_rule(items,
                 "has_permission(u: User, " + q(p2) + ", r: " + T + ") if has_permission(u, " + q(perm) +
                     ", r) and not owner_of(r, u);",
                 "negation on the query's values: review unless author");
        break;
      }
    }
  }
  // A custom allow, sometimes.
  if (chance(0.12)) {
    int k = below(10);
    if (k < 5) {
      add_rule(items,
               "allow(user: User, action: String, resource: Resource) if has_permission(user, action, resource) and "
               "not is_suspended(user);",
               "custom allow (A.9)");
    } else if (k < 9) {
      const Block& R = random_resource();
      add_rule(items, "allow(actor, action, resource) if has_permission(actor, action, resource);",
               "custom allow: explicit default");
      add_rule(items, "allow(_: User, \"ping\", _: " + R.type + ");", "custom allow: universal");
    } else {
      add_rule(items, "allow(_, _, _);", "custom allow: allow(_, _, _)");
    }
  }
}

Case Generator::policy() {
  features_ = {};
  make_types();
  for (Block& b : blocks_) make_block(b);
  for (Block& b : blocks_) make_shorthand(b);
  Case c;
  for (const Block& b : blocks_) {
    PolicyItem it;
    it.block = true;
    it.head =
        std::string(b.actor ? "actor " : "resource ") + b.type + (b.extends.empty() ? "" : " extends " + b.extends);
    if (!b.roles.empty()) it.lines.push_back("roles = " + list_text(b.roles) + ";");
    if (!b.perms.empty()) it.lines.push_back("permissions = " + list_text(b.perms) + ";");
    if (!b.rels.empty()) {
      std::string m = "relations = { ";
      for (size_t i = 0; i < b.rels.size(); i++) m += (i ? ", " : "") + b.rels[i].name + ": " + b.rels[i].type;
      it.lines.push_back(m + " };");
    }
    for (const std::string& s : b.shorthand) it.lines.push_back(s);
    c.policy.push_back(it);
  }
  if (global_) {
    PolicyItem it;
    it.block = true;
    it.head = "global";
    it.lines.push_back("roles = " + list_text(global_roles_) + ";");
    if (!global_perms_.empty()) it.lines.push_back("permissions = " + list_text(global_perms_) + ";");
    it.lines.push_back("\"support\" if \"superadmin\";");
    if (!global_perms_.empty()) it.lines.push_back("\"create_org\" if " + q(pick(global_roles_)) + ";");
    c.policy.push_back(it);
    features_.add("global block");
  }
  make_custom_rules(c.policy);
  // Shuffle the top-level items: order must not matter.
  std::shuffle(c.policy.begin(), c.policy.end(), rng_);
  return c;
}

// ---------------------------------------------------------------------------------------------
// Facts

std::vector<std::string> Generator::concrete_types(const ir::Program& p, const std::string& type) const {
  std::vector<std::string> out;
  if (type.empty()) {
    out = {"String", "Integer"};
    for (const EntityType& e : p.types.entities()) out.push_back(e.name);
    return out;
  }
  TypeSet s = p.types.set_of(type);
  for (int id : s.members())
    if (id != p.types.other_id()) out.push_back(p.types.concrete_name(id));
  return out;
}

Value Generator::random_value_of(const ir::Program& p, const std::string& type) {
  if (type == "String") {
    std::vector<std::string> strs = strings_;
    for (const std::string& c : p.constants) {
      Value v = decode_value(c);
      if (v.is_string()) strs.push_back(v.id);
    }
    return Value::string(pick(strs));
  }
  if (type == "Integer") return Value::integer(pick(ints_));
  if (type == "Boolean") return Value::boolean(chance(0.5));
  std::vector<std::string> ids = ids_of(type);
  return Value::entity(type, pick(ids));
}

Value Generator::random_any_value(const ir::Program& p) { return random_value_of(p, pick(concrete_types(p, ""))); }

void Generator::facts(Case& c, const ir::Program& p) {
  dropped_facts_ = 0;
  // Make sure every entity type of the program has a pool (implicit types too).
  for (const EntityType& e : p.types.entities())
    if (!ids_.count(e.name)) ids_[e.name] = {lower(e.name) + "1", lower(e.name) + "2"};
  std::vector<ir::PredId> bearing;
  for (size_t i = 0; i < p.preds.size(); i++)
    if (p.preds[i].fact_bearing() && p.preds[i].arity <= 5) bearing.push_back(static_cast<ir::PredId>(i));
  if (bearing.empty()) return;
  int n = 4 + below(26);
  std::set<Fact> seen;
  std::map<std::string, std::string> preferred;
  for (int i = 0; i < n * 2 && static_cast<int>(c.facts.size()) < n; i++) {
    Fact f;
    int mode = below(10);
    if (mode < 3 && p.find("has_role", 3) >= 0) {
      // A role on a resource, with a declared role name most of the time.
      std::vector<const Block*> rs;
      for (const Block& b : blocks_)
        if (!b.roles.empty() || (!b.extends.empty() && !block(b.extends)->roles.empty())) rs.push_back(&b);
      if (rs.empty()) continue;
      const Block& b = *pick(rs);
      const Block* roles_from = b.roles.empty() ? block(b.extends) : &b;
      std::string actor_type = block("Group") && chance(0.35) ? "Group" : "User";
      f.pred = "has_role";
      f.args = {random_value_of(p, actor_type), Value::string(chance(0.9) ? pick(roles_from->roles) : pick(kRoles)),
                random_value_of(p, b.type)};
    } else if (mode < 5 && p.find("has_relation", 3) >= 0) {
      std::vector<const Block*> rs;
      for (const Block& b : blocks_)
        if (!b.rels.empty()) rs.push_back(&b);
      if (rs.empty()) continue;
      const Block& b = *pick(rs);
      const Rel& r = pick(b.rels);
      f.pred = "has_relation";
      f.args = {random_value_of(p, b.type), Value::string(r.name), random_value_of(p, r.type)};
    } else if (mode < 6 && global_ && p.find("has_role", 2) >= 0) {
      f.pred = "has_role";
      f.args = {random_value_of(p, "User"), Value::string(pick(global_roles_))};
    } else {
      const ir::Predicate& pred = p.preds[pick(bearing)];
      const ir::Signature& sig = pick(pred.signatures);
      f.pred = pred.name;
      // Untyped positions of one predicate mostly share one entity type, so that chains
      // (link(x, y), member_of(a, g), ...) and cycles form.
      auto pref = preferred.find(pred.key());
      if (pref == preferred.end()) {
        std::vector<std::string> ents;
        for (const EntityType& e : p.types.entities()) ents.push_back(e.name);
        pref = preferred.emplace(pred.key(), ents.empty() ? std::string("String") : pick(ents)).first;
      }
      for (const std::string& t : sig) {
        std::vector<std::string> ts = concrete_types(p, t);
        if (ts.empty()) ts = {"String"};
        if (t.empty() && chance(0.7)) ts = {pref->second};
        f.args.push_back(random_value_of(p, pick(ts)));
      }
    }
    try {
      check_fact(p, f.pred, f.args);
    } catch (const PolarError&) {
      dropped_facts_++;
      continue;
    }
    if (seen.insert(f).second) c.facts.push_back(f);
  }
}

// ---------------------------------------------------------------------------------------------
// Queries

std::vector<std::string> Generator::pool_types() const {
  std::vector<std::string> out;
  for (const auto& [t, ids] : ids_) out.push_back(t);
  out.push_back("Widget");
  return out;
}

std::vector<Value> Generator::pool_values() const {
  std::vector<Value> out;
  for (const auto& [t, ids] : ids_) {
    for (const std::string& id : ids) out.push_back(Value::entity(t, id));
    out.push_back(Value::entity(t, lower(t) + "9"));  // never in a fact
  }
  out.push_back(Value::entity("Widget", "w1"));  // a type no policy names
  for (int64_t i : ints_) out.push_back(Value::integer(i));
  for (const std::string& s : strings_) out.push_back(Value::string(s));
  out.push_back(Value::string("nope"));
  return out;
}

void Generator::queries(Case& c, const ir::Program& p, const Evaluator& ref) {
  std::vector<Value> pool = pool_values();
  std::vector<Value> actors, resources, actions;
  for (const Value& v : pool) {
    if (!v.is_entity()) continue;
    resources.push_back(v);
    if (v.type == "User" || v.type == "Group") actors.push_back(v);
  }
  for (const std::string& s : p.constants) {
    Value v = decode_value(s);
    if (v.is_string()) actions.push_back(v);
    if (v.is_entity()) resources.push_back(v);
  }
  actions.push_back(Value::string("nope"));
  actions.push_back(Value::string("ping"));
  std::vector<Tuple> allowed;
  for (const Tuple& t : ref.tuples("allow", 3)) {
    bool fresh = false;
    for (const Value& v : t) fresh = fresh || Evaluator::is_fresh(v);
    if (!fresh) allowed.push_back(t);
  }
  std::vector<std::string> types;
  for (const Block& b : blocks_) types.push_back(b.type);
  if (chance(0.1)) types.push_back("Widget");
  auto text = [](const Value& v) { return std::optional<std::string>(value_text(v)); };
  // authorize
  for (int i = 0; i < 10; i++) {
    Query qy;
    qy.kind = Query::Kind::Authorize;
    if (!allowed.empty() && chance(0.45)) {
      const Tuple& t = pick(allowed);
      qy.args = {text(t[0]), text(t[1]), text(t[2])};
      if (chance(0.2)) qy.args[below(3)] = text(pick(chance(0.5) ? resources : actions));  // a near miss
    } else {
      qy.args = {text(pick(actors)), text(pick(actions)), text(pick(resources))};
    }
    c.queries.push_back(qy);
  }
  // list
  for (int i = 0; i < 3; i++) {
    Query qy;
    qy.kind = Query::Kind::List;
    if (!allowed.empty() && chance(0.5)) {
      const Tuple& t = pick(allowed);
      qy.args = {text(t[0]), text(t[1]), t[2].is_entity() ? t[2].type : pick(types)};
    } else {
      qy.args = {text(pick(actors)), text(pick(actions)), pick(types)};
    }
    c.queries.push_back(qy);
  }
  // actions
  for (int i = 0; i < 3; i++) {
    Query qy;
    qy.kind = Query::Kind::Actions;
    if (!allowed.empty() && chance(0.5)) {
      const Tuple& t = pick(allowed);
      qy.args = {text(t[0]), text(t[2])};
    } else {
      qy.args = {text(pick(actors)), text(pick(resources))};
    }
    c.queries.push_back(qy);
  }
  // query
  std::vector<ir::PredId> preds;
  for (size_t i = 0; i < p.preds.size(); i++) {
    const ir::Predicate& pr = p.preds[i];
    if ((pr.has_rules() || pr.fact_bearing()) && pr.arity >= 1 && pr.arity <= 8)
      preds.push_back(static_cast<ir::PredId>(i));
  }
  std::vector<std::string> all_types = {"String", "Integer", "Boolean"};
  for (const EntityType& e : p.types.entities()) all_types.push_back(e.name);
  for (int i = 0; i < 3 && !preds.empty(); i++) {
    const ir::Predicate& pr = p.preds[pick(preds)];
    Query qy;
    qy.kind = Query::Kind::Query;
    qy.pred = pr.name;
    std::vector<Tuple> ts;
    for (const Tuple& t : ref.tuples(pr.name, static_cast<size_t>(pr.arity))) {
      bool fresh = false;
      for (const Value& v : t) fresh = fresh || Evaluator::is_fresh(v);
      if (!fresh) ts.push_back(t);
    }
    const Tuple* sample = ts.empty() ? nullptr : &ts[static_cast<size_t>(below(static_cast<int>(ts.size())))];
    for (int k = 0; k < pr.arity; k++) {
      int m = below(10);
      if (m < 3) {
        qy.args.push_back(std::nullopt);
      } else if (m < 6) {
        std::string t = sample && chance(0.7) ? (*sample)[k].type : pick(all_types);
        qy.args.push_back(t + ":_");
      } else if (sample && chance(0.8)) {
        qy.args.push_back(text((*sample)[k]));
      } else {
        qy.args.push_back(text(pick(pool)));
      }
    }
    c.queries.push_back(qy);
  }
  // Phase 2: some facts move into context_facts.
  if (!c.facts.empty() && chance(0.3)) {
    for (const Fact& f : c.facts)
      if (chance(0.5)) c.context.push_back(f);
    if (!c.context.empty()) {
      std::vector<Query> base(c.queries.begin(), c.queries.begin() + 16);  // authorize, list, actions
      std::shuffle(base.begin(), base.end(), rng_);
      for (int i = 0; i < 6; i++) {
        Query qy = base[i];
        qy.with_context = true;
        c.queries.push_back(qy);
      }
      features_.add("context facts");
    }
  }
}

}  // namespace polar::diff
