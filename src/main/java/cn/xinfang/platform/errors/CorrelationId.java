package cn.xinfang.platform.errors;

import jakarta.servlet.http.HttpServletRequest;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;

/**
 * The id that ties a request's answer to its log lines: in the MDC (every log line of the request
 * carries it), in the {@code X-Correlation-Id} response header and in every error body, so an
 * official who reports an error number leads the administrator to the detail in the log.
 */
public final class CorrelationId {

  public static final String HEADER = "X-Correlation-Id";

  /** The MDC key; the logging pattern in application.yaml prints it. */
  public static final String MDC_KEY = "correlationId";

  static final String ATTRIBUTE = CorrelationId.class.getName();

  // a caller's id is taken over only if it cannot smuggle anything into a log line or a header
  private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]{8,64}");

  private CorrelationId() {}

  /** The caller's id if it is short and safe, else a new one. */
  static String accept(String incoming) {
    if (incoming != null && SAFE.matcher(incoming).matches()) {
      return incoming;
    }
    return generate();
  }

  static String generate() {
    return UUID.randomUUID().toString().replace("-", "").substring(0, 16);
  }

  /** The id of the request, or null before the error filter has seen it. */
  public static String of(HttpServletRequest request) {
    return (String) request.getAttribute(ATTRIBUTE);
  }

  /** The request's id, or a new one where the error filter has not seen it (another servlet). */
  static String ofOrNew(WebRequest request) {
    return ofOrNew(
        request instanceof NativeWebRequest n
            ? n.getNativeRequest(HttpServletRequest.class)
            : null);
  }

  static String ofOrNew(HttpServletRequest request) {
    String id = request == null ? null : of(request);
    return id == null ? generate() : id;
  }
}
