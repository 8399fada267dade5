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
