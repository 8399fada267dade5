package cn.xinfang.platform.errors;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * An error as the user gets it, and what it replaced ({@code original}: the internal detail, for
 * the log only; empty when there was none).
 */
record ErrorAnswer(int status, String contentType, ObjectNode body, String original) {

  static final String JSON = "application/json;charset=UTF-8";
  static final String PROBLEM_JSON = "application/problem+json;charset=UTF-8";

  /** The product API's generic answer: problem+json in Chinese. */
  static ErrorAnswer problem(int status, String id, ObjectMapper json) {
    ObjectNode body = json.createObjectNode();
    body.put("title", ErrorMessages.title(status));
    body.put("status", status);
    body.put("detail", ErrorMessages.message(status, id));
    body.put(CorrelationId.MDC_KEY, id);
    return new ErrorAnswer(status, PROBLEM_JSON, body, "");
  }

  ErrorAnswer withOriginal(String detail) {
    return new ErrorAnswer(status, contentType, body, detail == null ? "" : detail);
  }
}
