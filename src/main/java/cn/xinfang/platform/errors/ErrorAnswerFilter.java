package cn.xinfang.platform.errors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Gives every request on the APIs a correlation id, and answers every error there in Chinese with
 * that id: never a stack trace, an SQL statement, a class name or the engine's "ENGINE-…" text. The
 * original goes to the log under the same id (WARN for 4xx, ERROR for 5xx); request bodies are
 * never logged. The engine's answers ({@code /engine-rest}, the webapps' {@code /camunda/api}) are
 * rewritten by {@link EngineErrors}; the product's own ({@code /api}) are Chinese already and only
 * get the id.
 */
class ErrorAnswerFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ErrorAnswerFilter.class);

  private final ObjectMapper json = new ObjectMapper();
  private final DatabaseOutage database;

  ErrorAnswerFilter(DatabaseOutage database) {
    this.database = database;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String id = CorrelationId.accept(request.getHeader(CorrelationId.HEADER));
    request.setAttribute(CorrelationId.ATTRIBUTE, id);
    response.setHeader(CorrelationId.HEADER, id);
    MDC.put(CorrelationId.MDC_KEY, id);
    ErrorCapturingResponse capturing = new ErrorCapturingResponse(response);
    try {
      chain.doFilter(request, capturing);
      if (request.isAsyncStarted()) {
        // a long-polling answer is written later, on another thread: it streams unchanged
        capturing.streamEverything();
      } else if (RequestSizeLimit.exceeded(request) && !response.isCommitted()) {
        answer(request, response, 413, null, null);
      } else if (capturing.isError()) {
        answer(request, response, capturing.getStatus(), capturing, null);
      } else {
        capturing.release();
      }
    } catch (IOException | ServletException | RuntimeException e) {
      if (response.isCommitted()) {
        throw e;
      }
      int status = RequestSizeLimit.exceeded(request) ? 413 : 500;
      answer(request, response, status, null, e);
    } finally {
      MDC.remove(CorrelationId.MDC_KEY);
    }
  }

  private void answer(
      HttpServletRequest request,
      HttpServletResponse response,
      int status,
      ErrorCapturingResponse capturing,
      Exception exception)
      throws IOException {
    String id = CorrelationId.of(request);
    JsonNode original = capturing == null ? null : parse(capturing.capturedBody());
    ErrorAnswer answer =
        isProductApi(request)
            ? productAnswer(status, original, id)
            : EngineErrors.answer(status, original, id, json);
    if (answer.original().isEmpty() && capturing != null) {
      answer = answer.withOriginal(capturing.errorMessage());
    }
    if (answer.status() >= 500 && answer.status() != 503 && database.explains(exception)) {
      // nothing was written; the caller should simply send the request again
      answer = databaseUnavailable(id).withOriginal(answer.original());
    }
    if (answer.status() == 503) {
      response.setHeader("Retry-After", String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS));
    }
    log(request, status, answer, exception);
    byte[] bytes = json.writeValueAsBytes(answer.body());
    response.resetBuffer();
    response.setStatus(answer.status());
    response.setContentType(answer.contentType());
    response.setContentLength(bytes.length);
    response.getOutputStream().write(bytes);
  }

  private ErrorAnswer databaseUnavailable(String id) {
    ErrorAnswer answer = ErrorAnswer.problem(503, id, json);
    answer.body().put("detail", ErrorMessages.databaseUnavailable(id));
    return answer;
  }

  /** The product's own errors are Chinese already; anything else gets the generic answer. */
  private ErrorAnswer productAnswer(int status, JsonNode original, String id) {
    if (original instanceof ObjectNode problem) {
      if (!problem.has(CorrelationId.MDC_KEY)) {
        problem.put(CorrelationId.MDC_KEY, id);
      }
      return new ErrorAnswer(status, ErrorAnswer.PROBLEM_JSON, problem, "");
    }
    return ErrorAnswer.problem(status, id, json);
  }

  private static void log(HttpServletRequest request, int status, ErrorAnswer answer, Exception e) {
    String what = request.getMethod() + " " + request.getRequestURI() + " → " + status;
    if (answer.status() != status) {
      what += "，答复 " + answer.status();
    }
    if (e != null) {
      LOG.error("{}：未处理的异常", what, e);
    } else if (answer.status() >= 500) {
      LOG.error("{}：{}", what, answer.original());
    } else if (!answer.original().isEmpty()) {
      LOG.warn("{}：{}", what, answer.original());
    } else {
      // the product's own refusals (logged where they arise), anonymous probes, "am I logged in?"
      LOG.debug("{}", what);
    }
  }

  private JsonNode parse(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      return json.readTree(body);
    } catch (IOException e) {
      return null;
    }
  }

  private static boolean isProductApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<ErrorAnswerFilter> errorAnswers(DatabaseOutage database) {
      FilterRegistrationBean<ErrorAnswerFilter> registration =
          new FilterRegistrationBean<>(new ErrorAnswerFilter(database));
      registration.setName("error-answers");
      registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
      // outside every other filter, so authentication failures and the size limit are answered too
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
      return registration;
    }
  }
}
