#include "site/script_policy.h"

namespace pm {

std::string_view script_policy_meta() {
  return "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src "
         "'none'; "
         "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">";
}

std::string with_script_policy(std::string html) {
  if (html.find("http-equiv=\"Content-Security-Policy\"") != std::string::npos) return html;
  // After the charset declaration, which must come within the first 1024 bytes.
  constexpr std::string_view charset = "<meta charset=\"utf-8\">";
  std::size_t at = html.find(charset);
  if (at != std::string::npos) {
    at += charset.size();
  } else if ((at = html.find("<head>")) != std::string::npos) {
    at += 6;
  } else {
    return std::string(script_policy_meta()) + "\n" + html;
  }
  html.insert(at, "\n" + std::string(script_policy_meta()));
  return html;
}

}  // namespace pm
