package cn.xinfang.platform.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;

/**
 * The in-process SMTP server (GreenMail) the platform mails to in tests: GreenMail's test port
 * 3025, or {@code TEST_SMTP_PORT} when several builds share a machine (application-test.yaml reads
 * the same variable).
 */
public final class TestSmtp {

  private TestSmtp() {}

  public static GreenMailExtension server() {
    String port = System.getenv("TEST_SMTP_PORT");
    ServerSetup smtp =
        port == null ? ServerSetupTest.SMTP : ServerSetupTest.SMTP.port(Integer.parseInt(port));
    return new GreenMailExtension(smtp);
  }
}
