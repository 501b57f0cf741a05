// Five whys, root cause and contributing factors as parse_document extracts them.

#include <doctest/doctest.h>

#include <memory>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "model/incident.h"
#include "model/parse_document.h"

namespace pm {
namespace {

const Incident& parse(std::string_view markdown) {
  static std::vector<std::unique_ptr<ParsedDocument>> kept;
  ParseResult result = parse_document(markdown, "incident.md");
  REQUIRE(std::holds_alternative<std::unique_ptr<ParsedDocument>>(result));
  kept.push_back(std::move(std::get<std::unique_ptr<ParsedDocument>>(result)));
  return kept.back()->incident;
}

using Texts = std::vector<std::string>;

// "a | b | c": readable in a failed check.
std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const auto& value : values) out += (out.empty() ? "" : " | ") + value;
  return out;
}

TEST_CASE("five whys: a numbered list of bold questions with arrow answers") {
  const Incident& incident = parse(R"md(# Outage

## Five Whys

1. **Why did authorizations fail?** → The token cache returned stale keys.
2. **Why were the keys stale?** → The rotation job skipped the cache.
3. **Why did the job skip the cache?** -> Its config listed the old cluster.
4. **Why was the config old?** -> Nobody owned it.
5. **Why did nobody own it?** → The team was reorganised.
)md");
  REQUIRE(incident.five_whys.size() == 5);
  CHECK(incident.five_whys[0].question == "Why did authorizations fail?");
  CHECK(incident.five_whys[0].answer == "The token cache returned stale keys.");
  CHECK(incident.five_whys[0].line == 5);
  CHECK(incident.five_whys[1].question == "Why were the keys stale?");
  CHECK(incident.five_whys[1].answer == "The rotation job skipped the cache.");
  CHECK(incident.five_whys[2].question == "Why did the job skip the cache?");
  CHECK(incident.five_whys[2].answer == "Its config listed the old cluster.");
  CHECK(incident.five_whys[2].line == 7);
  CHECK(incident.five_whys[3].answer == "Nobody owned it.");
  CHECK(incident.five_whys[4].question == "Why did nobody own it?");
  CHECK(incident.five_whys[4].answer == "The team was reorganised.");
  CHECK(incident.five_whys[4].line == 9);
}

TEST_CASE("five whys: a bold question paragraph followed by its answer paragraph") {
  const Incident& incident = parse(R"md(# Outage

## 5 Whys

**Why did the queue back up?**

The consumer crashed on a malformed label.

**Why did a malformed label crash it?**

The parser had no error handling.
)md");
  REQUIRE(incident.five_whys.size() == 2);
  CHECK(incident.five_whys[0].question == "Why did the queue back up?");
  CHECK(incident.five_whys[0].answer == "The consumer crashed on a malformed label.");
  CHECK(incident.five_whys[0].line == 5);
  CHECK(incident.five_whys[1].question == "Why did a malformed label crash it?");
  CHECK(incident.five_whys[1].answer == "The parser had no error handling.");
  CHECK(incident.five_whys[1].line == 9);
}

TEST_CASE("five whys: a nested bullet tree with answers in nested lists") {
  const Incident& incident = parse(R"md(# Outage

## Five Whys

- **Why did checkout fail?**
  - The payment service timed out.
    - **Why did the payment service time out?**
      - Its connection pool was exhausted.
        - **Why was the pool exhausted?**
          - Retries held connections open.
)md");
  REQUIRE(incident.five_whys.size() == 3);
  CHECK(incident.five_whys[0].question == "Why did checkout fail?");
  CHECK(incident.five_whys[0].answer == "The payment service timed out.");
  CHECK(incident.five_whys[0].line == 5);
  CHECK(incident.five_whys[1].question == "Why did the payment service time out?");
  CHECK(incident.five_whys[1].answer == "Its connection pool was exhausted.");
  CHECK(incident.five_whys[1].line == 7);
  CHECK(incident.five_whys[2].question == "Why was the pool exhausted?");
  CHECK(incident.five_whys[2].answer == "Retries held connections open.");
  CHECK(incident.five_whys[2].line == 9);
}

