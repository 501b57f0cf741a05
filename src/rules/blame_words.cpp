#include "rules/blame_words.h"

#include <algorithm>
#include <array>
#include <regex>

#include "model/normalize.h"
#include "text/fold.h"

namespace pm {
namespace {

// clang-format off
// Words that make a "name" a role, a team, a vendor or a system instead of a person (compared
// folded): timeline actors are as often "Google Cloud" or "Tier Two" as they are people.
constexpr std::array<std::string_view, 133> kNotPersonWords{
    "team", "teams", "bot", "engineer", "engineers", "engineering", "developer", "developers",
    "on", "call", "oncall", "lead", "manager", "admin", "administrator", "ops", "devops", "sre",
    "pipeline", "service", "services", "system", "systems", "support", "desk", "alert", "alerts",
    "alerting", "monitoring", "cron", "job", "jobs", "all", "everyone", "owner", "commander",
    "incident", "security", "platform", "infra", "infrastructure", "database", "customer",
    "customers", "user", "users", "warehouse", "group", "squad", "rotation", "duty", "staff",
    "community", "vendor", "partner", "deploy", "deployment", "release", "scheduler", "server",
    "cluster", "automation", "status", "page", "name", "names", "unknown", "none", "the", "of",
    "and", "review", "cloud", "web", "api", "app", "data", "network", "networking", "storage",
    "billing", "payments", "finance", "legal", "sales", "marketing", "operations", "product",
    "design", "office", "center", "centre", "help", "tier", "level", "shift", "google", "amazon",
    "aws", "azure", "microsoft", "cloudflare", "github", "gitlab", "slack", "pagerduty",
    "datadog", "grafana", "sentry", "fastly", "akamai", "stripe", "twilio", "heroku", "vercel",
    "netlify", "digitalocean", "oracle", "apple", "new", "relic", "let", "s", "encrypt",
    "kubernetes", "docker", "linux", "windows", "provider", "registrar", "bank", "isp", "carrier"
};

// Lower-case words allowed inside a name: "Ludwig van Beethoven", "Ana de la Cruz".
constexpr std::array<std::string_view, 12> kNameParticles{
    "van", "von", "de", "da", "del", "der", "di", "du", "la", "le", "bin", "al"
};

// First names that are also ordinary English words; alone they say nothing about a person.
constexpr std::array<std::string_view, 40> kWordLikeFirstNames{
    "will", "may", "mark", "grace", "hope", "faith", "bill", "rose", "jack", "frank", "art",
    "guy", "dawn", "sunny", "chase", "drew", "pat", "sky", "summer", "june", "april", "august",
    "max", "ray", "joy", "amber", "ruby", "iris", "ivy", "holly", "robin", "rich", "earl", "dean",
    "miles", "hunter", "grant", "reed", "gene", "lance"
};
// clang-format on

template <std::size_t N>
bool contains(const std::array<std::string_view, N>& words, std::string_view word) {
  return std::find(words.begin(), words.end(), word) != words.end();
}

bool is_ascii_lower(char c) { return c >= 'a' && c <= 'z'; }
bool is_ascii_upper(char c) { return c >= 'A' && c <= 'Z'; }
bool is_non_ascii(char c) { return static_cast<unsigned char>(c) >= 0x80; }

bool is_word_char(char c) {
  return is_ascii_lower(c) || is_ascii_upper(c) || (c >= '0' && c <= '9') || c == '_' || c == '-';
}

std::vector<std::string_view> words_of(std::string_view text) {
  std::vector<std::string_view> words;
  std::size_t at = 0;
  while (at < text.size()) {
    const std::size_t end = std::min(text.find(' ', at), text.size());
    if (end > at) words.push_back(text.substr(at, end - at));
    at = end + 1;
  }
  return words;
}

bool is_role_word(std::string_view word) {
  // Named, so the views words_of returns outlive the loop: a temporary would not.
  const std::string folded = fold(word);
  for (std::string_view part : words_of(folded)) {
    if (contains(kNotPersonWords, part)) return true;
  }
  return false;
}

// "Lindqvist", "Mensah-Ward", "O'Neil", "Ekström": capitalised letters, not all capitals.
bool is_capitalised_name_word(std::string_view word) {
  if (word.empty() || !(is_ascii_upper(word.front()) || is_non_ascii(word.front()))) return false;
  bool has_small = false;
  for (char c : word) {
    const bool letter = is_ascii_lower(c) || is_ascii_upper(c) || is_non_ascii(c);
    if (!letter && c != '-' && c != '\'') return false;
    has_small = has_small || is_ascii_lower(c) || is_non_ascii(c);
  }
  return has_small;
}

// "Ana Ruiz <ana@example.com>" and "[Sen Lu]" -> the name alone.
std::string clean_name(std::string_view text) {
  text = trim(text);
  if (const std::size_t open = text.find('<'); open != std::string_view::npos)
    text = trim(text.substr(0, open));
  while (!text.empty() && (text.front() == '[' || text.front() == '(')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ']' || text.back() == ')')) text.remove_suffix(1);
  return std::string(trim(text));
}

bool is_handle_char(char c) { return is_word_char(c) || c == '.'; }

// "@kasper.lindholt" -> "@kasper.lindholt"; "@org/team" names a team, not a person.
std::optional<std::string> handle_of(std::string_view text) {
  if (text.size() < 2 || text.front() != '@') return std::nullopt;
  std::size_t end = 1;
  while (end < text.size() && is_handle_char(text[end])) ++end;
  while (end > 1 && text[end - 1] == '.') --end;  // a full stop after the handle
  if (end < 3 || (end < text.size() && text[end] == '/')) return std::nullopt;
  return std::string(text.substr(0, end));
}

struct Found {
  std::size_t at = 0;
  BlameFinding finding;
};

bool bounded(std::string_view text, std::size_t at, std::size_t length) {
  const bool before = at == 0 || !is_word_char(text[at - 1]);
  const bool after = at + length >= text.size() || !is_word_char(text[at + length]);
  return before && after;
}

void find_word(std::string_view text, std::string_view word, BlameFinding::Kind kind,
               std::vector<Found>& out) {
  for (std::size_t at = text.find(word); at != std::string_view::npos;
       at = text.find(word, at + 1)) {
    if (bounded(text, at, word.size())) out.push_back({at, {kind, std::string(word)}});
  }
}

void find_person(std::string_view text, const std::string& person, std::vector<Found>& out) {
  if (person.front() == '@') return;  // handles are found as handles
  find_word(text, person, BlameFinding::Kind::person, out);
  const std::vector<std::string_view> words = words_of(person);
  const std::string_view first = words.front();
  if (words.size() > 1 && first.size() >= 3 && !contains(kWordLikeFirstNames, fold(first)))
    find_word(text, first, BlameFinding::Kind::person, out);
}

void find_handles(std::string_view text, std::vector<Found>& out) {
  for (std::size_t at = text.find('@'); at != std::string_view::npos; at = text.find('@', at + 1)) {
    if (at > 0 && (is_handle_char(text[at - 1]))) continue;  // an e-mail address
    if (auto handle = handle_of(text.substr(at)))
      out.push_back({at, {BlameFinding::Kind::handle, std::move(*handle)}});
  }
}

void find_pattern(std::string_view text, const std::regex& pattern, BlameFinding::Kind kind,
                  std::size_t group, std::vector<Found>& out) {
  const std::string owned(text);
  for (auto it = std::sregex_iterator(owned.begin(), owned.end(), pattern);
       it != std::sregex_iterator(); ++it) {
    const std::smatch& match = *it;
    out.push_back({static_cast<std::size_t>(match.position(static_cast<int>(group))),
                   {kind, match.str(static_cast<int>(group))}});
  }
}

// "engineer Sam", "contractor B": a role followed by what can only be someone's name. Roles
// that are also software ("operator", "admin") are left out: "the operator Strimzi" is a program.
void find_role_and_name(std::string_view text, std::vector<Found>& out) {
  static const std::regex pattern(
      R"(\b(?:engineer|developer|intern|contractor|employee|teammate|colleague))"
      R"(\s+([A-Z][a-z'-]+|[A-HJ-Z])(?![A-Za-z0-9_-]))");
  std::vector<Found> candidates;
  find_pattern(text, pattern, BlameFinding::Kind::person, 0, candidates);
  for (Found& candidate : candidates) {
    const std::vector<std::string_view> words = words_of(candidate.finding.text);
    if (words.size() == 2 && !is_role_word(words[1])) out.push_back(std::move(candidate));
  }
}

// Labels that put a failure on people ("human error"), and a person as the subject of a lapse
// ("the on-call engineer forgot to"). The lapse must follow the person directly, or after one
// small adverb, so that "the admin API failed to respond" stays a system's failure.
void find_blame_phrases(std::string_view text, std::vector<Found>& out) {
  static const std::regex labels(
      R"(\b(?:(?:human|engineer|engineering|developer|pilot)\s+errors?|fat[- ]finger(?:ed|ing)?)"
      R"(|negligen(?:ce|t)|careless(?:ly|ness)?|incompeten(?:ce|t))\b)",
      std::regex::icase);
  static const std::regex person_did(
      R"(\b(?:someone|somebody|he|she|(?:an?|the|our|one of the)\s+(?:[\w-]+\s+)?)"
      R"((?:engineers?|developers?|administrators?|interns?|contractors?|employees?|on-?call)"
      R"(|sres?|team members?|new hires?|authors?|reviewers?|teammates?|staff members?|person)))"
      R"(\s+(?:also\s+|then\s+|just\s+|simply\s+|had\s+)?)"
      R"((?:forgot(?:ten)?|neglected|failed to|mistakenly|accidentally|carelessly|ignored)"
      R"(|overlooked|should have|made an? (?:mistake|error))\b)",
      std::regex::icase);
  find_pattern(text, labels, BlameFinding::Kind::phrase, 0, out);
  find_pattern(text, person_did, BlameFinding::Kind::phrase, 0, out);
}

}  // namespace

