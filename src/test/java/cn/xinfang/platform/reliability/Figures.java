package cn.xinfang.platform.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.validation.BadIntakeCorpus;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * What the fault suite counted, and every way a count can be off: printed as one line (and the
 * details) before the suite fails on the first thing that is wrong.
 */
final class Figures {

  private static final Pattern CHINESE = Pattern.compile("[\\u4e00-\\u9fff]");

  private long acknowledged;
  private long found;
  private long timersDue;
  private long fired;
  private long duplicates;
  private long mails;
  private int badRefused;
  private int bad;
  private final List<String> details = new ArrayList<>();
  private final List<String> wrong = new ArrayList<>();

  void acknowledged(long acknowledged, long found) {
    this.acknowledged = acknowledged;
    this.found = found;
    check(
        found == acknowledged,
        "petitions acknowledged with 201 but not in the database: %d",
        acknowledged - found);
  }

  void timers(long due, long fired, long duplicates) {
    this.timersDue += due;
    this.fired += fired;
    this.duplicates += duplicates;
    check(due > 0, "no timer was made due");
    check(fired == due, "timers due %d, records %d", due, fired);
    check(duplicates == 0, "clock records written twice: %d", duplicates);
  }

  /** Per mail (subject prefix and case): the copies expected (its recipients) and received. */
  void mails(Map<String, Integer> expected, Map<String, Integer> received) {
    check(!expected.isEmpty(), "no mail expected: the demo groups have no mail addresses");
    for (Map.Entry<String, Integer> mail : new TreeMap<>(expected).entrySet()) {
      int copies = received.getOrDefault(mail.getKey(), 0);
      mails += copies;
      check(
          copies == mail.getValue(),
          "mail %s: %d recipients, %d copies received",
          mail.getKey(),
          mail.getValue(),
          copies);
    }
  }

  void killed(long lockedBeforeKill, long lockedWhenKilled, long lockedAfterwards) {
    details.add(
        String.format(
            "node-a killed holding %d job locks (%d seen just before); after the locks expired %d left",
            lockedWhenKilled, lockedBeforeKill, lockedAfterwards));
    check(lockedWhenKilled > 0, "node-a held no job when it was killed");
    check(lockedAfterwards == 0, "jobs still locked by the dead node: %d", lockedAfterwards);
  }

  void completions(long acknowledged, long found) {
    details.add(String.format("登记受理 completions acknowledged %d, found %d", acknowledged, found));
    check(found == acknowledged, "completions acknowledged but not done: %d", acknowledged - found);
  }

  void halfWritten(long halfWritten) {
    check(
        halfWritten == 0,
        "cases without their process, or processes without their case: %d",
        halfWritten);
  }

  void stuck(long stuck) {
    check(stuck == 0, "running petitions with no open task and no job: %d", stuck);
  }

  void continued(boolean continued) {
    check(continued, "open cases did not go on on the surviving node");
  }

  void mailOutage(boolean incidents, long failed, long expected, long fired, long due) {
    details.add(
        String.format(
            "SMTP down: %d incidents for %d mails; clock records kept %d/%d",
            failed, expected, fired, due));
    check(incidents, "the failed mails did not end as incidents: %d of %d", failed, expected);
    check(fired == due, "clock records rolled back with the mail: %d of %d", fired, due);
    timersDue += due;
    this.fired += fired;
  }

  void databaseRestart(
      boolean recovered,
      Duration recovery,
      Map<Integer, AtomicInteger> statuses,
      List<String> refusals) {
    details.add(
        String.format(
            "database restart: answers %s; registering again %ds after the restart",
            new TreeMap<>(statuses), recovery.toSeconds()));
    check(recovered, "the node did not register again after the database came back");
    check(
        statuses.getOrDefault(503, new AtomicInteger()).get() > 0,
        "no request was answered 503 during the outage");
    for (String refusal : refusals) {
      check(
          refusal.startsWith("503 Retry-After=")
              && !refusal.startsWith("503 Retry-After= ")
              && CHINESE.matcher(refusal).find()
              && !refusal.matches("(?s).*(Exception|ENGINE-|SQL|org\\.|java\\.).*"),
          "not a clean 503: %s",
          refusal.length() > 300 ? refusal.substring(0, 300) : refusal);
    }
  }

  void badInputs(BadIntakeCorpus.Result result) {
    badRefused = result.refused();
    bad = result.bad();
    details.add(result.line());
    result.failures().forEach(failure -> check(false, "bad input: %s", failure));
  }

  String line() {
    StringBuilder line =
        new StringBuilder(
            String.format(
                "acknowledged %d, found %d, lost %d; timers due %d, fired %d, duplicates %d; mails %d;"
                    + " bad inputs refused %d/%d",
                acknowledged,
                found,
                acknowledged - found,
                timersDue,
                fired,
                duplicates,
                mails,
                badRefused,
                bad));
    details.forEach(detail -> line.append("\n  ").append(detail));
    wrong.forEach(w -> line.append("\n  WRONG: ").append(w));
    return line.toString();
  }

  void assertAllTrue() {
    assertThat(wrong).as("what the fault suite found wrong").isEmpty();
    assertThat(bad).as("the bad-input corpus ran").isPositive();
  }

  private void check(boolean ok, String what, Object... arguments) {
    if (!ok) {
      wrong.add(String.format(what, arguments));
    }
  }
}
