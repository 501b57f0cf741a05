#include <doctest/doctest.h>

#include <variant>

#include "author/new_document.h"
#include "support/embedded_files.h"
#include "template/template_reader.h"

namespace pm {
namespace {

std::string filled(const NewDocumentFacts& facts) {
  const std::string text(find_embedded_file("templates/default.md").value());
  const auto spec = std::get<TemplateSpec>(default_template());
  auto result = fill_template(text, spec, facts);
  REQUIRE(std::holds_alternative<std::string>(result));
  return std::get<std::string>(result);
}

TEST_CASE("a new post-mortem gets the title, date, severity, Draft status and author") {
  NewDocumentFacts facts{"Checkout outage", CivilDate{2026, 11, 20}, std::string("p1"), std::string("Ana Ruiz")};
  const std::string text = filled(facts);
  CHECK(text.rfind("# Post-Mortem: Checkout outage\n", 0) == 0);
  CHECK(text.find("**Date**: 2026-11-20\n") != std::string::npos);
  CHECK(text.find("**Severity**: P1\n") != std::string::npos);
  CHECK(text.find("**Status**: Draft\n") != std::string::npos);
  CHECK(text.find("**Authors**: Ana Ruiz\n") != std::string::npos);
  // Everything else stays for the author to fill.
  CHECK(text.find("**Duration**: [XX hours YY minutes]") != std::string::npos);
  CHECK(text.find("**Reviewers**: [Names]") != std::string::npos);
}

TEST_CASE("without a severity or an author their placeholders stay") {
  const std::string text = filled(NewDocumentFacts{"X", CivilDate{2026, 1, 2}, std::nullopt, std::nullopt});
  CHECK(text.find("**Severity**: [P0 / P1 / P2 / P3]") != std::string::npos);
  CHECK(text.find("**Authors**: [Names]") != std::string::npos);
}

TEST_CASE("a severity outside the template's values is refused with the values") {
  const std::string text(find_embedded_file("templates/default.md").value());
  const auto spec = std::get<TemplateSpec>(default_template());
  auto result = fill_template(text, spec, NewDocumentFacts{"X", CivilDate{2026, 1, 2}, std::string("HIGH"), std::nullopt});
  REQUIRE(std::holds_alternative<NewDocumentError>(result));
  CHECK(std::get<NewDocumentError>(result).message == "severity \"HIGH\" is not one of the template's values (P0, P1, P2, P3)");
}

TEST_CASE("the file name is the date and the title's slug") {
  CHECK(new_document_file_name(NewDocumentFacts{"Checkout outage: EU", CivilDate{2026, 3, 4}, {}, {}}) ==
        "2026-03-04-checkout-outage-eu.md");
}

}  // namespace
}  // namespace pm
