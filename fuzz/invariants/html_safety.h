#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace pm::fuzz {

// How often each thing a page must not gain from a document occurs in some HTML: `<script`
// anywhere, event-handler attributes (`onload=`, `onclick=`, ...) and `javascript:`-style URLs in
// attribute values. Text between tags is escaped, so only markup is examined.
struct ActiveContent {
  int script_tags = 0;
  int event_handlers = 0;
  int script_urls = 0;
};

ActiveContent find_active_content(std::string_view html);

// One line per kind of active content `rendered` has more of than `template_source`: a page may
// hold what its template holds, nothing a document brought in.
std::vector<std::string> added_active_content(std::string_view rendered,
                                              std::string_view template_source);

}  // namespace pm::fuzz
