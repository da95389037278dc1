// policy_metadata()'s JSON, built with nlohmann_json: blocks in type order with roles,
// permissions and relations; the global entry always present; names escaped.
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>

#include "analysis/analyze.hpp"
#include "services/metadata.hpp"

namespace {

std::string metadata_of(const std::string& source) {
  polar::AnalyzeResult r = polar::analyze_policy(source);
  EXPECT_TRUE(r.program) << "the policy does not compile";
  return r.program ? polar::policy_metadata_json(*r.program) : "";
}

}  // namespace

TEST(MetadataJson, ListsEveryBlockThenGlobal) {
  std::string json = metadata_of(R"polar(
actor User {}
global { roles = ["admin"]; }
resource Org { roles = ["member"]; permissions = ["read"]; "read" if "member"; }
resource Repo { permissions = ["push"]; relations = { org: Org, owner: User }; "push" if "member" on "org"; }
)polar");
  EXPECT_EQ(json, R"j({"resources":{"Org":{"roles":["member"],"permissions":["read"],"relations":{}},)j"
                  R"j("Repo":{"roles":[],"permissions":["push"],"relations":{"org":"Org","owner":"User"}},)j"
                  R"j("User":{"roles":[],"permissions":[],"relations":{}},)j"
                  R"j("global":{"roles":["admin"],"permissions":[]}}})j");
}

TEST(MetadataJson, GlobalEntryWithoutAGlobalBlock) {
  EXPECT_EQ(metadata_of(""), R"j({"resources":{"global":{"roles":[],"permissions":[]}}})j");
}

TEST(MetadataJson, EscapesNames) {
  std::string json = metadata_of("resource Doc { roles = [\"say \\\"hi\\\"\", \"back\\\\slash\", \"caf\xC3\xA9\"]; }");
  EXPECT_NE(json.find(R"j(["back\\slash","café","say \"hi\""])j"), std::string::npos) << json;
  nlohmann::json parsed = nlohmann::json::parse(json);
  EXPECT_EQ(parsed["resources"]["Doc"]["roles"][2], "say \"hi\"");
}
