#include "sql/unfold.hpp"

#include "plan/cq_merge.hpp"

namespace polar {

std::vector<compiler::CQ> unfold_query(const ir::Program& program, const QuerySpec& spec,
                                       compiler::Specializer& specializer) {
  using namespace compiler;
  const TypeRegistry& types = program.types;
  std::vector<CQ> cqs;
  ir::PredId pred = program.find(spec.predicate, static_cast<int>(spec.args.size()));
  if (pred >= 0) {
    CQ root;
    CAtom atom;
    atom.pred = pred;
    for (size_t i = 0; i < spec.args.size(); i++) {
      const QueryArg& a = spec.args[i];
      int v = -1;
      switch (a.kind) {
        case QueryArg::Kind::Bound: {
          RuntimeInput in{RuntimeInput::Kind::QueryArg, static_cast<int>(i), !a.type.empty()};
          v = root.add_input(in, a.type.empty() ? types.all() : types.exactly(a.type), "$" + std::to_string(i));
          break;
        }
        case QueryArg::Kind::Const:
          v = root.add_const(a.value, types);
          break;
        case QueryArg::Kind::Free:
          v = root.add_var(a.type.empty() ? types.all() : types.exactly(a.type), "$" + std::to_string(i));
          break;
        case QueryArg::Kind::BoundSet: {
          v = root.add_var(types.exactly(a.type), "$" + std::to_string(i));
          CAtom set;
          set.kind = CAtom::Kind::InputSet;
          set.args = {v};
          set.source = static_cast<int>(i);
          root.atoms.push_back(set);
          break;
        }
      }
      root.head.push_back(v);
      atom.args.push_back(v);
    }
    root.atoms.push_back(atom);
    cqs = drop_implied(merge_by_shape(specializer.unfold(root), types, true), specializer);
  }
  return cqs;
}

std::vector<compiler::Emitter::Output> var_outputs(const std::vector<int>& vars) {
  std::vector<compiler::Emitter::Output> outputs;
  for (int v : vars) outputs.push_back(compiler::Emitter::Output::of(v));
  return outputs;
}

std::vector<std::string> group_rests(compiler::Emitter& emitter, const std::vector<compiler::CQ>& cqs,
                                     const compiler::HopGroup& g) {
  std::vector<std::string> rests;
  for (size_t m = 0; m < g.members.size(); m++)
    rests.push_back(emitter.select(compiler::without_hop(cqs[g.members[m]], g.hop_atoms[m], g.join_vars[m]), {},
                                   var_outputs(g.join_vars[m])));
  return rests;
}

}  // namespace polar
