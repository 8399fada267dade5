package cn.xinfang.platform.hotline;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.PostgresPlatformTest;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The hotline resends an order while the first post is still being registered (two nodes, two
 * transactions on one PostgreSQL): one petition, and both posts answer with it.
 */
@PostgresPlatformTest
class ConcurrentOrdersOnPostgresTest {

  @Autowired HotlineService hotline;
  @Autowired ObjectMapper json;
  @Autowired JdbcClient jdbc;
  @Autowired RuntimeService runtime;

  @Test
  void twoPostsOfOneOrderAtOnceGiveOnePetition() throws Exception {
    HotlineOrderRequest order =
        json.readValue(
            HotlineOrdersTest.order("RX-PG-1", "HOUSING", "NORMAL"), HotlineOrderRequest.class);
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService nodes = Executors.newFixedThreadPool(2);
    List<Future<HotlineService.Received>> posts = new ArrayList<>();
    for (int node = 0; node < 2; node++) {
      posts.add(
          nodes.submit(
              () -> {
                start.await();
                return hotline.receive(order, "channel-12345");
              }));
    }
    start.countDown();
    HotlineService.Received a = posts.get(0).get();
    HotlineService.Received b = posts.get(1).get();
    nodes.shutdown();

    assertThat(a.order().caseNo()).isEqualTo(b.order().caseNo());
    assertThat(List.of(a.created(), b.created())).containsExactlyInAnyOrder(true, false);
    assertThat(
            jdbc.sql("select count(*) from petition_case where hotline_order_no = 'RX-PG-1'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(
            runtime
                .createProcessInstanceQuery()
                .processDefinitionKey("petition")
                .processInstanceBusinessKey(a.order().caseNo())
                .count())
        .isEqualTo(1);
  }
}
