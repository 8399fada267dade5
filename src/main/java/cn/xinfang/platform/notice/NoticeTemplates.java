package cn.xinfang.platform.notice;

import cn.xinfang.platform.system.HtmlTemplates;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Fills a notice's template ({@code src/main/resources/notices/<kind>.html}) with the case's facts.
 * Thymeleaf escapes every value written with {@code th:text}, so what a petitioner or an official
 * typed is shown as text, never as markup.
 */
@Component
class NoticeTemplates {

  private final TemplateEngine engine = HtmlTemplates.engine("notices/");

  String render(NoticeKind kind, Map<String, Object> facts) {
    return engine.process(kind.template(), new Context(Locale.SIMPLIFIED_CHINESE, facts));
  }
}
