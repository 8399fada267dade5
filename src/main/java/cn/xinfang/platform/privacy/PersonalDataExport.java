package cn.xinfang.platform.privacy;

import cn.xinfang.platform.casefile.CaseReaders.Disclosure;
import cn.xinfang.platform.security.ApiUser;
import java.util.Set;

/**
 * Exports that carry petitioners' personal data (the printable case record) need a right of their
 * own, the group {@code personal-data-export} (个人信息导出) that administrators give to named officials;
 * reading a case to work on it does not.
 */
public final class PersonalDataExport {

  /** The group whose members may export personal data; administrators hold every right. */
  public static final String GROUP = "personal-data-export";

  static final Set<String> HOLDERS = Set.of(GROUP, "camunda-admin");

  /** What an export shows of the petitioners when the reader lacks the right: masked, as lists. */
  private static final Disclosure MASKED = new Disclosure(false, false);

  private PersonalDataExport() {}

  public static boolean allowed(ApiUser user) {
    return user.isInAny(HOLDERS);
  }

  /**
   * What an export for {@code user} shows: as they may read the case, or masked without the right.
   */
  public static Disclosure limit(ApiUser user, Disclosure reading) {
    return allowed(user) ? reading : MASKED;
  }
}
