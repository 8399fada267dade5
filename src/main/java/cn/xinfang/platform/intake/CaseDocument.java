package cn.xinfang.platform.intake;

import java.nio.charset.StandardCharsets;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * How a document of a case (a notice, the case's record) reaches the browser: a page to read and
 * print, with no script and nothing loaded from elsewhere; it names people, so no cache keeps it.
 */
public final class CaseDocument {

  private CaseDocument() {}

  public static ResponseEntity<?> answer(String html) {
    return ResponseEntity.ok()
        .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
        .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store")
        .body(html);
  }
}
