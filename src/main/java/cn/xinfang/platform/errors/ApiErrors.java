package cn.xinfang.platform.errors;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * The product's controllers ({@code /api/**}): an unexpected exception answers 500 problem+json in
 * Chinese with the correlation id, and Spring MVC's own refusals (wrong method, media type,
 * unreadable body…) are Chinese too instead of Spring's English detail. A feature's own advice
 * (e.g. the intake's field errors) comes first.
 */
@RestControllerAdvice(basePackages = "cn.xinfang.platform")
class ApiErrors extends ResponseEntityExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiErrors.class);

  @ExceptionHandler(Exception.class)
  ResponseEntity<ProblemDetail> unexpected(Exception e, HttpServletRequest request) {
    if (DatabaseOutage.causedBy(e)) {
      String id = CorrelationId.ofOrNew(request);
      LOG.error("{} {}：数据库无法访问：{}", request.getMethod(), request.getRequestURI(), e.toString());
      ProblemDetail problem = problem(503, id);
      problem.setDetail(ErrorMessages.databaseUnavailable(id));
      return ResponseEntity.status(503)
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(DatabaseOutage.RETRY_AFTER_SECONDS))
          .body(problem);
    }
    LOG.error("{} {}：未处理的异常", request.getMethod(), request.getRequestURI(), e);
    return ResponseEntity.internalServerError().body(problem(500, CorrelationId.ofOrNew(request)));
  }

  @Override
  protected ResponseEntity<Object> handleExceptionInternal(
      Exception e, Object body, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    // the class is enough to diagnose; its message may quote what the caller sent
    LOG.warn("{} {}：{}", status.value(), request.getDescription(false), e.getClass().getName());
    return super.handleExceptionInternal(
        e, problem(status.value(), CorrelationId.ofOrNew(request)), headers, status, request);
  }

  /** Text the database could not keep: said as such, not as a generic 400. */
  @Override
  protected ResponseEntity<Object> handleHttpMessageNotReadable(
      org.springframework.http.converter.HttpMessageNotReadableException e,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof cn.xinfang.platform.validation.StorableText.Refused) {
        ProblemDetail problem = problem(400, CorrelationId.ofOrNew(request));
        problem.setDetail("填写的内容" + cn.xinfang.platform.validation.StorableText.PROBLEM);
        LOG.warn("400 {}：无法保存的字符", request.getDescription(false));
        return ResponseEntity.badRequest().headers(headers).body(problem);
      }
    }
    return super.handleHttpMessageNotReadable(e, headers, status, request);
  }

  static ProblemDetail problem(int status, String id) {
    ProblemDetail problem =
        ProblemDetail.forStatusAndDetail(
            HttpStatusCode.valueOf(status), ErrorMessages.message(status, id));
    problem.setTitle(ErrorMessages.title(status));
    problem.setProperty(CorrelationId.MDC_KEY, id);
    return problem;
  }
}
