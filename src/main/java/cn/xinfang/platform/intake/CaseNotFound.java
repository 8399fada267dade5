package cn.xinfang.platform.intake;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * What every read of a case answers when the case does not exist or the caller may not read it: the
 * same status and body apart from the case number, so nobody learns which case numbers are taken.
 */
public final class CaseNotFound {

  private CaseNotFound() {}

  public static ResponseEntity<ProblemDetail> answer(String caseNo) {
    ProblemDetail notFound =
        ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, "没有编号为 " + caseNo + " 的信访事项，或您无权查看");
    notFound.setTitle("信访事项不存在");
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(notFound);
  }
}
