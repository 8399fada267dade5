package cn.xinfang.platform.security;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.camunda.bpm.engine.IdentityService;

/** An HTTP basic {@code Authorization} header, checked against Camunda's identity service. */
record BasicCredentials(String userId, String password) {

  /** The account whose credentials the header carries, if they are right; otherwise null. */
  static String checkedUser(String header, IdentityService identity) {
    BasicCredentials credentials = of(header);
    return credentials != null && identity.checkPassword(credentials.userId, credentials.password)
        ? credentials.userId
        : null;
  }

  /** The account the header names, right or wrong (for the audit; never the password). */
  static String claimedUser(String header) {
    BasicCredentials credentials = of(header);
    return credentials == null ? null : credentials.userId;
  }

  /** The credentials the header carries, or null when it carries none (or malformed ones). */
  private static BasicCredentials of(String header) {
    if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
      return null;
    }
    try {
      String decoded =
          new String(
              Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon < 1
          ? null
          : new BasicCredentials(decoded.substring(0, colon), decoded.substring(colon + 1));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
