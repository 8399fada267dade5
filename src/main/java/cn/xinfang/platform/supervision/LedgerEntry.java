package cn.xinfang.platform.supervision;

// TEMPORARY STUB
public record LedgerEntry(
    long seq,
    java.time.Instant at,
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