bool looks_like_person_name(std::string_view text) {
  const std::vector<std::string_view> words = words_of(trim(text));
  if (words.size() < 2 || words.size() > 4) return false;
  for (std::size_t index = 0; index < words.size(); ++index) {
    const std::string_view word = words[index];
    const bool inner = index > 0 && index + 1 < words.size();
    if (inner && contains(kNameParticles, word)) continue;
    if (!is_capitalised_name_word(word) || is_role_word(word)) return false;
  }
  return true;
}

std::vector<std::string> people_named_in(const Incident& incident) {
  std::vector<std::string> written;
  const auto add_all = [&written](const std::vector<std::string>& names) {
    written.insert(written.end(), names.begin(), names.end());
  };
  add_all(incident.metadata.authors);
  add_all(incident.metadata.reviewers);
  for (const ActionItem& item : incident.action_items) add_all(split_names(item.owner));
  for (const TimelineEntry& entry : incident.timeline) add_all(split_names(entry.actor));
  for (const SignoffEntry& entry : incident.signoff) add_all(split_names(entry.name));
  std::vector<std::string> people;
  for (const std::string& raw : written) {
    if (is_placeholder(raw)) continue;
    const std::string name = clean_name(raw);
    std::optional<std::string> person = handle_of(name);
    if (!person && looks_like_person_name(name)) person = name;
    if (person && std::find(people.begin(), people.end(), *person) == people.end())
      people.push_back(std::move(*person));
  }
  return people;
}

std::vector<BlameFinding> find_blame(std::string_view statement,
                                     const std::vector<std::string>& people) {
  std::vector<Found> found;
  for (const std::string& person : people) find_person(statement, person, found);
  find_handles(statement, found);
  find_role_and_name(statement, found);
  find_blame_phrases(statement, found);
  // In text order; of findings at one place the longest ("Mara Lindqvist" over "Mara").
  std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
    if (a.at != b.at) return a.at < b.at;
    return a.finding.text.size() > b.finding.text.size();
  });
  std::vector<BlameFinding> findings;
  std::size_t covered = 0;
  for (Found& item : found) {
    if (!findings.empty() && item.at < covered) continue;
    covered = item.at + item.finding.text.size();
    findings.push_back(std::move(item.finding));
  }
  return findings;
}

}  // namespace pm
