package cn.xinfang.platform.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
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
    return login(browser(), app);
  }

  /**
   * A browser logged in to a webapp, keeping its session cookie for later requests; fails if the
   * login is refused.
   */
  public HttpClient browserLoggedInTo(String app) {
    HttpClient browser = browser();
    int status = login(browser, app);
    if (status != 200) {
      throw new IllegalStateException(id + " 登录 " + app + " 失败：" + status);
    }
    return browser;
  }

  private static HttpClient browser() {
    return HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  }

  private int login(HttpClient browser, String app) {
    CookieManager cookies = (CookieManager) browser.cookieHandler().orElseThrow();
    try {
      browser.send(
          HttpRequest.newBuilder(uri("/camunda/app/" + app + "/default/")).GET().build(),
          HttpResponse.BodyHandlers.discarding());
      String xsrf =
          cookies.getCookieStore().getCookies().stream()
              .filter(c -> c.getName().equals("XSRF-TOKEN"))
              .map(HttpCookie::getValue)
              .findFirst()
              .orElse("");
      String form = "username=" + encode(id) + "&password=" + encode(PASSWORD);
      return browser
          .send(
              HttpRequest.newBuilder(uri("/camunda/api/admin/auth/user/default/login/" + app))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .header("X-XSRF-TOKEN", xsrf)
                  .POST(HttpRequest.BodyPublishers.ofString(form))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  public URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  public HttpResponse<String> send(HttpRequest.Builder request) {
    return send(HttpClient.newHttpClient(), request);
  }

  /** Sends the request from {@code browser}, with whatever session it holds. */
  public HttpResponse<String> send(HttpClient browser, HttpRequest.Builder request) {
    try {
      return browser.send(
          request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new IllegalStateException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
