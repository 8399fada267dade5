package cn.xinfang.platform.reliability;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * One node of the platform: the real application ({@code java -jar}, the jar {@code package} built)
 * in its own JVM, on its own port, with its job executor on, against the shared database. Its
 * output goes to {@code target/fault-suite/<name>.log}. The benchmark starts plain Camunda the same
 * way, from a main class.
 */
public final class Node implements AutoCloseable {

  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();

  public final String name;
  public final int port;
  private final Process process;
  private Duration startup;

  private Node(String name, int port, Process process) {
    this.name = name;
    this.port = port;
    this.process = process;
  }

  /** Starts a platform node and waits until its health endpoint says UP. */
  public static Node start(String name, Map<String, String> environment, List<String> settings)
      throws IOException, InterruptedException {
    return start(
        name,
        List.of("-Xmx512m"),
        List.of("-jar", jar().toString(), "--platform.node-name=" + name),
        environment,
        settings);
  }

  /**
   * Starts a JVM: its options, what to run ({@code -jar …} or {@code -cp … Main}), then {@code
   * --server.port} and the settings; waits until its health endpoint says UP.
   */
  public static Node start(
      String name,
      List<String> jvmOptions,
      List<String> program,
      Map<String, String> environment,
      List<String> settings)
      throws IOException, InterruptedException {
    int port = freePort();
    Path log = Path.of("target", "fault-suite", name + ".log");
    Files.createDirectories(log.getParent());
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-Duser.timezone=UTC");
    command.addAll(program);
    command.add("--server.port=" + port);
    command.addAll(settings);
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    builder.environment().putAll(environment);
    Instant started = Instant.now();
    Node node = new Node(name, port, builder.start());
    node.awaitHealthy(Duration.ofMinutes(3));
    node.startup = Duration.between(started, Instant.now());
    return node;
  }

  /** From starting the JVM to its first healthy answer. */
  public Duration startup() {
    return startup;
  }

  public long pid() {
    return process.pid();
  }

  private void awaitHealthy(Duration limit) throws InterruptedException {
    Instant until = Instant.now().plus(limit);
    while (Instant.now().isBefore(until)) {
      if (!process.isAlive()) {
        throw new IllegalStateException(name + " 启动失败，见 target/fault-suite/" + name + ".log");
      }
      HttpResponse<String> health = send(HttpRequest.newBuilder(uri("/actuator/health")).GET());
      if (health != null && health.statusCode() == 200 && health.body().contains("UP")) {
        return;
      }
      Thread.sleep(500);
    }
    throw new IllegalStateException(name + " 未在 " + limit + " 内启动");
  }

  /** kill -9: no shutdown hook, no commit, no unlock. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  boolean alive() {
    return process.isAlive();
  }

  /** A JSON POST with the user's password (the demo accounts'); null if nothing came back. */
  public HttpResponse<String> post(String user, String path, String json, String... headers) {
    HttpRequest.Builder request =
        as(user, path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  public HttpResponse<String> put(String user, String path, String json) {
    return send(
        as(user, path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpResponse<String> get(String user, String path) {
    return send(as(user, path).GET());
  }

  private HttpRequest.Builder as(String user, String path) {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(60));
    if (user == null) {
      // plain Camunda: its REST API is open by default
      return request;
    }
    String credentials = user + ":demo";
    return request.header(
        "Authorization",
        "Basic "
            + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  /** The answer, or null when the node could not be reached or did not answer (it died). */
  private static HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  public static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  /** The jar {@code package} built. */
  public static Path jar() {
    File[] jars =
        new File("target")
            .listFiles(
                (dir, file) ->
                    file.startsWith("petition-platform-")
                        && file.endsWith(".jar")
                        && !file.endsWith("-sources.jar"));
    if (jars == null || jars.length == 0) {
      throw new IllegalStateException("target/petition-platform-*.jar 不存在：请先运行 ./mvnw package");
    }
    return jars[0].toPath();
  }

  @Override
  public void close() throws InterruptedException {
    if (process.isAlive()) {
      process.destroy();
      if (!process.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)) {
        kill();
      }
    }
  }
}
