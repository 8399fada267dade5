package cn.xinfang.platform.errors;

/**
 * What a user reads when a request fails, chosen by the HTTP status alone: the internal cause stays
 * in the log, under the error number (correlation id) the message quotes.
 */
public final class ErrorMessages {

  private ErrorMessages() {}

  /** A short heading, e.g. for problem+json's {@code title}. */
  public static String title(int status) {
    return switch (status) {
      case 400 -> "请求有误";
      case 401 -> "未登录";
      case 403 -> "无权操作";
      case 404 -> "内容不存在";
      case 405 -> "不支持的请求方式";
      case 406, 415 -> "不支持的数据格式";
      case 409 -> "数据已被修改";
      case 413 -> "提交内容过大";
      case 429 -> "尝试过于频繁";
      case 503 -> "服务暂不可用";
      default -> status >= 500 ? "系统内部错误" : "请求有误";
    };
  }

  /** A request that failed because the database could not be reached: nothing was saved. */
  public static String databaseUnavailable(String correlationId) {
    return "数据库暂时无法访问，本次操作未保存，请稍后重试（错误编号：" + correlationId + "）";
  }

  /** The explanation, quoting the error number for the administrator. */
  public static String message(int status, String correlationId) {
    String text =
        switch (status) {
          case 400 -> "请求有误，请检查填写的内容后重试";
          case 401 -> "未登录，或账号、密码不正确，请重新登录";
          case 403 -> "没有执行此操作的权限";
          case 404 -> "要访问的内容不存在，或您无权查看";
          case 405 -> "不支持该请求方式";
          case 406, 415 -> "不支持该数据格式";
          case 409 -> "数据已被他人修改，请刷新后重试";
          case 413 -> "提交的内容过大，请精简后重试";
          case 429 -> "认证失败次数过多，请稍后再试";
          case 503 -> "服务暂不可用，请稍后重试";
          default -> status >= 500 ? "系统内部错误，请稍后重试；如仍出现，请将错误编号告知系统管理员" : "请求有误，请检查填写的内容后重试";
        };
    return text + "（错误编号：" + correlationId + "）";
  }
}
