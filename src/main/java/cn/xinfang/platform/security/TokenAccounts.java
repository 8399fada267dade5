package cn.xinfang.platform.security;

import java.util.Map;

/**
 * Who a token of the government's unified login (profile {@code sso}) speaks for: its claims
 * (account, unit, roles) as a platform account and the platform's groups, or a Chinese reason to
 * refuse it.
 */
public interface TokenAccounts {

  /** The account and groups the claims give, without writing anything (an API call's token). */
  ApiUser resolve(Map<String, Object> claims);

  /** A webapp sign-in: the account made or brought up to date with the token's groups. */
  ApiUser signIn(Map<String, Object> claims, String remote);

  /** A token the platform does not take: the reason is Chinese and safe to show. */
  class Refused extends RuntimeException {
    public Refused(String reason) {
      super(reason);
    }
  }
}
