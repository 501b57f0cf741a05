// Which link destinations the relative-link check looks up, and as which path.

#include "rules/link_target.h"

#include <doctest/doctest.h>

namespace pm {
namespace {

using Kind = LinkTarget::Kind;

TEST_CASE("web addresses, anchors and rooted paths are not looked up") {
  CHECK(classify_link_target("https://example.com/a.md").kind == Kind::external);
  CHECK(classify_link_target("http://example.com").kind == Kind::external);
  CHECK(classify_link_target("mailto:oncall@example.com").kind == Kind::external);
  CHECK(classify_link_target("ftp://files.example.com/x").kind == Kind::external);
  CHECK(classify_link_target("//cdn.example.com/x.png").kind == Kind::external);
  CHECK(classify_link_target("#timeline").kind == Kind::anchor);
  CHECK(classify_link_target("/docs/runbook.md").kind == Kind::rooted);
  CHECK(classify_link_target("").kind == Kind::none);
  CHECK(classify_link_target("?tab=2").kind == Kind::none);
}

TEST_CASE("relative targets lose their fragment and query and are percent-decoded") {
  const LinkTarget plain = classify_link_target("runbooks/db-failover.md");
  CHECK(plain.kind == Kind::relative);
  CHECK(plain.path == "runbooks/db-failover.md");
  CHECK(classify_link_target("../notes.md#impact").path == "../notes.md");
  CHECK(classify_link_target("graph.png?raw=true").path == "graph.png");
  CHECK(classify_link_target("evidence/queue%20depth.txt#L3").path == "evidence/queue depth.txt");
  CHECK(classify_link_target("./a b.md").path == "./a b.md");
  // A colon after a slash is part of a path, not a scheme.
  CHECK(classify_link_target("logs/10:02.txt").kind == Kind::relative);
}

TEST_CASE("percent-decoding keeps malformed escapes") {
  CHECK(percent_decode("a%20b") == "a b");
  CHECK(percent_decode("caf%C3%A9.md") == "café.md");
  CHECK(percent_decode("100%") == "100%");
  CHECK(percent_decode("%zz%2") == "%zz%2");
}

TEST_CASE("paths that read like host names are told apart from file names") {
  CHECK(looks_like_host_name("prow.k8s.io"));
  CHECK(looks_like_host_name("grafana.example.com/d/edge-cache"));
  CHECK(looks_like_host_name("www.example.org"));
  CHECK_FALSE(looks_like_host_name("notes.md"));
  CHECK_FALSE(looks_like_host_name("deploy.sh"));
  CHECK_FALSE(looks_like_host_name("README.rst"));
  CHECK_FALSE(looks_like_host_name("img/p99.png"));
  CHECK_FALSE(looks_like_host_name("../example.com"));
}

}  // namespace
}  // namespace pm
