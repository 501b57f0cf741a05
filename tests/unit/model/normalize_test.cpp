#include "model/normalize.h"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pm {
namespace {

using Texts = std::vector<std::string>;

// "a | b | c": readable in a failed check.
std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : " | ") + value;
  return out;
}

std::string text_or_null(const std::optional<std::string>& value) { return value ? *value : "null"; }
std::string status_of(std::string_view text) { return to_string(normalize_action_status(text)); }

struct Example {
  std::string_view input;
  std::string_view expected;
};

TEST_CASE("normalize_severity maps levels and words to P0-P4") {
  for (const Example& example : {
           Example{"P0", "P0"},         Example{"P1", "P1"},         Example{"p1", "P1"},
           Example{"P4", "P4"},         Example{"SEV1", "P1"},       Example{"Sev-2", "P2"},
           Example{"sev 3", "P3"},      Example{"S1", "P1"},         Example{"Severity 2", "P2"},
           Example{"SEV0", "P0"},       Example{"Critical", "P0"},   Example{"CRITICAL", "P0"},
           Example{"High", "P1"},       Example{"HIGH", "P1"},       Example{"Major", "P1"},
           Example{"Medium", "P2"},     Example{"Moderate", "P2"},   Example{"Low", "P3"},
           Example{"Minor", "P3"},      Example{"Critical (Complete Outage)", "P0"},
           Example{"P3 - degraded", "P3"},
       }) {
    CAPTURE(example.input);
    CHECK(text_or_null(normalize_severity(example.input)) == example.expected);
  }
}

TEST_CASE("normalize_severity is null when no mapping is clear") {
  for (std::string_view input : {"whatever", "", "P5", "SEV12", "Highway", "[P0 / P1 / P2 / P3]", "TBD"}) {
    CAPTURE(input);
    CHECK(text_or_null(normalize_severity(input)) == "null");
  }
}

TEST_CASE("normalize_action_status reads words and emoji") {
  for (const Example& example : {
           Example{"🟢 Done", "done"},
           Example{"Done", "done"},
           Example{"completed", "done"},
           Example{"Complete", "done"},
           Example{"✅", "done"},
           Example{"✅ Shipped", "done"},
           Example{"[x]", "done"},
           Example{"🟡 In Progress", "in_progress"},
           Example{"in progress", "in_progress"},
           Example{"🔄", "in_progress"},
           Example{"🔴 Not Started", "not_started"},
           Example{"Not started", "not_started"},
           Example{"todo", "not_started"},
           Example{"To Do", "not_started"},
           Example{"❌", "not_started"},
           Example{"[ ]", "not_started"},
           Example{"Open", "not_started"},
           Example{"", "unknown"},
           Example{"maybe later", "unknown"},
       }) {
    CAPTURE(example.input);
    CHECK(status_of(example.input) == example.expected);
  }
}

TEST_CASE("find_ticket_references finds keys, issue numbers and URLs") {
  CHECK(joined(find_ticket_references("Fix retries PAY-812")) == joined(Texts{"PAY-812"}));
  CHECK(joined(find_ticket_references("See #123.")) == joined(Texts{"#123"}));
  CHECK(joined(find_ticket_references("GH-5 and OPS-77, then #9")) == joined(Texts{"GH-5", "OPS-77", "#9"}));
  CHECK(joined(find_ticket_references("Tracked in https://tracker.example.com/browse/OPS-7.")) ==
        "https://tracker.example.com/browse/OPS-7");
  CHECK(joined(find_ticket_references("[the PR](https://github.com/acme/pay/pull/9)")) ==
        "https://github.com/acme/pay/pull/9");
  CHECK(joined(find_ticket_references("PAY-812 again PAY-812")) == joined(Texts{"PAY-812"}));
  SUBCASE("what is not a reference") {
    CHECK(find_ticket_references("lower-case pay-812").empty());
    CHECK(find_ticket_references("issue#12 and A-1").empty());
    CHECK(find_ticket_references("PAY-812x is a word").empty());
    CHECK(find_ticket_references("no references here").empty());
  }
}

TEST_CASE("strip_symbols drops emoji and markup around a value") {
  CHECK(strip_symbols("✅ RESOLVED") == "RESOLVED");
  CHECK(strip_symbols("✅ RESOLVED - Site back online") == "RESOLVED - Site back online");
  CHECK(strip_symbols("🟢 Done 🎉") == "Done");
  CHECK(strip_symbols("**Resolved**") == "Resolved");
  CHECK(strip_symbols("  Ana Ruiz,  ") == "Ana Ruiz");
  CHECK(strip_symbols("@ana") == "@ana");
  CHECK(strip_symbols("[Name]") == "[Name]");
  CHECK(strip_symbols("Resolved.") == "Resolved.");
  CHECK(strip_symbols("~4 hours") == "~4 hours");
  CHECK(strip_symbols("🔥🔥") == "");
}

TEST_CASE("split_names splits on commas, 'and', '&', ';' and '/'") {
  CHECK(joined(split_names("Ana Ruiz, @bo and Chen Li")) == joined(Texts{"Ana Ruiz", "@bo", "Chen Li"}));
  CHECK(joined(split_names("Ana & Bo; Chen / Dara")) == joined(Texts{"Ana", "Bo", "Chen", "Dara"}));
  CHECK(joined(split_names("Sandy Anderson")) == joined(Texts{"Sandy Anderson"}));
  CHECK(joined(split_names("Alexandra Brand")) == joined(Texts{"Alexandra Brand"}));
  CHECK(joined(split_names("")) == joined(Texts{}));
}

TEST_CASE("is_placeholder recognises text left as the template gave it") {
  for (std::string_view text : {"[Name]", "[YYYY-MM-DD]", "[XX hours YY minutes]", "{{ name }}", "{{name}}", "TBD",
                                "tbd", "TODO", "XX hours"}) {
    CAPTURE(text);
    CHECK(is_placeholder(text));
  }
  for (std::string_view text : {"[a link](x)", "Ana Ruiz", "", "2026-03-14", "To be fixed later"}) {
    CAPTURE(text);
    CHECK_FALSE(is_placeholder(text));
  }
}

}  // namespace
}  // namespace pm
