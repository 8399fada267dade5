package cn.xinfang.platform.intake;

import java.util.List;

/** A petition that breaks the rules; nothing was registered. */
public class InvalidPetitionException extends RuntimeException {

  private final List<FieldError> errors;

  InvalidPetitionException(List<FieldError> errors) {
    super("信访事项登记信息有误");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
