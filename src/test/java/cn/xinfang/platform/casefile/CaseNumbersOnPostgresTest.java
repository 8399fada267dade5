package cn.xinfang.platform.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.intake.Registration;
import cn.xinfang.platform.support.PostgresPlatformTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case numbers under concurrent registrations, on PostgreSQL: the year's first registrations do not
 * collide on the counter, and a registration never waits for another one's transaction.
 */
@PostgresPlatformTest
class CaseNumbersOnPostgresTest {

  @Autowired PetitionRegistry registry;
  @Autowired CaseNumbers caseNumbers;
  @Autowired PlatformTransactionManager transactions;

  final ExecutorService threads = Executors.newFixedThreadPool(8);

  @AfterEach
  void stopTheThreads() {
    threads.shutdownNow();
    ClockUtil.reset();
  }

  @Test
  void eightFirstRegistrationsOfAYearAtTheSameMomentAllGetTheirOwnNumber() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2031-01-02T01:00:00Z")));
    CyclicBarrier together = new CyclicBarrier(8);
    List<Future<Registration>> registrations = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      int petitioner = 600 + i;
      registrations.add(
          threads.submit(
              () -> {
                together.await(30, TimeUnit.SECONDS);
                return registry.register(Petitions.claim(petitioner).build(), "registrar");
              }));
    }

    List<String> caseNumbers = new ArrayList<>();
    for (Future<Registration> registration : registrations) {
      caseNumbers.add(registration.get(60, TimeUnit.SECONDS).caseNo());
    }
    assertThat(caseNumbers)
        .containsExactlyInAnyOrderElementsOf(
            IntStream.rangeClosed(1, 8).mapToObj(n -> "XF-2031-00000" + n).toList());
  }

  @Test
  void aRegistrationDoesNotWaitForAnotherRegistrationsOpenTransaction() throws Exception {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2032-03-02T01:00:00Z")));
    registry.register(Petitions.claim(620).build(), "registrar");
    CountDownLatch numberTaken = new CountDownLatch(1);
    CountDownLatch finishFirst = new CountDownLatch(1);
    CountDownLatch secondRegistered = new CountDownLatch(1);
    TransactionTemplate longRegistration = new TransactionTemplate(transactions);

    Future<String> first =
        threads.submit(
            () ->
                longRegistration.execute(
                    status -> {
                      String caseNo = caseNumbers.next(2032);
                      numberTaken.countDown();
                      await(finishFirst);
                      return caseNo;
                    }));
    Future<Registration> second =
        threads.submit(
            () -> {
              await(numberTaken);
              Registration registration =
                  registry.register(Petitions.claim(621).build(), "registrar");
              secondRegistered.countDown();
              return registration;
            });

    assertThat(secondRegistered.await(60, TimeUnit.SECONDS))
        .as("the second registration completes while the first one's transaction is open")
        .isTrue();
    assertThat(first).isNotDone();
    finishFirst.countDown();
    assertThat(first.get(60, TimeUnit.SECONDS)).isEqualTo("XF-2032-000002");
    assertThat(second.get().caseNo()).isEqualTo("XF-2032-000003");
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(90, TimeUnit.SECONDS)) {
        throw new IllegalStateException("latch not released");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
