// Progress line drawing.
#include "progress.hpp"

#include <unistd.h>

#include <cstdio>

namespace pgpolar_cli {

Progress::Progress(std::string verb, uint64_t total_bytes)
    : verb_(std::move(verb)), total_(total_bytes), enabled_(isatty(STDERR_FILENO) != 0) {
  start_ = last_ = Clock::now();
}

void Progress::update(uint64_t items, uint64_t bytes) {
  if (!enabled_) return;
  Clock::time_point now = Clock::now();
  if (now - last_ < std::chrono::milliseconds(200)) return;
  last_ = now;
  double seconds = std::chrono::duration<double>(now - start_).count();
  double rate = seconds > 0 ? items / seconds : 0;
  std::fprintf(stderr, "\r\033[K%s %llu facts  %.0f facts/s", verb_.c_str(), static_cast<unsigned long long>(items),
               rate);
  if (total_ > 0 && bytes > 0) {
    double done = static_cast<double>(bytes) / static_cast<double>(total_);
    double eta = done > 0 ? seconds / done - seconds : 0;
    std::fprintf(stderr, "  %3.0f%%  ETA %.0fs", done * 100, eta);
  }
  std::fflush(stderr);
}

void Progress::finish() {
  if (!enabled_) return;
  std::fprintf(stderr, "\r\033[K");
  std::fflush(stderr);
}

}  // namespace pgpolar_cli
