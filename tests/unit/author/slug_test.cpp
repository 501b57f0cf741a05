#include <doctest/doctest.h>

#include "author/slug.h"

namespace pm {
namespace {

TEST_CASE("slugs are lowercase ASCII words joined by single dashes") {
  CHECK(slug_of("Checkout outage") == "checkout-outage");
  CHECK(slug_of("  API: 503s on /v2/pay!! ") == "api-503s-on-v2-pay");
  CHECK(slug_of("Caché outage in Zürich") == "cache-outage-in-zurich");
  CHECK(slug_of("ÉTÉ São Paulo") == "ete-sao-paulo");
}

TEST_CASE("emoji and other scripts drop out; nothing left gives 'incident'") {
  CHECK(slug_of("🔥 DB on fire 🔥") == "db-on-fire");
  CHECK(slug_of("障害") == "incident");
  CHECK(slug_of("") == "incident");
}

TEST_CASE("long titles are cut at a word boundary") {
  const std::string slug = slug_of(
      "Payments in every region failed because the certificate rotation job replaced the wrong bundle");
  CHECK(slug.size() <= 60);
  CHECK(slug.back() != '-');
  CHECK(slug == "payments-in-every-region-failed-because-the-certificate");
}

}  // namespace
}  // namespace pm
