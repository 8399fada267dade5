package cn.xinfang.platform.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * A demo user logged in to a webapp as their browser is: the session cookie, and the XSRF token
 * sent back on every change, as the webapps' own calls to {@code /camunda/api/…} do.
 */
public final class Browser {

  private final DemoUser user;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient client;
  private int loginStatus;

  private Browser(DemoUser user) {
    this.user = user;
    this.client = HttpClient.newBuilder().cookieHandler(cookies).build();
  }

  /** Opens the webapp's page and logs in through its login form. */
  static Browser loginTo(DemoUser user, String app) {
    return loginTo(user, app, DemoUser.PASSWORD);
  }

  /** Logs in with this password (a directory's or one the person set). */
  public static Browser loginTo(DemoUser user, String app, String password) {
    Browser browser = new Browser(user);
    browser.send(
        HttpRequest.newBuilder(user.uri("/camunda/app/" + app + "/default/")).GET(),
        HttpResponse.BodyHandlers.discarding());
    String form = "username=" + encode(user.id()) + "&password=" + encode(password);
    browser.loginStatus =
        browser
            .send(
                browser
                    .withXsrf("/camunda/api/admin/auth/user/default/login/" + app)
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)),
                HttpResponse.BodyHandlers.discarding())
            .statusCode();
    // the login starts a new session; its XSRF token comes with the next page the webapp loads
    browser.send(
        HttpRequest.newBuilder(user.uri("/camunda/api/admin/auth/user/default")).GET(),
        HttpResponse.BodyHandlers.discarding());
    return browser;
  }

  /** The login form's answer: 200 logged in, 401/403 refused. */
  public int loginStatus() {
    return loginStatus;
  }

  /** A JSON POST as the webapp sends it. */
  public HttpResponse<String> postJson(String path, String json) {
    return postJson(path, json, null);
  }

  /**
   * A JSON POST asking for {@code accept} (Tasklist asks for {@code application/hal+json} task
   * lists); null sends no Accept header.
   */
  public HttpResponse<String> postJson(String path, String json, String accept) {
    HttpRequest.Builder request =
        withXsrf(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (accept != null) {
      request.header("Accept", accept);
    }
    return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A JSON PUT as the webapp sends it (e.g. Tasklist saving a task's dates). */
  public HttpResponse<String> putJson(String path, String json) {
    return send(
        withXsrf(path)
            .header("Content-Type", "application/json")
            .PUT(HttpRequest.BodyPublishers.ofString(json)),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** A GET with the session, as a link opened from the webapp is. */
  public HttpResponse<String> get(String path) {
    return send(
        HttpRequest.newBuilder(user.uri(path)).GET(),
        HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** Any request with the session but without the XSRF token (e.g. from another site). */
  public HttpResponse<String> send(HttpRequest.Builder request) {
    return send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private HttpRequest.Builder withXsrf(String path) {
    String xsrf =
        cookies.getCookieStore().getCookies().stream()
            .filter(c -> c.getName().equals("XSRF-TOKEN"))
            .map(HttpCookie::getValue)
            .findFirst()
            .orElse("");
    return HttpRequest.newBuilder(user.uri(path)).header("X-XSRF-TOKEN", xsrf);
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
    try {
      return client.send(request.build(), body);
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
