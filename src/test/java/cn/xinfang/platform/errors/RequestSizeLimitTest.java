package cn.xinfang.platform.errors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.xinfang.platform.support.DemoUser;
import cn.xinfang.platform.support.PlatformTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Request bodies over 1 MiB are refused with 413 before anything parses them. */
@PlatformTest
class RequestSizeLimitTest {

  static final int LIMIT = 1024 * 1024;

  @LocalServerPort int port;
  @Autowired RuntimeService runtime;

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/petitions",
        "/engine-rest/process-definition/key/inquiry/submit-form",
        "/camunda/api/engine/engine/default/process-definition/key/inquiry/submit-form"
      })
  void aDeclaredLengthOverTheLimitIsRefusedUnread(String path) throws Exception {
    long before = runtime.createProcessInstanceQuery().count();
    // not even JSON: a parser would answer 400, the limit answers first
    byte[] body = new byte[LIMIT + 1];
    Arrays.fill(body, (byte) 'x');

    HttpResponse<String> response =
        send(registrar().request(path).POST(HttpRequest.BodyPublishers.ofByteArray(body)));

    assertRefused(response);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"/api/petitions", "/engine-rest/process-definition/key/inquiry/submit-form"})
  void aChunkedBodyIsRefusedOnceItPassesTheLimit(String path) throws Exception {
    long before = runtime.createProcessInstanceQuery().count();

    HttpResponse<String> response = send(chunkedJson(path, LIMIT + 64 * 1024));

    assertRefused(response);
    assertThat(runtime.createProcessInstanceQuery().count()).isEqualTo(before);
  }

  @Test
  void aChunkedBodyUnderTheLimitIsParsedAsUsual() throws Exception {
    HttpResponse<String> response = send(chunkedJson("/api/petitions", LIMIT - 1024));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).contains("信访内容");
  }

  private void assertRefused(HttpResponse<String> response) {
    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body()).contains("提交的内容过大", "\"correlationId\"");
  }

  /** {@code {"content":"aaa…"}} of {@code size} bytes, sent without a length (chunked). */
  private HttpRequest.Builder chunkedJson(String path, int size) {
    byte[] head = "{\"content\":\"".getBytes(StandardCharsets.UTF_8);
    byte[] tail = "\"}".getBytes(StandardCharsets.UTF_8);
    byte[] text = new byte[size - head.length - tail.length];
    Arrays.fill(text, (byte) 'a');
    return registrar()
        .request(path)
        .header("Content-Type", "application/json")
        .POST(
            HttpRequest.BodyPublishers.ofInputStream(
                () ->
                    new SequenceInputStream(
                        java.util.Collections.enumeration(
                            java.util.List.<InputStream>of(
                                new ByteArrayInputStream(head),
                                new ByteArrayInputStream(text),
                                new ByteArrayInputStream(tail))))));
  }

  private DemoUser registrar() {
    return DemoUser.of("registrar", port);
  }

  private static HttpResponse<String> send(HttpRequest.Builder request)
      throws IOException, InterruptedException {
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .build()
        .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }
}
