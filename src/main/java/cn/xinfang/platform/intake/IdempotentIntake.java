package cn.xinfang.platform.intake;

import cn.xinfang.platform.calendar.BusinessCalendar;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.apache.commons.codec.digest.DigestUtils;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code POST /api/petitions} with an {@code Idempotency-Key}: the same key and body give one
 * petition and the same answer, sent again, concurrently, or to another node. The key is claimed
 * first in the registration's transaction, so a second claim waits on the database for the first
 * and, once it committed, replays its answer; if it rolled back, the second registers. The same key
 * with another body is refused.
 */
@Component
class IdempotentIntake {

  /** The answer, and whether it is a replay of an earlier one. */
  record Answer(Registration registration, boolean replayed) {}

  /** The same key was sent with another petition. */
  static class KeyReused extends RuntimeException {
    KeyReused() {
      super("同一个 Idempotency-Key 已用于内容不同的信访事项，请为新的事项使用新的 Idempotency-Key");
    }
  }

  private final PetitionRegistry registry;
  private final IdempotencyKeys keys;
  private final BusinessCalendar calendar;
  private final ObjectMapper json;
  private final TransactionTemplate lookingAgain;

  IdempotentIntake(
      PetitionRegistry registry,
      IdempotencyKeys keys,
      BusinessCalendar calendar,
      ObjectMapper json,
      PlatformTransactionManager transactions) {
    this.registry = registry;
    this.keys = keys;
    this.calendar = calendar;
    this.json = json;
    this.lookingAgain = new TransactionTemplate(transactions);
    this.lookingAgain.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  Answer register(PetitionRequest request, String actor, String key) {
    String hash = hash(request);
    Instant now = calendar.now();
    try {
      Registration r =
          registry.register(
              request,
              actor,
              () -> keys.claim(actor, key, hash, now),
              done -> keys.complete(actor, key, done));
      lookingAgain.executeWithoutResult(status -> keys.purge(now));
      return new Answer(r, false);
    } catch (DataIntegrityViolationException claimedBefore) {
      IdempotencyKeys.Stored stored =
          lookingAgain
              .execute(status -> keys.find(actor, key))
              .filter(s -> s.registration() != null)
              .orElseThrow(() -> claimedBefore);
      if (!stored.requestHash().equals(hash)) {
        throw new KeyReused();
      }
      return new Answer(stored.registration(), true);
    }
  }

  private String hash(PetitionRequest request) {
    try {
      return DigestUtils.sha256Hex(json.writeValueAsString(request));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
