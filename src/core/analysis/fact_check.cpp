#include "analysis/fact_check.hpp"

#include "base/error.hpp"

namespace polar {

namespace {

std::string signature_text(const ir::Signature& sig) {
  std::string out = "(";
  for (size_t i = 0; i < sig.size(); i++) out += (i ? ", " : "") + (sig[i].empty() ? std::string("any") : sig[i]);
  return out + ")";
}

}  // namespace

std::string fact_to_polar(const std::string& predicate, const std::vector<Value>& args) {
  std::string out = predicate + "(";
  for (size_t i = 0; i < args.size(); i++) out += (i ? ", " : "") + args[i].polar_literal();
  return out + ")";
}

void check_fact_arity(size_t n, const std::string& where) {
  if (n < 1 || n > 5)
    throw PolarError(ErrorKind::WrongArity,
                     where + "Facts must have between 1 and 5 arguments; found " + std::to_string(n) + ".");
}

bool type_fits(const ir::Program& program, const std::string& value_type, const std::string& position_type) {
  return position_type.empty() || program.types.is_subtype(value_type, position_type);
}

void check_fact(const ir::Program& program, const std::string& predicate, const std::vector<Value>& args,
                const std::string& where) {
  check_fact_arity(args.size(), where);
  auto fact = [&] { return fact_to_polar(predicate, args); };  // for messages only
  ir::PredId id = program.find(predicate, static_cast<int>(args.size()));
  if (id < 0 || !program.pred(id).fact_bearing()) {
    // F02 when the name is used with another arity, F01 otherwise.
    std::vector<int> arities;
    for (const ir::Predicate& p : program.preds)
      if (p.name == predicate && p.fact_bearing()) arities.push_back(p.arity);
    if (!arities.empty()) {
      std::string used;
      for (size_t i = 0; i < arities.size(); i++) used += (i ? " or " : "") + std::to_string(arities[i]);
      throw PolarError(ErrorKind::WrongArity,
                       where + "Cannot write " + fact() + ": " + predicate + " is used in policy with " + used +
                           (arities.size() == 1 && arities[0] == 1 ? " argument" : " arguments") + ", not " +
                           std::to_string(args.size()) + ".");
    }
    throw PolarError(ErrorKind::UnknownPredicate,
                     where + "Cannot write " + fact() + ": " + predicate + "/" + std::to_string(args.size()) +
                         " is not used in policy.",
                     "Facts can only be stored for predicates that the policy's rules call or declare, e.g. declare " +
                         predicate + "(...);");
  }
  for (const Value& v : args)
    if (v.is_entity() && !program.types.has_entity(v.type))
      throw PolarError(ErrorKind::WrongType,
                       where + "Cannot write " + fact() + ": type '" + v.type + "' is not used in policy.",
                       "Declare it with a block, e.g. resource " + v.type + " {}, or use it in a rule.");
  const ir::Predicate& pred = program.pred(id);
  for (const ir::Signature& sig : pred.signatures) {
    bool fits = true;
    for (size_t i = 0; i < args.size() && fits; i++) fits = type_fits(program, args[i].type, sig[i]);
    if (fits) return;
  }
  std::string given = "(";
  for (size_t i = 0; i < args.size(); i++) given += (i ? ", " : "") + args[i].type;
  given += ")";
  std::string accepted;
  for (size_t i = 0; i < pred.signatures.size(); i++) accepted += (i ? ", " : "") + signature_text(pred.signatures[i]);
  throw PolarError(ErrorKind::WrongType, where + "Cannot write " + fact() + ": no signature of " + pred.key() +
                                             " accepts " + given + ". Accepted: " + accepted + ".");
}

}  // namespace polar
