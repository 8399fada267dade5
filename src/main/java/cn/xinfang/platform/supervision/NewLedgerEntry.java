package cn.xinfang.platform.supervision;

/**
 * What a step of supervision appends to the ledger; time, sequence and hashes are the ledger's.
 * Checked here against the columns of {@code supervision_ledger}, so a row that would not fit is
 * refused before it reaches the chain.
 */
public record NewLedgerEntry(
    String actor,
    String caseNo,
    String unit,
    Long supervisionId,
    LedgerRung rung,
    String reason,
    String article,
    String text,
    Long documentId) {

  public static final int ACTOR_MAX_LENGTH = 64;
  public static final int CASE_NO_MAX_LENGTH = 20;
  public static final int UNIT_MAX_LENGTH = 60;
  public static final int REASON_MAX_LENGTH = 100;
  public static final int ARTICLE_MAX_LENGTH = 20;
  public static final int TEXT_MAX_LENGTH = 4000;

  public NewLedgerEntry {
    required("经办人 actor", actor, ACTOR_MAX_LENGTH);
    required("案件编号 caseNo", caseNo, CASE_NO_MAX_LENGTH);
    required("单位 unit", unit, UNIT_MAX_LENGTH);
    if (rung == null) {
      throw new IllegalArgumentException("问责台账记录缺少环节 rung");
    }
    optional("事由 reason", reason, REASON_MAX_LENGTH);
    optional("依据条款 article", article, ARTICLE_MAX_LENGTH);
    required("内容 text", text, TEXT_MAX_LENGTH);
  }

  private static void required(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("问责台账记录缺少" + field);
    }
    optional(field, value, max);
  }

  private static void optional(String field, String value, int max) {
    if (value != null && value.length() > max) {
      throw new IllegalArgumentException(
          "问责台账记录的" + field + "超过 " + max + " 个字符（" + value.length() + " 个）");
    }
  }
}
