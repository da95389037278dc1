// A progress line for long transfers (rate, and ETA when the total size is known), drawn on
// stderr only when it is a terminal.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>

namespace pgpolar_cli {

class Progress {
 public:
  // total_bytes 0: unknown (stdin, a pipe): no ETA.
  Progress(std::string verb, uint64_t total_bytes);
  void update(uint64_t items, uint64_t bytes);
  void finish();  // clears the line

 private:
  using Clock = std::chrono::steady_clock;
  std::string verb_;
  uint64_t total_;
  bool enabled_;
  Clock::time_point start_, last_;
};

}  // namespace pgpolar_cli
