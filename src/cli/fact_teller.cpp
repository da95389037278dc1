// Batches of facts sent to polar.bulk_tell, one in flight.
#include "fact_teller.hpp"

namespace pgpolar_cli {

namespace {

const char* kBulkTell = "SELECT polar.bulk_tell($1::pg_catalog.jsonb)";

}  // namespace

void FactTeller::add(const Fact& fact, long line) {
  building_.facts.push_back(fact_json(fact));
  building_.lines.push_back(line);
  if (building_.lines.size() >= chunk_) send();
}

void FactTeller::send() {
  if (sent_) receive();
  if (building_.lines.empty()) return;
  std::swap(building_, in_flight_);
  building_ = Batch();
  // Outside a transaction block (batch-size mode) the statement commits on its own.
  db_.send(kBulkTell, {in_flight_.facts.dump()});
  sent_ = true;
}

void FactTeller::receive() {
  sent_ = false;
  try {
    stored_ += std::stoll(db_.receive().get(0, 0));
  } catch (const ServerError& e) {
    name_bad_fact(e);
  }
  if (!atomic_) {
    committed_ += static_cast<long long>(in_flight_.lines.size());
    committed_line_ = in_flight_.lines.back();
  }
}

void FactTeller::finish() {
  send();
  if (sent_) receive();
}

void FactTeller::settle() noexcept {
  if (!sent_) return;
  try {
    receive();
  } catch (...) {
    // The batch was refused or the connection lost: nothing of it was stored.
  }
}

// The batch failed as a whole (and its transaction is aborted): replays its facts one by one,
// each in a savepoint of a new transaction that is rolled back, to name the first one the server
// refuses. The server checks each fact on its own, so the first refused fact fails alone too.
void FactTeller::name_bad_fact(const ServerError& batch_error) {
  db_.rollback();
  db_.begin();
  for (size_t i = 0; i < in_flight_.lines.size(); i++) {
    db_.exec("SAVEPOINT pg_polar_cli_fact");
    try {
      db_.exec(kBulkTell, {nlohmann::json::array({in_flight_.facts[i]}).dump()});
    } catch (const ServerError& e) {
      db_.rollback();
      throw ServerError(e.sqlstate(), file_ + ":" + std::to_string(in_flight_.lines[i]) + ": " + e.what(), e.detail(),
                        e.hint());
    }
    db_.exec("RELEASE SAVEPOINT pg_polar_cli_fact");
  }
  db_.rollback();
  throw batch_error;  // not one fact alone: report the batch's error
}

}  // namespace pgpolar_cli
