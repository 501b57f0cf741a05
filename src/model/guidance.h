#pragma once

#include "markdown/document.h"

namespace pm {

// Template guidance rather than content: a paragraph that is only italic text
// ("*2-3 sentence summary...*").
bool is_guidance_paragraph(Node block);

// "**Example**:" or "**Example:**" paragraphs introduce example content (the next block).
bool is_example_label(Node block);

// "**Example**: some text": an example written inline, content of no incident.
bool is_inline_example(Node block);

}  // namespace pm
