package cn.xinfang.platform.errors;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/** The product API's refusals: {@code application/problem+json} with a Chinese title and detail. */
public final class Problems {

  private Problems() {}

  public static ProblemDetail of(HttpStatus status, String title, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
    problem.setTitle(title);
    return problem;
  }

  public static ResponseEntity<ProblemDetail> answer(
      HttpStatus status, String title, String detail) {
    return ResponseEntity.status(status).body(of(status, title, detail));
  }
}
