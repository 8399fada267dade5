package cn.xinfang.platform.errors;

import cn.xinfang.platform.security.PlatformPasswordPolicy;
import cn.xinfang.platform.validation.FormInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;

/**
 * The engine's error bodies ({@code {"type": "<exception class>", "message": "ENGINE-…"}}) as the
 * user gets them. Three kinds keep what a client needs: a listener's {@link FormInputException}
 * (400, its Chinese message alone, as Tasklist shows it), a 403 {@code AuthorizationException} (the
 * webapps read its type and fields to say which permission is missing) and a deployment's {@code
 * ParseException} (its {@code details} give designers the line and element of their model error). A
 * password the policy refuses is a 400 that lists the rules in Chinese. Everything else gets a
 * neutral type and the Chinese message of its status.
 */
final class EngineErrors {

  static final String AUTHORIZATION = "AuthorizationException";
  static final String PARSE = "ParseException";

  /** The engine's message when a new password breaks the configured policy. */
  private static final String PASSWORD_POLICY = "Password does not match policy";

  private static final String OPTIMISTIC_LOCKING = "OptimisticLockingException";

  private static final List<String> AUTHORIZATION_FIELDS =
      List.of("userId", "resourceName", "resourceId", "permissionName", "missingAuthorizations");

  private EngineErrors() {}

  static ErrorAnswer answer(int status, JsonNode original, String id, ObjectMapper json) {
    String type = original == null ? "" : original.path("type").asText("");
    String message = original == null ? "" : original.path("message").asText("");
    String detail = type.isEmpty() ? message : type + ": " + message;
    ObjectNode body = json.createObjectNode();
    int answered = status;
    if (message.contains(FormInputException.PREFIX)) {
      answered = 400;
      body.put("type", "InvalidInput");
      body.put("message", formInput(message));
    } else if (message.contains(PASSWORD_POLICY)) {
      // Admin or /engine-rest setting a password the platform's policy refuses
      answered = 400;
      body.put("type", "PasswordPolicy");
      body.put(
          "message",
          "密码不符合密码规则：" + String.join("；", PlatformPasswordPolicy.allRules()) + "（错误编号：" + id + "）");
    } else if (status == 403 && AUTHORIZATION.equals(type)) {
      body.put("type", AUTHORIZATION);
      body.put("message", ErrorMessages.message(403, id));
      AUTHORIZATION_FIELDS.stream()
          .filter(original::has)
          .forEach(field -> body.set(field, original.get(field)));
    } else if (PARSE.equals(type) && original.has("details")) {
      body.put("type", PARSE);
      body.put("message", "模型有误，未部署：请按 details 所列的行号和元素修改（错误编号：" + id + "）");
      body.set("details", original.get("details"));
    } else {
      // the engine answers 500 for a concurrent change; the user only needs to reload
      answered = OPTIMISTIC_LOCKING.equals(type) ? 409 : status;
      body.put("type", neutralType(answered));
      body.put("message", ErrorMessages.message(answered, id));
    }
    body.put(CorrelationId.MDC_KEY, id);
    return new ErrorAnswer(answered, ErrorAnswer.JSON, body, detail);
  }

  /** The Chinese message alone, out of the engine's wrapping ("… Message: '填写有误：…'"). */
  private static String formInput(String message) {
    return message.substring(message.indexOf(FormInputException.PREFIX)).replaceAll("['\\s]+$", "");
  }

  private static String neutralType(int status) {
    return switch (status) {
      case 400 -> "BadRequest";
      case 401 -> "Unauthorized";
      case 403 -> "Forbidden";
      case 404 -> "NotFound";
      case 409 -> "Conflict";
      case 413 -> "PayloadTooLarge";
      case 429 -> "TooManyRequests";
      default -> status >= 500 ? "ServerError" : "ClientError";
    };
  }
}
