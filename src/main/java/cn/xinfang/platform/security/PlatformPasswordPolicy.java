package cn.xinfang.platform.security;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyResult;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.IdentityServiceImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.DefaultPasswordPolicyImpl;
import org.springframework.stereotype.Component;

/**
 * The engine's password policy for every password the platform keeps (Admin, the REST API, the
 * roster's one-time links): Camunda's default rules (at least 10 characters with a lower and an
 * upper case letter, a digit and a sign, not the account's name or mail) and one more, {@link
 * CommonPasswordRule}: not a common password dressed up to pass the other rules ({@code
 * P@ssw0rd2026!}).
 */
public class PlatformPasswordPolicy extends DefaultPasswordPolicyImpl {

  public PlatformPasswordPolicy() {
    rules.add(new CommonPasswordRule(CommonPasswordRule.WORDS));
  }

  /**
   * Saves a user whose new password is not a person's choice (the roster's unusable password, the
   * demo accounts' "demo"), past the policy.
   */
  public static void saveWithoutPolicy(IdentityService identity, User user) {
    ((IdentityServiceImpl) identity).saveUser(user, true);
  }

  /** Every rule, in Chinese. */
  public static List<String> allRules() {
    return new PlatformPasswordPolicy()
        .getRules().stream().map(PlatformPasswordPolicy::chinese).toList();
  }

  /** The rules the password breaks, in Chinese (no account to compare it with). */
  public static List<String> brokenRules(String password) {
    return new PlatformPasswordPolicy()
        .getRules().stream()
            .filter(rule -> !rule.execute(password, null))
            .map(PlatformPasswordPolicy::chinese)
            .toList();
  }

  /** The broken rules in Chinese, joined for an error message. */
  public static String describe(PasswordPolicyResult result) {
    return result.getViolatedRules().stream()
        .map(PlatformPasswordPolicy::chinese)
        .collect(Collectors.joining("；"));
  }

  /** A rule in Chinese (its placeholder names the rule, its parameters the figure). */
  static String chinese(PasswordPolicyRule rule) {
    Map<String, String> p = rule.getParameters();
    String n = p == null || p.isEmpty() ? "" : p.values().iterator().next();
    return switch (rule.getPlaceholder()) {
      case "PASSWORD_POLICY_LENGTH" -> "至少 " + n + " 个字符";
      case "PASSWORD_POLICY_LOWERCASE" -> "至少 " + n + " 个小写字母";
      case "PASSWORD_POLICY_UPPERCASE" -> "至少 " + n + " 个大写字母";
      case "PASSWORD_POLICY_DIGIT" -> "至少 " + n + " 个数字";
      case "PASSWORD_POLICY_SPECIAL" -> "至少 " + n + " 个符号（如 !、#、%）";
      case "PASSWORD_POLICY_USER_DATA" -> "不能包含账号、姓名或邮箱";
      case CommonPasswordRule.PLACEHOLDER -> "不能是常见密码或其变形（如 P@ssw0rd123!、Admin@2026）";
      default -> "不符合密码规则";
    };
  }

  /**
   * Refuses a common password ({@code security/common-passwords.txt}), also dressed up: the word it
   * is built on ({@link #letters}) is a common one (password, admin, qwerty, woaini…) or has fewer
   * than three letters. {@code Aa123456!!}, {@code P@ssw0rd123!} and {@code Admin@2026} fail; a
   * passphrase passes.
   */
  static final class CommonPasswordRule implements PasswordPolicyRule {

    static final String PLACEHOLDER = "PASSWORD_POLICY_COMMON";

    private final Set<String> words;

    /** Read once: every policy made (the engine's, the production guard's) shares the list. */
    static final Set<String> WORDS = load();

    CommonPasswordRule(Set<String> words) {
      this.words = words;
    }

    static Set<String> load() {
      try (InputStream in =
          PlatformPasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
        if (in == null) {
          throw new IllegalStateException("缺少常见密码表 security/common-passwords.txt");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8)
            .lines()
            .map(String::strip)
            .filter(line -> !line.isEmpty() && !line.startsWith("#"))
            .map(line -> line.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String getPlaceholder() {
      return PLACEHOLDER;
    }

    @Override
    public Map<String, String> getParameters() {
      return Map.of();
    }

    @Override
    public boolean execute(String candidatePassword) {
      if (candidatePassword == null) {
        return false;
      }
      String lower = candidatePassword.toLowerCase(Locale.ROOT);
      if (words.contains(lower)) {
        return false;
      }
      String letters = letters(lower);
      return letters.length() >= 3 && !words.contains(letters);
    }

    /**
     * The word a password is built on: what is left after the digits and signs at both ends ({@code
     * 2026!}), with the usual look-alike substitutions inside read back, letters only.
     */
    static String letters(String lower) {
      int from = 0;
      int to = lower.length();
      while (from < to && !Character.isLetter(lower.charAt(from))) {
        from++;
      }
      while (to > from && !Character.isLetter(lower.charAt(to - 1))) {
        to--;
      }
      StringBuilder out = new StringBuilder();
      for (char c : lower.substring(from, to).toCharArray()) {
        char l =
            switch (c) {
              case '@', '4' -> 'a';
              case '0' -> 'o';
              case '1', '!', '|' -> 'l';
              case '$', '5' -> 's';
              case '3' -> 'e';
              case '7' -> 't';
              default -> c;
            };
        if (Character.isLetter(l)) {
          out.append(l);
        }
      }
      return out.toString();
    }
  }

  /** Makes it the engine's policy, switched on. */
  @Component
  static class Plugin extends AbstractProcessEnginePlugin {
    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
      configuration.setEnablePasswordPolicy(true);
      configuration.setPasswordPolicy(new PlatformPasswordPolicy());
    }
  }
}
