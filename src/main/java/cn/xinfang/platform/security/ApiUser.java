package cn.xinfang.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Collection;
import java.util.List;

/** The account calling the product's own API ({@code /api/**}), authenticated by HTTP basic. */
public record ApiUser(String id, List<String> groups) {

  static final String ATTRIBUTE = ApiUser.class.getName();

  public static ApiUser of(HttpServletRequest request) {
    return (ApiUser) request.getAttribute(ATTRIBUTE);
  }

  public boolean isInAny(Collection<String> groupIds) {
    return groups.stream().anyMatch(groupIds::contains);
  }
}
