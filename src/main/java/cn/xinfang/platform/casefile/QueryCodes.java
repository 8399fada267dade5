package cn.xinfang.platform.casefile;

import org.apache.commons.codec.digest.DigestUtils;

/**
 * The petitioner's query code is never stored, only this hash of it with its case number ({@code
 * petition_case.query_code_hash}): written at registration, compared by the public query.
 */
public final class QueryCodes {

  private QueryCodes() {}

  /** SHA-256 of {@code caseNo:code}, in hex. */
  public static String hash(String caseNo, String code) {
    return DigestUtils.sha256Hex(caseNo + ":" + code);
  }
}
