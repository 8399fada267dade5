package cn.xinfang.platform.accounts;

import cn.xinfang.platform.organisation.Organisation;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks each roster line on its own: a bad line is reported by its number, in Chinese and without
 * the personal data it holds, and the other lines are still applied.
 */
final class RosterCheck {

  static final Pattern ACCOUNT = Pattern.compile("[a-z0-9][a-z0-9-]{1,63}");
  static final Pattern MAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");
  static final Pattern MOBILE = Pattern.compile("1\\d{10}");

  /** The lines to apply, every account the file names (valid or not), and the problems. */
  record Result(List<Official> valid, Set<String> named, List<String> problems) {}

  private RosterCheck() {}

  /**
   * @param taken accounts that exist but are not the roster's (the administrator, demo accounts,
   *     accounts made in Admin): the roster may not take them over
   */
  static Result check(List<RosterRow> rows, Organisation organisation, Set<String> taken) {
    List<Official> valid = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    Map<String, Integer> firstLine = new HashMap<>();
    Set<String> named = new java.util.HashSet<>();
    for (RosterRow row : rows) {
      List<String> wrong = new ArrayList<>();
      String account = row.account();
      if (account == null || !ACCOUNT.matcher(account).matches()) {
        wrong.add("账号应为 2–64 位小写字母、数字或连字符，以字母或数字开头");
      } else {
        named.add(account);
        Integer earlier = firstLine.putIfAbsent(account, row.line());
        if (earlier != null) {
          wrong.add("账号 " + account + " 与第 " + earlier + " 行重复");
        } else if (taken.contains(account)) {
          wrong.add("账号 " + account + " 是系统或管理员建立的账号，名单不能接管");
        }
      }
      if (row.name() == null || row.name().length() > 50) {
        wrong.add("姓名不能为空，最多 50 个字");
      }
      if (row.unit() == null || organisation.unit(row.unit()).isEmpty()) {
        wrong.add("单位编码 " + (row.unit() == null ? "（空）" : row.unit()) + " 不在组织机构中");
      }
      List<RosterRole> roles = new ArrayList<>();
      for (String text : row.roles()) {
        Optional<RosterRole> role = RosterRole.of(text);
        if (role.isPresent()) {
          roles.add(role.get());
        } else {
          wrong.add("角色 " + text + " 不存在，应为 " + RosterRole.known());
        }
      }
      if (row.roles().isEmpty()) {
        wrong.add("至少要有一个角色：" + RosterRole.known());
      }
      if (row.mail() == null || row.mail().length() > 200 || !MAIL.matcher(row.mail()).matches()) {
        wrong.add("邮箱格式不正确");
      }
      if (row.mobile() != null && !MOBILE.matcher(row.mobile()).matches()) {
        wrong.add("手机号应为 11 位数字");
      }
      Official.SignIn signIn = signIn(row.signIn());
      if (signIn == null) {
        wrong.add("登录方式应为 password（平台密码）或 directory（统一身份认证）");
      }
      if (wrong.isEmpty()) {
        valid.add(
            new Official(
                row.line(),
                account,
                row.name(),
                row.unit(),
                List.copyOf(roles),
                row.mail(),
                row.mobile(),
                signIn));
      } else {
        problems.add("第 " + row.line() + " 行：" + String.join("；", wrong));
      }
    }
    return new Result(valid, named, problems);
  }

  private static Official.SignIn signIn(String text) {
    if (text == null) {
      return Official.SignIn.PASSWORD;
    }
    return switch (text.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "password", "密码", "平台密码" -> Official.SignIn.PASSWORD;
      case "directory", "ldap", "sso", "统一身份认证", "目录" -> Official.SignIn.DIRECTORY;
      default -> null;
    };
  }
}
