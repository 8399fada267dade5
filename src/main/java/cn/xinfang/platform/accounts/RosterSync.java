package cn.xinfang.platform.accounts;

import cn.xinfang.platform.calendar.BusinessCalendar;
import cn.xinfang.platform.notification.MailNotifier;
import cn.xinfang.platform.organisation.Organisation;
import cn.xinfang.platform.organisation.OrganisationSync;
import cn.xinfang.platform.security.AccountAudit;
import cn.xinfang.platform.security.PlatformPasswordPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Makes the officials' accounts match the roster at every start, after the organisation: new people
 * get an account and a mailed one-time link to set their password (or sign in through the
 * directory), edits are applied, a person who moved unit keeps account and history while the old
 * unit keeps their open tasks, and a person no longer in the roster is disabled — no groups, no
 * usable password — never deleted. Each line is written in a transaction of its own: a bad line is
 * reported and changes nothing, the others are applied. Running it again on the same file changes
 * nothing and mails no one.
 */
@Service
public class RosterSync {

  private static final Logger LOG = LoggerFactory.getLogger(RosterSync.class);

  /** Who the audit names as having changed an account: the roster file. */
  static final String ROSTER = "人员名单";

  /** What the last synchronisation did, for administrators ({@code GET /api/admin/roster}). */
  public record Report(
      String file,
      Instant at,
      boolean read,
      int created,
      int updated,
      int disabled,
      int linksMailed,
      List<String> problems) {}

  private final RosterSettings settings;
  private final Organisation organisation;
  private final OrganisationSync organisationSync;
  private final IdentityService identity;
  private final TaskService tasks;
  private final OfficialAccounts accounts;
  private final AccountLinks links;
  private final MailNotifier mail;
  private final BusinessCalendar calendar;
  private final TransactionTemplate transaction;
  private final AccountAudit audit;
  private static final SecureRandom RANDOM = new SecureRandom();
  private final AtomicReference<Report> last = new AtomicReference<>();

  RosterSync(
      RosterSettings settings,
      Organisation organisation,
      OrganisationSync organisationSync,
      IdentityService identity,
      TaskService tasks,
      OfficialAccounts accounts,
      AccountLinks links,
      MailNotifier mail,
      BusinessCalendar calendar,
      TransactionTemplate transaction,
      AccountAudit audit) {
    this.settings = settings;
    this.organisation = organisation;
    this.organisationSync = organisationSync;
    this.identity = identity;
    this.tasks = tasks;
    this.accounts = accounts;
    this.links = links;
    this.mail = mail;
    this.calendar = calendar;
    this.transaction = transaction;
    this.audit = audit;
  }

  /** The configured roster; none there: nothing to do. */
  public Report synchronise() {
    return synchronise(Path.of(settings.file()));
  }

  public Report lastReport() {
    return last.get();
  }

  Report synchronise(Path file) {
    Instant now = calendar.now();
    if (!Files.exists(file)) {
      LOG.info("没有人员名单 {}，不同步名单账号", file);
      return remember(new Report(file.toString(), now, false, 0, 0, 0, 0, List.of()));
    }
    if (identity.isReadOnly()) {
      LOG.warn("账号来自政务目录（LDAP），人员名单 {} 不适用，未同步", file);
      return remember(
          new Report(file.toString(), now, false, 0, 0, 0, 0, List.of("账号来自政务目录（LDAP），人员名单不适用")));
    }
    List<RosterRow> rows;
    try {
      rows = RosterFile.read(file);
    } catch (RosterFile.Unreadable e) {
      LOG.error("{}；名单未应用，账号保持不变", e.getMessage());
      return remember(
          new Report(
              file.toString(), now, false, 0, 0, 0, 0, List.of(e.getMessage() + "；名单未应用，账号保持不变")));
    }
    RosterCheck.Result checked = RosterCheck.check(rows, organisation, taken());
    List<String> problems = new ArrayList<>(checked.problems());
    int[] counts = new int[4]; // created, updated, disabled, links
    for (Official o : checked.valid()) {
      try {
        transaction.executeWithoutResult(status -> apply(o, now, counts));
      } catch (RuntimeException e) {
        LOG.error("人员名单第 {} 行（账号 {}）保存失败", o.line(), o.account(), e);
        problems.add("第 " + o.line() + " 行：保存失败，请联系系统管理员查看日志");
      }
    }
    for (String account : accounts.active()) {
      if (!checked.named().contains(account)) {
        transaction.executeWithoutResult(status -> disable(account, now));
        counts[2]++;
      }
    }
    problems.forEach(p -> LOG.warn("人员名单 {}：{}", file.getFileName(), p));
    LOG.info(
        "人员名单 {}：新建 {} 个账号，更新 {} 个，停用 {} 个，寄出设置密码链接 {} 封，有问题的行 {} 行",
        file.getFileName(),
        counts[0],
        counts[1],
        counts[2],
        counts[3],
        problems.size());
    return remember(
        new Report(
            file.toString(),
            now,
            true,
            counts[0],
            counts[1],
            counts[2],
            counts[3],
            List.copyOf(problems)));
  }

  private Report remember(Report report) {
    last.set(report);
    return report;
  }

