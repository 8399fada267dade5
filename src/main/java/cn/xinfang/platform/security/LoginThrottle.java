package cn.xinfang.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Brute-force protection that a stranger cannot turn against the real user. Wrong passwords (and
 * unknown API tokens) are counted per client address and account, and per client address; the
 * client that sends them is made to wait, first for {@code first-delay}, doubling up to {@code
 * max-delay} (never for good), or, after too many failures over all accounts, for {@code
 * client-block}. The same account signing in from another client is never slowed: the engine's own
 * per-account lockout is off ({@code application.yaml}). When failures for one account come from
 * many clients the administrator is told, but nothing is locked, since addresses are cheap to
 * change. Each start of a wait is an account audit entry and a log line (without the address or the
 * account). Each node counts on its own, in memory; counters are forgotten after {@code window}.
 */
@Component
public class LoginThrottle {

  private static final Logger LOG = LoggerFactory.getLogger(LoginThrottle.class);
  private static final long MAX_ENTRIES = 100_000;

  private final LoginThrottleSettings settings;
  private final AccountAudit audit;
  private final Cache<Pair, PairState> pairs;
  private final Cache<String, ClientState> clients;
  private final Cache<String, AccountState> accounts;

  LoginThrottle(LoginThrottleSettings settings, AccountAudit audit) {
    this.settings = settings;
    this.audit = audit;
    Duration keep = settings.window().plus(settings.maxDelay()).plus(settings.clientBlock());
    this.pairs = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterAccess(keep).build();
    this.clients = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterAccess(keep).build();
    this.accounts = Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfterAccess(keep).build();
  }

  /** How long this client must still wait before it may try this account (or any), if it must. */
  public Optional<Duration> refusal(String client, String account, Instant now) {
    Instant until = null;
    ClientState byClient = clients.getIfPresent(client);
    if (byClient != null) {
      until = byClient.blockedUntil(now);
    }
    PairState byPair = account == null ? null : pairs.getIfPresent(new Pair(client, account));
    if (byPair != null) {
      Instant pairUntil = byPair.blockedUntil(now);
      if (pairUntil != null && (until == null || pairUntil.isAfter(until))) {
        until = pairUntil;
      }
    }
    return until == null ? Optional.empty() : Optional.of(Duration.between(now, until));
  }

  /** A wrong password or token from this client; {@code account} null when none was named. */
  public void failed(String client, String account, Instant now) {
    if (account != null) {
      Duration wait =
          pairs.get(new Pair(client, account), p -> new PairState()).failed(now, settings);
      if (wait != null) {
        started(account, client, "同一客户端对该账号连续认证失败 " + settings.freeFailures() + " 次以上", wait);
      }
      if (accounts.get(account, a -> new AccountState()).failedFrom(client, now, settings)) {
        long id =
            audit.record(
                AccountAudit.Event.LOGIN_ALERT,
                account,
                null,
                client,
                settings.window().toMinutes()
                    + " 分钟内有 "
                    + settings.alertClients()
                    + " 个以上客户端对该账号认证失败（账号未锁定，请核查）");
        LOG.warn("多个客户端对同一账号认证失败，账号未锁定：见账号审计第 {} 条", id);
      }
    }
    Duration clientWait = clients.get(client, c -> new ClientState()).failed(now, settings);
    if (clientWait != null) {
      started(account, client, "该客户端认证失败超过 " + settings.clientMaxFailures() + " 次", clientWait);
    }
  }

  /** The right password or token: this client's count for this account starts afresh. */
  public void succeeded(String client, String account) {
    pairs.invalidate(new Pair(client, account));
  }

  private void started(String account, String client, String why, Duration wait) {
    long id =
        audit.record(
            AccountAudit.Event.LOGIN_THROTTLED,
            account,
            null,
            client,
            why + "，暂停该客户端认证 " + wait.toSeconds() + " 秒（其他客户端不受影响）");
    LOG.warn("认证失败过多，暂停一个客户端认证 {} 秒：见账号审计第 {} 条", wait.toSeconds(), id);
  }

  /** For tests: every client starts afresh. */
  void forgetAll() {
    pairs.invalidateAll();
    clients.invalidateAll();
    accounts.invalidateAll();
  }

  private record Pair(String client, String account) {}

  /** One client's failures for one account in a row; the wait doubles with each beyond the free. */
  private static final class PairState {
    private int failures;
    private Instant last;
    private Instant blockedUntil;

    synchronized Instant blockedUntil(Instant now) {
      return blockedUntil != null && now.isBefore(blockedUntil) ? blockedUntil : null;
    }

    /**
     * Counts a failure; the wait it starts when it is the first beyond the free ones, else null.
     */
    synchronized Duration failed(Instant now, LoginThrottleSettings settings) {
      if (last != null && !now.isBefore(last.plus(settings.window()))) {
        failures = 0;
      }
      last = now;
      failures++;
      int beyond = failures - settings.freeFailures();
      if (beyond <= 0) {
        return null;
      }
      Duration wait = settings.firstDelay().multipliedBy(1L << Math.min(beyond - 1, 30));
      if (wait.compareTo(settings.maxDelay()) > 0) {
        wait = settings.maxDelay();
      }
      blockedUntil = now.plus(wait);
      return beyond == 1 ? wait : null;
    }
  }

  /** One client's failures over all accounts within the window. */
  private static final class ClientState {
    private final Deque<Instant> failures = new ArrayDeque<>();
    private Instant blockedUntil;

    synchronized Instant blockedUntil(Instant now) {
      return blockedUntil != null && now.isBefore(blockedUntil) ? blockedUntil : null;
    }

    synchronized Duration failed(Instant now, LoginThrottleSettings settings) {
      failures.addLast(now);
      Instant since = now.minus(settings.window());
      while (!failures.isEmpty() && failures.peekFirst().isBefore(since)) {
        failures.removeFirst();
      }
      if (failures.size() <= settings.clientMaxFailures()) {
        return null;
      }
      failures.clear();
      blockedUntil = now.plus(settings.clientBlock());
      return settings.clientBlock();
    }
  }

  /** Which clients failed for one account within the window; alerts once per window. */
  private static final class AccountState {
    private final Map<String, Instant> clients = new LinkedHashMap<>();
    private Instant alerted;

    synchronized boolean failedFrom(String client, Instant now, LoginThrottleSettings settings) {
      Instant since = now.minus(settings.window());
      clients.values().removeIf(at -> at.isBefore(since));
      clients.remove(client);
      clients.put(client, now);
      if (clients.size() > settings.alertClients()) {
        clients.remove(clients.keySet().iterator().next());
      }
      if (clients.size() < settings.alertClients() || (alerted != null && alerted.isAfter(since))) {
        return false;
      }
      alerted = now;
      return true;
    }
  }
}
