package cn.xinfang.platform.errors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses request bodies over {@code platform.http.max-request-bytes} (1 MiB) with 413 before
 * anything parses them: a declared Content-Length is checked up front, a body without one (chunked)
 * is counted as it is read and fails once it passes the limit. The error filter writes the answer.
 */
class RequestSizeLimit extends OncePerRequestFilter {

  private static final String EXCEEDED = RequestSizeLimit.class.getName() + ".exceeded";

  private final long maxBytes;

  RequestSizeLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /** Whether this request's body passed the limit (the answer is 413 whatever the parser said). */
  static boolean exceeded(HttpServletRequest request) {
    return request.getAttribute(EXCEEDED) != null;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBytes) {
      request.setAttribute(EXCEEDED, Boolean.TRUE);
      response.sendError(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
      return;
    }
    chain.doFilter(new Counted(request), response);
  }

  /** The request with a body that counts what is read. */
  private final class Counted extends HttpServletRequestWrapper {

    private ServletInputStream stream;
    private BufferedReader reader;

    Counted(HttpServletRequest request) {
      super(request);
    }

    @Override
    public ServletInputStream getInputStream() throws IOException {
      if (stream == null) {
        stream = new CountingStream(super.getInputStream(), this);
      }
      return stream;
    }

    @Override
    public BufferedReader getReader() throws IOException {
      if (reader == null) {
        String encoding = getCharacterEncoding();
        Charset charset =
            encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
        reader = new BufferedReader(new InputStreamReader(getInputStream(), charset));
      }
      return reader;
    }
  }

  private final class CountingStream extends ServletInputStream {

    private final ServletInputStream body;
    private final HttpServletRequest request;
    private long count;

    CountingStream(ServletInputStream body, HttpServletRequest request) {
      this.body = body;
      this.request = request;
    }

    @Override
    public int read() throws IOException {
      int b = body.read();
      if (b >= 0) {
        counted(1);
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = body.read(buffer, offset, length);
      if (n > 0) {
        counted(n);
      }
      return n;
    }

    private void counted(int n) throws IOException {
      count += n;
      if (count > maxBytes) {
        request.setAttribute(EXCEEDED, Boolean.TRUE);
        throw new IOException("请求内容超过 " + maxBytes + " 字节");
      }
    }

    @Override
    public boolean isFinished() {
      return body.isFinished();
    }

    @Override
    public boolean isReady() {
      return body.isReady();
    }

    @Override
    public void setReadListener(ReadListener listener) {
      body.setReadListener(listener);
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class Registration {

    @Bean
    FilterRegistrationBean<RequestSizeLimit> requestSizeLimit(
        @Value("${platform.http.max-request-bytes:1048576}") long maxBytes) {
      FilterRegistrationBean<RequestSizeLimit> registration =
          new FilterRegistrationBean<>(new RequestSizeLimit(maxBytes));
      registration.setName("request-size-limit");
      registration.addUrlPatterns("/api/*", "/engine-rest/*", "/camunda/api/*");
      // inside the error filter (which answers the 413), before authentication and every parser
      registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
      return registration;
    }
  }
}
