// Streaming readers of fact files for import: CSV (predicate,arg,...) and JSON lines
// (["predicate", "arg", ...]). One record at a time; the file is never held in memory.
#pragma once

#include <cstdint>
#include <istream>
#include <string>

#include "values.hpp"

namespace pgpolar_cli {

enum class FactFormat { Csv, JsonLines };

// "csv" or "jsonl"; empty: from the file name (.csv is CSV, anything else JSON lines).
FactFormat fact_format(const std::string& name, const std::string& file);

class FactReader {
 public:
  FactReader(std::istream& in, FactFormat format, std::string name)
      : in_(in), format_(format), name_(std::move(name)) {}
  // The next fact, checked (1 to 5 values, no wildcards); false at the end. A malformed record
  // throws a usage error "NAME:LINE: problem".
  bool next(Fact& fact);
  long line() const { return record_line_; }  // the line the last record started on
  uint64_t bytes() const { return bytes_; }   // consumed so far

 private:
  bool next_csv(Fact& fact);
  bool next_json(Fact& fact);
  bool get(char& c);
  [[noreturn]] void fail(const std::string& problem, long line) const;

  std::istream& in_;
  FactFormat format_;
  std::string name_;
  long line_ = 1;  // the line being read
  long record_line_ = 0;
  uint64_t bytes_ = 0;
};

}  // namespace pgpolar_cli
