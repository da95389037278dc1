// CSV (RFC 4180 quoting, quoted newlines allowed) and JSON-lines fact records.
#include "fact_reader.hpp"

#include <nlohmann/json.hpp>

#include "errors.hpp"

namespace pgpolar_cli {

FactFormat fact_format(const std::string& name, const std::string& file) {
  if (name == "csv") return FactFormat::Csv;
  if (name == "jsonl") return FactFormat::JsonLines;
  if (!name.empty()) throw usage_error("unknown fact format '" + name + "'", "Use --as csv or --as jsonl.");
  bool csv = file.size() >= 4 && file.compare(file.size() - 4, 4, ".csv") == 0;
  return csv ? FactFormat::Csv : FactFormat::JsonLines;
}

bool FactReader::get(char& c) {
  if (!in_.get(c)) return false;
  bytes_++;
  if (c == '\n') line_++;
  return true;
}

void FactReader::fail(const std::string& problem, long line) const {
  throw usage_error(name_ + ":" + std::to_string(line) + ": " + problem, "Nothing was imported from this record on.");
}

bool FactReader::next(Fact& fact) {
  bool found = format_ == FactFormat::Csv ? next_csv(fact) : next_json(fact);
  if (!found) return false;
  try {
    check_fact(fact, "");
  } catch (const CliError& e) {
    fail(e.what(), record_line_);
  }
  return true;
}

bool FactReader::next_csv(Fact& fact) {
  std::vector<std::string> fields;
  std::string field;
  bool quoted = false, was_quoted = false, any = false;
  char c;
  while (true) {
    long at = line_;
    if (!get(c)) {
      if (quoted) fail("unterminated quoted field", record_line_);
      break;
    }
    if (!any) record_line_ = at;
    if (quoted) {
      if (c != '"') {
        field += c;
      } else if (in_.peek() == '"') {
        get(c);
        field += '"';
      } else {
        quoted = false;
      }
      continue;
    }
    if (c == '\r') continue;
    if (c == '\n') {
      if (!any) continue;  // blank line
      break;
    }
    any = true;
    if (c == ',') {
      fields.push_back(std::move(field));
      field.clear();
      was_quoted = false;
    } else if (c == '"' && field.empty() && !was_quoted) {
      quoted = was_quoted = true;
    } else {
      field += c;
    }
    if (!quoted && was_quoted && c != '"' && c != ',') fail("text after a closing quote", record_line_);
  }
  if (!any) return false;
  fields.push_back(std::move(field));
  fact.predicate = fields[0];
  fact.args.assign(fields.begin() + 1, fields.end());
  return true;
}

namespace {

// A JSON element of a fact: the text notation, or the JSON forms bulk_tell accepts.
std::string json_value_text(const nlohmann::json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return "Integer:" + v.dump();
  if (v.is_boolean()) return std::string("Boolean:") + (v.get<bool>() ? "true" : "false");
  if (v.is_object() && v.size() == 2 && v.contains("type") && v.contains("id") && v["type"].is_string() &&
      v["id"].is_string())
    return v["type"].get<std::string>() + ":" + v["id"].get<std::string>();
  throw usage_error("a value is a string, an integer, a boolean or {\"type\": ..., \"id\": ...}, not " + v.dump());
}

}  // namespace

bool FactReader::next_json(Fact& fact) {
  std::string text;
  char c;
  while (true) {
    text.clear();
    record_line_ = line_;
    bool got = false;
    while (get(c)) {
      got = true;
      if (c == '\n') break;
      text += c;
    }
    if (!got) return false;
    if (text.find_first_not_of(" \t\r") != std::string::npos) break;
  }
  nlohmann::json j = nlohmann::json::parse(text, nullptr, false);
  if (j.is_discarded()) fail("not valid JSON", record_line_);
  if (!j.is_array() || j.empty() || !j[0].is_string())
    fail("expected a JSON array [\"predicate\", value, ...]", record_line_);
  fact.predicate = j[0].get<std::string>();
  fact.args.clear();
  try {
    for (size_t i = 1; i < j.size(); i++) fact.args.push_back(json_value_text(j[i]));
  } catch (const CliError& e) {
    fail(e.what(), record_line_);
  }
  return true;
}

}  // namespace pgpolar_cli
