#include "site/redact_text.h"

#include <doctest/doctest.h>

namespace pm {
namespace {

std::string redacted(std::string_view text, std::vector<std::string> hosts = {}) {
  return redact_text(text, RedactionRules{std::move(hosts), 0, 0}).text;
}

TEST_CASE("email addresses are redacted, handles and bare @ are not") {
  CHECK(redacted("Mail ana.ruiz+oncall@corp.example.com now.") == "Mail [redacted] now.");
  CHECK(redacted("Owner: @kasper.lindholt") == "Owner: @kasper.lindholt");
  CHECK(redacted("meet @ 10, or a@b") == "meet @ 10, or a@b");
  CHECK(redacted("<ops@example.org>") == "<[redacted]>");
}

TEST_CASE("IPv4 and IPv6 addresses are redacted, times and versions are not") {
  CHECK(redacted("from 10.0.12.7 and 192.168.1.255:8080") == "from [redacted] and [redacted]:8080");
  CHECK(redacted("version 1.2.3, build 1.2.3.4.5, 300.1.1.1") ==
        "version 1.2.3, build 1.2.3.4.5, 300.1.1.1");
  CHECK(redacted("host 2001:db8::8a2e:370:7334 and ::1") == "host [redacted] and [redacted]");
  CHECK(redacted("fe80:0:0:0:202:b3ff:fe1e:8329 answered") == "[redacted] answered");
  CHECK(redacted("at 14:09:30 and 09:15, std::string") == "at 14:09:30 and 09:15, std::string");
}

TEST_CASE("UUIDs and hex identifiers of 16 digits or more are redacted, short hashes are not") {
  CHECK(redacted("request 123e4567-e89b-12d3-a456-426614174000 failed") ==
        "request [redacted] failed");
  CHECK(redacted("commit 9fceb02d0ae598e95dc970b74767f19372d61af8") == "commit [redacted]");
  CHECK(redacted("trace 00f067aa0ba902b7, short a1b2c3d") == "trace [redacted], short a1b2c3d");
  CHECK(redacted("word deadbeefcafebabe1") == "word [redacted]");
  CHECK(redacted("identifiers_0123456789abcdef0") == "identifiers_0123456789abcdef0");
}

TEST_CASE("links to internal hosts are redacted whole, other links stay") {
  const std::vector<std::string> hosts{"grafana.corp.example", "*.internal.example"};
  CHECK(redacted("See [the dashboard](https://grafana.corp.example/d/abc?x=1) now", hosts) ==
        "See [redacted] now");
  CHECK(redacted("Console: https://admin.eu.internal.example/path.", hosts) ==
        "Console: [redacted].");
  CHECK(redacted("<https://db.internal.example>", hosts) == "[redacted]");
  CHECK(redacted("Public: https://status.example.com/x", hosts) ==
        "Public: https://status.example.com/x");
  CHECK(redacted("Apex https://internal.example/ is not a subdomain", hosts) ==
        "Apex https://internal.example/ is not a subdomain");
  CHECK(is_internal_host("GRAFANA.Corp.Example", hosts));
  CHECK_FALSE(is_internal_host("evilgrafana.corp.example", hosts));
}

TEST_CASE("each redaction is listed with its line, kind and original text") {
  const auto result = redact_text("ok\nby ana@example.com from 10.1.2.3\n", RedactionRules{});
  REQUIRE(result.redactions.size() == 2);
  CHECK(result.redactions[0].line == 2);
  CHECK(result.redactions[0].kind == "email address");
  CHECK(result.redactions[0].original == "ana@example.com");
  CHECK(result.redactions[1].kind == "IP address");
  CHECK(result.redactions[1].original == "10.1.2.3");
  CHECK(result.text == "ok\nby [redacted] from [redacted]\n");
}

TEST_CASE("in front matter a redacted value is quoted so YAML keeps it a string") {
  const std::string text =
      "---\nauthor: ana@example.com\nreviewers: [bo@example.com, Cy <cy@example.com>]\n---\n"
      "Body ana@example.com\n";
  const auto result = redact_text(text, RedactionRules{{}, 1, 4});
  CHECK(result.text ==
        "---\nauthor: \"[redacted]\"\nreviewers: [\"[redacted]\", Cy <[redacted]>]\n---\nBody "
        "[redacted]\n");
}

TEST_CASE("a hostile line of separators is scanned in one pass") {
  std::string line;
  for (int i = 0; i < 200000; ++i) line += "://@.:";
  const auto result = redact_text(line, RedactionRules{{"*.example"}, 0, 0});
  CHECK(result.redactions.empty());
}

}  // namespace
}  // namespace pm
