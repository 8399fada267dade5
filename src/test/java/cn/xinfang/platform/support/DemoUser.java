package cn.xinfang.platform.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/** A demo account talking HTTP to the running platform, as a browser or a REST client would. */
public record DemoUser(String id, int port) {

  public static final String PASSWORD = "demo";

  public static DemoUser of(String id, int port) {
    return new DemoUser(id, port);
  }

  /** GET on the engine REST API with this user's HTTP basic credentials. */
  public HttpResponse<String> get(String path) {
    return send(request(path).GET());
  }

  /** POST of a JSON body on the engine REST API with this user's HTTP basic credentials. */
  public HttpResponse<String> postJson(String path, String json) {
    return send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public HttpRequest.Builder request(String path) {
    String credentials = id + ":" + PASSWORD;
    return HttpRequest.newBuilder(uri(path))
        .header(
            "Authorization",
            "Basic "
                + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
  }

  /** Logs in to a webapp (tasklist, cockpit, admin, welcome) as the login page does. */
  public int loginTo(String app) {
    return browserIn(app).loginStatus();
  }

  /** This user's browser, logged in to the webapp {@code app}. */
  public Browser browserIn(String app) {
    return Browser.loginTo(this, app);
  }

  /** Deploys one BPMN file through {@code /engine-rest/deployment/create}, as Modeler does. */
  public HttpResponse<String> deploy(String deploymentName, String fileName, String bpmn) {
    String boundary = "----deployment";
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"deployment-name\"\r\n\r\n"
            + deploymentName
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\""
            + fileName
            + "\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/xml\r\n\r\n"
            + bpmn
            + "\r\n--"
            + boundary
            + "--\r\n";
    return send(
        request("/engine-rest/deployment/create")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return HttpClient.newHttpClient()
          .send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
