// How PM020 tells a person from a condition: which written names are people's, and which
// statements put a person rather than a condition at the centre of a cause.

#include "rules/blame_words.h"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace pm {
namespace {

using Strings = std::vector<std::string>;

Strings texts_of(const std::vector<BlameFinding>& findings) {
  Strings out;
  for (const auto& finding : findings) out.push_back(finding.text);
  return out;
}

TEST_CASE("personal names are told from roles, teams and systems") {
  CHECK(looks_like_person_name("Mara Lindqvist"));
  CHECK(looks_like_person_name("Osei Mensah-Ward"));
  CHECK(looks_like_person_name("Yusuf Ekström"));
  CHECK(looks_like_person_name("Ludwig van Beethoven"));
  CHECK(looks_like_person_name("Conor O'Neil"));

  CHECK_FALSE(looks_like_person_name("Alertmanager"));
  CHECK_FALSE(looks_like_person_name("Deploy pipeline"));
  CHECK_FALSE(looks_like_person_name("DevOps Team"));
  CHECK_FALSE(looks_like_person_name("Engineer A"));
  CHECK_FALSE(looks_like_person_name("All Engineers"));
  CHECK_FALSE(looks_like_person_name("CTO"));
  CHECK_FALSE(looks_like_person_name("Warehouse EA-3"));
  CHECK_FALSE(looks_like_person_name("settle-export (cron)"));
  CHECK_FALSE(looks_like_person_name("On-call Lead"));
  CHECK_FALSE(looks_like_person_name("Google Cloud"));
  CHECK_FALSE(looks_like_person_name("Let's Encrypt"));
  CHECK_FALSE(looks_like_person_name("Tier Two"));
  CHECK_FALSE(looks_like_person_name("van Beethoven"));
}

TEST_CASE("the people of a document come from its metadata, owners, actors and sign-offs") {
  Incident incident;
  incident.metadata.authors = {"Benjamin Elder <ben@example.com>", "[Names]"};
  incident.metadata.reviewers = {"@ilse.m"};
  ActionItem item;
  item.owner = "Joel Ferreira";
  incident.action_items = {item, ActionItem{}};
  TimelineEntry first;
  first.actor = "Joel Ferreira, Mara Lindqvist";
  TimelineEntry second;
  second.actor = "Alertmanager";
  incident.timeline = {first, second};
  SignoffEntry signoff;
  signoff.name = "Ilse Marchetti";
  SignoffEntry unfilled;
  unfilled.name = "[First Last]";  // a template placeholder, whatever it looks like
  incident.signoff = {signoff, unfilled};

  CHECK(people_named_in(incident) ==
        Strings{"Benjamin Elder", "@ilse.m", "Joel Ferreira", "Mara Lindqvist", "Ilse Marchetti"});
}

TEST_CASE("a cause that names someone from the document is found, full name or first name") {
  const Strings people{"Joel Ferreira", "Mark Ellery", "@kasper.lindholt"};
  CHECK(texts_of(find_blame("Joel Ferreira dropped the index.", people)) ==
        Strings{"Joel Ferreira"});
  CHECK(texts_of(find_blame("Joel's cleanup dropped the index.", people)) == Strings{"Joel"});
  CHECK(texts_of(find_blame("The job ran as @kasper.lindholt.", people)) ==
        Strings{"@kasper.lindholt"});
  // First names that are ordinary words say nothing on their own.
  CHECK(find_blame("Mark the flag as deprecated before removing it.", people).empty());
  // Part of a longer word or identifier is not the name.
  CHECK(find_blame("Joelle-sync and Joel_backup both failed.", people).empty());
}

TEST_CASE("handles are people, but e-mail addresses and team handles are not") {
  CHECK(texts_of(find_blame("Rotated by @tomas.ek without notice.", {})) == Strings{"@tomas.ek"});
  CHECK(find_blame("Mail to oncall@example.com bounced.", {}).empty());
  CHECK(find_blame("Paged @acme/platform with no runbook.", {}).empty());
}

TEST_CASE("a role followed by a name is a person") {
  CHECK(texts_of(find_blame("The cache was flushed by engineer Sam during testing.", {})) ==
        Strings{"engineer Sam"});
  CHECK(texts_of(find_blame("contractor B ran the script", {})) == Strings{"contractor B"});
  CHECK(find_blame("The engineer On-call rotation was empty.", {}).empty());
  CHECK(find_blame("The Kafka operator Strimzi restarted every broker.", {}).empty());
}

TEST_CASE("phrases that put a failure on people are found") {
  CHECK(texts_of(find_blame("Human error during routine maintenance.", {})) ==
        Strings{"Human error"});
  CHECK(texts_of(find_blame("A fat-fingered command emptied the bucket.", {})) ==
        Strings{"fat-fingered"});
  CHECK(texts_of(find_blame("The on-call engineer forgot to renew the certificate.", {})) ==
        Strings{"The on-call engineer forgot"});
  CHECK(texts_of(find_blame("Someone accidentally deleted the volume.", {})) ==
        Strings{"Someone accidentally"});
  CHECK(texts_of(find_blame("The reviewer had overlooked the config diff.", {})) ==
        Strings{"The reviewer had overlooked"});
}

TEST_CASE("conditions and systems are not blame") {
  const Strings people{"Grace Obi", "Will Tennant"};
  for (const char* statement : {
           "The deploy pipeline failed to roll back the release.",
           "The admin API failed to respond within the timeout.",
           "Alertmanager routed the alert to a muted channel.",
           "Operator errors in the controller were swallowed by the retry loop.",
           "Error messages were not human-readable.",
           "Will the retry loop stop? Not without a circuit breaker.",
           "The runbook asked engineers to remember a manual step.",
       }) {
    CAPTURE(statement);
    CHECK(find_blame(statement, people).empty());
  }
}

TEST_CASE("findings come in text order, one per place") {
  const Strings people{"Joel Ferreira"};
  CHECK(texts_of(find_blame("Human error: Joel Ferreira skipped step 4.", people)) ==
        Strings{"Human error", "Joel Ferreira"});
}

}  // namespace
}  // namespace pm
