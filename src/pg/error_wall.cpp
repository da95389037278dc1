#include "error_wall.hpp"

#include <cstring>

#include "pg.hpp"

namespace {

void copy_bounded(char* dst, size_t size, const char* src) {
  size_t n = src ? strlen(src) : 0;
  if (n >= size) n = size - 1;
  if (n) memcpy(dst, src, n);
  dst[n] = '\0';
}

int sqlstate_of(polar::ErrorKind kind) {
  switch (kind) {
    case polar::ErrorKind::InvalidValue:
      return ERRCODE_INVALID_TEXT_REPRESENTATION;
    case polar::ErrorKind::InvalidJson:
      return ERRCODE_INVALID_PARAMETER_VALUE;
    case polar::ErrorKind::PolicySyntax:
      return ERRCODE_SYNTAX_ERROR;
    case polar::ErrorKind::PolicyInvalid:
      return ERRCODE_INVALID_OBJECT_DEFINITION;
    case polar::ErrorKind::PolicyTestFailed:
      return ERRCODE_CHECK_VIOLATION;
    case polar::ErrorKind::UnknownPredicate:
      return ERRCODE_UNDEFINED_OBJECT;
    case polar::ErrorKind::WrongArity:
      return ERRCODE_INVALID_PARAMETER_VALUE;
    case polar::ErrorKind::WrongType:
      return ERRCODE_DATATYPE_MISMATCH;
    case polar::ErrorKind::TooComplex:
      return ERRCODE_STATEMENT_TOO_COMPLEX;
    case polar::ErrorKind::Interrupted:
      return ERRCODE_QUERY_CANCELED;
    case polar::ErrorKind::Internal:
      break;
  }
  return ERRCODE_INTERNAL_ERROR;
}

}  // namespace

void wall_capture(WallError* err, polar::ErrorKind kind, const char* message, const char* hint, const char* detail) {
  err->raised = true;
  err->kind = kind;
  copy_bounded(err->message, sizeof(err->message), message);
  copy_bounded(err->hint, sizeof(err->hint), hint);
  copy_bounded(err->detail, sizeof(err->detail), detail);
}

void wall_raise(const WallError* err) {
  // Outside every catch block, with no C++ object alive: the pending interrupt raises itself.
  if (err->kind == polar::ErrorKind::Interrupted) CHECK_FOR_INTERRUPTS();
  ereport(ERROR, (errcode(sqlstate_of(err->kind)), errmsg("%s", err->message),
                  err->hint[0] ? errhint("%s", err->hint) : 0, err->detail[0] ? errdetail("%s", err->detail) : 0));
  pg_unreachable();
}
