// The one error wall between C++ and PostgreSQL. Core code runs inside
// polar_wall(), which catches every C++ exception into a plain struct; the
// caller raises it with ereport() only after the try/catch has been left.
// Code inside a wall must not call anything that can ereport (longjmp), and no
// C++ object with a destructor may be alive across a call that can.
#pragma once

#include <exception>
#include <new>

#include "base/error.hpp"
#include "base/interrupt.hpp"

struct WallError {
  bool raised;
  polar::ErrorKind kind;
  char message[4096];
  char hint[2048];
  char detail[2048];
};

void wall_capture(WallError* err, polar::ErrorKind kind, const char* message, const char* hint, const char* detail);

template <typename Fn>
bool polar_wall(WallError* err, Fn&& fn) noexcept {
  err->raised = false;
  try {
    fn();
    return true;
  } catch (const polar::PolarError& e) {
    wall_capture(err, e.kind(), e.what(), e.hint().c_str(), e.detail().c_str());
  } catch (const polar::Interrupted&) {
    wall_capture(err, polar::ErrorKind::Interrupted, "canceling statement due to user request", "", "");
  } catch (const std::bad_alloc&) {
    wall_capture(err, polar::ErrorKind::Internal, "out of memory", "", "");
  } catch (const std::exception& e) {
    wall_capture(err, polar::ErrorKind::Internal, e.what(), "", "");
  } catch (...) {
    wall_capture(err, polar::ErrorKind::Internal, "unknown C++ exception", "", "");
  }
  return false;
}

// ereport(ERROR) with the SQLSTATE of the error kind. Never returns. An interrupt is left to
// CHECK_FOR_INTERRUPTS, which reports it as PostgreSQL does (cancel, timeout, termination).
[[noreturn]] void wall_raise(const WallError* err);

// Runs `body` (a braced block) inside a wall and raises its error afterwards.
#define POLAR_WALL(...)                           \
  do {                                            \
    WallError wall_err_;                          \
    polar_wall(&wall_err_, [&]() __VA_ARGS__);    \
    if (wall_err_.raised) wall_raise(&wall_err_); \
  } while (0)