TEST_CASE("five whys: a why tree with statements, questions and answers as nested list items") {
  const Incident& incident = parse(R"md(# Outage

## Root cause identification: The Five Whys

- The download URLs were broken.

  **Why were the URLs broken?**

  - A bug shipped in a pull request.

    **Why did the bug ship?**

    - The tests missed a code path.

    - The pull request was not reviewed.

      **Why was it not reviewed?**

      - The author merged it alone.

    **Why was staging not tested?**

    - The test plan skips downloads.
)md");
  REQUIRE(incident.five_whys.size() == 4);
  CHECK(incident.five_whys[0].question == "Why were the URLs broken?");
  CHECK(incident.five_whys[0].answer == "A bug shipped in a pull request.");
  CHECK(incident.five_whys[0].line == 7);
  CHECK(incident.five_whys[1].question == "Why did the bug ship?");
  CHECK(incident.five_whys[1].answer == "The tests missed a code path.");
  CHECK(incident.five_whys[1].line == 11);
  CHECK(incident.five_whys[2].question == "Why was it not reviewed?");
  CHECK(incident.five_whys[2].answer == "The author merged it alone.");
  CHECK(incident.five_whys[2].line == 17);
  CHECK(incident.five_whys[3].question == "Why was staging not tested?");
  CHECK(incident.five_whys[3].answer == "The test plan skips downloads.");
  CHECK(incident.five_whys[3].line == 21);
}

TEST_CASE("five whys under a Why Did It Happen? subsection of Root Cause Analysis are counted once") {
  const Incident& incident = parse(R"md(# Outage

## Root Cause Analysis

### What Happened?

A migration added a NOT NULL column before the code that fills it was deployed.

### Why Did It Happen?

**5 Whys Analysis**:
1. **Why did the API go down?** → Inserts failed on the new column.
2. **Why did inserts fail?** → The migration ran before the deploy.
3. **Why did it run first?** → Migrations and deploys are separate pipelines.

## Resolution

Rolled back.
)md");
  REQUIRE(incident.five_whys.size() == 3);
  CHECK(incident.five_whys[0].question == "Why did the API go down?");
  CHECK(incident.five_whys[0].line == 12);
  CHECK(incident.five_whys[1].question == "Why did inserts fail?");
  CHECK(incident.five_whys[2].question == "Why did it run first?");
  CHECK(incident.five_whys[2].answer == "Migrations and deploys are separate pipelines.");
  CHECK(incident.five_whys[2].line == 14);
}

TEST_CASE("root cause: a **Root Cause**: line") {
  const Incident& incident = parse(R"md(# Outage

## Analysis

Some background.

**Root Cause**: A retry loop without backoff exhausted the pool.
)md");
  CHECK(incident.root_cause == "A retry loop without backoff exhausted the pool.");
  CHECK(incident.root_cause_line == 7);
}

TEST_CASE("root cause: a **Root Cause**: line followed by a quote") {
  const Incident& incident = parse(R"md(# Outage

## Root Cause Analysis

*Identify the underlying cause.*

**Root Cause**:
> Lack of orchestration between migrations and deploys.
)md");
  CHECK(incident.root_cause == "Lack of orchestration between migrations and deploys.");
  CHECK(incident.root_cause_line == 8);
}

TEST_CASE("root cause: the first paragraph under a Root Cause heading") {
  const Incident& incident = parse(R"md(# Outage

## Root Cause

The cache TTL was set to zero by a config push.

A second paragraph with more detail.
)md");
  CHECK(incident.root_cause == "The cache TTL was set to zero by a config push.");
  CHECK(incident.root_cause_line == 5);
}

TEST_CASE("root cause: italic guidance and **Example**: blocks are not the root cause") {
  const Incident& incident = parse(R"md(# Outage

## Root Cause

*Describe the underlying cause, not the trigger.*

**Example**:
> A config push removed the cache TTL.

The retry storm exhausted the connection pool.
)md");
  CHECK(incident.root_cause == "The retry storm exhausted the connection pool.");
  CHECK(incident.root_cause_line == 10);
}

TEST_CASE("root cause: a section holding only guidance and an example gives no root cause") {
  const Incident& incident = parse(R"md(# Outage

## Root Cause

*Describe the underlying cause, not the trigger.*

**Example**:
> A config push removed the cache TTL.
)md");
  CHECK(incident.root_cause.empty());
  CHECK(incident.root_cause_line == 0);
}

TEST_CASE("contributing factors: the items of a Contributing Factors list") {
  const Incident& incident = parse(R"md(# Outage

## Root Cause

The retry storm exhausted the connection pool.

### Contributing Factors

- No alert on pool saturation
- Retries without **jitter**

**Example**:
- An example factor that is not part of this incident
)md");
  CHECK(joined(incident.contributing_factors) == joined(Texts{"No alert on pool saturation", "Retries without jitter"}));
  CHECK(incident.root_cause == "The retry storm exhausted the connection pool.");
}

}  // namespace
}  // namespace pm
