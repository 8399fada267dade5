package cn.xinfang.platform.supervision;

import cn.xinfang.platform.intake.FieldError;
import java.util.List;

/** A lift (提级办理) that the rules do not allow; nothing changed. */
public class LiftRefusedException extends RuntimeException {

  private final List<FieldError> errors;

  LiftRefusedException(List<FieldError> errors) {
    super("不能提级办理");
    this.errors = List.copyOf(errors);
  }

  public List<FieldError> errors() {
    return errors;
  }
}
