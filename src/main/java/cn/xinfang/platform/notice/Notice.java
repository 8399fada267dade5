package cn.xinfang.platform.notice;

import java.time.Instant;

/** A notice as issued: which case, which kind, by which unit and person, when. */
record Notice(
    long id,
    String caseNo,
    NoticeKind kind,
    String issuingUnit,
    String title,
    Instant issuedAt,
    String issuedBy) {

  /** Where the notice is read and printed. */
  String url() {
    return "/api/petitions/" + caseNo + "/notices/" + id;
  }
}
