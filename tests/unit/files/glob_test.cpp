#include <doctest/doctest.h>

#include <string>

#include "files/glob.h"

namespace pm {
namespace {

TEST_CASE("glob: stars stay within a segment, double stars cross them") {
  CHECK(glob_match("*.md", "a.md"));
  CHECK_FALSE(glob_match("*.md", "docs/a.md"));
  CHECK(glob_match("docs/*.md", "docs/a.md"));
  CHECK_FALSE(glob_match("docs/*.md", "docs/x/a.md"));
  CHECK(glob_match("docs/**/*.md", "docs/a.md"));
  CHECK(glob_match("docs/**/*.md", "docs/x/y/a.md"));
  CHECK(glob_match("**/README.md", "README.md"));
  CHECK(glob_match("**/README.md", "a/b/README.md"));
  CHECK_FALSE(glob_match("**/README.md", "a/b/NOTREADME.md"));
  CHECK(glob_match("**/templates/**", "docs/templates/x.md"));
  CHECK_FALSE(glob_match("**/templates/**", "docs/template/x.md"));
}

TEST_CASE("glob: question marks, classes, and a leading ./") {
  CHECK(glob_match("202?-*.md", "2026-x.md"));
  CHECK_FALSE(glob_match("202?-*.md", "20266-x.md"));
  CHECK(glob_match("[0-9]*.md", "2026.md"));
  CHECK_FALSE(glob_match("[!0-9]*.md", "2026.md"));
  CHECK(glob_match("./docs/*.md", "docs/a.md"));
  CHECK(glob_match("docs/*.md", "./docs/a.md"));
  CHECK(glob_match("a[b", "a[b"));  // an unclosed class is an ordinary character
}

TEST_CASE("glob: long inputs finish quickly") {
  const std::string path(100000, 'a');
  CHECK_FALSE(glob_match("*a*a*a*a*a*b", path));
  CHECK(glob_match("**/*a", path));
  CHECK(has_glob_characters("docs/*.md"));
  CHECK_FALSE(has_glob_characters("docs/a.md"));
}

}  // namespace
}  // namespace pm
