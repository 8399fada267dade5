package cn.xinfang.platform.errors;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.View;
import org.springframework.web.util.HtmlUtils;

/**
 * Spring Boot's {@code /error} page, for what reaches it outside the APIs (a wrong method on the
 * actuator, an exception in another servlet): Chinese, with a correlation id, never the exception's
 * text (Boot's default shows English reason phrases, its whitelabel page English prose).
 */
@Configuration(proxyBeanMethods = false)
class ErrorFallback {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorFallback.class);

  @Bean
  ErrorAttributes errorAttributes() {
    return new ChineseErrorAttributes();
  }

  /** Replaces Boot's whitelabel page (a bean named "error"). */
  @Bean(name = "error")
  View errorPage() {
    return new ErrorPage();
  }

  static final class ChineseErrorAttributes extends DefaultErrorAttributes {

    @Override
    public Map<String, Object> getErrorAttributes(
        WebRequest request, ErrorAttributeOptions options) {
      Integer code =
          (Integer)
              request.getAttribute(
                  RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
      int status = code == null ? 500 : code;
      String id = CorrelationId.ofOrNew(request);
      log(
          status,
          id,
          getError(request),
          request.getAttribute(
              RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST));
      Map<String, Object> attributes = new LinkedHashMap<>();
      attributes.put("timestamp", OffsetDateTime.now());
      attributes.put("status", status);
      attributes.put("error", ErrorMessages.title(status));
      attributes.put("message", ErrorMessages.message(status, id));
      attributes.put(CorrelationId.MDC_KEY, id);
      return attributes;
    }

    private static void log(int status, String id, Throwable error, Object path) {
      MDC.put(CorrelationId.MDC_KEY, id);
      try {
        if (error != null) {
          LOG.error("{} → {}：未处理的异常", path, status, error);
        } else if (status >= 500) {
          LOG.error("{} → {}", path, status);
        } else {
          LOG.debug("{} → {}", path, status);
        }
      } finally {
        MDC.remove(CorrelationId.MDC_KEY);
      }
    }
  }

  /** A plain Chinese page with the heading and the message (error number included). */
  static final class ErrorPage implements View {

    @Override
    public String getContentType() {
      return "text/html;charset=UTF-8";
    }

    @Override
    public void render(
        Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
        throws Exception {
      String title = HtmlUtils.htmlEscape(String.valueOf(model.get("error")));
      String message = HtmlUtils.htmlEscape(String.valueOf(model.get("message")));
      String html =
          "<!DOCTYPE html><html lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>"
              + title
              + "</title></head><body><h1>"
              + title
              + "</h1><p>"
              + message
              + "</p></body></html>";
      response.setContentType(getContentType());
      response.getOutputStream().write(html.getBytes(StandardCharsets.UTF_8));
    }
  }
}
