package cn.xinfang.platform.intake;

import cn.xinfang.platform.errors.Problems;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Bad input to the intake API: 400 problem+json naming every bad field, in Chinese. */
@RestControllerAdvice(assignableTypes = PetitionController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class IntakeErrors {

  @ExceptionHandler(InvalidPetitionException.class)
  ProblemDetail invalid(InvalidPetitionException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST, e.getMessage(), "有 " + e.errors().size() + " 处填写有误，信访事项未登记");
    problem.setProperty("errors", e.errors());
    return problem;
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ProblemDetail unreadable(HttpMessageNotReadableException e) {
    ProblemDetail problem =
        Problems.of(
            HttpStatus.BAD_REQUEST,
            "请求格式有误",
            "请求内容不是有效的 JSON，或字段类型不对（如人数应为数字、是否涉法涉诉应为 true/false）");
    return problem;
  }
}
