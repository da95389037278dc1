// The path of `import` for a role that may only call the fact functions (SECURITY.md's fact
// writer): batches of JSON facts sent to polar.bulk_tell, which checks every fact against the
// active policy on the server. One batch is in flight while the next one is read and built, so
// the client's parsing and JSON building overlap the server's work instead of adding to it.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "connection.hpp"
#include "errors.hpp"
#include "values.hpp"

namespace pgpolar_cli {

class FactTeller {
 public:
  static const size_t kAtomicChunk = 10000;  // facts per bulk_tell when the import is one transaction

  // atomic: the caller has begun the one transaction of the import; otherwise every batch of
  // `batch_size` facts is a statement of its own, committed when it succeeds.
  FactTeller(Connection& db, bool atomic, size_t batch_size, std::string file)
      : db_(db), atomic_(atomic), chunk_(atomic ? kAtomicChunk : batch_size), file_(std::move(file)) {}

  void add(const Fact& fact, long line);
  // Sends the last batch and waits for every result. A refused batch throws the server's error,
  // prefixed by "file:line: " of the first fact the server refuses on its own.
  void finish();
  // After an exception: waits for the batch in flight (a committed one is counted) so that the
  // connection is idle and committed() exact. Never throws.
  void settle() noexcept;

  long long stored() const { return stored_; }        // facts that were new
  long long committed() const { return committed_; }  // facts committed (batch-size mode)
  long committed_line() const { return committed_line_; }

 private:
  struct Batch {
    nlohmann::json facts = nlohmann::json::array();
    std::vector<long> lines;  // source line of each fact
  };
  void send();
  void receive();
  [[noreturn]] void name_bad_fact(const ServerError& batch_error);

  Connection& db_;
  const bool atomic_;
  const size_t chunk_;
  const std::string file_;
  Batch building_, in_flight_;
  bool sent_ = false;  // in_flight_ was sent and its result not received yet
  long long stored_ = 0, committed_ = 0;
  long committed_line_ = 0;
};

}  // namespace pgpolar_cli
