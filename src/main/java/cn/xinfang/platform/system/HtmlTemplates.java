package cn.xinfang.platform.system;

import java.nio.charset.StandardCharsets;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * The product's documents (文书, 督办函, 案件完整记录, reports) are Thymeleaf HTML templates on the class
 * path, read as UTF-8 and cached; every value is escaped unless a template says otherwise.
 */
public final class HtmlTemplates {

  private HtmlTemplates() {}

  /**
   * An engine for the templates {@code <prefix><name>.html}; an empty prefix: the class path root.
   */
  public static TemplateEngine engine(String prefix) {
    ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
    resolver.setPrefix(prefix);
    resolver.setSuffix(".html");
    resolver.setTemplateMode(TemplateMode.HTML);
    resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
    resolver.setCacheable(true);
    TemplateEngine engine = new TemplateEngine();
    engine.setTemplateResolver(resolver);
    return engine;
  }
}
