package cn.xinfang.platform.supervision;

import java.time.Instant;

/** One row of the accountability ledger (问责台账), as it was appended. */
public record LedgerEntry(
    long seq,
    Instant at,
    String actor,
    String caseNo,
    String unit,
    Long supervisionId,
    LedgerRung rung,
    String reason,
    String article,
    String text,
    Long documentId,
    String prevHash,
    String hash) {}
