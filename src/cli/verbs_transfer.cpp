// Bulk transfer verbs: import (COPY into the fact tables, or pipelined polar.bulk_tell batches, streamed)
// and export (single-row mode).
#include <sys/stat.h>

#include <fstream>
#include <iostream>

#include "errors.hpp"
#include "fact_copier.hpp"
#include "fact_format.hpp"
#include "fact_reader.hpp"
#include "fact_teller.hpp"
#include "output.hpp"
#include "progress.hpp"
#include "verbs.hpp"

namespace pgpolar_cli {

namespace {

struct ImportOptions {
  std::string file, format;
  size_t batch_size = 0;  // 0: all or nothing
};

uint64_t file_size(const std::string& file) {
  struct stat st;
  if (file == "-" || stat(file.c_str(), &st) != 0 || !S_ISREG(st.st_mode)) return 0;
  return static_cast<uint64_t>(st.st_size);
}

void print_import_summary(Context& ctx, long long read, long long stored, bool complete) {
  if (ctx.json)
    print_json({{"imported", read}, {"new", stored}, {"complete", complete}});
  else
    std::cout << "imported " << read << " fact" << (read == 1 ? "" : "s") << " (" << stored << " new)\n";
}

void report_import_failure(bool atomic, long long committed, const std::string& name, long committed_line) {
  if (atomic) {
    std::cerr << "pg-polar: import failed; nothing was imported (the import is one transaction)\n";
  } else {
    std::cerr << "pg-polar: import failed; " << committed << " facts were committed (through " << name << ":"
              << committed_line << "), nothing after that\n";
  }
}

// The fast path: COPY into the fact tables, the facts checked by the client (FactCopier).
int import_by_copy(Context& ctx, const ImportOptions& o, FactReader& reader, const std::string& name,
                   FactCopier& copier, Progress& progress) {
  Connection& db = ctx.db();
  const bool atomic = o.batch_size == 0;
  long long read = 0, committed = 0, in_batch = 0;
  long committed_line = 0;
  auto commit = [&] {
    copier.flush();
    copier.check_policy_unchanged();
    db.commit();
  };
  db.begin();
  try {
    Fact f;
    while (reader.next(f)) {
      copier.add(f, name, reader.line());
      read++;
      if (!atomic && ++in_batch >= static_cast<long long>(o.batch_size)) {
        commit();
        committed = read;
        committed_line = reader.line();
        in_batch = 0;
        db.begin();
      }
      progress.update(static_cast<uint64_t>(read), reader.bytes());
    }
    commit();
  } catch (...) {
    progress.finish();
    copier.abort();
    db.rollback();
    report_import_failure(atomic, committed, name, committed_line);
    throw;
  }
  progress.finish();
  print_import_summary(ctx, read, copier.stored(), true);
  return kExitOk;
}

int cmd_import(Context& ctx, const ImportOptions& o) {
  std::ifstream file_in;
  if (o.file != "-") {
    file_in.open(o.file, std::ios::binary);
    if (!file_in) throw usage_error(o.file + ": cannot open the file");
  }
  std::istream& in = o.file == "-" ? std::cin : file_in;
  std::string name = o.file == "-" ? "<stdin>" : o.file;
  FactReader reader(in, fact_format(o.format, o.file), name);
  Connection& db = ctx.db();
  Progress progress("importing", file_size(o.file));
  if (std::unique_ptr<FactCopier> copier = FactCopier::open(db))
    return import_by_copy(ctx, o, reader, name, *copier, progress);

  // The role may call polar.bulk_tell only: batches of JSON facts, checked by the server.
  const bool atomic = o.batch_size == 0;
  FactTeller teller(db, atomic, o.batch_size, name);
  long long read = 0;
  if (atomic) db.begin();
  try {
    Fact f;
    while (reader.next(f)) {
      teller.add(f, reader.line());
      read++;
      progress.update(static_cast<uint64_t>(read), reader.bytes());
    }
    teller.finish();
    if (atomic) db.commit();
  } catch (...) {
    progress.finish();
    teller.settle();
    db.rollback();
    report_import_failure(atomic, teller.committed(), name, teller.committed_line());
    throw;
  }
  progress.finish();
  print_import_summary(ctx, read, teller.stored(), true);
  return kExitOk;
}

std::string csv_field(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) out += c == '"' ? "\"\"" : std::string(1, c);
  return out + "\"";
}

int cmd_export(Context& ctx, const std::string& pred, const std::string& format_name, const std::string& out_file) {
  if (!pred.empty()) checked_predicate(pred);
  std::ofstream file_out;
  if (!out_file.empty() && out_file != "-") {
    file_out.open(out_file, std::ios::binary | std::ios::trunc);
    if (!file_out) throw usage_error(out_file + ": cannot write the file");
  }
  bool to_stdout = out_file.empty() || out_file == "-";
  std::ostream& out = to_stdout ? std::cout : file_out;
  FactFormat format = fact_format(format_name, out_file);
  Progress progress("exporting", 0);
  long long n = 0;
  ctx.db().stream(
      "SELECT predicate, pg_catalog.array_to_json(args)::pg_catalog.text FROM polar.facts "
      "WHERE $1::pg_catalog.text IS NULL OR predicate = $1::pg_catalog.text",
      {pred.empty() ? Param() : Param(pred)}, [&](const Result& r) {
        Fact f = fact_from_row(r, 0);
        if (format == FactFormat::Csv) {
          out << csv_field(f.predicate);
          for (const std::string& a : f.args) out << ',' << csv_field(a);
          out << '\n';
        } else {
          out << fact_json(f).dump() << '\n';
        }
        progress.update(static_cast<uint64_t>(++n), 0);
      });
  progress.finish();
  out.flush();
  if (!out) throw usage_error((to_stdout ? std::string("standard output") : out_file) + ": write failed");
  // The count goes where it does not mix with the data.
  if (to_stdout) {
    std::cerr << "exported " << n << " fact" << (n == 1 ? "" : "s") << "\n";
  } else if (ctx.json) {
    print_json({{"exported", n}, {"file", out_file}});
  } else {
    std::cout << "exported " << n << " fact" << (n == 1 ? "" : "s") << " to " << out_file << "\n";
  }
  return kExitOk;
}

}  // namespace

void add_transfer_verbs(CLI::App& app, Context& ctx) {
  static ImportOptions io;
  static std::string pred, format, out_file;

  auto* imp = app.add_subcommand("import", "store the facts of FILE (- = stdin): CSV or JSON lines, streamed");
  imp->add_option("file", io.file, "pred,arg,... per line (.csv) or [\"pred\", \"arg\", ...] per line")->required();
  imp->add_option("--as", io.format, "csv or jsonl (default: from the file name; stdin is jsonl)")
      ->check(CLI::IsMember({"csv", "jsonl"}));
  imp->add_option("--batch-size", io.batch_size, "commit every N facts (default: the whole import is one transaction)")
      ->check(CLI::PositiveNumber);
  imp->callback([&ctx] { ctx.action = [&ctx] { return cmd_import(ctx, io); }; });

  auto* exp = app.add_subcommand("export", "print the stored facts (of PRED) as JSON lines or CSV, streamed");
  exp->add_option("predicate", pred, "only this predicate");
  exp->add_option("--as", format, "jsonl or csv (default: from -o's name, else jsonl)")
      ->check(CLI::IsMember({"csv", "jsonl"}));
  exp->add_option("-o,--output", out_file, "write to FILE instead of standard output");
  exp->callback([&ctx] { ctx.action = [&ctx] { return cmd_export(ctx, pred, format, out_file); }; });
}

}  // namespace pgpolar_cli
