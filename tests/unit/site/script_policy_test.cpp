#include "site/script_policy.h"

#include <doctest/doctest.h>

namespace pm {
namespace {

TEST_CASE("a page without a script policy gets one after its charset; one with a policy is kept") {
  const std::string page =
      "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>x</title>";
  CHECK(with_script_policy(page) == "<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n" +
                                        std::string(script_policy_meta()) + "\n<title>x</title>");
  const std::string guarded = with_script_policy(page);
  CHECK(with_script_policy(guarded) == guarded);
  CHECK(with_script_policy("<head><title>x</title>") ==
        "<head>\n" + std::string(script_policy_meta()) + "<title>x</title>");
  CHECK(std::string(script_policy_meta()).find("script-src 'none'") != std::string::npos);
}

}  // namespace
}  // namespace pm
