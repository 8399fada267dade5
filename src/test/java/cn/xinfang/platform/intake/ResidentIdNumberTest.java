package cn.xinfang.platform.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** GB 11643 resident ID numbers: format, birth date and the ISO 7064 MOD 11-2 check digit. */
class ResidentIdNumberTest {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

  @ParameterizedTest
  @CsvSource({
    "11010519491231002X", // the standard's own example
    "440524198001010013",
    "110102198001010017",
  })
  void validNumbersPass(String number) {
    assertThat(ResidentIdNumber.problem(number, TODAY)).isNull();
  }

  @ParameterizedTest
  @CsvSource({
    "110105194912310021, 校验位不正确",
    "11010519491231002x, 最后一位为数字或大写 X",
    "1101051949123100,   应为 18 位",
    "110105194913310027, 不是有效日期",
    "110105203001010019, 不合理",
    "'',                 应为 18 位",
    "440524188001010014, 不合理",
  })
  void invalidNumbersAreExplained(String number, String problem) {
    assertThat(ResidentIdNumber.problem(number, TODAY)).contains(problem);
  }
}
