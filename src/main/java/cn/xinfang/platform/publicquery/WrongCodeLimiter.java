package cn.xinfang.platform.publicquery;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Counts wrong query codes per client (its address) so nobody can try codes at length: more than
 * {@code max-failures} within {@code window} blocks the client for {@code block}. Each node counts
 * on its own (in memory); behind a load balancer a client may get a few more tries in all.
 */
@Component
class WrongCodeLimiter {

  private final PublicQuerySettings settings;
  private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
  private final Map<String, Instant> blockedUntil = new ConcurrentHashMap<>();

  WrongCodeLimiter(PublicQuerySettings settings) {
    this.settings = settings;
  }

  /** How long the client is still refused, if it is. */
  Optional<Duration> blocked(String client, Instant now) {
    Instant until = blockedUntil.get(client);
    if (until == null) {
      return Optional.empty();
    }
    if (!now.isBefore(until)) {
      blockedUntil.remove(client, until);
      return Optional.empty();
    }
    return Optional.of(Duration.between(now, until));
  }

  /** A wrong code from the client: blocks it once it has sent too many; true when it now is. */
  boolean failed(String client, Instant now) {
    Deque<Instant> times = failures.computeIfAbsent(client, c -> new ArrayDeque<>());
    synchronized (times) {
      times.addLast(now);
      Instant since = now.minus(settings.window());
      while (!times.isEmpty() && times.peekFirst().isBefore(since)) {
        times.removeFirst();
      }
      if (times.size() > settings.maxFailures()) {
        blockedUntil.put(client, now.plus(settings.block()));
        times.clear();
        return true;
      }
      return false;
    }
  }

  /** For tests: every client starts afresh. */
  void forgetAll() {
    failures.clear();
    blockedUntil.clear();
  }
}
