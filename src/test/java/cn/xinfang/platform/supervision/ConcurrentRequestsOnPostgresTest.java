package cn.xinfang.platform.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.intake.PetitionRegistry;
import cn.xinfang.platform.intake.Petitions;
import cn.xinfang.platform.support.PostgresPlatformTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two requests for the same unit and petition at the same moment (two nodes, two transactions on
 * one PostgreSQL) give one supervision case: the second waits for the first and joins it.
 */
@PostgresPlatformTest
class ConcurrentRequestsOnPostgresTest {

  @Autowired PetitionRegistry registry;
  @Autowired SupervisionRequests requests;
  @Autowired SupervisionLadder ladder;
  @Autowired SupervisionLedger ledger;
  @Autowired PlatformTransactionManager transactions;

  @Test
  void twoRequestsAtOnceGiveOneSupervisionCase() throws Exception {
    String caseNo = registry.register(Petitions.claim(931).build(), "registrar").caseNo();
    TransactionTemplate tx = new TransactionTemplate(transactions);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Future<?>> done = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      done.add(
          nodes.submit(
              () -> {
                start.await();
                return tx.execute(
                    s ->
                        requests.request(
                            caseNo,
                            "petition-bureau",
                            SupervisionReason.FLAGGED,
                            SupervisionSource.API,
                            "同时挂牌",
                            "supervisor"));
              }));
    }
    start.countDown();
    for (Future<?> f : done) {
      f.get();
    }
    nodes.shutdown();

    assertThat(ladder.ofCase(caseNo))
        .singleElement()
        .satisfies(c -> assertThat(c.triggers()).isEqualTo(2));
    assertThat(ledger.forCase(caseNo))
        .extracting(LedgerEntry::rung)
        .containsExactly(LedgerRung.TRIGGERED, LedgerRung.JOINED);
    assertThat(ledger.verify().intact()).isTrue();
  }
}
