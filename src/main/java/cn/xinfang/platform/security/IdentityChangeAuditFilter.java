package cn.xinfang.platform.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.camunda.bpm.webapp.impl.security.auth.Authentication;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingRequestWrapper;

/**
 * Records the account changes made by hand, in Admin or through {@code /engine-rest} (accounts
 * created, edited, deleted or unlocked, passwords changed, people put into or taken out of groups),
 * once the engine has accepted them: which account, who did it, from where. Only the account's id
 * is read from a request body, never a password.
 */
class IdentityChangeAuditFilter extends OncePerRequestFilter {

  /** The engine REST path after the engine's name: user/…, group/…/members/…. */
  private static final Pattern IDENTITY =
      Pattern.compile("(?:/engine/[^/]+)?/(user|group)/([^/]+)(?:/([^/]+))?(?:/([^/]+))?/?$");

  private final AccountAudit audit;
  private final ObjectMapper json = new ObjectMapper();

  IdentityChangeAuditFilter(AccountAudit audit) {
    this.audit = audit;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return "GET".equals(request.getMethod())
        || "OPTIONS".equals(request.getMethod())
        || "HEAD".equals(request.getMethod())
        || !IDENTITY.matcher(request.getRequestURI()).find();
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String actor = actor(request);
    ContentCachingRequestWrapper copy = new ContentCachingRequestWrapper(request, 8192);
    chain.doFilter(copy, response);
    if (response.getStatus() >= 400) {
      return;
    }
    Matcher m = IDENTITY.matcher(request.getRequestURI());
    if (!m.find()) {
      return;
    }
    String kind = m.group(1);
    String id = decode(m.group(2));
    String part = m.group(3);
    String member = m.group(4) == null ? null : decode(m.group(4));
    String method = request.getMethod();
    String remote = request.getRemoteAddr();
    if (kind.equals("user") && id.equals("create") && method.equals("POST")) {
      audit.record(AccountAudit.Event.ACCOUNT_CREATED, createdId(copy), actor, remote, "系统管理中新建");
    } else if (kind.equals("user") && part == null && method.equals("DELETE")) {
      audit.record(AccountAudit.Event.ACCOUNT_DELETED, id, actor, remote, "系统管理中删除");
    } else if (kind.equals("user") && "profile".equals(part)) {
      audit.record(AccountAudit.Event.ACCOUNT_UPDATED, id, actor, remote, "系统管理中修改资料");
    } else if (kind.equals("user") && "credentials".equals(part)) {
      audit.record(AccountAudit.Event.PASSWORD_SET, id, actor, remote, "系统管理中修改密码");
    } else if (kind.equals("user") && "unlock".equals(part)) {
      audit.record(AccountAudit.Event.ACCOUNT_UPDATED, id, actor, remote, "系统管理中解除锁定");
    } else if (kind.equals("group") && "members".equals(part) && member != null) {
      audit.record(
          AccountAudit.Event.ACCOUNT_UPDATED,
          member,
          actor,
          remote,
          (method.equals("DELETE") ? "系统管理中移出组 " : "系统管理中加入组 ") + id);
    }
  }

  /** Who made the change: the webapp session's user, or the HTTP basic account. */
  private static String actor(HttpServletRequest request) {
    String header = request.getHeader("Authorization");
    if (header != null && header.startsWith("Basic ")) {
      return BasicCredentials.claimedUser(header);
    }
    HttpSession session = request.getSession(false);
    if (session != null
        && session.getAttribute(ApiAuthenticationFilter.WEBAPP_SESSION_KEY)
            instanceof Authentications logins) {
      for (Authentication login : logins.getAuthentications()) {
        return login.getIdentityId();
      }
    }
    return null;
  }

  private String createdId(ContentCachingRequestWrapper copy) {
    try {
      JsonNode body = json.readTree(copy.getContentAsByteArray());
      JsonNode id = body == null ? null : body.path("profile").path("id");
      return id == null || id.isMissingNode() ? null : id.asText();
    } catch (IOException e) {
      return null;
    }
  }

  private static String decode(String part) {
    return URLDecoder.decode(part, StandardCharsets.UTF_8);
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<IdentityChangeAuditFilter> identityChangeAudit(AccountAudit audit) {
      FilterRegistrationBean<IdentityChangeAuditFilter> registration =
          new FilterRegistrationBean<>(new IdentityChangeAuditFilter(audit));
      registration.setName("identity-change-audit");
      registration.addUrlPatterns("/camunda/api/engine/*", "/engine-rest/*");
      return registration;
    }
  }
}
