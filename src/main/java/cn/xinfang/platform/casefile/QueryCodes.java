package cn.xinfang.platform.casefile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The petitioner's query code is never stored, only this hash of it with its case number ({@code
 * petition_case.query_code_hash}): written at registration, compared by the public query.
 */
public final class QueryCodes {

  private QueryCodes() {}

  /** SHA-256 of {@code caseNo:code}, in hex. */
  public static String hash(String caseNo, String code) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest((caseNo + ":" + code).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
