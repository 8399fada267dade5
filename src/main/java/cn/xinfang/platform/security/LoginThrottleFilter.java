package cn.xinfang.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a client the {@link LoginThrottle} makes wait with 429, {@code Retry-After} and a Chinese
 * reason, before any authentication runs: a request with HTTP basic credentials (for that client
 * and account) or an API token, and a webapp login (for that client). The webapps' login form names
 * its account only in the body, which is left to Camunda: there the engine's check answers "wrong"
 * while the client waits ({@link ThrottledPasswordsPlugin}).
 */
class LoginThrottleFilter extends OncePerRequestFilter {

  private final LoginThrottle throttle;

  LoginThrottleFilter(LoginThrottle throttle) {
    this.throttle = throttle;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    boolean login =
        "POST".equals(request.getMethod()) && request.getRequestURI().contains("/login/");
    return !login && BasicCredentials.claimedUser(header) == null && !ServiceTokens.isToken(header);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String account = BasicCredentials.claimedUser(request.getHeader(HttpHeaders.AUTHORIZATION));
    Optional<Duration> wait =
        throttle.refusal(request.getRemoteAddr(), account, ClockUtil.getCurrentTime().toInstant());
    if (wait.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    long seconds = Math.max(1, wait.get().toSeconds() + (wait.get().toMillisPart() > 0 ? 1 : 0));
    response.setStatus(429);
    response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
    response.setContentType("application/problem+json;charset=UTF-8");
    response
        .getWriter()
        .write(
            "{\"title\":\"尝试过于频繁\",\"status\":429,\"detail\":\"认证失败次数过多，请 " + seconds + " 秒后再试\"}");
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle) {
      FilterRegistrationBean<LoginThrottleFilter> registration =
          new FilterRegistrationBean<>(new LoginThrottleFilter(throttle));
      registration.setName("login-throttle");
      registration.addUrlPatterns(
          "/api/*", "/engine-rest/*", "/actuator/*", "/camunda/api/admin/auth/user/*");
      // after the error answers and the size limit, before every authentication
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 30);
      return registration;
    }
  }
}
