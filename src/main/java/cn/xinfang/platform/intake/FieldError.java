package cn.xinfang.platform.intake;

/** One invalid field of a submitted petition and what is wrong with it, in Chinese. */
public record FieldError(String field, String message) {}
