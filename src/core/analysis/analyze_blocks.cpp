// Types and blocks: which entity types exist, how they extend each other, and
// the roles, permissions and relations each block declares or inherits (B01-B13, W01, W02).
#include <algorithm>
#include <cctype>
#include <functional>

#include "analysis/analyzer.hpp"

namespace polar::detail {

namespace {

const char* kind_word(TermKind k) {
  switch (k) {
    case TermKind::Role:
      return "role";
    case TermKind::Permission:
      return "permission";
    case TermKind::Relation:
      return "relation";
  }
  return "name";
}

std::string capitalized(const char* word) {
  std::string s(word);
  if (!s.empty()) s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
  return s;
}

std::string lower(const std::string& s) {
  std::string out = s;
  for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return out;
}

void check_block_names(Analyzer& a, const ast::Policy& policy, std::map<std::string, const ast::Block*>& declared) {
  const ast::Block* global = nullptr;
  for (const ast::Block& b : policy.blocks) {
    if (b.kind == ast::Block::Kind::Global) {
      if (global)
        a.diags.error("B03", b.pos,
                      "Multiple global blocks; the first is at " + std::to_string(global->pos.line) + ":" +
                          std::to_string(global->pos.col) + ".");
      else
        global = &b;
      continue;
    }
    if (is_builtin_type(b.type.text)) {
      a.diags.error("B02", b.type.pos, "'" + b.type.text + "' is a built-in type and cannot be declared by a block.");
      continue;
    }
    auto it = declared.find(b.type.text);
    if (it != declared.end()) {
      const SourcePos& first = it->second->type.pos;
      a.diags.error("B01", b.type.pos,
                    "Type '" + b.type.text + "' is declared more than once; first declared at " +
                        std::to_string(first.line) + ":" + std::to_string(first.col) + ".");
      continue;
    }
    declared[b.type.text] = &b;
  }
}

// B11 (bad target) and B12 (cycles). Bad edges are dropped so later passes see a DAG.
void check_extends(Analyzer& a, std::map<std::string, const ast::Block*>& declared,
                   std::map<std::string, std::vector<std::string>>& supers) {
  for (auto& [name, block] : declared) {
    const char* kind = block->kind == ast::Block::Kind::Actor ? "Actor" : "Resource";
    const char* lower_kind = block->kind == ast::Block::Kind::Actor ? "actor" : "resource";
    for (const ast::Name& s : block->extends) {
      auto it = declared.find(s.text);
      if (it == declared.end() || it->second->kind != block->kind) {
        a.diags.error("B11", s.pos,
                      std::string(kind) + " '" + name + "' extends '" + s.text + "', but no " + lower_kind +
                          " block '" + s.text + "' exists.");
        continue;
      }
      supers[name].push_back(s.text);
    }
  }
  // Depth-first search for cycles; each cycle is reported once, at the block that closes it.
  std::map<std::string, int> state;  // 0 new, 1 on stack, 2 done
  std::vector<std::string> stack;
  std::function<void(const std::string&)> visit = [&](const std::string& n) {
    state[n] = 1;
    stack.push_back(n);
    auto& edges = supers[n];
    for (size_t i = 0; i < edges.size(); i++) {
      const std::string s = edges[i];
      if (state[s] == 1) {
        std::string msg = "Inheritance cycle: '" + n + "' extends '" + s + "'";
        auto from = std::find(stack.begin(), stack.end(), s);
        for (auto p = from; p + 1 != stack.end(); ++p) msg += ", which extends '" + *(p + 1) + "'";
        msg += ", which extends '" + s + "'.";
        // Shorten the common two-type case to the spec's wording.
        if (stack.end() - from == 2)
          msg = "Inheritance cycle: '" + n + "' extends '" + s + "', which extends '" + n + "'.";
        SourcePos pos = declared[n]->type.pos;
        for (const ast::Name& e : declared[n]->extends)
          if (e.text == s) pos = e.pos;
        a.diags.error("B12", pos, msg);
        edges.erase(edges.begin() + static_cast<long>(i));
        i--;
      } else if (state[s] == 0) {
        visit(s);
      }
    }
    stack.pop_back();
    state[n] = 2;
  };
  for (auto& [name, _] : declared)
    if (state[name] == 0) visit(name);
}

void collect_type_uses_in_expr(Analyzer& a, const ast::Expr& e) {
  for (const ast::Expr& op : e.operands) collect_type_uses_in_expr(a, op);
  if (e.kind == ast::Expr::Kind::Matches) a.note_type_use(e.type.text, e.type.pos);
  auto term = [&](const ast::Term& t) {
    if (t.kind == ast::Term::Kind::Literal && t.value.is_entity()) a.note_type_use(t.value.type, t.pos);
  };
  for (const ast::Term& t : e.args) term(t);
  term(e.lhs);
  term(e.rhs);
  for (const ast::Literal& l : e.list)
    if (l.value.is_entity()) a.note_type_use(l.value.type, l.pos);
}

void collect_type_uses_in_param(Analyzer& a, const ast::Param& p) {
  if (p.type) a.note_type_use(p.type->text, p.type->pos);
  if (p.term.kind == ast::Term::Kind::Literal && p.term.value.is_entity())
    a.note_type_use(p.term.value.type, p.term.pos);
}

void collect_type_uses(Analyzer& a, const ast::Policy& policy) {
  for (const ast::Rule& r : policy.rules) {
    for (const ast::Param& p : r.params) collect_type_uses_in_param(a, p);
    if (r.body) collect_type_uses_in_expr(a, *r.body);
  }
  for (const ast::Block& b : policy.blocks)
    for (const ast::Shorthand& s : b.shorthands) collect_type_uses_in_expr(a, s.body);
  for (const ast::Declare& d : policy.declares)
    for (const ast::Name& t : d.types) a.note_type_use(t.text, t.pos);
  auto fact = [&](const ast::Fact& f) {
    for (const ast::Term& t : f.args)
      if (t.kind == ast::Term::Kind::Literal && t.value.is_entity()) a.note_type_use(t.value.type, t.pos);
  };
  for (const ast::Fixture& fx : policy.fixtures)
    for (const ast::Fact& f : fx.facts) fact(f);
  for (const ast::Test& t : policy.tests) {
    for (const ast::Fact& f : t.setup_facts) fact(f);
    for (const ast::Assertion& as : t.assertions) {
      for (const ast::Param& p : as.args) collect_type_uses_in_param(a, p);
      for (const ast::Literal& l : as.iff_list)
        if (l.value.is_entity()) a.note_type_use(l.value.type, l.pos);
    }
  }
}

struct DeclSeen {
  const ast::Declaration* roles = nullptr;
  const ast::Declaration* permissions = nullptr;
  const ast::Declaration* relations = nullptr;
};

const char* decl_word(ast::DeclKind k) {
  switch (k) {
    case ast::DeclKind::Roles:
      return "roles";
    case ast::DeclKind::Permissions:
      return "permissions";
    case ast::DeclKind::Relations:
      return "relations";
    case ast::DeclKind::Unknown:
      break;
  }
  return "";
}

const char* shape_word(ast::Declaration::Shape s) {
  switch (s) {
    case ast::Declaration::Shape::List:
      return "a list";
    case ast::Declaration::Shape::Map:
      return "a dictionary";
    case ast::Declaration::Shape::Other:
      break;
  }
  return "something else";
}

// A block's own declarations, in source order.
void resolve_own_names(Analyzer& a, const ast::Block& b, ResolvedBlock& rb,
                       const std::map<std::string, const ast::Block*>& declared) {
  std::vector<const ast::Declaration*> decls;
  for (const ast::Declaration& d : b.declarations) decls.push_back(&d);
  std::sort(decls.begin(), decls.end(),
            [](const ast::Declaration* x, const ast::Declaration* y) { return x->keyword.pos < y->keyword.pos; });
  DeclSeen seen;
  const std::string where = rb.describe();
  for (const ast::Declaration* d : decls) {
    if (d->kind == ast::DeclKind::Unknown) {
      a.diags.error("B04", d->keyword.pos,
                    "Unexpected declaration '" + d->keyword.text +
                        "'. Did you mean for this to be 'roles = [ ... ];' or 'permissions = [ ... ];'?");
      continue;
    }
    const ast::Declaration** slot = d->kind == ast::DeclKind::Roles         ? &seen.roles
                                    : d->kind == ast::DeclKind::Permissions ? &seen.permissions
                                                                            : &seen.relations;
    if (*slot) {
      a.diags.error("B06", d->keyword.pos,
                    std::string("Multiple '") + decl_word(d->kind) + "' declarations in " + where + ".");
      continue;
    }
    *slot = d;
    if (d->kind == ast::DeclKind::Relations) {
      if (rb.type.empty()) {
        a.diags.error("B10", d->keyword.pos,
                      "The global block cannot declare relations; only roles and permissions are allowed.");
        continue;
      }
      if (d->shape != ast::Declaration::Shape::Map) {
        a.diags.error(
            "B05", d->value_pos,
            std::string("Expected 'relations' declaration to be a dictionary; found ") + shape_word(d->shape) + ".");
        continue;
      }
      for (const ast::RelationItem& item : d->relations) {
        auto existing = rb.kinds.find(item.name.text);
        if (existing != rb.kinds.end()) {
          if (existing->second == TermKind::Relation)
            a.diags.warning("W01", item.name.pos,
                            "Relation \"" + item.name.text + "\" is listed twice in " + where + ".");
          else
            a.diags.error("B07", item.name.pos,
                          "Cannot declare " + quoted(item.name.text) + " as a relation in " + where +
                              ": it is already declared as a " + kind_word(existing->second) + ".");
          continue;
        }
        if (!declared.count(item.type.text)) {
          a.diags.error("B09", item.type.pos,
                        rb.type + ": Relation \"" + item.name.text + "\" has type '" + item.type.text +
                            "', but no such resource block exists. Try declaring one: resource " + item.type.text +
                            " {}");
          rb.broken_relations.insert(item.name.text);
          continue;
        }
        rb.kinds[item.name.text] = TermKind::Relation;
        rb.relation_types[item.name.text] = item.type.text;
      }
      continue;
    }
    TermKind kind = d->kind == ast::DeclKind::Roles ? TermKind::Role : TermKind::Permission;
    if (d->shape != ast::Declaration::Shape::List || !d->non_strings.empty()) {
      SourcePos pos = d->non_strings.empty() ? d->value_pos : d->non_strings.front();
      a.diags.error(
          "B05", pos,
          std::string("Expected '") + decl_word(d->kind) + "' declaration to be a list of strings; found " +
              (d->shape == ast::Declaration::Shape::List ? "a list with a non-string entry" : shape_word(d->shape)) +
              ".");
      if (d->shape != ast::Declaration::Shape::List) continue;
    }
    for (const ast::Name& s : d->strings) {
      if (s.text.empty()) {
        a.diags.error("B08", s.pos,
                      std::string("Empty string is not a valid ") + kind_word(kind) + " name in " + where + ".");
        continue;
      }
      auto existing = rb.kinds.find(s.text);
      if (existing != rb.kinds.end()) {
        if (existing->second == kind)
          a.diags.warning("W01", s.pos,
                          capitalized(kind_word(kind)) + " " + quoted(s.text) + " is listed twice in " + where + ".");
        else
          a.diags.error("B07", s.pos,
                        "Cannot declare " + quoted(s.text) + " as a " + kind_word(kind) + " in " + where +
                            ": it is already declared as a " + kind_word(existing->second) + ".");
        continue;
      }
      rb.kinds[s.text] = kind;
      (kind == TermKind::Role ? rb.roles : rb.permissions).push_back(s.text);
    }
  }
}

// Adds the names of every supertype to `rb`, reporting conflicts with its own names (B13).
void inherit_names(Analyzer& a, const ast::Block& b, ResolvedBlock& rb,
                   const std::vector<std::string>& supers_in_order) {
  ResolvedBlock merged;
  merged.type = rb.type;
  std::map<std::string, std::string> origin;  // name -> supertype it came from
  for (const std::string& s : supers_in_order) {
    const ResolvedBlock* sb = a.block(s);
    if (!sb) continue;
    for (const std::string& r : sb->roles)
      if (!merged.kinds.count(r)) {
        merged.kinds[r] = TermKind::Role;
        merged.roles.push_back(r);
        origin[r] = s;
      }
    for (const std::string& p : sb->permissions)
      if (!merged.kinds.count(p)) {
        merged.kinds[p] = TermKind::Permission;
        merged.permissions.push_back(p);
        origin[p] = s;
      }
    for (const auto& [rel, type] : sb->relation_types)
      if (!merged.kinds.count(rel)) {
        merged.kinds[rel] = TermKind::Relation;
        merged.relation_types[rel] = type;
        origin[rel] = s;
      }
  }
  auto own_pos = [&](const std::string& name) {
    for (const ast::Declaration& d : b.declarations) {
      for (const ast::Name& s : d.strings)
        if (s.text == name) return s.pos;
      for (const ast::RelationItem& r : d.relations)
        if (r.name.text == name) return r.name.pos;
    }
    return b.type.pos;
  };
  for (const auto& [name, kind] : rb.kinds) {
    auto inherited = merged.kinds.find(name);
    if (inherited == merged.kinds.end()) continue;
    if (inherited->second != kind) {
      a.diags.error("B13", own_pos(name),
                    quoted(name) + " is a " + kind_word(inherited->second) + " inherited by '" + rb.type + "' from '" +
                        origin[name] + "' and cannot be redeclared as a " + kind_word(kind) + ".");
    } else if (kind == TermKind::Relation) {
      const std::string& mine = rb.relation_types[name];
      const std::string& theirs = merged.relation_types[name];
      if (!a.program.types.is_subtype(mine, theirs))
        a.diags.error("B13", own_pos(name),
                      "Relation " + quoted(name) + " inherited by '" + rb.type + "' from '" + origin[name] +
                          "' has type '" + theirs + "'; it may only be redeclared with that type or a subtype, not '" +
                          mine + "'.");
    }
  }
  // Inherited names first, then the block's own new names.
  ResolvedBlock out = merged;
  out.ast = rb.ast;
  out.is_actor = rb.is_actor;
  for (const std::string& r : rb.roles)
    if (!out.kinds.count(r)) {
      out.kinds[r] = TermKind::Role;
      out.roles.push_back(r);
    }
  for (const std::string& p : rb.permissions)
    if (!out.kinds.count(p)) {
      out.kinds[p] = TermKind::Permission;
      out.permissions.push_back(p);
    }
  for (const auto& [rel, type] : rb.relation_types) {
    if (!out.kinds.count(rel)) out.kinds[rel] = TermKind::Relation;
    if (out.kinds[rel] == TermKind::Relation) out.relation_types[rel] = type;  // own (narrower) type wins
  }
  rb = out;
}

}  // namespace

std::string ResolvedBlock::describe() const {
  if (type.empty()) return "global block";
  return "'" + type + "' " + (is_actor ? "actor" : "resource") + " block";
}

void Analyzer::note_type_use(const std::string& name, SourcePos pos) {
  if (name.empty() || is_builtin_type(name) || program.types.has_entity(name)) return;
  if (!implicit_types.insert(name).second) return;
  EntityType t;
  t.name = name;
  t.pos = pos;
  program.types.add_entity(t);
  // W02: a near miss of a declared or built-in type is probably a typo.
  std::vector<std::string> candidates = {"String", "Integer", "Boolean", "Actor", "Resource"};
  for (const EntityType& e : program.types.entities())
    if (e.declared) candidates.push_back(e.name);
  for (const std::string& c : candidates) {
    bool near = lower(c) == lower(name) || (name.size() >= 5 && edit_distance(c, name) <= 2);
    if (near) {
      diags.warning("W02", pos,
                    "Unknown type '" + name + "'; did you mean '" + c + "'? It will be treated as a new entity type.");
      break;
    }
  }
}

void collect_types(Analyzer& a, const ast::Policy& policy) {
  std::map<std::string, const ast::Block*> declared;
  check_block_names(a, policy, declared);
  std::map<std::string, std::vector<std::string>> supers;
  check_extends(a, declared, supers);
  for (auto& [name, block] : declared) {
    EntityType t;
    t.name = name;
    t.is_actor = block->kind == ast::Block::Kind::Actor;
    t.declared = true;
    t.pos = block->type.pos;
    t.supertypes = supers[name];
    a.program.types.add_entity(t);
  }
  collect_type_uses(a, policy);
  a.program.types.finalize();
}

void resolve_blocks(Analyzer& a, const ast::Policy& policy) {
  std::map<std::string, const ast::Block*> declared;
  const ast::Block* global = nullptr;
  for (const ast::Block& b : policy.blocks) {
    if (b.kind == ast::Block::Kind::Global) {
      if (!global) global = &b;
    } else if (!is_builtin_type(b.type.text) && !declared.count(b.type.text)) {
      declared[b.type.text] = &b;
    }
  }
  // Resolve supertypes before subtypes so inherited names are complete.
  std::set<std::string> done;
  std::function<void(const std::string&)> resolve = [&](const std::string& name) {
    if (done.count(name)) return;
    done.insert(name);
    const EntityType* t = a.program.types.entity(name);
    for (const std::string& s : t->supertypes) resolve(s);
    const ast::Block& b = *declared[name];
    ResolvedBlock rb;
    rb.ast = &b;
    rb.type = name;
    rb.is_actor = t->is_actor;
    resolve_own_names(a, b, rb, declared);
    std::vector<std::string> ancestors = a.program.types.ancestors(name);
    if (!ancestors.empty()) inherit_names(a, b, rb, ancestors);
    a.blocks[name] = rb;
  };
  for (auto& [name, _] : declared) resolve(name);
  if (global) {
    ResolvedBlock rb;
    rb.ast = global;
    resolve_own_names(a, *global, rb, declared);
    a.blocks[""] = rb;
    a.program.has_global_block = true;
  }
  for (const auto& [name, rb] : a.blocks) {
    ir::BlockInfo info;
    info.type = name;
    info.is_actor = rb.is_actor;
    info.roles = rb.roles;
    info.permissions = rb.permissions;
    std::sort(info.roles.begin(), info.roles.end());
    std::sort(info.permissions.begin(), info.permissions.end());
    info.relations = rb.relation_types;
    a.program.blocks.push_back(info);
  }
}

std::string quoted(const std::string& s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    out += c;
  }
  return out + "\"";
}

int edit_distance(const std::string& a, const std::string& b) {
  std::vector<int> prev(b.size() + 1), cur(b.size() + 1);
  for (size_t j = 0; j <= b.size(); j++) prev[j] = static_cast<int>(j);
  for (size_t i = 1; i <= a.size(); i++) {
    cur[0] = static_cast<int>(i);
    for (size_t j = 1; j <= b.size(); j++)
      cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

}  // namespace polar::detail
