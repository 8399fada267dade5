package cn.xinfang.platform.casefile;

/** A petitioner (or, for a collective visit, a representative). */
public record Petitioner(String name, String idNumber, String phone, String address) {

  /**
   * The petitioner as a reader without a need for these details sees them: the resident ID number
   * as its first 6 and last 4 characters, and unless {@code contact} the phone's middle digits and
   * the address hidden too.
   */
  public Petitioner masked(boolean contact) {
    return new Petitioner(
        name,
        maskIdNumber(idNumber),
        contact ? phone : maskPhone(phone),
        contact || address == null ? address : "（已隐去）");
  }

  /** A name as lists show it: the surname and, for longer names, the last character (王*五, 李*). */
  static String maskName(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    int[] chars = name.strip().codePoints().toArray();
    if (chars.length == 1) {
      return "*";
    }
    String first = new String(chars, 0, 1);
    if (chars.length == 2) {
      return first + "*";
    }
    return first + "*".repeat(chars.length - 2) + new String(chars, chars.length - 1, 1);
  }

  static String maskIdNumber(String idNumber) {
    if (idNumber == null || idNumber.length() <= 10) {
      return idNumber;
    }
    return idNumber.substring(0, 6)
        + "*".repeat(idNumber.length() - 10)
        + idNumber.substring(idNumber.length() - 4);
  }

  static String maskPhone(String phone) {
    if (phone == null || phone.length() < 7) {
      return phone;
    }
    return phone.substring(0, 3)
        + "*".repeat(phone.length() - 7)
        + phone.substring(phone.length() - 4);
  }
}
