// Go decoding and encoding rules on a small model; the exhaustive check against real Go is go_oracle/.
#include "reference/gojson/codec.h"

#include <gtest/gtest.h>

#include "reference/gojson/decoder.h"
#include "reference/gojson/go_oracle/oracle_struct.h"

namespace specconf::gojson {
namespace {

using oracle::Root;

TEST(FoldMatch, AsciiCaseKelvinAndLongS) {
  EXPECT_TRUE(go_fold_equal("privileged", "PRIVILEGED"));
  EXPECT_TRUE(go_fold_equal("cap_add", "CAP_ADD"));
  EXPECT_FALSE(go_fold_equal("cap_add", "cap-add"));
  EXPECT_TRUE(go_fold_equal("kind", "\xe2\x84\xaaind"));   // KELVIN SIGN
  EXPECT_TRUE(go_fold_equal("mask", "ma\xc5\xbfk"));       // LATIN SMALL LETTER LONG S
  EXPECT_FALSE(go_fold_equal("name", "na\xc5\xbf" "e"));   // no s in "name": ASCII folding only
  EXPECT_FALSE(go_fold_equal("abc", "ab"));
}

TEST(Decode, ExactKeyWinsThenFirstFoldedFieldInDeclarationOrder) {
  Root r;
  ASSERT_EQ(go_unmarshal(R"({"NAME":"a","name":"b"})", r), "");
  EXPECT_EQ(r.name, "b");  // both reach the same field; the later one wins
  ASSERT_EQ(go_unmarshal(R"({"untagged":"u"})", r), "");
  EXPECT_EQ(r.untagged, "u");
}

TEST(Decode, UnknownKeysAreIgnored) {
  Root r;
  EXPECT_EQ(go_unmarshal(R"({"nope":{"deep":[1,2,{"x":null}]},"name":"n"})", r), "");
  EXPECT_EQ(r.name, "n");
}

TEST(Decode, FirstTypeErrorIsReportedWithStructAndFieldPath) {
  Root r;
  std::string path;
  EXPECT_EQ(go_unmarshal(R"({"flag":1,"name":2})", r, ScanMode::kUnmarshal, &path),
            "json: cannot unmarshal number into Go struct field Root.flag of type bool");
  EXPECT_EQ(path, ".flag");
  EXPECT_EQ(go_unmarshal(R"({"l":[{"a":1},{"a":"x"}]})", r, ScanMode::kUnmarshal, &path),
            "json: cannot unmarshal string into Go struct field Inner.l.a of type int");
  EXPECT_EQ(path, ".l[1].a");
  EXPECT_EQ(go_unmarshal(R"({"mi":{"k":{"a":true}}})", r, ScanMode::kUnmarshal, &path),
            "json: cannot unmarshal bool into Go struct field Inner.mi.a of type int");
  EXPECT_EQ(path, ".mi.k.a");
}

TEST(Decode, TypeErrorsNamePointerElementsWithAStar) {
  Root r;
  EXPECT_EQ(go_unmarshal(R"({"lp":5})", r),
            "json: cannot unmarshal number into Go struct field Root.lp of type []*main.Inner");
  // A pointer element itself names what it points to, as Go's decoder allocates it first.
  EXPECT_EQ(go_unmarshal(R"({"lp":["x"]})", r),
            "json: cannot unmarshal string into Go struct field Root.lp of type main.Inner");
  // An optional slice element is a nil-able slice, not a pointer.
  EXPECT_EQ(go_unmarshal(R"({"ss":5})", r),
            "json: cannot unmarshal number into Go struct field Root.ss of type [][]string");
  EXPECT_EQ((go_type_name<std::map<std::string, std::optional<oracle::Inner>>>()), "map[string]*main.Inner");
  EXPECT_EQ((go_type_name<std::map<std::string, std::optional<std::vector<std::string>>>>()), "map[string][]string");
  EXPECT_EQ((go_type_name<std::vector<std::vector<std::optional<GoInt>>>>()), "[][]*int");
  EXPECT_EQ((go_type_name<std::optional<oracle::Inner>>()), "main.Inner");
}

TEST(Decode, NumbersFollowStrconvRules) {
  Root r;
  EXPECT_EQ(go_unmarshal(R"({"u8":255,"i":-0,"n":-9223372036854775808})", r), "");
  EXPECT_EQ(go_unmarshal(R"({"u8":256})", r), "json: cannot unmarshal number 256 into Go struct field Root.u8 of type uint8");
  EXPECT_EQ(go_unmarshal(R"({"i":1.0})", r), "json: cannot unmarshal number 1.0 into Go struct field Root.i of type int");
  EXPECT_EQ(go_unmarshal(R"({"u":-0})", r), "json: cannot unmarshal number -0 into Go struct field Root.u of type uint");
}

TEST(Decode, NullLeavesScalarsAndClearsSlicesMapsPointers) {
  Root r;
  ASSERT_EQ(go_unmarshal(R"({"name":"x","l":[],"p":{"a":1},"opt":true})", r), "");
  ASSERT_EQ(go_unmarshal(R"({"name":null,"l":null,"p":null,"opt":null})", r), "");
  EXPECT_EQ(r.name, "x");
  EXPECT_FALSE(r.l.has_value());
  EXPECT_FALSE(r.p.has_value());
  EXPECT_FALSE(r.opt.has_value());
}

TEST(Decode, RepeatedObjectsMergeIntoTheSameValue) {
  Root r;
  ASSERT_EQ(go_unmarshal(R"({"p":{"a":1,"s":["x"]},"p":{"b":7}})", r), "");
  ASSERT_TRUE(r.p);
  EXPECT_EQ(r.p->a, 1);
  EXPECT_EQ(r.p->b, 7);
}

TEST(Encode, NilVersusEmptyAndOmitEmpty) {
  Root r;
  EXPECT_EQ(go_marshal(r), R"({"kind":"","flag":false,"u8":0,"i":0,"mode":"","l":null,"m":null,"Untagged":""})");
  r.l.emplace();
  r.m.emplace();
  r.mu[10] = "a";
  r.mu[9] = "b";
  EXPECT_EQ(go_marshal(r),
            R"({"kind":"","flag":false,"u8":0,"i":0,"mode":"","l":[],"m":{},"mu":{"10":"a","9":"b"},"Untagged":""})");
}

}  // namespace
}  // namespace specconf::gojson
