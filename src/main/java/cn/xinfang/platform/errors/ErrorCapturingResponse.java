package cn.xinfang.platform.errors;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Lets a response through untouched while it succeeds, and holds back the body of an error (status
 * 400 or more when the first byte is written, or {@code sendError}) so the error filter can answer
 * it instead. Successful responses are never buffered: a large Cockpit list streams as before.
 */
final class ErrorCapturingResponse extends HttpServletResponseWrapper {

  private ByteArrayOutputStream captured;
  private OutputStream passThrough;
  private ServletOutputStream stream;
  private PrintWriter writer;
  private String errorMessage;
  private boolean streamAll;

  ErrorCapturingResponse(HttpServletResponse response) {
    super(response);
  }

  /** An error the filter answers: what was written (possibly nothing) is held back. */
  boolean isError() {
    return holdsErrors() && passThrough == null && !getResponse().isCommitted();
  }

  /** The body the servlet wrote for the error; empty if it wrote none or called sendError. */
  byte[] capturedBody() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    return captured == null ? new byte[0] : captured.toByteArray();
  }

  /** What a {@code sendError} said, for the log only; empty if none. */
  String errorMessage() {
    return errorMessage == null ? "" : errorMessage;
  }

  /** After the chain: a body held back while the status was an error is released as is. */
  void release() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (captured != null && captured.size() > 0) {
      getResponse().getOutputStream().write(captured.toByteArray());
    }
  }

  /** From now on errors stream too (an asynchronous answer the filter no longer waits for). */
  void streamEverything() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    streamAll = true;
    if (passThrough == null) {
      byte[] held = captured == null ? new byte[0] : captured.toByteArray();
      captured = null;
      passThrough = getResponse().getOutputStream();
      passThrough.write(held);
    }
  }

  private boolean holdsErrors() {
    return !streamAll && getStatus() >= 400;
  }

  private OutputStream target() throws IOException {
    if (passThrough != null) {
      return passThrough;
    }
    if (captured != null) {
      return captured;
    }
    if (holdsErrors()) {
      captured = new ByteArrayOutputStream();
      return captured;
    }
    passThrough = getResponse().getOutputStream();
    return passThrough;
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (stream == null) {
      stream = new DecidingStream();
    }
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      String encoding = getCharacterEncoding();
      Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
      writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
    }
    return writer;
  }

  @Override
  public void sendError(int status) {
    sendError(status, null);
  }

  @Override
  public void sendError(int status, String message) {
    if (getResponse().isCommitted()) {
      throw new IllegalStateException("response already committed");
    }
    // no container error page: the filter writes the Chinese answer
    setStatus(status);
    errorMessage = message;
    if (captured != null) {
      captured.reset();
    }
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (captured == null && !holdsErrors()) {
      super.flushBuffer();
    }
  }

  @Override
  public void resetBuffer() {
    super.resetBuffer();
    if (captured != null) {
      captured.reset();
    }
  }

  @Override
  public void reset() {
    super.reset();
    captured = null;
    errorMessage = null;
  }

  // the length of an error body the filter replaces would be wrong
  @Override
  public void setContentLength(int length) {
    if (!holdsErrors()) {
      super.setContentLength(length);
    }
  }

  @Override
  public void setContentLengthLong(long length) {
    if (!holdsErrors()) {
      super.setContentLengthLong(length);
    }
  }

  @Override
  public void setHeader(String name, String value) {
    if (!isHeldBackLength(name)) {
      super.setHeader(name, value);
    }
  }

  @Override
  public void addHeader(String name, String value) {
    if (!isHeldBackLength(name)) {
      super.addHeader(name, value);
    }
  }

  private boolean isHeldBackLength(String name) {
    return "Content-Length".equalsIgnoreCase(name) && holdsErrors();
  }

  /** Decides at the first byte whether the body streams to the client or is held back. */
  private final class DecidingStream extends ServletOutputStream {

    @Override
    public void write(int b) throws IOException {
      target().write(b);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      target().write(bytes, offset, length);
    }

    @Override
    public void flush() throws IOException {
      if (passThrough != null || (captured == null && !holdsErrors())) {
        target().flush();
      }
    }

    @Override
    public void close() throws IOException {
      if (passThrough != null || (captured == null && !holdsErrors())) {
        target().close();
      }
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      if (passThrough instanceof ServletOutputStream servlet) {
        servlet.setWriteListener(listener);
      } else {
        throw new IllegalStateException("non-blocking output is not supported here");
      }
    }
  }
}
