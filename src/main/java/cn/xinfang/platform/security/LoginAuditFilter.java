package cn.xinfang.platform.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Records each sign-in to Tasklist, Cockpit and Admin ({@code POST
 * /camunda/api/admin/auth/user/{engine}/login/{app}}), successful or not, with the account named
 * and the client's address. The form is read from a copy after Camunda has read it; the password is
 * never kept.
 */
class LoginAuditFilter extends OncePerRequestFilter {

  private final AccountAudit audit;

  LoginAuditFilter(AccountAudit audit) {
    this.audit = audit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod()) || !request.getRequestURI().contains("/login/");
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ContentCachingRequestWrapper copy = new ContentCachingRequestWrapper(request, 4096);
    chain.doFilter(copy, response);
    String account = username(new String(copy.getContentAsByteArray(), StandardCharsets.UTF_8));
    String app = request.getRequestURI().substring(request.getRequestURI().lastIndexOf('/') + 1);
    boolean ok = response.getStatus() == HttpServletResponse.SC_OK;
    audit.record(
        ok ? AccountAudit.Event.LOGIN : AccountAudit.Event.LOGIN_FAILED,
        account,
        account,
        request.getRemoteAddr(),
        app);
  }

  private static String username(String form) {
    for (String pair : form.split("&")) {
      if (pair.startsWith("username=")) {
        return URLDecoder.decode(pair.substring("username=".length()), StandardCharsets.UTF_8);
      }
    }
    return null;
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<LoginAuditFilter> loginAudit(AccountAudit audit) {
      FilterRegistrationBean<LoginAuditFilter> registration =
          new FilterRegistrationBean<>(new LoginAuditFilter(audit));
      registration.setName("login-audit");
      registration.addUrlPatterns("/camunda/api/admin/auth/user/*");
      return registration;
    }
  }
}
