#include "site/site_plan.h"

#include <doctest/doctest.h>

#include <filesystem>
#include <fstream>

#include "site/site_output.h"

namespace pm {
namespace {

Incident incident(std::string title, std::optional<CivilDate> date,
                  std::string status = "Published") {
  Incident out;
  out.title = std::move(title);
  out.file = out.title + ".md";
  out.metadata.date = date;
  out.metadata.status = std::move(status);
  return out;
}

TEST_CASE("only documents whose status is Published count as published") {
  CHECK(is_published(incident("a", std::nullopt, "Published")));
  CHECK(is_published(incident("a", std::nullopt, "**PUBLISHED**")));
  CHECK_FALSE(is_published(incident("a", std::nullopt, "Draft")));
  CHECK_FALSE(is_published(incident("a", std::nullopt, "In Review")));
  CHECK_FALSE(is_published(incident("a", std::nullopt, "")));
}

TEST_CASE("pages are newest first, named from date and title, undated last") {
  const Incident old = incident("Old outage", CivilDate{2026, 1, 5});
  const Incident undated = incident("Someday", std::nullopt);
  const Incident recent = incident("Cache: EU/US down", CivilDate{2026, 6, 2});
  const auto pages = plan_site_pages({&old, &undated, &recent});
  REQUIRE(pages.size() == 3);
  CHECK(pages[0].file_name == "2026-06-02-cache-eu-us-down.html");
  CHECK(pages[1].file_name == "2026-01-05-old-outage.html");
  CHECK(pages[2].file_name == "undated-someday.html");
}

TEST_CASE("names that collide get -2, -3 in a stable order, and titles cannot climb out") {
  const Incident b = incident("Outage", CivilDate{2026, 3, 1});
  const Incident a = incident("outage!", CivilDate{2026, 3, 1});
  const Incident c = incident("OUTAGE", CivilDate{2026, 3, 1});
  const Incident hostile = incident("../../etc/passwd", CivilDate{2026, 3, 1});
  const auto pages = plan_site_pages({&b, &a, &c, &hostile});
  REQUIRE(pages.size() == 4);
  CHECK(pages[0].file_name == "2026-03-01-etc-passwd.html");
  CHECK(pages[1].file_name == "2026-03-01-outage.html");
  CHECK(pages[1].incident == &c);
  CHECK(pages[2].file_name == "2026-03-01-outage-2.html");
  CHECK(pages[3].file_name == "2026-03-01-outage-3.html");
  CHECK(plan_site_pages({&c, &a, &b})[0].incident == &c);
}

TEST_CASE("only plain names inside the output folder are accepted") {
  const auto folder = std::filesystem::temp_directory_path() / "postmortem-site-plan-test";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const std::string dir = folder.string();
  CHECK(path_inside(dir, "index.html") == (folder / "index.html").string());
  CHECK_FALSE(path_inside(dir, "../index.html"));
  CHECK_FALSE(path_inside(dir, "/etc/passwd"));
  CHECK_FALSE(path_inside(dir, "sub/page.html"));
  CHECK_FALSE(path_inside(dir, ".."));
  CHECK_FALSE(path_inside(dir, ""));
  std::filesystem::create_directory_symlink("/tmp", folder / "escape");
  CHECK_FALSE(path_inside(dir, "escape"));
  std::filesystem::create_symlink("/etc/hostname", folder / "link.html");
  CHECK_FALSE(path_inside(dir, "link.html"));
  CHECK(write_site_file(dir, "../outside.html", "x").has_value());
  CHECK_FALSE(std::filesystem::exists(folder.parent_path() / "outside.html"));
  CHECK_FALSE(write_site_file(dir, "page.html", "<p>x</p>").has_value());
  std::ifstream written(folder / "page.html");
  CHECK(std::string(std::istreambuf_iterator<char>(written), {}) == "<p>x</p>");
  std::filesystem::remove_all(folder);
}

}  // namespace
}  // namespace pm
