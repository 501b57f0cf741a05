#include "render/html_report.h"

#include <kainjow/mustache.hpp>

#include "render/html_escape.h"
#include "render/report_data.h"
#include "support/embedded_files.h"

namespace pm {

std::string_view default_html_template() {
  return find_embedded_file("templates/report.html.mustache").value_or("");
}

HtmlReport render_html_report(const ParsedDocument& document, const RenderOptions& options) {
  const std::string source =
      options.html_template.empty() ? std::string(default_html_template()) : options.html_template;
  kainjow::mustache::mustache page(source);
  if (!page.is_valid()) return HtmlTemplateError{page.error_message()};
  std::string html = page.render(report_data(document, options));
  if (!page.is_valid()) return HtmlTemplateError{page.error_message()};
  return replace_forbidden_characters(html);
}

}  // namespace pm
