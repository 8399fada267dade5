package cn.xinfang.platform.supervision;

/**
 * Lifting a case (提级办理) in {@code department-handling}: the message that starts its event
 * sub-process {@code Sub_UnitLifted} and the variables it carries, declared once.
 */
public final class LiftVariables {

  /** Correlated by business key (the case number) and the instance's variable {@code unit}. */
  public static final String MESSAGE = "unit-lifted";

  /** Why the supervisor lifts the case (message payload). */
  public static final String LIFT_REASON = "liftReason";

  /** Who decided it (message payload). */
  public static final String LIFTED_BY = "liftedBy";

  /** The unit one level up that takes the case over: the call activity's {@code unit}. */
  public static final String LIFTED_TO = "liftedTo";

  private LiftVariables() {}
}
