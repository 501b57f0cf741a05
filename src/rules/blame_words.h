#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "model/incident.h"

// Telling a root cause that names a condition from one that names a person, for PM020. Kept
// narrow on purpose: a blameless-writing check that cries wolf teaches people to ignore it.
namespace pm {

// True for text shaped like a personal name: two to four capitalised words such as "Mara
// Lindqvist" or "Osei Mensah-Ward", none of them a role or a system ("Deploy pipeline",
// "DevOps Team", "Engineer A" and "Alertmanager" are not names).
bool looks_like_person_name(std::string_view text);

// The people the document itself names: authors, reviewers, action owners, timeline actors and
// sign-off names that look like personal names, and @handles, each once.
std::vector<std::string> people_named_in(const Incident& incident);

struct BlameFinding {
  enum class Kind {
    person,  // a name from the document, or "engineer Sam"
    handle,  // "@sam"
    phrase,  // "human error", "the engineer forgot to"
  };
  Kind kind = Kind::person;
  std::string text;  // the words as they appear in the statement
};

// Every place where `statement` puts a person rather than a condition at the centre, in the order
// they appear. `people` are names and handles from people_named_in.
std::vector<BlameFinding> find_blame(std::string_view statement,
                                     const std::vector<std::string>& people);

}  // namespace pm
