package cn.xinfang.platform.supervision;

// TEMPORARY STUB
public record NewLedgerEntry(
    String actor,
    String caseNo,
    String unit,
    Long supervisionId,
    LedgerRung rung,
    String reason,
    String article,
    String text,
    Long documentId) {}
