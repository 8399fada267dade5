package cn.xinfang.platform.supervision;

/** What a step of supervision appends to the ledger; time, sequence and hashes are the ledger's. */
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