  /** Accounts that exist but are not the roster's: the roster may not take them over. */
  private Set<String> taken() {
    Set<String> known = accounts.known();
    Set<String> taken = new HashSet<>();
    for (User user : identity.createUserQuery().list()) {
      if (!known.contains(user.getId())) {
        taken.add(user.getId());
      }
    }
    return taken;
  }

  private void apply(Official o, Instant now, int[] counts) {
    var before = accounts.find(o.account());
    User user = identity.createUserQuery().userId(o.account()).singleResult();
    String unitName = organisation.nameOf(o.unit());
    boolean changed = before.isEmpty() || !same(before.get(), o);
    boolean isNew = user == null;
    if (isNew) {
      user = identity.newUser(o.account());
      user.setPassword(unusable());
    }
    if (isNew
        || !o.name().equals(user.getFirstName())
        || !unitName.equals(user.getLastName())
        || !o.mail().equals(user.getEmail())) {
      user.setFirstName(o.name());
      user.setLastName(unitName);
      user.setEmail(o.mail());
      // the only password set here is the unusable one of a new account: no policy to pass
      PlatformPasswordPolicy.saveWithoutPolicy(identity, user);
    }
    organisationSync.setMemberships(o.account(), o.groups());
    if (before.isPresent() && !before.get().unit().equals(o.unit())) {
      release(o.account(), before.get().unit());
      audit.record(
          AccountAudit.Event.ACCOUNT_MOVED,
          o.account(),
          ROSTER,
          null,
          before.get().unit() + " → " + o.unit());
    }
    boolean newlyActive = before.isEmpty() || !before.get().active();
    if (changed) {
      accounts.save(o, now);
      counts[before.isEmpty() ? 0 : 1]++;
      AccountAudit.Event event =
          before.isEmpty()
              ? AccountAudit.Event.ACCOUNT_CREATED
              : newlyActive
                  ? AccountAudit.Event.ACCOUNT_ENABLED
                  : AccountAudit.Event.ACCOUNT_UPDATED;
      audit.record(
          event,
          o.account(),
          ROSTER,
          null,
          "名单第 " + o.line() + " 行：" + o.unit() + " " + o.roleCodes());
    }
    if (newlyActive && o.signIn() == Official.SignIn.PASSWORD) {
      mailLink(o, now);
      counts[3]++;
    }
  }

  private static boolean same(OfficialAccounts.Account a, Official o) {
    return a.active()
        && a.name().equals(o.name())
        && a.unit().equals(o.unit())
        && a.roles().equals(o.roleCodes())
        && a.mail().equals(o.mail())
        && java.util.Objects.equals(a.mobile(), o.mobile())
        && a.signIn().equals(o.signIn().name());
  }

  private void mailLink(Official o, Instant now) {
    mailLink(
        o.account(),
        o.name(),
        now,
        "信访流转平台账号开通：请设置密码",
        "您在信访流转平台的账号 " + o.account() + "（" + organisation.nameOf(o.unit()) + "）已开通。");
  }

  /** Mails the account a one-time link to set its password (a newer link voids older ones). */
  void mailLink(String account, String name, Instant now, String subject, String opening) {
    String token = links.issue(account, now, now.plus(settings.linkValidity()));
    String link = settings.baseUrl().replaceAll("/+$", "") + "/account/password?token=" + token;
    mail.mailUser(
        null,
        account,
        subject,
        (name == null || name.isBlank() ? account : name)
            + "：\n\n"
            + opening
            + "请在 "
            + linkDays()
            + " 天内打开下面的链接设置密码（链接只能使用一次）：\n"
            + link
            + "\n\n设置后即可用账号和密码登录任务中心。如非本人操作，请联系系统管理员。");
  }

  long linkDays() {
    return settings.linkValidity().toDays();
  }

  /**
   * The person left the roster: no groups, no usable password, their claimed tasks back to the
   * unit.
   */
  private void disable(String account, Instant now) {
    organisationSync.setMemberships(account, Set.of());
    User user = identity.createUserQuery().userId(account).singleResult();
    if (user != null) {
      user.setPassword(unusable());
      PlatformPasswordPolicy.saveWithoutPolicy(identity, user);
    }
    for (Task task : tasks.createTaskQuery().taskAssignee(account).list()) {
      tasks.setAssignee(task.getId(), null);
    }
    accounts.disable(account, now);
    audit.record(AccountAudit.Event.ACCOUNT_DISABLED, account, ROSTER, null, "已不在人员名单中");
    LOG.info("账号 {} 已不在人员名单中，停用（保留账号和办理记录）", account);
  }

  /** Moving unit: the tasks the person took (认领) of the old unit go back to it. */
  private void release(String account, String oldUnit) {
    for (Task task :
        tasks
            .createTaskQuery()
            .taskAssignee(account)
            .taskCandidateGroupIn(List.of(oldUnit, oldUnit + "-leaders"))
            .includeAssignedTasks()
            .list()) {
      tasks.setAssignee(task.getId(), null);
    }
  }

  /** A password nobody knows: the account exists but cannot sign in with a password. */
  /** A random password nobody knows: the account cannot sign in with a password. */
  static String unusable() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getEncoder().encodeToString(bytes);
  }
}
