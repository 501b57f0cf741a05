#pragma once

#include <string>
#include <string_view>

namespace pm {

// Whether a report may link to `url`: an http, https or mailto URL, or one without a scheme (a
// relative path or a #fragment). Any other scheme (javascript:, vbscript:, data:, file:, ...) is
// refused, also when spaces, tabs or control characters are hidden in it, since browsers drop
// those before reading the scheme.
bool is_safe_link_url(std::string_view url);

// Whether an image can be shown inline without any request: a data: URL of a raster format
// (PNG, GIF, JPEG, WebP). Everything else would fetch from elsewhere, which a self-contained
// report must not do.
bool is_inline_image_url(std::string_view url);

// The URL with every character a URL may not hold as written (spaces, quotes, angle brackets,
// non-ASCII bytes, ...) percent-encoded, so that it is a valid href; existing escapes are kept.
std::string encode_url(std::string_view url);

}  // namespace pm
