#include "tracker/owner_names.h"

#include <doctest/doctest.h>

namespace pm {
namespace {

using Names = std::vector<std::string>;

TEST_CASE("owners_named splits a cell into the people it names") {
  CHECK(owners_named("Ana Ruiz, @bo and SRE") == Names{"Ana Ruiz", "@bo", "SRE"});
  CHECK(owners_named("@kasper.lindholt") == Names{"@kasper.lindholt"});
  CHECK(owners_named("Yusuf Ekström") == Names{"Yusuf Ekström"});
  CHECK(owners_named("**Zoë Ålund**") == Names{"Zoë Ålund"});
  CHECK(owners_named("渡辺 健 / Ana Ruiz (SRE)") == Names{"渡辺 健", "Ana Ruiz (SRE)"});
  CHECK(owners_named("Ana; Bo & Chen") == Names{"Ana", "Bo", "Chen"});
}

TEST_CASE("values that fill the owner cell without naming anyone give no owner") {
  for (const char* nobody : {"", "-", "—", "?", "n/a", "N/A", "none", "TBD", "[Name]",
                             "{{ owner }}", "unassigned", "Nobody", "to be determined"}) {
    CAPTURE(nobody);
    CHECK(owners_named(nobody).empty());
  }
  CHECK(owners_named("Ana Ruiz, TBD") == Names{"Ana Ruiz"});
  CHECK(owners_named("Ana Ruiz, [Name]") == Names{"Ana Ruiz"});
}

TEST_CASE("a handle and a full name are the same owner") {
  CHECK(owner_key("@kasper.lindholt") == "kasper lindholt");
  CHECK(owner_key("Kasper Lindholt") == owner_key("@kasper.lindholt"));
  CHECK(owner_key("kasper_lindholt") == owner_key("@kasper.lindholt"));
  CHECK(owner_key("@yusuf.ekström") == "yusuf ekström");
  CHECK(owner_key("渡辺 健") == "渡辺 健");
}

TEST_CASE("--owner matches whole words of a name, in order") {
  const Names owners{"@kasper.lindholt"};
  CHECK(owner_matches("@kasper.lindholt", owners));
  CHECK(owner_matches("Kasper Lindholt", owners));
  CHECK(owner_matches("kasper", owners));
  CHECK(owner_matches("@lindholt", owners));
  CHECK_FALSE(owner_matches("kas", owners));
  CHECK_FALSE(owner_matches("Lindholt Kasper", owners));
  CHECK_FALSE(owner_matches("Kasper", Names{}));
  CHECK(owner_matches("ana", Names{"Bo Chen", "Ana Ruiz"}));
  CHECK(owner_matches("Yusuf Ekström", Names{"@yusuf.ekström"}));
}

TEST_CASE("a full name is shown rather than a handle, whatever the order it was seen in") {
  CHECK(preferred_owner_spelling({"@kasper.lindholt", "Kasper Lindholt"}) == "Kasper Lindholt");
  CHECK(preferred_owner_spelling({"Kasper Lindholt", "@kasper.lindholt"}) == "Kasper Lindholt");
  CHECK(preferred_owner_spelling({"kasper lindholt", "Kasper Lindholt"}) == "Kasper Lindholt");
  CHECK(preferred_owner_spelling({"@ilse.m"}) == "@ilse.m");
}

}  // namespace
}  // namespace pm
