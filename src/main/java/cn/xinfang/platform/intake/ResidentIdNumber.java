package cn.xinfang.platform.intake;

import java.time.DateTimeException;
import java.time.LocalDate;

/** The 18-digit resident identity number (GB 11643), with its ISO 7064 MOD 11-2 check digit. */
final class ResidentIdNumber {

  private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
  private static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

  private ResidentIdNumber() {}

  /** Why the number is invalid, in Chinese, or null when it is valid. */
  static String problem(String number, LocalDate today) {
    if (number == null || !number.matches("\\d{17}[\\dX]")) {
      return "应为 18 位，前 17 位为数字，最后一位为数字或大写 X";
    }
    LocalDate birth;
    try {
      birth =
          LocalDate.of(
              Integer.parseInt(number.substring(6, 10)),
              Integer.parseInt(number.substring(10, 12)),
              Integer.parseInt(number.substring(12, 14)));
    } catch (DateTimeException e) {
      return "出生日期（第 7–14 位）不是有效日期";
    }
    if (birth.isAfter(today) || birth.isBefore(LocalDate.of(1900, 1, 1))) {
      return "出生日期（第 7–14 位）不合理";
    }
    if (number.charAt(17) != checkDigit(number)) {
      return "校验位不正确，请核对号码";
    }
    return null;
  }

  static char checkDigit(String number) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += (number.charAt(i) - '0') * WEIGHTS[i];
    }
    return CHECK[sum % 11];
  }
}
