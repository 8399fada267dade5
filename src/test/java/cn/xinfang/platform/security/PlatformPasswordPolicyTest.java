package cn.xinfang.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The platform's password rules: Camunda's default ones, and not a common password dressed up. */
class PlatformPasswordPolicyTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "P@ssw0rd-2026!",
        "Password123!",
        "Admin@2026",
        "Qwerty!12345",
        "Woaini1314!!",
        "Aa123456!@#",
        "1234567890Aa!",
        "Xinfang#2026",
      })
  void commonPasswordsAreRefusedEvenDressedUp(String password) {
    assertThat(PlatformPasswordPolicy.brokenRules(password))
        .containsExactly("不能是常见密码或其变形（如 P@ssw0rd123!、Admin@2026）");
  }

  @ParameterizedTest
  @ValueSource(strings = {"Harbour-lights#7", "Quiet-river#42x", "Mein-Hund-bellt-7!"})
  void aPassphraseOfOwnWordsPasses(String password) {
    assertThat(PlatformPasswordPolicy.brokenRules(password)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "short1!A, 至少 10 个字符",
    "harbour-lights#7, 至少 1 个大写字母",
    "Harbour-lights-seven, 至少 1 个数字",
    "Harbourlights7x, 至少 1 个符号（如 !、#、%）",
  })
  void camundasRulesAreSaidInChinese(String password, String rule) {
    assertThat(PlatformPasswordPolicy.brokenRules(password)).contains(rule);
  }
}
