package cn.xinfang.platform.supervision;

import cn.xinfang.platform.errors.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused lift: 400 problem+json naming every problem, in Chinese. */
@RestControllerAdvice(assignableTypes = LiftController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class LiftErrors {

  @ExceptionHandler(LiftRefusedException.class)
  ProblemDetail refused(LiftRefusedException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            e.getMessage(),
            String.join("；", e.errors().stream().map(f -> f.message()).toList()));
    problem.setProperty("errors", e.errors());
    return problem;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "请求格式有误",
            "请求内容不是有效的 JSON，应为 {\"caseNo\", \"unit\", \"reason\"}");
    return problem;
  }
}
