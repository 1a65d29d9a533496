#include "reference/gojson/go_oracle/oracle_inputs.h"

namespace specconf::gojson::oracle {

const std::vector<std::string>& curated_inputs() {
  static const std::vector<std::string> inputs = {
      // Well-formed documents and Go's decoding rules.
      R"({})",
      R"({"name":"x","flag":true,"n":-9223372036854775808,"u8":255,"i":1,"u":18446744073709551615})",
      R"({"kind":"k","e":"e","Untagged":"u","Skip":"s","-":"dash"})",
      R"({"NAME":"upper","Flag":true,"KIND":"K","untagged":"lower"})",
      "{\"\xe2\x84\xaaind\":\"kelvin\"}",           // KELVIN SIGN folds to k
      "{\"name\":\"a\",\"\xc5\xbfkip\":1}",          // long s, but Skip is not a JSON field
      "{\"mode\":\"m\",\"modeS\":[\"a\"],\"mode\xc5\xbf\":[\"b\"]}",
      R"({"name":"a","name":"b","Name":"c"})",
      R"({"p":{"a":1,"s":["x"]},"p":{"b":7}})",
      R"({"l":[{"a":1,"s":["x","y"]},{"a":2}],"l":[{"a":3}]})",
      R"({"l":[],"m":{},"ss":[[],null,["a"]]})",
      R"({"l":null,"m":null,"p":null,"opt":null,"any":null})",
      R"({"lp":[null,{"a":1}],"mi":{"k":{"a":1},"k":{"s":["z"]}}})",
      R"({"mu":{"1":"a","65535":"b","010":"c"}})",
      R"({"mu":{"65536":"x"}})",
      R"({"mu":{"-1":"x"}})",
      R"({"mu":{"abc":"x"}})",
      R"({"ip":["127.0.0.1","::1","2001:db8::1","::ffff:1.2.3.4",""]})",
      R"({"ip":["1.2.3"]})",
      R"({"ip":["01.2.3.4"]})",
      R"({"ip":[1]})",
      R"({"ip":[null]})",
      R"({"any":{"b":[1,2.5,-0.0,1e21,1e-7,123456789012345678901234567890,"s",true,null,{"z":1,"a":2}]}})",
      R"({"any":1e400})",
      R"({"opt":false,"i32":-2147483648})",
      // Type errors (saved, first one wins, decoding goes on).
      R"({"flag":1})",
      R"({"flag":"true"})",
      R"({"name":5})",
      R"({"name":{}})",
      R"({"name":[]})",
      R"({"u8":256})",
      R"({"u8":-1})",
      R"({"i":1.0})",
      R"({"i":1e2})",
      R"({"i":-0})",
      R"({"u":-0})",
      R"({"n":9223372036854775808})",
      R"({"i32":2147483648})",
      R"({"p":{"b":65536}})",
      R"({"p":{"s":"x"}})",
      R"({"p":[1]})",
      R"({"l":[{"a":"x"}]})",
      R"({"l":[1]})",
      R"({"l":{}})",
      R"({"m":{"a":1}})",
      R"({"m":[]})",
      R"({"mi":{"k":{"a":true}}})",
      R"({"mode":1})",
      R"({"modes":[1]})",
      R"({"flag":1,"name":2})",
      R"({"ss":[[1]]})",
      R"({"lp":5})",
      R"({"lp":{}})",
      R"({"lp":["x"]})",
      R"({"ss":5})",
      R"({"ss":[5]})",
      R"([])",
      R"("x")",
      R"(1)",
      R"(null)",
      R"(true)",
      // Strings: escapes, surrogates, invalid UTF-8, HTML-safe output.
      R"({"name":"\u003c\u003e\u0026 <>& \u2028\u2029 \t\n\r\b\f \/ \\ \""})",
      R"({"name":"\ud83d\ude00 \ud83d \ude00 \ud83dx \ud83d\u0041 \udc00\ud83d"})",
      "{\"name\":\"\xff\xfe a \xc3\x28 \xe2\x82 \xed\xa0\x80 \xf4\x90\x80\x80 \xc0\xaf ok\"}",
      "{\"name\":\"\x7f\"}",
      R"({"name":"\u0000\u001f"})",
      "{\"\xff\":1}",
      // Syntax errors: every context of Go's scanner.
      "",
      "   ",
      "x",
      "{",
      "{\"name\"",
      "{\"name\":",
      "{\"name\":\"x\"",
      "{\"name\":\"x\",",
      "{\"name\" \"x\"}",
      "{\"name\":\"x\" \"flag\":true}",
      "{name:1}",
      "{\"a\":1,}",
      "[1,]",
      "[1 2]",
      "{\"a\":[1,2}",
      "{\"a\":tru}",
      "{\"a\":tr}",
      "{\"a\":t}",
      "{\"a\":fals}",
      "{\"a\":nul}",
      "{\"a\":nulll}",
      "{\"a\":-}",
      "{\"a\":-a}",
      "{\"a\":01}",
      "{\"a\":1.}",
      "{\"a\":1.e5}",
      "{\"a\":1e}",
      "{\"a\":1e+}",
      "{\"a\":.5}",
      "{\"a\":+1}",
      "{\"a\":\"\\x\"}",
      "{\"a\":\"\\u12G4\"}",
      "{\"a\":\"\t\"}",
      "{\"a\":'x'}",
      "{}x",
      "{} {}",
      "{}}",
      "{\"a\":1}]",
      "tru",
      "-",
      "1.",
      "\"abc",
      "{\"a\":\"b\\",
      "\xef\xbb\xbf{}",
      "{\"a\":1 \xff}",
      "{\"a\":\xc3\xa9}",
      std::string("{\"a\":\"\0\"}", 9),
      std::string(10001, '[') + std::string(10001, ']'),
      std::string(10000, '[') + std::string(10000, ']'),
      "{\"any\":" + std::string(9999, '[') + std::string(9999, ']') + "}",
  };
  return inputs;
}

std::string mutate(const std::string& seed, std::mt19937& rng) {
  static const std::string kAlphabet = "{}[]:,\"\\ -+.0123456789eEtrufalsn\xff\xc3\x80uab";
  std::string s = seed;
  const int edits = 1 + static_cast<int>(rng() % 4);
  for (int k = 0; k < edits; ++k) {
    const std::size_t pos = s.empty() ? 0 : rng() % (s.size() + 1);
    switch (rng() % 5) {
      case 0:  // replace a byte
        if (pos < s.size()) s[pos] = kAlphabet[rng() % kAlphabet.size()];
        break;
      case 1:  // insert a byte
        s.insert(s.begin() + static_cast<std::ptrdiff_t>(pos), kAlphabet[rng() % kAlphabet.size()]);
        break;
      case 2:  // delete a byte
        if (pos < s.size()) s.erase(pos, 1);
        break;
      case 3:  // truncate
        s.resize(pos);
        break;
      default: {  // splice in a piece of another curated input
        const auto& other = curated_inputs()[rng() % curated_inputs().size()];
        if (other.empty()) break;
        const std::size_t a = rng() % other.size();
        const std::size_t len = 1 + rng() % (other.size() - a);
        s.insert(pos, other.substr(a, std::min<std::size_t>(len, 64)));
      }
    }
  }
  return s;
}

}  // namespace specconf::gojson::oracle
